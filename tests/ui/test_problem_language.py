"""The problems found in a person's files read in their language: window and command line.

A small German catalogue is compiled here with ``pyside6-lrelease``, so the test does not
wait for the shipped translations of these sentences.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import stretchtimer
from stretchtimer import app, paths, resources
from stretchtimer.model.catalogue import load_catalogue, load_file
from stretchtimer.model.untrusted import Problem
from stretchtimer.ui.frames import illustration_frames
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.pages.editor import EditorPage
from stretchtimer.ui.pages.editor.thumbnails import own_or_builtin_frames
from stretchtimer.ui.problem_texts import problem_text, skipped_file_notice

GERMAN = {
    ("Problem", "%1: %2: field '%3': %4"): "%1: %2: Feld „%3“: %4",
    ("Problem", "%1: %2"): "%1: %2",
    ("Problem", "missing"): "fehlt",
    ("Problem", "routine %1"): "Routine %1",
    ("Problem", "must list at least one exercise"): "muss mindestens eine Übung enthalten",
    ("Problem", "is neither a StretchTimer routine file nor Workrave XML"): (
        "ist weder eine StretchTimer-Routinendatei noch Workrave-XML"
    ),
    ("Notices", "Skipped a routine file: %1"): "Routinendatei übersprungen: %1",
}
PACKAGE = Path(stretchtimer.__file__).parent


def qt_tool(name: str) -> str:
    found = Path(sys.executable).parent / name
    return str(found) if found.exists() else shutil.which(name) or name


def compile_german(folder: Path) -> Path:
    """``stretchtimer_de.qm`` in ``folder``, holding the sentences of :data:`GERMAN`."""
    root = ET.Element("TS", version="2.1", language="de_DE")
    for context in sorted({c for c, _ in GERMAN}):
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for (c, source), german in GERMAN.items():
            if c == context:
                message = ET.SubElement(node, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation").text = german
    folder.mkdir(parents=True, exist_ok=True)
    ts = folder / "stretchtimer_de.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "stretchtimer_de.qm"
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60
    )
    return qm


@pytest.fixture
def german(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(compile_german(tmp_path / "i18n")))
    assert qapp.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def broken_routine_file(data: Path) -> Path:
    folder = paths.user_routines_dir(data)
    folder.mkdir(parents=True)
    broken = folder / "broken.json"
    routine = {"id": "mine", "name": "Mine", "description": "Mine.", "items": []}
    broken.write_text(json.dumps({"version": 1, "routines": [routine]}))
    return broken


def test_the_translation_tools_find_every_problem_sentence(tmp_path: Path) -> None:
    ts = tmp_path / "all.ts"
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run([qt_tool("pyside6-lupdate"), *sources, "-ts", str(ts)], check=True, timeout=120)
    found = {
        m.findtext("source")
        for c in ET.parse(ts).getroot()
        if c.findtext("name") == "Problem"
        for m in c.iter("message")
    }
    assert {source for context, source in GERMAN if context == "Problem"} <= found
    assert "must be at most %1 characters, not %2" in found


def test_a_bad_routine_files_notice_reads_in_german(
    german: None, window: MainWindow, tmp_path: Path
) -> None:
    broken = broken_routine_file(tmp_path)
    problems = load_catalogue(resources.catalogue_path(), broken.parent).problems
    assert [str(p) for p in problems] == [
        f"{broken}: routine 'mine': field 'items': must list at least one exercise"
    ]
    window.set_notices([skipped_file_notice(p) for p in problems])
    assert window.picker.banner.messages() == [
        f"Routinendatei übersprungen: {broken}: Routine 'mine': Feld „items“: "
        "muss mindestens eine Übung enthalten"
    ]
    # The English stays for logs and files.
    assert str(problems[0]).endswith("field 'items': must list at least one exercise")


def test_a_problem_without_an_item_or_a_plain_line_is_shown_as_it_can_be(german: None) -> None:
    assert problem_text(Problem("f.json", "", "", "as written")) == "f.json: as written"
    assert problem_text("a line of its own") == "a line of its own"


def test_an_editor_field_problem_reads_in_german(
    german: None, qtbot: QtBot, tmp_path: Path
) -> None:
    builtin = load_file(resources.catalogue_path(), require_illustration=True)
    frames = own_or_builtin_frames(set(builtin.exercises), illustration_frames, tmp_path / "p")
    catalogue = load_catalogue(resources.catalogue_path(), tmp_path / "none").catalogue
    page = EditorPage(catalogue, builtin, tmp_path, frames)
    qtbot.addWidget(page)
    page.show()
    try:
        qtbot.keyClick(page.new_button, " ")
        qtbot.keyClicks(page.form.name, "Physio")
        assert page.items_problem.text() == "muss mindestens eine Übung enthalten"
    finally:
        page.jobs.shutdown()


def test_the_command_line_lists_an_imports_problems_in_german(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    compile_german(tmp_path / "i18n")
    monkeypatch.setattr(resources, "translations_dir", lambda: tmp_path / "i18n")
    monkeypatch.setenv("LANGUAGE", "de")
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    data = tmp_path / "data"
    code = app.main(["--data-dir", str(data), "routine", "import", str(bad)])
    err = capsys.readouterr().err.splitlines()
    assert code == 2
    assert err[1:] == [f"  {bad}: ist weder eine StretchTimer-Routinendatei noch Workrave-XML"]
