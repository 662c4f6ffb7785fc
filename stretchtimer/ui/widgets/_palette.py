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


def paint_soft_box(widget: QWidget, colour: str) -> None:
    """A rounded box tinted with ``colour``, in step with the widget's palette."""
    palette = widget.palette()
    window = palette.color(QPalette.ColorRole.Window)
    tint = readable_on(colour, window, 3.0)
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(blend(window, tint, 0.6))
    pen.setWidthF(1.0)
    painter.setPen(pen)
    painter.setBrush(blend(window, tint, 0.14))
    painter.drawRoundedRect(QRectF(widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
    painter.end()
