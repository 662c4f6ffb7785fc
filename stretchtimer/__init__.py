"""StretchTimer: guided stretching sessions for the desktop."""

__version__ = "0.1.0"

APP_ID = "io.github.stretchtimer.StretchTimer"
"""The reverse-DNS id: desktop entry and icon names, AppStream id, Wayland app id."""
