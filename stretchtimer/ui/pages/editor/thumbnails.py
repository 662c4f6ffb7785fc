"""Small pictures of exercises for lists, in the palette's ink, with a neutral placeholder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from stretchtimer.model.catalogue import Exercise, Position
from stretchtimer.model.sharing.bundle import read_limited
from stretchtimer.model.sharing.pictures import MAX_PICTURE_BYTES
from stretchtimer.model.untrusted import LoadError
from stretchtimer.ui.frames import FramesFor, own_or_builtin_frames
from stretchtimer.ui.widgets.illustration import recolour_svg
from stretchtimer.ui.widgets.placeholder_figure import paint_placeholder, placeholder_ink

# Most figures are wider than tall (lying, reaching): a 3:2 box wastes least room.
SIZE = QSize(72, 48)


def placeholder(palette: QPalette, box: QSize = SIZE, position: Position | None = None) -> QPixmap:
    """The neutral figure for ``position``: clearly "no picture", never an empty box."""
    pixmap = QPixmap(box)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_placeholder(painter, QRectF(pixmap.rect()), position, placeholder_ink(palette))
    painter.end()
    return pixmap


def thumbnail(
    path: Path | None, palette: QPalette, box: QSize = SIZE, position: Position | None = None
) -> QPixmap:
    """The picture at ``path`` scaled into ``box`` (its proportions kept), or the placeholder
    for ``position`` when there is none or it cannot be read."""
    if path is None:
        return placeholder(palette, box, position)
    try:
        data = read_limited(path, MAX_PICTURE_BYTES)
    except LoadError:
        return placeholder(palette, box, position)
    return picture_pixmap(data, path.suffix.lower() == ".svg", palette, box, position)


def picture_pixmap(
    data: bytes, svg: bool, palette: QPalette, box: QSize, position: Position | None = None
) -> QPixmap:
    """``data`` (an SVG in the palette's ink, or a PNG or JPEG) centred in ``box``."""
    width, height = box.width(), box.height()
    pixmap = QPixmap(box)
    pixmap.fill(Qt.GlobalColor.transparent)
    if svg:
        ink = palette.color(QPalette.ColorRole.Text)
        text = data.decode("utf-8", errors="replace")
        renderer = QSvgRenderer(QByteArray(recolour_svg(text, ink).encode("utf-8")))
        if not renderer.isValid():
            return placeholder(palette, box, position)
        fit = renderer.defaultSize().scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
        painter = QPainter(pixmap)
        left, top = (width - fit.width()) / 2, (height - fit.height()) / 2
        renderer.render(painter, QRectF(left, top, fit.width(), fit.height()))
        painter.end()
        return pixmap
    image = QImage.fromData(data)
    if image.isNull():
        return placeholder(palette, box, position)
    scaled = image.scaled(
        box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    painter = QPainter(pixmap)
    painter.drawImage((width - scaled.width()) // 2, (height - scaled.height()) // 2, scaled)
    painter.end()
    return pixmap


class ThumbnailCache:
    """One icon per exercise, made when first asked for."""

    def __init__(self, frames_for: FramesFor) -> None:
        self._frames_for = frames_for
        self._icons: dict[tuple[str, str, str, str], QIcon] = {}

    def icon(self, exercise: Exercise, palette: QPalette) -> QIcon:
        # A changed picture or position is a new key: an edited exercise is drawn anew.
        ink = palette.color(QPalette.ColorRole.Text).name()
        key = (exercise.id, exercise.illustration or "", exercise.position.value, ink)
        if key not in self._icons:
            frames = self._frames_for(exercise)
            first = frames[0] if frames else None
            self._icons[key] = QIcon(thumbnail(first, palette, position=exercise.position))
        return self._icons[key]


__all__ = [
    "SIZE",
    "FramesFor",
    "ThumbnailCache",
    "own_or_builtin_frames",
    "placeholder",
    "thumbnail",
]
