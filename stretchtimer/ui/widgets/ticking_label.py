"""A label whose digits change every second without moving anything around it."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

_DIGIT = re.compile(r"\d")


class TickingLabel(QLabel):
    """Sized for the widest digits of its text, and fixed at that size.

    A plain label asks its layout to recompute on every ``setText``, and the page then
    repaints what lies around it (the steps' rich text among it) once a second. With a
    fixed size there is nothing to recompute: only the label repaints. It grows, once, when
    a text needs more room (a longer routine, a larger font), and never shrinks mid-session.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widest = ""

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit(text)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._widest = ""  # measured in the old font
            self.setMinimumSize(0, 0)
            self.setMaximumSize(16_777_215, 16_777_215)
            self._fit(self.text())

    def _fit(self, text: str) -> None:
        metrics = self.fontMetrics()
        if not self._widest:
            self._widest = max("0123456789", key=metrics.horizontalAdvance)
        sample = _DIGIT.sub(self._widest, text)
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance(sample) + margins.left() + margins.right()
        width += 2 * self.margin() + 1  # a pixel of slack against rounding in the layout
        height = self.sizeHint().height()
        if width > self.minimumWidth() or height != self.minimumHeight():
            self.setFixedSize(max(width, self.minimumWidth()), height)


__all__ = ["TickingLabel"]
