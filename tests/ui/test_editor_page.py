"""The routine editor driven as a person would: keys, drag and drop, save, delete and undo."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from ui_fakes import FakeClock

from stretchtimer import paths, resources
from stretchtimer.model.catalogue import Catalogue, load_catalogue, load_file
from stretchtimer.model.history import HistoryStore
from stretchtimer.model.plan import compile_plan
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.session import SessionState
from stretchtimer.model.settings import Settings
from stretchtimer.model.sharing import ImportPlan
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.frames import illustration_frames
from stretchtimer.ui.history_writer import HistoryWriter
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.pages.editor import EditorPage
from stretchtimer.ui.pages.editor.sharing import ImportSummary
from stretchtimer.ui.pages.editor.thumbnails import own_or_builtin_frames
from stretchtimer.ui.recorder import HistoryRecorder
from stretchtimer.ui.settings_model import SettingsModel

BUILTIN = load_file(resources.catalogue_path(), require_illustration=True)


def loaded(data: Path) -> Catalogue:
    result = load_catalogue(resources.catalogue_path(), paths.user_routines_dir(data))
    assert result.problems == []
    return result.catalogue


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> Iterator[EditorPage]:
    frames = own_or_builtin_frames(set(BUILTIN.exercises), illustration_frames, tmp_path / "p")
    editor = EditorPage(loaded(tmp_path), BUILTIN, tmp_path, frames)
    qtbot.addWidget(editor)
    editor.resize(1280, 720)
    editor.show()
    yield editor
    editor.jobs.shutdown()


def key(
    qtbot: QtBot,
    widget: object,
    k: Qt.Key,
    mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(widget, k, mod)


def add_by_search(qtbot: QtBot, page: EditorPage, words: str) -> None:
    page.chooser.search.clear()
    qtbot.keyClicks(page.chooser.search, words)
    key(qtbot, page.chooser.search, Qt.Key.Key_Return)


def save(qtbot: QtBot, page: EditorPage) -> None:
    assert page.save_button.isEnabled(), (page.status.text(), page.routine)
    with qtbot.waitSignal(page.routine_saved, timeout=10000):
        key(qtbot, page.save_button, Qt.Key.Key_Space)


def test_a_routine_built_from_nothing_by_keyboard_alone(
    qtbot: QtBot, page: EditorPage, tmp_path: Path
) -> None:
    key(qtbot, page.new_button, Qt.Key.Key_Space)
    assert page.form.name.hasFocus()
    qtbot.keyClicks(page.form.name, "Physio plan")
    assert page.form.problems["name"].isHidden()
    # Nothing in it yet: the loader's own words, beside the list.
    assert page.items_problem.text() == "must list at least one exercise"
    add_by_search(qtbot, page, "knee to chest")
    add_by_search(qtbot, page, "cobra")
    add_by_search(qtbot, page, "child")
    names = [page.catalogue.exercise(i.exercise).name for i in page.routine.items]  # type: ignore[union-attr]
    assert names == ["Knee to chest", "Cobra", "Child's pose"]
    assert page.items_problem.isHidden()
    # Alt+Up moves the chosen exercise (Child's pose) up one place.
    page.items.setFocus()
    key(qtbot, page.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [i.exercise for i in page.routine.items] == ["knee-to-chest", "childs-pose", "cobra"]  # type: ignore[union-attr]
    assert page.items.currentRow() == 1
    # Its own hold: 45 s instead of the exercise's default, which the box shows at its lowest.
    assert page.overrides.hold.specialValueText() == "Default (20 s)"
    page.overrides.hold.setFocus()
    page.overrides.hold.selectAll()
    qtbot.keyClicks(page.overrides.hold, "45")
    assert page.routine.items[1].hold_seconds == 45.0  # type: ignore[union-attr]
    plan = compile_plan(page.routine, page.catalogue, page.breathing)  # type: ignore[arg-type]
    assert (
        page.total.text()
        == f"Total: {int(plan.total_seconds) // 60}:{int(plan.total_seconds) % 60:02d}"
    )
    assert page.timeline.count() == len(plan.steps)
    save(qtbot, page)
    assert not page.dirty()
    written = json.loads((tmp_path / "routines" / "physio-plan.json").read_text())
    assert [i["exercise"] for i in written["routines"][0]["items"]] == [
        "knee-to-chest",
        "childs-pose",
        "cobra",
    ]
    again = loaded(tmp_path).routine("physio-plan")
    assert compile_plan(again, page.catalogue).steps == plan.steps


def test_reorder_by_drag_and_drop(qtbot: QtBot, page: EditorPage) -> None:
    page.new_routine()
    for words in ("knee to chest", "cobra", "child"):
        add_by_search(qtbot, page, words)
    view = page.items
    # A real drop: what a drag of row 0 onto the bottom of row 2 delivers to the view.
    view.setCurrentRow(0)
    mime = view.model().mimeData([view.model().index(0, 0)])
    target = view.visualItemRect(view.item(2)).bottomLeft() + QPoint(4, -2)
    drop = QDropEvent(
        target,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(drop)
    assert [i.exercise for i in page.routine.items] == ["cobra", "childs-pose", "knee-to-chest"]  # type: ignore[union-attr]


def test_customise_a_built_in_leaves_it_alone(
    qtbot: QtBot, page: EditorPage, tmp_path: Path
) -> None:
    page.open_routine("quick-reset")
    assert not page.form.isEnabled()
    assert "Customise makes your own copy" in page.status.text()
    key(qtbot, page.customise_button, Qt.Key.Key_Space)
    assert page.routine is not None and page.routine.id == "quick-reset-my-copy"
    assert page.form.name.text() == "Quick reset (my copy)"
    page.remove_item(0)
    save(qtbot, page)
    mine = loaded(tmp_path)
    assert (
        len(mine.routine("quick-reset-my-copy").items)
        == len(BUILTIN.routine("quick-reset").items) - 1
    )
    assert mine.routine("quick-reset") == BUILTIN.routine("quick-reset")


def test_delete_and_undo(qtbot: QtBot, page: EditorPage, tmp_path: Path) -> None:
    page.open_routine("quick-reset")
    page.customise()
    save(qtbot, page)
    file = tmp_path / "routines" / "quick-reset-my-copy.json"
    content = file.read_bytes()
    with qtbot.waitSignal(page.routine_deleted, timeout=10000):
        key(qtbot, page.delete_button, Qt.Key.Key_Space)
    assert not file.exists()
    assert "quick-reset-my-copy" not in loaded(tmp_path).routines
    assert page.undo_button.isVisible() and page.undo_button.hasFocus()
    with qtbot.waitSignal(page.routine_saved, timeout=10000):
        key(qtbot, page.undo_button, Qt.Key.Key_Space)
    assert file.read_bytes() == content
    assert page.routine is not None and page.routine.id == "quick-reset-my-copy"


def test_unsaved_changes_are_asked_about(qtbot: QtBot, page: EditorPage) -> None:
    page.new_routine()
    add_by_search(qtbot, page, "cobra")
    asked: list[int] = []

    def cancel() -> QMessageBox.StandardButton:
        asked.append(1)
        return QMessageBox.StandardButton.Cancel

    page.ask_unsaved = cancel
    with qtbot.assertNotEmitted(page.back_requested):
        page.request_back()
    assert asked == [1]
    page.ask_unsaved = lambda: QMessageBox.StandardButton.Save
    with qtbot.waitSignal(page.back_requested, timeout=10000):
        page.request_back()
    assert not page.dirty()


def test_a_file_changed_on_disk_is_not_overwritten(
    qtbot: QtBot, page: EditorPage, tmp_path: Path
) -> None:
    page.new_routine()
    add_by_search(qtbot, page, "cobra")
    save(qtbot, page)
    file = tmp_path / "routines" / "my-routine.json"
    theirs = file.read_text().replace("My routine", "Changed elsewhere")
    file.write_text(theirs)
    qtbot.keyClicks(page.form.name, " two")
    with qtbot.waitSignal(page.jobs.failed, timeout=10000):
        page.save()
    qtbot.waitUntil(lambda: "another program changed" in page.status.text())
    assert file.read_text() == theirs
    assert page.dirty()


def test_built_in_the_window_run_to_the_end_and_in_the_history(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock()
    store, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    writer = HistoryWriter(lambda: HistoryStore.open(tmp_path / "history.sqlite3")[0])
    recorder = HistoryRecorder(writer)
    catalogue = loaded(tmp_path)
    frames = own_or_builtin_frames(set(BUILTIN.exercises), illustration_frames, tmp_path / "p")
    editor = EditorPage(catalogue, BUILTIN, tmp_path, frames)
    window = MainWindow(
        catalogue, SettingsModel(Settings()), builtin_safety(),
        lambda plan: SessionDriver(plan, clock), recorder=recorder,
    )  # fmt: skip
    window.attach(editor_page=editor)
    qtbot.addWidget(window)
    window.show()
    try:
        key(qtbot, window.picker.editor_button, Qt.Key.Key_Space)
        assert window.stack.currentWidget() is editor
        editor.new_routine()
        qtbot.keyClicks(editor.form.name, "Tiny")
        add_by_search(qtbot, editor, "cobra")
        editor.items.setCurrentRow(0)
        editor.overrides.reps.setValue(1)
        save(qtbot, editor)
        key(qtbot, editor, Qt.Key.Key_Escape)
        assert window.stack.currentWidget() is window.picker
        card = next(c for c in window.picker.cards if c.info.routine_id == "tiny")
        key(qtbot, card, Qt.Key.Key_Return)  # its preview
        key(qtbot, window.preview_page, Qt.Key.Key_Return)  # Start
        key(qtbot, window.session_page.before_checkin, Qt.Key.Key_Escape)  # no rating
        assert window.driver is not None
        for _ in range(5000):
            if window.driver.state is SessionState.FINISHED:
                break
            clock.now += 0.5
            window.driver.poll()
        assert window.driver.state is SessionState.FINISHED
        recorder.stop()
        assert writer.close()  # the session's writes have landed
        (record,) = store.sessions()
        assert (record.routine_id, record.status.value) == ("tiny", "completed")
    finally:
        recorder.stop()
        writer.close()
        store.close()
        editor.jobs.shutdown()


def test_export_and_import_through_the_dialogs(
    qtbot: QtBot, page: EditorPage, tmp_path: Path
) -> None:
    page.new_routine()
    qtbot.keyClicks(page.form.name, "To share")
    add_by_search(qtbot, page, "cobra")
    save(qtbot, page)
    shared = tmp_path / "outside" / "to-share.json"
    shared.parent.mkdir()
    page.choose_export = lambda suggested: str(shared)
    with qtbot.waitSignal(page.jobs.done, timeout=10000):
        key(qtbot, page.export_button, Qt.Key.Key_Space)
    assert page.status.text() == f"Exported to {shared}"
    shown: list[list[str]] = []

    def confirm(plan: ImportPlan) -> bool:
        shown.append(ImportSummary(plan, page).lines_text())
        return True

    page.confirm_import = confirm
    page.choose_import = lambda: str(shared)
    with qtbot.waitSignal(page.routine_saved, timeout=10000):
        key(qtbot, page.import_button, Qt.Key.Key_Space)
    assert shown == [["Routine: To share", "to-share is taken here, so it is added as to-share-2"]]
    assert page.routine is not None and page.routine.id == "to-share-2"
    assert "to-share-2" in loaded(tmp_path).routines


def test_a_bad_import_is_listed_and_nothing_is_added(
    qtbot: QtBot, page: EditorPage, tmp_path: Path
) -> None:
    bad = tmp_path / "exercises.xml"
    bad.write_text('<!DOCTYPE x [<!ENTITY a "b">]><exercises/>')
    page.choose_import = lambda: str(bad)
    page.confirm_import = lambda plan: pytest.fail("nothing to confirm")
    with qtbot.waitSignal(page.jobs.failed, timeout=10000):
        page.import_file()
    assert page.status.text() == (
        "Nothing imported. The file has these problems:\n"
        f"{bad}: declares a DTD or entities, which are not allowed"
    )
    assert not (tmp_path / "routines").exists()


def test_the_editor_does_not_widen_the_window(page: EditorPage) -> None:
    # The window is one stack of pages: the widest page's minimum is the window's.
    assert page.minimumSizeHint().width() <= 640
    assert page.minimumSizeHint().height() <= 480
