"""The routine preview: the exercises in order with pictures, doses and sides, and Start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_fakes import SHORT
from window_kit import key

from stretchtimer.model.timefmt import mmss
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.widgets.illustration import IllustrationView


def test_the_preview_lists_every_exercise_in_order_with_its_dose_and_sides(
    window: MainWindow,
) -> None:
    window.show_preview(SHORT.id)
    page = window.preview_page
    assert [tuple(label.text() for label in row) for row in page.rows] == [
        ("1", "Neck side tilt", "5 s × 2 per side", "seated, left then right"),
        ("2", "Cat–cow", "0:10, moving with the breath", "floor"),
    ]
    total = window.picker.cards[0].info.seconds
    assert page.facts.text() == f"{mmss(total)} · seated / floor · 2 exercises"
    assert page.frame_note.text() == (
        "First a warm-up of 0:04 and a few slow breaths; slow breaths again at the end."
    )
    pictures = page.findChildren(IllustrationView)
    assert len(pictures) == 2
    assert all(p.frame_count() == 1 for p in pictures)
    assert [p.accessibleName() for p in pictures] == ["Neck side tilt", "Cat–cow"]


def test_start_and_enter_start_the_routine(window: MainWindow, qtbot: QtBot) -> None:
    window.show_preview(SHORT.id)
    page = window.preview_page
    with qtbot.waitSignal(page.start_requested) as got:
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert got.args == [SHORT.id]
    window.show_picker()
    window.show_preview(SHORT.id)
    assert page.start_button.hasFocus()
    key(qtbot, window, Qt.Key.Key_Enter)
    assert window.stack.currentWidget() is window.session_page


def test_a_preview_shown_again_lists_only_its_own_routine(window: MainWindow) -> None:
    window.show_preview(SHORT.id)
    other = next(r for r in window.catalogue.routines if r != SHORT.id)
    window.show_preview(other)
    assert window.preview_page.title.text() == window.catalogue.routine(other).name
    names = [row[1].text() for row in window.preview_page.rows]
    routine = window.catalogue.routine(other)
    assert names == [window.catalogue.exercise(i.exercise).name for i in routine.items]
