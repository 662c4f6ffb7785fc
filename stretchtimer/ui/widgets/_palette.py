"""Colour blending shared by the custom-painted widgets."""

from __future__ import annotations

from PySide6.QtGui import QColor


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
