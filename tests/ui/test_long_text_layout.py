"""Every screen holds text 40 % longer than English without cutting it.

The pseudo-locale (tools/pseudo_locale.py) answers every interface string accented and
longer, as German or French often are. The same tour tools/screens.py photographs walks
every screen at the two window sizes we design for, and each visible label, button, check
box and group title is measured against the room it has.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import screens
from pseudo_locale import PseudoTranslator, pseudo

from stretchtimer import cli, resources
from stretchtimer.model.catalogue import load_catalogue
from stretchtimer.model.catalogue_i18n import translate_safety, translate_warmups
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.warmups import load_warmups
from stretchtimer.ui.i18n import install_translators

ROOT = Path(__file__).resolve().parents[2]
SIZES = [(1280, 800), (1024, 640)]
SLACK = 1  # px: rounding between the font metrics and the painted text
# Widgets that cut their text on purpose, by object name, with the reason.
ELIDED_ON_PURPOSE: dict[str, str] = {}
EVERY_SCREEN = {
    "picker-first-run", "picker", "picker-notice", "preview", "warmup", "breathing",
    "get-ready", "flow", "hold", "switch", "hold-right", "rest", "warmup-floor",
    "checkin-before", "paused", "stop-dialog", "summary", "summary-rated",
    "picker-with-history", "history", "editor", "editor-new", "settings",
    "settings-reminders",
}  # fmt: skip


def shown(text: str) -> str:
    """The text as drawn: a single & marks the accelerator and is not drawn."""
    return re.sub(r"&(.)", r"\1", text)


def _text_size(widget: QWidget, text: str, width: int | None) -> tuple[int, int]:
    """Width and height ``text`` needs in ``widget``'s font, wrapped at ``width`` if given."""
    metrics = widget.fontMetrics()
    flags = Qt.TextFlag.TextWordWrap if width is not None else 0
    box = QRect(0, 0, width if width is not None else 100_000, 100_000)
    needed = metrics.boundingRect(box, int(flags), text)
    return needed.width(), needed.height()


def label_problem(label: QLabel) -> str | None:
    text = label.text()
    pixmap = label.pixmap()
    if not text.strip() or (pixmap is not None and not pixmap.isNull()):
        return None
    room = label.contentsRect()
    m = label.margin()
    room.adjust(m, m, -m, -m)
    if label.indent() > 0:
        room.setWidth(room.width() - label.indent())
    wrap = label.wordWrap()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if wrap:
            doc.setTextWidth(room.width())
        width, height = round(doc.idealWidth()), round(doc.size().height())
    else:
        plain = shown(text) if label.buddy() is not None else text
        width, height = _text_size(label, plain, room.width() if wrap else None)
    if width > room.width() + SLACK or height > room.height() + SLACK:
        return f"needs {width}x{height}, has {room.width()}x{room.height()}"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    text = shown(button.text())
    if not text.strip():
        return None
    style = button.style()
    option = QStyleOptionButton()
    if isinstance(button, (QCheckBox, QRadioButton, QPushButton)):
        button.initStyleOption(option)
    if isinstance(button, QToolButton):
        room = QRect(
            0, 0, button.width() - button.sizeHint().width() + _text_size(button, text, None)[0], 1
        )
    elif isinstance(button, QCheckBox):
        room = style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button)
    elif isinstance(button, QRadioButton):
        room = style.subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, button)
    elif isinstance(button, QPushButton):
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
        if not button.icon().isNull():
            room.setWidth(room.width() - button.iconSize().width() - 4)
    else:
        room = button.contentsRect()
    width, _ = _text_size(button, text, None)
    if width > room.width() + SLACK:
        return f"needs {width} px, has {room.width()}"
    return None


def combo_problem(combo: QComboBox) -> str | None:
    """The chosen entry of a closed box must show whole (the open list has its own width)."""
    text = combo.currentText()
    if not text.strip() or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    width, _ = _text_size(combo, text, None)
    if width > room.width() + SLACK:
        return f"needs {width} px, has {room.width()}"
    return None


def group_problem(group: QGroupBox) -> str | None:
    if not group.title().strip():
        return None
    option = QStyleOptionGroupBox()
    group.initStyleOption(option)
    label = group.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, group
    )
    width, _ = _text_size(group, shown(group.title()), None)
    if label.right() > group.rect().right() or width > label.width() + SLACK:
        return f"title needs {width} px, box is {group.width()}"
    return None


def scrolls(widget: QWidget, top: QWidget) -> bool:
    """Whether ``widget`` sits in a scroll area below ``top`` (it may lie out of sight)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def misfits(top: QWidget) -> list[str]:
    found = []
    for child in top.findChildren(QWidget):
        if not child.isVisibleTo(top) or child.objectName() in ELIDED_ON_PURPOSE:
            continue
        content = child.widget() if isinstance(child, QScrollArea) else None
        if isinstance(child, QScrollArea) and content is not None:
            # A page may scroll down; sideways, half of every line would be out of sight.
            inner = max(content.width(), content.minimumSizeHint().width())
            room = child.viewport().width()
            if inner > room + SLACK:
                found.append(f"{type(content).__name__} in a scroll area: "
                             f"{inner} px wide, {room} px in sight (scrolls sideways)")  # fmt: skip
            continue
        if isinstance(child, QLabel):
            problem = label_problem(child)
        elif isinstance(child, QAbstractButton):
            problem = button_problem(child)
        elif isinstance(child, QGroupBox):
            problem = group_problem(child)
        elif isinstance(child, QComboBox):
            problem = combo_problem(child)
        else:
            continue
        place = QRect(child.mapTo(top, QPoint(0, 0)), child.size())
        if problem is None and not top.rect().contains(place) and not scrolls(child, top):
            problem = f"at {place.getRect()}, outside the {top.width()}x{top.height()} window"
        if problem is not None:
            if isinstance(child, QGroupBox):
                text = child.title()
            elif isinstance(child, QComboBox):
                text = child.currentText()
            else:
                text = child.text()
            name = child.objectName() or type(child).__name__
            found.append(f"{name} {text[:60]!r}: {problem}")
    return found


class Ruler:
    """Takes the tour's place of a camera: measures each screen instead of saving it."""

    scheme = "light"

    def __init__(self, size: tuple[int, int]) -> None:
        self.size = size
        self.screens: list[str] = []
        self.problems: list[str] = []

    def shot(self, widget: QWidget, name: str) -> None:
        width, height = self.size
        if isinstance(widget, QDialog):
            # A dialog sizes itself to the screen (800x800 offscreen): give it this one.
            widget.resize(min(widget.width(), width), min(widget.height(), height))
        for _ in range(3):  # new text, then its layout, then the scroll area around it
            QApplication.processEvents()
        self.screens.append(name)
        if widget.width() > width or widget.height() > height:
            self.problems.append(
                f"{name}: the window needs {widget.width()}x{widget.height()}, "
                f"more than {width}x{height}"
            )
        self.problems += [f"{name}: {problem}" for problem in misfits(widget)]


@pytest.fixture
def pseudo_locale(qapp: QApplication) -> Iterator[PseudoTranslator]:
    translator = PseudoTranslator()
    assert qapp.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_pseudo_locale_keeps_what_the_program_reads(pseudo_locale: PseudoTranslator) -> None:
    source = "Exported %n session(s) to %1."
    got = QCoreApplication.translate("HistoryWords", source, None, 3)
    assert got == pseudo(source).replace("%n", "3")  # Qt fills in %n after the lookup
    assert got.startswith("[Éxpörtéd 3 šéššîöñ(š) tö %1. ")
    assert pseudo("&Save").startswith("[&Šávé")
    assert "{minutes}" in pseudo("{minutes} {seconds} left")
    assert pseudo(" s").startswith(" [")  # a spin-box suffix keeps its space
    assert len(pseudo("Time to stretch")) >= 1.4 * len("Time to stretch")
    assert "<b>" in pseudo("<b>Take care:</b> %1")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_holds_longer_text(
    size: tuple[int, int], tmp_path: Path, pseudo_locale: PseudoTranslator
) -> None:
    catalogue = load_catalogue(resources.catalogue_path()).catalogue
    warmups, _ = load_warmups(resources.warmups_path())
    ruler = Ruler(size)
    screens.session_screens(ruler, catalogue, size, "midday-desk-break", tmp_path,
                            warmups=warmups)  # fmt: skip
    assert set(ruler.screens) >= EVERY_SCREEN
    assert not ruler.problems, "\n".join(ruler.problems)


def test_the_ruler_sees_cut_text(qtbot: QtBot) -> None:
    """Each kind of cut the tour looks for, made on purpose, is reported."""
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    column = QVBoxLayout(window)
    cut = QLabel("A line far too long for the eighty pixels it is given")
    cut.setFixedWidth(80)
    short = QLabel("Wrapped text needs more lines than this label's height can show")
    short.setWordWrap(True)
    short.setFixedSize(120, 20)
    box = QCheckBox("A check box with a long sentence beside it")
    box.setFixedWidth(90)
    button = QPushButton("A button with a long label")
    button.setFixedWidth(60)
    group = QGroupBox("A group with a title wider than itself")
    group.setFixedWidth(70)
    combo = QComboBox()
    combo.addItem("A choice longer than its box")
    combo.setFixedWidth(70)
    fits = QLabel("Fits")
    for widget in (cut, short, box, button, group, combo, fits):
        column.addWidget(widget)
    wide = QWidget()
    wide.setMinimumWidth(900)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(wide)
    column.addWidget(scroll)
    window.show()
    QApplication.processEvents()
    found = "\n".join(misfits(window))
    for text in ("A line far", "Wrapped text", "A check box", "A button", "A group", "A choice"):
        assert f"{text}" in found
    assert "'Fits'" not in found
    assert "scrolls sideways" in found


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The German interface and dates, as `LANGUAGE=de` gives them; put back afterwards."""
    compiled = tmp_path / "i18n"
    tool = [sys.executable, str(ROOT / "tools" / "i18n.py"), "compile", "--out", str(compiled)]
    subprocess.run(tool, check=True, capture_output=True, timeout=60)
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    found = install_translators(qapp, QLocale("de_DE"), compiled)
    assert any(Path(t.filePath()).name == "stretchtimer_de.qm" for t in found)
    yield
    for translator in found:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_screen_holds_german(size: tuple[int, int], tmp_path: Path, german: None) -> None:
    """The real thing: German interface and German catalogue text (long compound words)."""
    warmups, _ = load_warmups(resources.warmups_path())
    safety = builtin_safety()
    loaded = cli.CliContext(data_dir=tmp_path, chosen_language="de").load_localised(
        warmups=warmups, safety=safety
    )
    assert not loaded.translation_problems
    ruler = Ruler(size)
    screens.session_screens(ruler, loaded.result.catalogue, size, "midday-desk-break", tmp_path,
                            warmups=translate_warmups(warmups, loaded.translation),
                            safety=translate_safety(safety, loaded.translation))  # fmt: skip
    assert set(ruler.screens) >= EVERY_SCREEN
    assert not ruler.problems, "\n".join(ruler.problems)
