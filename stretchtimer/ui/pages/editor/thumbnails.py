"""Small pictures of exercises for lists, in the palette's ink, with a neutral placeholder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer

from stretchtimer.model.catalogue import Exercise
from stretchtimer.ui.widgets.illustration import recolour_svg

FramesFor = Callable[[Exercise], list[Path]]
# Most figures are wider than tall (lying, reaching): a 3:2 box wastes least room.
SIZE = QSize(72, 48)


def placeholder(palette: QPalette, box: QSize = SIZE) -> QPixmap:
    """A rounded frame with a simple figure: clearly "no picture", never an empty box."""
    size = box.height()
    pixmap = QPixmap(box)
    pixmap.fill(Qt.GlobalColor.transparent)
    ink = QColor(palette.color(QPalette.ColorRole.PlaceholderText))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ink, 2))
    painter.drawRoundedRect(QRectF(2, 2, box.width() - 4, size - 4), 6, 6)
    painter.translate((box.width() - size) / 2, 0)
    painter.drawEllipse(QRectF(size * 0.42, size * 0.18, size * 0.16, size * 0.16))
    painter.drawLine(int(size * 0.5), int(size * 0.36), int(size * 0.5), int(size * 0.62))
    painter.drawLine(int(size * 0.3), int(size * 0.46), int(size * 0.7), int(size * 0.46))
    painter.drawLine(int(size * 0.5), int(size * 0.62), int(size * 0.36), int(size * 0.82))
    painter.drawLine(int(size * 0.5), int(size * 0.62), int(size * 0.64), int(size * 0.82))
    painter.end()
    return pixmap


def thumbnail(path: Path | None, palette: QPalette, box: QSize = SIZE) -> QPixmap:
    """The picture at ``path`` scaled into ``box``, or the placeholder when it fails."""
    if path is None:
        return placeholder(palette, box)
    width, height = box.width(), box.height()
    pixmap = QPixmap(box)
    pixmap.fill(Qt.GlobalColor.transparent)
    if path.suffix.lower() == ".svg":
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return placeholder(palette, box)
        ink = palette.color(QPalette.ColorRole.Text)
        renderer = QSvgRenderer(QByteArray(recolour_svg(text, ink).encode("utf-8")))
        if not renderer.isValid():
            return placeholder(palette, box)
        painter = QPainter(pixmap)
        fit = renderer.defaultSize().scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
        renderer.render(
            painter,
            QRectF(
                (width - fit.width()) / 2, (height - fit.height()) / 2, fit.width(), fit.height()
            ),
        )
        painter.end()
        return pixmap
    image = QImage(str(path))
    if image.isNull():
        return placeholder(palette, box)
    scaled = image.scaled(
        box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    painter = QPainter(pixmap)
    painter.drawImage((width - scaled.width()) // 2, (height - scaled.height()) // 2, scaled)
    painter.end()
    return pixmap


def own_or_builtin_frames(
    builtin: set[str], builtin_frames: FramesFor, pictures: Path
) -> FramesFor:
    """Frames of built-in exercises from the resources, of the user's own from ``pictures``."""

    def frames(exercise: Exercise) -> list[Path]:
        if exercise.id in builtin:
            return builtin_frames(exercise)
        if not exercise.illustration:
            return []
        first = pictures / exercise.illustration
        return [first] if first.is_file() else []

    return frames


class ThumbnailCache:
    """One icon per exercise, made when first asked for."""

    def __init__(self, frames_for: FramesFor) -> None:
        self._frames_for = frames_for
        self._icons: dict[tuple[str, str], QIcon] = {}

    def icon(self, exercise: Exercise, palette: QPalette) -> QIcon:
        key = (exercise.id, palette.color(QPalette.ColorRole.Text).name())
        if key not in self._icons:
            frames = self._frames_for(exercise)
            self._icons[key] = QIcon(thumbnail(frames[0] if frames else None, palette))
        return self._icons[key]
