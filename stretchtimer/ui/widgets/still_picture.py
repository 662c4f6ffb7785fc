"""StillPicture: an illustration that does not move, kept as pixels instead of a parsed SVG."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from stretchtimer.ui.widgets.illustration import RASTER_SUFFIXES, IllustrationView
from stretchtimer.ui.widgets.placeholder_figure import placeholder_ink


class StillPicture(IllustrationView):
    """An ``IllustrationView`` for a list of many small pictures (the routine cards).

    Its frame is drawn once into a ``QPixmap`` of the size and device pixel ratio it is
    shown at, in the palette's ink, and only that pixmap is kept: the SVG is parsed for the
    drawing and let go at once, so a shown list holds no parsed document per picture. A
    resize, a screen with another pixel ratio, a palette change (dark mode) or another
    frame draws it again from the file's text, read when the frames are set, never while
    painting. A photo keeps its decoded image for the same reason.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._still = QPixmap()
        self._still_key: tuple[object, ...] | None = None

    def set_frames(self, paths: Sequence[Path]) -> None:
        # The same files may draw differently now (one that failed gets another chance).
        self._still_key = None
        super().set_frames(paths)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.width() <= 0 or self.height() <= 0:
            return
        ratio = self.devicePixelRatioF()
        key = self._drawn_as(ratio)
        if key != self._still_key:
            self._still = self._draw(ratio)
            self._still_key = key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._still)
        painter.end()

    def _drawn_as(self, ratio: float) -> tuple[object, ...]:
        """Everything the pixels depend on; a change in any of them draws them again."""
        palette = self.palette()
        return (
            self.width(),
            self.height(),
            ratio,
            self._paths[self._index] if self._paths else None,
            self._mirrored,
            self._placeholder,
            self._has_placeholder,
            palette.color(QPalette.ColorRole.WindowText).rgba(),
            placeholder_ink(palette).rgba(),
        )

    def _draw(self, ratio: float) -> QPixmap:
        pixmap = QPixmap(QSize(math.ceil(self.width() * ratio), math.ceil(self.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self._paint(painter)
        painter.end()
        return pixmap

    def _prepare(self, path: Path) -> None:
        # Only read ahead: the SVG is parsed when it is drawn.
        if path.suffix.lower() in RASTER_SUFFIXES:
            self._image(path)
        else:
            self._text(path)

    def _renderer(self, path: Path) -> QSvgRenderer | None:
        renderer = super()._renderer(path)
        if renderer is not None:
            # Not kept: once the caller has drawn with it, nothing refers to it and it goes.
            # A failed file stays marked (None), so it is not parsed on every paint.
            del self._renderers[path]
            renderer.setParent(None)
        return renderer
