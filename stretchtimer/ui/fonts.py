"""Fonts relative to a widget's own, so headings follow the user's chosen size."""

from __future__ import annotations

from PySide6.QtGui import QFont


def relative_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``base`` scaled by ``factor`` (never below 8 pt), optionally bold."""
    font = QFont(base)
    font.setPointSizeF(max(8.0, base.pointSizeF() * factor))
    font.setBold(bold)
    return font
