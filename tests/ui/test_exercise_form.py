"""The user's own exercises, made in the editor as a person would: by keyboard, with a photo,
put in a routine and run to the end, their picture painted and mirrored for the other side."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from ui_fakes import FakeClock

from stretchtimer import paths, resources
from stretchtimer.model.catalogue import Catalogue, Position, load_catalogue, load_file
from stretchtimer.model.plan import Phase
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.session import SessionState
from stretchtimer.model.settings import Settings
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.frames import illustration_frames, own_or_builtin_frames
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.pages.editor import EditorPage
from stretchtimer.ui.pages.editor.picture import MAX_SIDE, check_picture
from stretchtimer.ui.settings_model import SettingsModel
from stretchtimer.ui.widgets.illustration import IllustrationView
from stretchtimer.ui.widgets.placeholder_figure import placeholder_ink

BUILTIN = load_file(resources.catalogue_path(), require_illustration=True)
RED, BLUE = QColor(220, 30, 30), QColor(30, 60, 220)


def loaded(data: Path) -> Catalogue:
    result = load_catalogue(resources.catalogue_path(), paths.user_routines_dir(data))
    assert result.problems == []
    return result.catalogue


def frames_for(data: Path) -> object:
    return own_or_builtin_frames(
        set(BUILTIN.exercises), illustration_frames, paths.user_pictures_dir(data)
    )


@pytest.fixture
def page(qtbot: QtBot, tmp_path: Path) -> Iterator[EditorPage]:
    editor = EditorPage(loaded(tmp_path), BUILTIN, tmp_path, frames_for(tmp_path))  # type: ignore[arg-type]
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.show()
    yield editor
    editor.jobs.shutdown()


def two_colour_png(path: Path, width: int = 80, height: int = 40) -> Path:
    """Red on the left half, blue on the right: mirrored, the left turns blue."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(BLUE)
    for x in range(width // 2):
        for y in range(height):
            image.setPixelColor(x, y, RED)
    assert image.save(str(path))  # the format follows the suffix
    return path


def near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    pairs = ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    return all(abs(x - y) <= tolerance for x, y in pairs)


def named(colour: QColor) -> str:
    return "red" if near(colour, RED) else "blue" if near(colour, BLUE) else "other"


def left_and_right(view: IllustrationView) -> tuple[QColor, QColor]:
    image = view.grab().toImage()
    y, mid = image.height() // 2, image.width() // 2
    return image.pixelColor(mid - 10, y), image.pixelColor(mid + 10, y)


def key(
    qtbot: QtBot,
    widget: object,
    k: Qt.Key,
    mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(widget, k, mod)


def retype(qtbot: QtBot, box: object, text: str) -> None:
    box.setFocus()  # type: ignore[attr-defined]
    key(qtbot, box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, text)


def type_exercise(qtbot: QtBot, editor: EditorPage, name: str) -> None:
    """The form filled in by keys: name, seated, 15 s, twice, both sides, one step, targets."""
    form = editor.exercise_page.form
    assert form.name.hasFocus(), QApplication.focusWidget()
    qtbot.keyClicks(form.name, name)  # replaces the selected suggestion
    form.position.setFocus()
    key(qtbot, form.position, Qt.Key.Key_Down)  # floor, seated, standing: seated -> standing
    assert form.position.currentData() == Position.STANDING.value
    retype(qtbot, form.hold, "15")
    retype(qtbot, form.reps, "2")
    form.both_sides.setFocus()
    key(qtbot, form.both_sides, Qt.Key.Key_Space)
    key(qtbot, form.steps.add_button, Qt.Key.Key_Space)  # opens the new step for typing
    editor_line = form.steps.list.focusWidget() or form.steps.list
    qtbot.keyClicks(editor_line, "Stand with your back to a wall.")
    key(qtbot, editor_line, Qt.Key.Key_Return)
    retype(qtbot, form.targets, "shoulders, upper back")


def test_an_exercise_made_by_keyboard_with_a_photo_runs_and_is_mirrored(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock()
    catalogue = loaded(tmp_path)
    editor = EditorPage(catalogue, BUILTIN, tmp_path, frames_for(tmp_path))  # type: ignore[arg-type]
    window = MainWindow(
        catalogue, SettingsModel(Settings()), builtin_safety(),
        lambda plan: SessionDriver(plan, clock), frames_for=frames_for(tmp_path),  # type: ignore[arg-type]
    )  # fmt: skip
    window.attach(editor_page=editor)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    photo = two_colour_png(tmp_path / "My Photo.PNG")
    try:
        window.show_editor()
        editor.new_routine()
        qtbot.keyClicks(editor.form.name, "Physio")
        key(qtbot, editor.catalogue_box.new_button, Qt.Key.Key_Space)
        assert editor.pages.currentWidget() is editor.exercise_page
        type_exercise(qtbot, editor, "Wall angel")
        exercise_page = editor.exercise_page
        exercise_page.choose_picture = lambda: str(photo)
        with qtbot.waitSignal(
            editor.jobs.done,
            timeout=10000,
            check_params_cb=lambda n, _r: n.startswith("exercise-picture"),
        ):
            key(qtbot, exercise_page.picture.choose_button, Qt.Key.Key_Space)
        # The preview keeps the photo's proportions: red left, blue right.
        shown = exercise_page.picture.preview.pixmap().toImage()
        assert near(shown.pixelColor(60, 80), RED) and near(shown.pixelColor(180, 80), BLUE)
        assert exercise_page.picture.remove_button.isEnabled()
        qtbot.waitUntil(exercise_page.save_button.isEnabled, timeout=10000)
        with qtbot.waitSignal(exercise_page.saved, timeout=10000):
            key(qtbot, exercise_page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        saved = catalogue.exercise("wall-angel")
        assert saved.illustration == "wall-angel.png"
        assert (tmp_path / "pictures" / "wall-angel.png").read_bytes() == photo.read_bytes()
        key(qtbot, editor, Qt.Key.Key_Escape)  # leaves the form, not the editor
        assert editor.pages.currentWidget() is editor.routine_view
        assert window.stack.currentWidget() is editor
        # Beside the built-in ones, marked as yours, and found by "Only mine".
        assert editor.chooser.list.currentItem().text().endswith("(yours)")
        editor.chooser.only_mine.setChecked(True)
        assert editor.chooser.shown_ids() == ["wall-angel"]
        icon = editor.chooser.list.currentItem().icon().pixmap(72, 48).toImage()
        assert near(icon.pixelColor(24, 24), RED) and near(icon.pixelColor(48, 24), BLUE)
        key(qtbot, editor.add_button, Qt.Key.Key_Space)
        assert [i.exercise for i in editor.routine.items] == ["wall-angel"]  # type: ignore[union-attr]
        with qtbot.waitSignal(editor.routine_saved, timeout=10000):
            key(qtbot, editor.save_button, Qt.Key.Key_Space)
        assert loaded(tmp_path).exercise("wall-angel") == saved  # as it loads next time
        key(qtbot, editor, Qt.Key.Key_Escape)
        card = next(c for c in window.picker.cards if c.info.routine_id == "physio")
        key(qtbot, card, Qt.Key.Key_Return)
        key(qtbot, window.preview_page, Qt.Key.Key_Return)
        key(qtbot, window.session_page.before_checkin, Qt.Key.Key_Escape)
        driver = window.driver
        assert driver is not None
        view = window.session_page.illustration
        seen: set[tuple[bool, str, str]] = set()
        for _ in range(5000):
            if driver.state is SessionState.FINISHED:
                break
            if driver.step.phase is Phase.HOLD:
                left, right = left_and_right(view)
                seen.add((view.is_mirrored(), named(left), named(right)))
            clock.now += 0.5
            driver.poll()
        assert driver.state is SessionState.FINISHED
        assert seen == {(False, "red", "blue"), (True, "blue", "red")}
    finally:
        editor.jobs.shutdown()


def test_a_bad_picture_file_is_refused_with_a_clear_message(
    qtbot: QtBot, page: EditorPage, tmp_path: Path
) -> None:
    page.new_exercise()
    form_page = page.exercise_page
    label = form_page.form.problems["illustration"]
    cases = {
        "notes.png": (b"just text", "is not a PNG picture"),
        "broken.png": (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "holds no picture that can be read"),
        "letter.pdf": (b"%PDF-1.4", "is not a PNG, JPEG or SVG file"),
        "huge.svg": (b"<svg>" + b" " * (1024 * 1024) + b"</svg>", "is larger than 1 MB"),
        "scribble.svg": (b"<svg><g", "is not an SVG picture that can be drawn"),
    }
    for name, (data, words) in cases.items():
        bad = tmp_path / name
        bad.write_bytes(data)
        form_page.choose_picture = str(bad).__str__
        with qtbot.waitSignal(page.jobs.failed, timeout=10000):
            key(qtbot, form_page.picture.choose_button, Qt.Key.Key_Space)
        assert label.isVisible()
        assert label.text().startswith(f"That picture is not used: {bad}: {words}"), label.text()
    assert not (tmp_path / "pictures").exists()
    assert not form_page.picture.remove_button.isEnabled()


def test_each_field_problem_shows_beside_its_field_in_the_loaders_words(
    qtbot: QtBot, page: EditorPage, tmp_path: Path
) -> None:
    page.new_exercise()
    form = page.exercise_page.form
    problems = form.problems
    assert problems["targets"].text() == "must not be empty"
    assert problems["instructions"].text() == "must not be empty"
    key(qtbot, form.name, Qt.Key.Key_Backspace)  # the selected suggestion goes
    assert problems["name"].isVisible() and problems["name"].text() == "must not be empty"
    qtbot.keyClicks(form.name, "Neck roll")
    assert problems["name"].isHidden()
    key(qtbot, form.steps.add_button, Qt.Key.Key_Space)
    line = form.steps.list.focusWidget() or form.steps.list
    key(qtbot, line, Qt.Key.Key_Return)  # an empty step
    assert problems["instructions"].text() == "Step 1: must be a non-empty string"
    form.mode.setFocus()
    key(qtbot, form.mode, Qt.Key.Key_Down)  # flow
    assert not problems["pace_seconds"].isHidden() and not problems["flow_cues"].isHidden()
    assert problems["pace_seconds"].text() == "must be more than 0 seconds, not 0.0"
    assert problems["flow_cues"].text() == "missing (a flow needs its movement cues)"
    qtbot.waitUntil(page.exercise_page.save_button.isEnabled, timeout=10000)
    assert not page.exercise_page.save()
    assert (
        page.exercise_page.status.text() == "Not saved: fix the problems shown beside the fields."
    )
    assert not (tmp_path / "routines").exists()


def test_an_exercise_a_routine_uses_is_not_deleted_and_an_unused_one_is(
    qtbot: QtBot, page: EditorPage, tmp_path: Path
) -> None:
    page.new_exercise()
    type_exercise(qtbot, page, "Wall angel")
    qtbot.waitUntil(page.exercise_page.save_button.isEnabled, timeout=10000)
    with qtbot.waitSignal(page.exercise_page.saved, timeout=10000):
        page.exercise_page.save()
    page.request_back()  # Esc in the window
    assert page.pages.currentWidget() is page.routine_view
    page.new_routine()
    key(qtbot, page.add_button, Qt.Key.Key_Space)  # the saved exercise is the current one
    with qtbot.waitSignal(page.routine_saved, timeout=10000):
        page.save()
    page.chooser.select("wall-angel")
    key(qtbot, page.catalogue_box.edit_button, Qt.Key.Key_Space)
    assert page.catalogue_box.edit_button.text() == "Edi&t exercise…"
    form_page = page.exercise_page
    qtbot.waitUntil(form_page.save_button.isEnabled, timeout=10000)
    form_page.confirm_delete = lambda name: pytest.fail("refused before asking")
    key(qtbot, form_page.delete_button, Qt.Key.Key_Space)
    assert form_page.status.text() == (
        "Not deleted: My routine use this exercise. Take it out of them first."
    )
    assert "wall-angel" in loaded(tmp_path).exercises
    # Once no routine uses it, it goes (after a yes).
    page.catalogue.routines.pop("my-routine")
    asked: list[str] = []

    def confirm(name: str) -> bool:
        asked.append(name)
        return True

    form_page.confirm_delete = confirm
    with qtbot.waitSignal(form_page.deleted, timeout=10000):
        key(qtbot, form_page.delete_button, Qt.Key.Key_Space)
    assert asked == ["Wall angel"]
    assert page.pages.currentWidget() is page.routine_view
    assert "wall-angel" not in page.chooser.shown_ids()
    written = json.loads((tmp_path / "routines" / "my-exercises.json").read_text())
    assert written["exercises"] == []


def test_customise_a_built_in_exercise_copies_it_and_its_picture(
    qtbot: QtBot, page: EditorPage, tmp_path: Path
) -> None:
    page.chooser.select("cobra")
    assert page.catalogue_box.edit_button.text() == "Cus&tomise exercise…"
    with qtbot.waitSignal(
        page.jobs.done,
        timeout=10000,
        check_params_cb=lambda n, _r: n.startswith("exercise-picture"),
    ):
        key(qtbot, page.catalogue_box.edit_button, Qt.Key.Key_Space)
    form_page = page.exercise_page
    assert form_page.form.name.text() == "Cobra (my copy)"
    qtbot.waitUntil(form_page.save_button.isEnabled, timeout=10000)
    with qtbot.waitSignal(form_page.saved, timeout=10000):
        form_page.save()
    copy = loaded(tmp_path).exercise("cobra-my-copy")
    assert copy.illustration == "cobra-my-copy.svg"
    original = resources.illustration_path("cobra.svg").read_bytes()
    assert (tmp_path / "pictures" / "cobra-my-copy.svg").read_bytes() == original
    assert load_file(resources.catalogue_path()).exercise("cobra") == BUILTIN.exercise("cobra")


def test_leaving_the_form_with_unsaved_changes_asks(qtbot: QtBot, page: EditorPage) -> None:
    page.new_exercise()
    qtbot.keyClicks(page.exercise_page.form.name, "Half done")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    page.exercise_page.ask_unsaved = lambda: answers.pop(0)
    page.request_back()  # Esc in the window
    assert page.pages.currentWidget() is page.exercise_page
    page.request_back()
    assert page.pages.currentWidget() is page.routine_view
    assert answers == []


def test_a_file_changed_on_disk_is_not_overwritten(
    qtbot: QtBot, page: EditorPage, tmp_path: Path
) -> None:
    page.new_exercise()
    type_exercise(qtbot, page, "Wall angel")
    qtbot.waitUntil(page.exercise_page.save_button.isEnabled, timeout=10000)
    file = tmp_path / "routines" / "my-exercises.json"
    file.parent.mkdir()
    file.write_text('{"version": 1, "exercises": []}\n')  # written meanwhile by another program
    with qtbot.waitSignal(page.jobs.failed, timeout=10000):
        page.exercise_page.save()
    assert "another program changed" in page.exercise_page.status.text()
    assert file.read_text() == '{"version": 1, "exercises": []}\n'
    assert page.exercise_page.dirty()


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("position", list(Position))
def test_the_placeholder_is_painted_when_there_is_no_picture(
    qtbot: QtBot, dark: bool, position: Position
) -> None:
    view = IllustrationView()
    qtbot.addWidget(view)
    palette = QPalette(view.palette())
    if dark:
        palette.setColor(QPalette.ColorRole.Window, QColor(30, 30, 30))
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(160, 160, 160))
    else:
        palette.setColor(QPalette.ColorRole.Window, QColor(250, 250, 250))
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(110, 110, 110))
    view.setPalette(palette)
    view.setAutoFillBackground(True)
    view.resize(200, 150)
    view.set_frames([])
    view.set_placeholder(None, shown=False)  # a breathing step: nothing
    empty = view.grab().toImage()
    window = palette.color(QPalette.ColorRole.Window)
    assert all(empty.pixelColor(x, y) == window for x in range(0, 200, 7) for y in range(0, 150, 7))
    view.set_placeholder(position)
    assert view.showing_placeholder()
    image = view.grab().toImage()
    ink = placeholder_ink(palette)
    inked = sum(near(image.pixelColor(x, y), ink, 30) for x in range(200) for y in range(150))
    assert 300 < inked < 200 * 150 // 4  # a figure and a frame, not a filled box
    # A picture that is gone is no broken image: the placeholder stands in.
    view.set_frames([Path("/nonexistent/picture.png")])
    assert view.showing_placeholder()


@pytest.mark.parametrize("suffix", [".png", ".jpg"])
def test_a_very_large_photo_is_kept_at_a_size_a_session_can_use(
    qapp: object, tmp_path: Path, suffix: str
) -> None:
    big = two_colour_png(tmp_path / f"big{suffix}", width=3200, height=1000)
    picture = check_picture(big)
    smaller = QImage.fromData(picture.data)
    assert (smaller.width(), smaller.height()) == (MAX_SIDE, 500)
    assert picture.suffix == suffix
    assert near(smaller.pixelColor(10, 250), RED) and near(smaller.pixelColor(1590, 250), BLUE)
    small = two_colour_png(tmp_path / f"small{suffix}")
    assert check_picture(small).data == small.read_bytes()  # kept as it is


def test_a_slow_answer_about_the_exercise_shown_before_is_not_applied_to_the_next(
    qtbot: QtBot, page: EditorPage, tmp_path: Path
) -> None:
    for name, picture in (("With photo", True), ("Without", False)):
        page.new_exercise()
        type_exercise(qtbot, page, name)
        if picture:
            photo = two_colour_png(tmp_path / "photo.png")
            page.exercise_page.choose_picture = str(photo).__str__
            with qtbot.waitSignal(page.jobs.done, timeout=10000):
                page.exercise_page.pick_picture()
        qtbot.waitUntil(page.exercise_page.save_button.isEnabled, timeout=10000)
        with qtbot.waitSignal(page.exercise_page.saved, timeout=10000):
            page.exercise_page.save()
    # Opened one after the other before the file thread answers about the first.
    page.edit_exercise("with-photo")
    page.edit_exercise("without")
    qtbot.waitUntil(page.exercise_page.save_button.isEnabled, timeout=10000)
    with qtbot.waitSignal(page.jobs.done, timeout=10000):
        page.jobs.run("barrier", lambda: None)  # every earlier job has answered
    assert page.exercise_page.exercise is not None
    assert page.exercise_page.exercise.id == "without"
    assert not page.exercise_page.picture.remove_button.isEnabled()  # the placeholder shows
    assert not page.exercise_page.dirty()
