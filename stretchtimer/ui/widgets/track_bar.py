"""TrackBar: a thin progress bar whose track stays visible on light and dark palettes."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QProgressBar, QWidget

from stretchtimer.ui.colours import ACCENT, readable_on
from stretchtimer.ui.widgets._palette import blend

# A fifth of the way from the window to the text colour: seen on light and dark alike, where
# Fusion's own groove (the Base colour) all but vanishes on a dark window.
TRACK_SHARE = 0.2


class TrackBar(QProgressBar):
    """A QProgressBar (range, value, accessibility) drawn as a rounded track and fill."""

    def __init__(self, parent: QWidget | None = None, *, height: int = 8) -> None:
        super().__init__(parent)
        self.setTextVisible(False)
        self.setFixedHeight(height)
        self._fill = QColor(ACCENT)

    def setValue(self, value: int) -> None:
        """As QProgressBar's (the value, valueChanged, what screen readers hear), but drawn
        with the window's next frame.

        QProgressBar repaints at once whenever it thinks the bar moved, and since this
        paintEvent is not its own it always thinks so: each new value flushed the window
        then and there, and the countdown ring and the pacer were painted with it.
        """
        if value == self.value():
            return
        self.setUpdatesEnabled(False)
        try:
            super().setValue(value)
        finally:
            self.setUpdatesEnabled(True)  # schedules one ordinary update of the bar

    def set_fill(self, colour: QColor | str) -> None:
        self._fill = QColor(colour)
        self.update()

    def track_colour(self) -> QColor:
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        return blend(window, palette.color(QPalette.ColorRole.WindowText), TRACK_SHARE)

    def sizeHint(self) -> QSize:
        return QSize(120, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect())
        radius = box.height() / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.track_colour())
        painter.drawRoundedRect(box, radius, radius)
        span = self.maximum() - self.minimum()
        share = 0.0 if span <= 0 else (self.value() - self.minimum()) / span
        if share > 0:
            window = self.palette().color(QPalette.ColorRole.Window)
            painter.setBrush(readable_on(self._fill, window, 3.0))
            filled = QRectF(box.x(), box.y(), max(box.height(), box.width() * share), box.height())
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()
