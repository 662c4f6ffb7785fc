"""The picture of one of the user's exercises: choosing a file, checking it, showing it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QImageWriter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from stretchtimer.model.catalogue import CatalogueError, Position
from stretchtimer.model.exercise_files import read_chosen_picture
from stretchtimer.model.sharing.pictures import Picture
from stretchtimer.model.texts import QT_TRANSLATE_NOOP
from stretchtimer.model.untrusted import Message, Problem, said
from stretchtimer.ui.pages.editor.thumbnails import picture_pixmap, placeholder
from stretchtimer.ui.widgets.illustration import MAX_PICTURE_BYTES as MAX_SVG_BYTES

PREVIEW = QSize(300, 200)
# A photo is kept at a size a full-screen session can use; a larger one is scaled down
# once, when it is chosen, so no page ever decodes 40 megapixels to show it.
MAX_SIDE = 1600
MAX_PIXELS = 60_000_000


def _refused(path: Path, message: Message) -> CatalogueError:
    return CatalogueError([Problem(str(path), "", "", message)])


def check_picture(path: Path) -> Picture:
    """``path`` as a picture to copy in: read, decoded, scaled down when very large.

    Runs on the editor's file thread (the file may be a large photo); ``CatalogueError``
    says why the file is refused.
    """
    picture = read_chosen_picture(path)
    if picture.suffix == ".svg":
        if len(picture.data) > MAX_SVG_BYTES:
            too_large = QT_TRANSLATE_NOOP(
                "Problem", "is larger than 1 MB, the most an SVG picture may be"
            )
            raise _refused(path, said(too_large))
        if not QSvgRenderer(QByteArray(picture.data)).isValid():
            undrawable = QT_TRANSLATE_NOOP("Problem", "is not an SVG picture that can be drawn")
            raise _refused(path, said(undrawable))
        return picture
    buffer = QBuffer()
    buffer.setData(QByteArray(picture.data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        raise _refused(
            path, said(QT_TRANSLATE_NOOP("Problem", "holds no picture that can be read"))
        )
    if size.width() * size.height() > MAX_PIXELS:
        too_large = QT_TRANSLATE_NOOP("Problem", "is too large (%1 × %2 pixels)")
        raise _refused(path, said(too_large, size.width(), size.height()))
    image = reader.read()
    if image.isNull():
        unreadable = QT_TRANSLATE_NOOP("Problem", "holds no picture that can be read (%1)")
        raise _refused(path, said(unreadable, reader.errorString()))
    if max(image.width(), image.height()) <= MAX_SIDE:
        return picture
    smaller = image.scaled(
        MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )  # fmt: skip
    return Picture(picture.suffix, _encoded(smaller, picture.suffix))


def _encoded(image: QImage, suffix: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png" if suffix == ".png" else b"jpeg"))
    writer.setQuality(90)
    if not writer.write(image):
        raise OSError(f"the smaller picture could not be made: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


class PictureRow(QWidget):
    """The picture, scaled with its proportions kept (or the placeholder), and its buttons.

    Signals:
    choose_requested(): "Choose picture…".
    remove_requested(): "Remove picture".
    """

    choose_requested = Signal()
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Picture"))
        self.choose_button = QPushButton(self.tr("C&hoose picture…"))
        self.choose_button.setToolTip(self.tr("A PNG, JPEG or SVG file; it is copied in"))
        self.choose_button.clicked.connect(self.choose_requested.emit)
        self.remove_button = QPushButton(self.tr("Remove pictu&re"))
        self.remove_button.clicked.connect(self.remove_requested.emit)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_picture(
        self, data: bytes | None, svg: bool, palette: QPalette, position: Position
    ) -> None:
        """``data`` scaled into the preview; None shows the placeholder for ``position``."""
        if data is None:
            pixmap: QPixmap = placeholder(palette, PREVIEW, position)
        else:
            pixmap = picture_pixmap(data, svg, palette, PREVIEW, position)
        self.preview.setPixmap(pixmap)
        self.remove_button.setEnabled(data is not None)
        self.preview.setAccessibleDescription(
            self.tr("No picture: a plain figure stands in.") if data is None else ""
        )
