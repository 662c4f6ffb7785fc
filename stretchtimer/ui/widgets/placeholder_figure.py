"""The neutral picture of an exercise that has none: a quiet frame and a figure in position.

Drawn, not loaded, in the palette's placeholder ink, so it follows light and dark schemes
and can never look like a picture that failed to load.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen

from stretchtimer.model.catalogue import Position

# Figures in a 4 x 3 box: (x, y) from 0 to 4 and 0 to 3; head centre, then limbs as lines.
_Line = tuple[tuple[float, float], tuple[float, float]]
_FIGURES: dict[Position, tuple[tuple[float, float], tuple[_Line, ...]]] = {
    Position.STANDING: (
        (2.0, 0.62),
        (
            ((2.0, 0.9), (2.0, 1.75)),  # trunk
            ((2.0, 1.1), (1.55, 1.6)),  # arms
            ((2.0, 1.1), (2.45, 1.6)),
            ((2.0, 1.75), (1.7, 2.55)),  # legs
            ((2.0, 1.75), (2.3, 2.55)),
            ((1.1, 2.58), (2.9, 2.58)),  # floor
        ),
    ),
    Position.SEATED: (
        (1.75, 0.72),
        (
            ((1.75, 1.0), (1.8, 1.8)),  # trunk
            ((1.78, 1.2), (2.25, 1.6)),  # arm on the thigh
            ((1.8, 1.8), (2.5, 1.8)),  # thigh
            ((2.5, 1.8), (2.5, 2.55)),  # shin
            ((1.5, 1.9), (2.1, 1.9)),  # seat
            ((1.55, 1.9), (1.55, 2.58)),  # chair leg
            ((1.5, 1.9), (1.45, 1.0)),  # backrest
            ((1.1, 2.58), (2.9, 2.58)),  # floor
        ),
    ),
    Position.FLOOR: (
        (1.0, 1.75),
        (
            ((1.24, 1.85), (2.3, 1.9)),  # trunk lying
            ((1.6, 1.87), (1.9, 1.55)),  # arm
            ((2.3, 1.9), (2.75, 1.35)),  # thigh, knee up
            ((2.75, 1.35), (3.1, 1.95)),  # shin
            ((0.6, 2.08), (3.4, 2.08)),  # floor
        ),
    ),
}


def placeholder_ink(palette: QPalette) -> QColor:
    return QColor(palette.color(QPalette.ColorRole.PlaceholderText))


def paint_placeholder(
    painter: QPainter, area: QRectF, position: Position | None, ink: QColor
) -> None:
    """Draw the placeholder for ``position`` (standing when unknown) centred in ``area``."""
    scale = min(area.width() / 4.0, area.height() / 3.0)
    if scale <= 0:
        return
    origin = QPointF(
        area.x() + (area.width() - 4.0 * scale) / 2, area.y() + (area.height() - 3.0 * scale) / 2
    )

    def at(x: float, y: float) -> QPointF:
        return QPointF(origin.x() + x * scale, origin.y() + y * scale)

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # Lines thin out relative to a large picture: a quiet figure, not a poster.
    frame = QPen(ink, min(max(1.0, scale * 0.03), 2.0), Qt.PenStyle.DashLine)
    painter.setPen(frame)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = max(1.0, scale * 0.04)
    box = QRectF(at(0, 0), at(4, 3)).adjusted(inset, inset, -inset, -inset)
    painter.drawRoundedRect(box, scale * 0.2, scale * 0.2)
    head, lines = _FIGURES[position or Position.STANDING]
    pen = QPen(ink, min(max(1.5, scale * 0.1), 6.0))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLines([QLineF(at(*a), at(*b)) for a, b in lines])
    radius = 0.24 * scale
    painter.drawEllipse(at(*head), radius, radius)
    painter.restore()
