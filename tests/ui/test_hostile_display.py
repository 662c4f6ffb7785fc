"""What a hostile file can put on screen: never a window wider than the screen, never a hang.

Notices quote files; a routine's name, instructions and pictures come from them. Each case
here used to break the window: a 2 KB word in a notice made it 24,336 px wide, markup in a
name was rendered as rich text (an <img> of a FIFO hangs the label), and a picture path
to /dev/zero was read until memory ran out.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from ui_fakes import SHORT, FakeClock, short_catalogue

from stretchtimer.model.catalogue import Catalogue
from stretchtimer.model.plan import Plan
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.settings import Settings
from stretchtimer.model.shorten import MAX_CHARS
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.settings_model import SettingsModel
from stretchtimer.ui.widgets import IllustrationView

LONG_WORD = "W" * 2048


def _window(qtbot: QtBot, catalogue: Catalogue) -> MainWindow:
    clock = FakeClock()

    def make_driver(plan: Plan) -> SessionDriver:
        return SessionDriver(plan, clock)

    w = MainWindow(catalogue, SettingsModel(Settings()), builtin_safety(), make_driver)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    w = _window(qtbot, short_catalogue())
    yield w
    if w.driver is not None:
        w.driver.stop()


def _screen_width() -> int:
    screen = QApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry().width()


def _fits(w: MainWindow) -> None:
    QApplication.processEvents()
    assert w.minimumSizeHint().width() <= _screen_width()
    assert w.width() <= max(_screen_width(), 1280)  # the window's own default size


def test_a_notice_with_a_2kb_word_keeps_the_window_within_the_screen(window: MainWindow) -> None:
    window.set_notices([f"Skipped a routine file: /data/routines/x.json: {LONG_WORD}"])
    _fits(window)
    shown = window.picker.banner.details.text()
    assert len(shown) <= MAX_CHARS and "x.json" in shown and shown.endswith("…")


def test_a_50mb_notice_is_cut_before_it_reaches_the_label(window: MainWindow) -> None:
    window.set_notices(["x.json: field 'name': " + "y " * (25 * 1024 * 1024)])
    assert len(window.picker.banner.details.text()) <= MAX_CHARS
    window.show_problem("z" * (50 * 1024 * 1024))  # joins the banner: each line is cut
    lines = window.picker.banner.details.text().splitlines()
    assert len(lines) == 2 and all(len(line) <= MAX_CHARS for line in lines)


def test_many_notices_show_the_first_few_and_a_count(window: MainWindow) -> None:
    window.set_notices([f"problem {n}" for n in range(500)])
    lines = window.picker.banner.details.text().splitlines()
    assert lines[:2] == ["problem 0", "problem 1"]
    assert len(lines) <= 7 and lines[-1] == "And 494 more."
    _fits(window)


def test_a_notice_during_a_session_is_cut_too(window: MainWindow) -> None:
    window.start_routine(SHORT.id)
    window.show_problem(f"History could not be saved: {LONG_WORD}")
    assert len(window.session_page.status_label.text()) <= MAX_CHARS
    _fits(window)


def test_markup_from_a_file_is_shown_as_text_never_rendered(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Rendered as rich text, this <img> would open the FIFO and wait for a writer forever.
    monkeypatch.chdir(tmp_path)
    os.mkfifo("fifo")
    markup = '<img src="fifo">'
    catalogue = short_catalogue()
    catalogue.routines[SHORT.id] = replace(SHORT, name=f"Mine {markup}", description=markup)
    neck = catalogue.exercises["neck-side-tilt"]
    catalogue.exercises[neck.id] = replace(neck, name=markup, instructions=(markup, "Breathe."))
    w = _window(qtbot, catalogue)
    w.set_notices([f"x.json: routine '{markup}': field 'name': unknown key"])
    w.start_routine(SHORT.id)
    page = w.session_page
    assert w.driver is not None
    while page.exercise_label.text() != markup:  # on to the first exercise's get-ready
        w.driver.skip()
    assert "&lt;img" in page.instructions_label.text()
    labels = [w.picker.banner.details, page.routine_label, page.exercise_label]
    labels += [card for card in w.picker.findChildren(QLabel) if markup in card.text()]
    w.driver.stop()
    labels.append(w.summary_page.totals)
    assert markup in w.summary_page.totals.text()
    assert len(labels) >= 6
    for label in labels:
        assert label.textFormat() is Qt.TextFormat.PlainText, label.text()
    QApplication.processEvents()


def test_a_long_routine_name_keeps_the_session_within_the_screen(qtbot: QtBot) -> None:
    catalogue = short_catalogue()
    catalogue.routines[SHORT.id] = replace(SHORT, name="W" * 120)
    w = _window(qtbot, catalogue)
    w.start_routine(SHORT.id)
    _fits(w)
    assert w.driver is not None
    w.driver.stop()


def _svg(padding: int = 0) -> str:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        f'<!-- {"x" * padding} --><rect width="10" height="10" fill="currentColor"/></svg>'
    )


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "directory", "oversized"])
def test_a_picture_that_is_not_a_small_plain_file_is_refused_unread(
    qtbot: QtBot, tmp_path: Path, caplog: pytest.LogCaptureFixture, kind: str
) -> None:
    path = tmp_path / "pic.svg"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "directory":
        path.mkdir()
    else:
        path.write_text(_svg(padding=2 * 1024 * 1024), encoding="utf-8")
    good = tmp_path / "good.svg"
    good.write_text(_svg(), encoding="utf-8")
    view = IllustrationView()
    qtbot.addWidget(view)
    view.resize(50, 50)
    with caplog.at_level(logging.WARNING):
        view.set_frames([path, good])
    expected = "too large" if kind == "oversized" else "is not a regular file"
    assert [r.getMessage() for r in caplog.records if expected in r.getMessage()]
    assert view.grab().toImage().pixelColor(25, 25) == view.palette().window().color()
    view.set_frame(1)  # the good frame beside it still draws
    assert view.grab().toImage().pixelColor(25, 25) != view.palette().window().color()


def test_a_long_word_in_a_card_does_not_widen_its_column(qtbot: QtBot) -> None:
    catalogue = short_catalogue()
    catalogue.routines[SHORT.id] = replace(SHORT, name="W" * 120, description="D" * 1000)
    w = _window(qtbot, catalogue)
    widths = [card.minimumSizeHint().width() for card in w.picker.cards]
    assert max(widths) <= _screen_width() / 3
