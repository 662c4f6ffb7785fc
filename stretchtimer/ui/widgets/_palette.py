"""Colour blending and the soft tinted box shared by the custom-painted widgets."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from stretchtimer.ui.colours import readable_on


def blend(base: QColor, over: QColor, amount: float) -> QColor:
    """``over`` laid on ``base`` at ``amount`` (0..1), as an opaque colour.

    Mixing with the palette's own colours (rather than using fixed greys) keeps tracks and
    faint outlines readable on light and dark schemes alike.
    """
    t = min(1.0, max(0.0, amount))
    return QColor.fromRgbF(
        base.redF() + (over.redF() - base.redF()) * t,
        base.greenF() + (over.greenF() - base.greenF()) * t,
        base.blueF() + (over.blueF() - base.blueF()) * t,
    )


def with_alpha(color: QColor, alpha: float) -> QColor:
    out = QColor(color)
    out.setAlphaF(min(1.0, max(0.0, alpha)))
    return out


def paint_soft_box(
    widget: QWidget, colour: str, *, tint: float = 0.14, border: float = 1.0
) -> None:
    """A rounded box tinted with ``colour``, in step with the widget's palette."""
    palette = widget.palette()
    window = palette.color(QPalette.ColorRole.Window)
    ink_tint = readable_on(colour, window, 3.0)
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(blend(window, ink_tint, 0.6))
    pen.setWidthF(border)
    painter.setPen(pen)
    painter.setBrush(blend(window, ink_tint, tint))
    inset = border / 2
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset), 8, 8)
    painter.end()
