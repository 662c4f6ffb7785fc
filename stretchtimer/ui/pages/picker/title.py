"""A routine card's name: wrapped between words, never cut inside one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from stretchtimer.model.shorten import for_display

SMALLEST = 0.75  # of the card's title size: still a title, and still bigger than the text
STEP = 0.5  # points


class CardTitle(QLabel):
    """Wraps between words; when one word alone is wider than the card ("Rückenschmerzen"
    at 1024 px), the font steps down until it fits instead of the word being cut.

    The label's least width stays 1, so that one long word cannot widen its column of the
    grid (and with it the window).
    """

    def __init__(self, text: str, font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(for_display(text, max_word=24), parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the name comes from a file
        self.setWordWrap(True)
        self.setMinimumWidth(1)
        self._base = QFont(font)
        self.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(self.contentsRect().width())

    def _fit(self, room: int) -> None:
        words = self.text().split()
        full = self._base.pointSizeF()
        if room <= 1 or not words or full <= 0:
            return
        font = QFont(self._base)
        size = full
        while size - STEP >= full * SMALLEST:
            font.setPointSizeF(size)
            if max(QFontMetrics(font).horizontalAdvance(w) for w in words) <= room:
                break
            size -= STEP
        font.setPointSizeF(size)
        if font != self.font():
            self.setFont(font)
