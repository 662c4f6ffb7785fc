"""The window's size and place: fitted to the screen at first, then as the person left it.

The rules are the model's (``stretchtimer.model.window_fit``); this module reads Qt's
screens and the window, and applies the answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QWidget

from stretchtimer.model.settings import Settings
from stretchtimer.model.window_fit import Margins, Rect, initial_geometry, restore_geometry

# Before the window is first shown its frame is unknown; most window managers' title bar
# and borders fit in this.
DEFAULT_FRAME = Margins(left=4, top=32, right=4, bottom=4)


def to_rect(rect: QRect) -> Rect:
    return Rect(rect.x(), rect.y(), rect.width(), rect.height())


def available_screens() -> list[Rect]:
    return [to_rect(screen.availableGeometry()) for screen in QGuiApplication.screens()]


def _screen_under_cursor() -> Rect | None:
    screen = QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()
    return to_rect(screen.availableGeometry()) if screen is not None else None


def place_window(
    window: QWidget,
    settings: Settings,
    *,
    screens: Sequence[Rect] | None = None,
    first_screen: Rect | None = None,
    frame: Margins = DEFAULT_FRAME,
) -> Rect:
    """Size (and, when remembered, place) ``window`` before it is first shown.

    Returns the client rectangle chosen. A remembered geometry is used only if a screen
    still holds it; otherwise the window gets the preferred size, shrunk to fit the
    screen under the pointer, and the window manager places it. The remembered
    maximised or full-screen state is set either way.
    """
    screens = available_screens() if screens is None else list(screens)
    hint = window.minimumSizeHint()
    minimum = (max(0, hint.width()), max(0, hint.height()))
    restored = None
    if len(settings.window_geometry) == 4 and screens:
        restored = restore_geometry(Rect(*settings.window_geometry), screens, frame, minimum)
    if restored is not None:
        window.setGeometry(restored.x, restored.y, restored.width, restored.height)
        chosen = restored
    else:
        area = first_screen or _screen_under_cursor() or (screens[0] if screens else None)
        chosen = initial_geometry(area or Rect(0, 0, 1280, 720), frame, minimum=minimum)
        window.resize(chosen.width, chosen.height)
    state = Qt.WindowState.WindowNoState
    if settings.window_maximized:
        state |= Qt.WindowState.WindowMaximized  # also what leaving full screen returns to
    if settings.window_full_screen:
        state |= Qt.WindowState.WindowFullScreen
    window.setWindowState(state)
    return chosen


def remembered(window: QWidget, settings: Settings) -> Settings:
    """``settings`` with the window's normal geometry and its maximised/full-screen state."""
    normal = window.normalGeometry()
    if not normal.isValid() or normal.isEmpty():
        normal = window.geometry()
    return settings.with_changes(
        window_geometry=(normal.x(), normal.y(), normal.width(), normal.height()),
        window_maximized=window.isMaximized(),
        window_full_screen=window.isFullScreen(),
    )


__all__ = ["DEFAULT_FRAME", "available_screens", "place_window", "remembered", "to_rect"]
