"""IllustrationView: an exercise's picture (SVG in the palette's ink, or a photo), mirrored on
demand, with a neutral placeholder for an exercise that has none."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QRectF, QSize
from PySide6.QtGui import QColor, QHideEvent, QImage, QPainter, QPaintEvent, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretchtimer.model.catalogue import Position
from stretchtimer.model.sharing.bundle import read_limited
from stretchtimer.model.sharing.pictures import MAX_PICTURE_BYTES as MAX_OWN_PICTURE_BYTES
from stretchtimer.model.untrusted import LoadError, read_text
from stretchtimer.ui.widgets.placeholder_figure import paint_placeholder, placeholder_ink

log = logging.getLogger(__name__)

# The largest shipped picture is under 10 KB; a bigger SVG is not a drawing of a stretch.
MAX_PICTURE_BYTES = 1024 * 1024
# The user's own photos may be as large as the pictures folder accepts.
MAX_PHOTO_BYTES = MAX_OWN_PICTURE_BYTES
RASTER_SUFFIXES = (".png", ".jpg", ".jpeg")

# The root element only: "<svg" followed by whitespace, "/" or ">", never "<svg:..." or
# an inner element whose name merely starts with "svg".
_ROOT_TAG = re.compile(r"<svg(?=[\s/>])[^>]*>")
_COLOR_ATTR = re.compile(r"""(?<![\w:-])color\s*=\s*("[^"]*"|'[^']*')""")


def recolour_svg(text: str, color: QColor) -> str:
    """``text`` with ``currentColor`` resolved to ``color``.

    The figures are drawn in ``currentColor``; QSvgRenderer resolves it from a ``color``
    attribute on an ancestor, so setting that attribute on the root recolours the whole
    figure while the fixed accent stays as drawn.
    """
    value = color.name(QColor.NameFormat.HexRgb)
    match = _ROOT_TAG.search(text)
    if match is None:
        # Not an SVG root we can edit; resolving the keyword textually still recolours.
        return text.replace("currentColor", value)
    tag = match.group(0)
    if _COLOR_ATTR.search(tag):
        tag = _COLOR_ATTR.sub(f'color="{value}"', tag, count=1)
    else:
        tag = f'<svg color="{value}"{tag[4:]}'
    return text[: match.start()] + tag + text[match.end() :]


class IllustrationView(QWidget):
    """Shows one frame of an exercise's illustration, kept in proportion and centred.

    An SVG figure is drawn in the palette's text colour, so it follows light and dark
    schemes; a PNG or JPEG (the user's own photos) is drawn as it is. ``set_mirrored(True)``
    flips either for the other side of the body. A missing, broken or oversized file, or
    one that is not a regular file, is logged once and leaves the area empty, or shows the
    placeholder when the page gave a position (``set_placeholder``): a picture is never
    worth stopping a session for. The accessible name is set by the page.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths: tuple[Path, ...] = ()
        self._index = 0
        self._mirrored = False
        self._texts: dict[Path, str | None] = {}
        self._renderers: dict[Path, QSvgRenderer | None] = {}
        self._images: dict[Path, QImage | None] = {}
        self._placeholder: Position | None = None
        self._has_placeholder = False
        self._ink = self._palette_ink()
        self._warned: set[Path] = set()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # --- public API -------------------------------------------------------------------

    def set_frames(self, paths: Sequence[Path]) -> None:
        frames = tuple(Path(p) for p in paths)
        for path in frames:
            # A file that failed before (perhaps not drawn yet) gets another chance when
            # an exercise is shown again; a good one stays cached.
            if self._renderers.get(path, True) is None or self._images.get(path, True) is None:
                self._renderers.pop(path, None)
                self._images.pop(path, None)
                self._texts.pop(path, None)
            self._prepare(path)
        if frames == self._paths and self._index == 0:
            return
        self._paths = frames
        self._index = 0
        self.update()

    def set_frame(self, index: int) -> None:
        index = index % len(self._paths) if self._paths else 0
        if index == self._index:
            return
        self._index = index
        self.update()

    def set_placeholder(self, position: Position | None, *, shown: bool = True) -> None:
        """With ``shown``, an exercise without a usable picture shows the placeholder for
        ``position``; without, the area stays empty (a breathing step has no picture)."""
        if (position, shown) == (self._placeholder, self._has_placeholder):
            return
        self._placeholder, self._has_placeholder = position, shown
        self.update()

    def showing_placeholder(self) -> bool:
        if not self._has_placeholder:
            return False
        return not self._paths or self._load(self._paths[self._index]) is None

    def set_mirrored(self, on: bool) -> None:
        if on == self._mirrored:
            return
        self._mirrored = on
        self.update()

    def set_description(self, text: str) -> None:
        self.setAccessibleDescription(text)

    def frame_count(self) -> int:
        return len(self._paths)

    def current_frame(self) -> int:
        return self._index

    def is_mirrored(self) -> bool:
        return self._mirrored

    # --- Qt overrides -----------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(400, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, 90)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            ink = self._palette_ink()
            if ink != self._ink:
                self._ink = ink
                # The colour is baked into each renderer's document, so all must be rebuilt.
                self._release_renderers()
                for path in self._paths:
                    self._prepare(path)
            self.update()  # the placeholder's ink may have changed alone
        super().changeEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        # A hidden page's pictures cost their parsed documents for nothing; they are read
        # again (from the texts kept) when the page is shown.
        self._release_renderers()
        super().hideEvent(event)

    def _release_renderers(self) -> None:
        """Drop every parsed picture; a failed one stays marked, for its retry to come."""
        for path, renderer in list(self._renderers.items()):
            if renderer is not None:
                renderer.deleteLater()
                del self._renderers[path]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._paint(painter)
        painter.end()

    def _paint(self, painter: QPainter) -> None:
        """Draw the current frame (or the placeholder) over the widget's area on ``painter``."""
        picture = self._load(self._paths[self._index]) if self._paths else None
        if picture is None:
            if self._has_placeholder:
                ink = placeholder_ink(self.palette())
                paint_placeholder(painter, QRectF(self.rect()), self._placeholder, ink)
            return
        target = self._target_rect(picture)
        if target.isEmpty():
            return
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        if self._mirrored:
            centre_x = self.width() / 2.0
            painter.translate(centre_x, 0.0)
            painter.scale(-1.0, 1.0)
            painter.translate(-centre_x, 0.0)
        if isinstance(picture, QImage):
            painter.drawImage(target, picture)
        else:
            picture.render(painter, target)

    # --- loading and layout -----------------------------------------------------------

    def _palette_ink(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    def _target_rect(self, picture: QSvgRenderer | QImage) -> QRectF:
        if isinstance(picture, QImage):
            box = QRectF(0.0, 0.0, picture.width(), picture.height())
        else:
            box = picture.viewBoxF()
            if box.isEmpty():
                box = QRectF(
                    0.0, 0.0, picture.defaultSize().width(), picture.defaultSize().height()
                )
        if box.width() <= 0 or box.height() <= 0:
            return QRectF()
        scale = min(self.width() / box.width(), self.height() / box.height())
        width, height = box.width() * scale, box.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def _text(self, path: Path) -> str | None:
        if path not in self._texts:
            try:
                # Regular files only, opened without blocking: a FIFO or /dev/zero is refused.
                self._texts[path] = read_text(path, limit=MAX_PICTURE_BYTES)
            except LoadError as exc:
                self._warn(path, "; ".join(p.message for p in exc.problems))
                self._texts[path] = None
        return self._texts[path]

    def _prepare(self, path: Path) -> None:
        """Read and parse a frame ahead of its first paint, so paints do not read the disk."""
        self._load(path)

    def _load(self, path: Path) -> QSvgRenderer | QImage | None:
        if path.suffix.lower() in RASTER_SUFFIXES:
            return self._image(path)
        return self._renderer(path)

    def _image(self, path: Path) -> QImage | None:
        if path not in self._images:
            image: QImage | None = None
            try:
                data = read_limited(path, MAX_PHOTO_BYTES)
            except LoadError as exc:
                self._warn(path, "; ".join(p.message for p in exc.problems))
            else:
                image = QImage.fromData(data)
                if image.isNull():
                    image = None
                    self._warn(path, "is not a PNG or JPEG picture Qt can read")
            self._images[path] = image
        return self._images[path]

    def _renderer(self, path: Path) -> QSvgRenderer | None:
        if path in self._renderers:
            return self._renderers[path]
        renderer: QSvgRenderer | None = None
        text = self._text(path)
        if text is not None:
            data = QByteArray(recolour_svg(text, self._ink).encode("utf-8"))
            candidate = QSvgRenderer(data, self)
            if candidate.isValid():
                renderer = candidate
            else:
                candidate.deleteLater()
                self._warn(path, "is not a valid SVG picture")
        self._renderers[path] = renderer
        return renderer

    def _warn(self, path: Path, problem: str) -> None:
        if path in self._warned:
            return
        self._warned.add(path)
        log.warning("Illustration %s %s; showing no picture for it", path, problem)
