"""StretchTimer: guided stretching sessions for the desktop."""

__version__ = "0.1.0"

APP_ID = "io.github.stretchtimer.StretchTimer"
"""The reverse-DNS id: desktop entry and icon names, AppStream id, Wayland app id."""

# Before any module of the app is imported: see feature_scan for what it spares.
from stretchtimer import feature_scan as _feature_scan  # noqa: E402

_feature_scan.install()
