"""A dialog page that scrolls down on a short screen, and the dialog sized to that screen.

The settings dialog's tabs are taller than a 1024x640 screen (and a longer language makes
them taller still); as plain widgets they would set the dialog's least height and push its
buttons off the bottom of the screen. In a TallPage a tab scrolls instead; sideways it is
never squeezed, so no line is ever cut at the right.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QWidget

LEAST_HEIGHT = 160  # px: a few rows in sight, however short the screen


class TallPage(QScrollArea):
    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The page's controls take the focus; the scroll area would be a blank Tab stop.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(page)

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:
        inner = self.page.sizeHint()
        return QSize(inner.width() + self._bar(), inner.height())

    def minimumSizeHint(self) -> QSize:
        inner = self.page.minimumSizeHint()
        return QSize(inner.width() + self._bar(), min(inner.height(), LEAST_HEIGHT))


def fit_to_screen(window: QWidget) -> None:
    """Size ``window`` to what it wants, but no larger than its screen's free area."""
    screen = window.screen()
    wanted = window.sizeHint().expandedTo(window.minimumSizeHint())
    if screen is None:
        window.resize(wanted)
        return
    free = screen.availableGeometry().size()
    # Leave room for the title bar the window manager adds above the window.
    title = window.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, window)
    window.resize(min(wanted.width(), free.width()), min(wanted.height(), free.height() - title))
