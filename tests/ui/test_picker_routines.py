"""The routine list with the person's own routines: sections, pins, the cards' menus, and
everything following the editor live (the list and the tray menu), driven as a person would."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QIcon
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from ui_fakes import FakeClock

from stretchtimer import app, cli, paths, resources
from stretchtimer.model.catalogue import Catalogue, load_catalogue, load_file
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.settings import Settings
from stretchtimer.model.sharing import export_bundle
from stretchtimer.ui.desktop import Availability
from stretchtimer.ui.desktop.autostart import Autostart
from stretchtimer.ui.desktop.close_to_tray import CloseToTray
from stretchtimer.ui.desktop.settings_group import DesktopOptions
from stretchtimer.ui.desktop.shell import DesktopParts, DesktopShell
from stretchtimer.ui.desktop.today_status import TodayStatus
from stretchtimer.ui.desktop.tray import TrayIcon
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.frames import illustration_frames
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.pages.editor import EditorPage
from stretchtimer.ui.pages.editor.sharing import ImportSummary
from stretchtimer.ui.pages.editor.thumbnails import own_or_builtin_frames
from stretchtimer.ui.pages.picker.card import RoutineCard
from stretchtimer.ui.settings_model import SettingsModel

BUILTIN = load_file(resources.catalogue_path(), require_illustration=True)
MINE = {
    "version": 1,
    "exercises": [],
    "routines": [
        {
            "id": "physio",
            "name": "Physio homework",
            "description": "What the physiotherapist gave me.",
            "items": [{"exercise": BUILTIN.routine("quick-reset").items[0].exercise}],
        }
    ],
}


def loaded(data: Path) -> Catalogue:
    result = load_catalogue(resources.catalogue_path(), paths.user_routines_dir(data))
    assert result.problems == []
    return result.catalogue


class Rig:
    """The real window, editor, tray menu and desktop shell on a data folder of its own."""

    def __init__(self, qtbot: QtBot, data: Path, settings: Settings) -> None:
        self.data = data
        self.clock = FakeClock()
        self.settings = SettingsModel(settings)
        catalogue = loaded(data)
        self.window = MainWindow(
            catalogue, self.settings, builtin_safety(),
            lambda plan: SessionDriver(plan, self.clock),
        )  # fmt: skip
        qtbot.addWidget(self.window)
        frames = own_or_builtin_frames(set(BUILTIN.exercises), illustration_frames, data / "p")
        self.editor = EditorPage(catalogue, BUILTIN, data, frames)
        self.window.attach(editor_page=self.editor)
        self.tray = TrayIcon(QIcon())
        parts = DesktopParts(
            tray=self.tray,
            closer=CloseToTray(self.window, quit_app=lambda: None),
            status=TodayStatus(lambda: self.settings.value),
            autostart=Autostart(data / "config", ["/usr/bin/stretchtimer"], platform="linux"),
            instance=None,
            options=DesktopOptions(Availability.yes(), Availability.yes()),
        )
        routines = [(r.id, r.name) for r in catalogue.routines.values()]
        self.shell = DesktopShell(
            parts, self.window, self.settings, routines, tray_available=lambda: True
        )
        self.window.show()
        qtbot.waitExposed(self.window)

    def card(self, routine_id: str) -> RoutineCard:
        return next(c for c in self.window.picker.cards if c.info.routine_id == routine_id)

    def ids(self) -> list[str]:
        return [c.info.routine_id for c in self.window.picker.cards]

    def tray_top(self) -> list[str]:
        """The tray menu's routine lines above "All routines", as shown."""
        texts = []
        for action in self.tray.menu.actions()[1:]:
            if action.menu() is self.tray.routines_menu:
                break
            if not action.isSeparator():
                texts.append(action.text())
        return texts

    def tray_all(self) -> list[str]:
        return [a.text() for a in self.tray.routines_menu.actions()]

    def close(self) -> None:
        self.editor.jobs.shutdown()
        actions = self.window.routine_actions
        if actions is not None:
            actions.shutdown()
        self.tray.hide()


def write_mine(data: Path) -> Path:
    folder = paths.user_routines_dir(data)
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / "physio.json"
    file.write_text(json.dumps(MINE))
    return file


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path) -> Iterator[Rig]:
    write_mine(tmp_path)
    made = Rig(qtbot, tmp_path, Settings())
    yield made
    made.close()


def save_in_editor(qtbot: QtBot, rig: Rig) -> None:
    assert rig.editor.save_button.isEnabled(), rig.editor.status.text()
    with qtbot.waitSignal(rig.editor.routine_saved, timeout=10000):
        qtbot.keyClick(rig.editor.save_button, Qt.Key.Key_Space)


def open_menu(qtbot: QtBot, rig: Rig, routine_id: str) -> QMenu:
    """The card's menu, opened from the keyboard (Shift+F10) as a person would."""
    card = rig.card(routine_id)
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = rig.window.picker.menu
    assert menu is not None and menu.isVisible()
    return menu


def press_in_menu(qtbot: QtBot, rig: Rig, menu: QMenu, key: Qt.Key) -> None:
    """Choose from the open menu by its underlined letter; the window is active again after,
    as a window manager makes it once a popup closes (the offscreen platform does not)."""
    qtbot.keyClick(menu, key)
    assert not menu.isVisible()
    rig.window.activateWindow()
    qtbot.waitUntil(rig.window.isActiveWindow)


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


# ----- bugs ----------------------------------------------------------------------------
def test_saving_in_the_editor_keeps_the_pinned_routines_on_top(qtbot: QtBot, rig: Rig) -> None:
    qtbot.keyClick(rig.card("midday-desk-break"), Qt.Key.Key_P)
    assert rig.ids()[0] == "midday-desk-break"
    rig.window.show_editor("physio")
    qtbot.waitUntil(rig.editor.editable)
    qtbot.keyClicks(rig.editor.form.name, " plus")
    save_in_editor(qtbot, rig)
    assert rig.ids()[0] == "midday-desk-break" and rig.card("midday-desk-break").pinned


def test_the_tray_menu_follows_the_editor_without_a_restart(qtbot: QtBot, rig: Rig) -> None:
    rig.settings.update(pinned_routines=("physio",))
    assert rig.tray_top() == ["Physio homework"]
    rig.window.show_editor("physio")
    qtbot.waitUntil(rig.editor.editable)
    rig.editor.form.name.selectAll()
    qtbot.keyClicks(rig.editor.form.name, "Physio, week 2")
    save_in_editor(qtbot, rig)
    assert rig.tray_top() == ["Physio, week 2"]
    rig.editor.new_routine()
    qtbot.keyClicks(rig.editor.form.name, "Evening")
    rig.editor.add_exercise("cat-cow")
    save_in_editor(qtbot, rig)
    assert rig.tray_all()[-1] == "Evening"


# ----- sections and pins ------------------------------------------------------------------
def test_own_routines_have_their_section_after_the_built_in_ones(rig: Rig) -> None:
    picker = rig.window.picker
    builtin = [r.id for r in BUILTIN.routines.values()]
    assert rig.ids() == [*builtin, "physio"]
    assert picker.builtin_heading.isVisible() and not picker.pinned_heading.isVisible()
    assert picker.own_heading.isVisible() and not picker.own_heading.empty.isVisible()
    assert picker.own_heading.title.text() == "Your routines"
    own = rig.card("physio")
    # Below the heading, which is below the last built-in card.
    last_builtin = rig.card(builtin[-1])
    assert own.y() > picker.own_heading.y() > last_builtin.y()


def test_pins_by_keyboard_menu_and_mouse_come_first_in_the_list_and_the_tray(
    qtbot: QtBot, rig: Rig
) -> None:
    picker = rig.window.picker
    press_in_menu(qtbot, rig, open_menu(qtbot, rig, "physio"), Qt.Key.Key_P)  # "&Pin to the top"
    assert rig.settings.value.pinned_routines == ("physio",)
    assert rig.ids()[0] == "physio" and rig.card("physio").pinned
    assert rig.card("physio").hasFocus()
    assert picker.pinned_heading.isVisible() and picker.own_heading.empty.isVisible()
    qtbot.mouseClick(rig.card("quick-reset").pin_button, Qt.MouseButton.LeftButton)
    rig.card("neck-and-shoulders").setFocus()
    qtbot.keyClick(rig.card("neck-and-shoulders"), Qt.Key.Key_P)
    assert rig.ids()[:3] == ["physio", "quick-reset", "neck-and-shoulders"]
    neck = BUILTIN.routine("neck-and-shoulders").name
    assert rig.tray_top() == ["Physio homework", "Quick reset", neck]
    # Unpinned from the menu, it goes back to its own section, and off the tray's top.
    assert "Un&pin" in menu_texts(open_menu(qtbot, rig, "quick-reset"))
    assert rig.window.picker.menu is not None
    press_in_menu(qtbot, rig, rig.window.picker.menu, Qt.Key.Key_P)
    assert rig.ids()[:2] == ["physio", "neck-and-shoulders"]
    assert rig.tray_top() == ["Physio homework", neck]
    assert not rig.card("quick-reset").pinned


def test_a_pin_for_a_routine_that_is_not_there_is_not_shown_and_is_kept(
    qtbot: QtBot, tmp_path: Path
) -> None:
    write_mine(tmp_path)
    rig = Rig(qtbot, tmp_path, Settings(pinned_routines=("gone-elsewhere", "physio")))
    try:
        assert rig.ids()[0] == "physio"
        assert sum(c.pinned for c in rig.window.picker.cards) == 1
        assert rig.tray_top() == ["Physio homework"]
        # Nothing the person did asked for it to go: it stays in the settings.
        assert rig.settings.value.pinned_routines == ("gone-elsewhere", "physio")
    finally:
        rig.close()


def test_the_arrows_cross_from_one_section_to_the_next(qtbot: QtBot, rig: Rig) -> None:
    cards = rig.window.picker.cards
    last_builtin = cards[-2]
    last_builtin.setFocus()
    qtbot.keyClick(last_builtin, Qt.Key.Key_Down)
    assert rig.card("physio").hasFocus()
    qtbot.keyClick(rig.card("physio"), Qt.Key.Key_Up)
    above = [c for c in cards[:-1] if c.y() == max(k.y() for k in cards[:-1])]
    assert rig.window.picker.focusWidget() is above[0]


# ----- the cards' menus -------------------------------------------------------------------
def test_the_menu_opens_by_menu_key_right_click_and_its_button(qtbot: QtBot, rig: Rig) -> None:
    card = rig.card("physio")
    card.setFocus()
    qtbot.keyClick(card, Qt.Key.Key_Menu)
    menu = rig.window.picker.menu
    assert menu is not None and menu.isVisible()
    assert menu_texts(menu) == [
        "&Look and start", "&Pin to the top", "&Edit", "D&uplicate", "&Delete",
    ]  # fmt: skip
    menu.hide()
    centre = card.rect().center()
    QApplication.sendEvent(
        card, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, card.mapToGlobal(centre))
    )
    clicked = rig.window.picker.menu
    assert clicked is not None and clicked is not menu and clicked.isVisible()
    clicked.hide()
    builtin = rig.card("quick-reset")
    assert builtin.menu_button.isVisible()
    assert builtin.menu_button.accessibleName() == "Actions for Quick reset"
    qtbot.mouseClick(builtin.menu_button, Qt.MouseButton.LeftButton)
    menu = rig.window.picker.menu
    assert menu is not None and menu.isVisible()
    # A built-in routine is never edited or deleted: only copied.
    assert menu_texts(menu) == ["&Look and start", "&Pin to the top", "&Customise (your own copy)"]
    press_in_menu(qtbot, rig, menu, Qt.Key.Key_L)
    assert rig.window.stack.currentWidget() is rig.window.preview_page


def test_edit_opens_the_editor_on_that_routine(qtbot: QtBot, rig: Rig) -> None:
    press_in_menu(qtbot, rig, open_menu(qtbot, rig, "physio"), Qt.Key.Key_E)
    assert rig.window.stack.currentWidget() is rig.editor
    assert rig.editor.routine is not None and rig.editor.routine.id == "physio"
    qtbot.waitUntil(rig.editor.editable)


def test_duplicate_and_customise_make_copies_in_the_editor(qtbot: QtBot, rig: Rig) -> None:
    press_in_menu(qtbot, rig, open_menu(qtbot, rig, "physio"), Qt.Key.Key_U)
    assert rig.window.stack.currentWidget() is rig.editor
    copy = rig.editor.routine
    assert copy is not None and copy.name == "Physio homework (my copy)"
    assert copy.items == rig.window.catalogue.routine("physio").items
    assert rig.editor.form.name.hasFocus()
    save_in_editor(qtbot, rig)
    qtbot.keyClick(rig.editor, Qt.Key.Key_Escape)
    assert rig.window.stack.currentWidget() is rig.window.picker
    assert rig.ids()[-2:] == ["physio", "physio-homework-my-copy"]
    press_in_menu(qtbot, rig, open_menu(qtbot, rig, "quick-reset"), Qt.Key.Key_C)
    assert rig.editor.routine is not None and rig.editor.routine.name == "Quick reset (my copy)"
    assert rig.editor.editable()
    assert rig.window.catalogue.routine("quick-reset").source == "built-in"


def test_new_routine_from_the_list_opens_an_empty_one(qtbot: QtBot, rig: Rig) -> None:
    qtbot.keyClick(rig.window.picker.own_heading.new_button, Qt.Key.Key_Space)
    assert rig.window.stack.currentWidget() is rig.editor
    assert rig.editor.routine is not None and rig.editor.routine.items == ()
    assert rig.editor.form.name.hasFocus()


def test_delete_and_undo_from_the_list(qtbot: QtBot, rig: Rig) -> None:
    file = paths.user_routines_dir(rig.data) / "physio.json"
    content = file.read_bytes()
    rig.settings.update(pinned_routines=("physio",))
    actions = rig.window.routine_actions
    assert actions is not None
    rig.window.show_editor("physio")  # open in the editor too: it must let it go
    qtbot.waitUntil(rig.editor.editable)
    rig.window.show_picker()
    with qtbot.waitSignal(actions.changed, timeout=10000):
        press_in_menu(qtbot, rig, open_menu(qtbot, rig, "physio"), Qt.Key.Key_D)
    assert not file.exists()
    assert "physio" not in rig.ids() and "physio" not in loaded(rig.data).routines
    assert rig.tray_top() == [] and "Physio homework" not in rig.tray_all()
    assert rig.editor.routine is None
    assert rig.editor.routine_box.findData("physio") == -1
    bar = rig.window.picker.action_bar
    assert bar.isVisible() and bar.text.text() == "Deleted “Physio homework”."
    assert bar.undo_button.hasFocus()
    with qtbot.waitSignal(actions.changed, timeout=10000):
        qtbot.keyClick(bar.undo_button, Qt.Key.Key_Space)
    assert file.read_bytes() == content
    # Back where it was, still pinned (the pin was never taken away), and in the tray.
    assert rig.ids()[0] == "physio" and rig.card("physio").hasFocus()
    assert rig.tray_top() == ["Physio homework"]
    assert bar.text.text() == "“Physio homework” is back." and not bar.undo_button.isVisible()
    assert rig.editor.routine_box.findData("physio") >= 0


def accept_the_summary(seen: list[list[str]]) -> None:
    """Reads the real import summary when it is up, and presses Enter on it."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, ImportSummary):
        QTimer.singleShot(10, lambda: accept_the_summary(seen))
        return
    seen.append(dialog.lines_text())
    QTest.keyClick(dialog.lines, Qt.Key.Key_Return)


def test_import_from_the_list_shows_what_it_adds_and_renames_on_a_clash(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    shared = tmp_path / "outside" / "physio.json"
    shared.parent.mkdir()
    # Shared from another machine: the same id as the routine already here.
    bundle = export_bundle("physio", loaded(rig.data), BUILTIN, tmp_path / "no-pictures")
    shared.write_text(bundle.text)
    actions = rig.window.routine_actions
    assert actions is not None
    actions.choose_import = lambda: str(shared)
    seen: list[list[str]] = []
    QTimer.singleShot(0, lambda: accept_the_summary(seen))
    with qtbot.waitSignal(actions.changed, timeout=10000):
        qtbot.keyClick(rig.window.picker.own_heading.import_button, Qt.Key.Key_Space)
    rig.window.activateWindow()  # as the window manager does once the dialog is gone
    qtbot.waitUntil(rig.window.isActiveWindow)
    assert seen == [["Routine: Physio homework", "physio is taken here, so it is added as physio-2"]]
    assert rig.ids()[-2:] == ["physio", "physio-2"] and rig.card("physio-2").hasFocus()
    assert json.loads((paths.user_routines_dir(rig.data) / "physio.json").read_text()) == MINE
    assert set(loaded(rig.data).routines) >= {"physio", "physio-2"}
    assert rig.tray_all().count("Physio homework") == 2
    assert rig.window.picker.action_bar.text.text() == "Imported Physio homework."
    assert rig.editor.routine_box.findData("physio-2") >= 0


def test_a_bad_import_from_the_list_says_why_and_adds_nothing(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    bad = tmp_path / "exercises.xml"
    bad.write_text('<!DOCTYPE x [<!ENTITY a "b">]><exercises/>')
    actions = rig.window.routine_actions
    assert actions is not None
    actions.choose_import = lambda: str(bad)
    actions.confirm_import = lambda plan: pytest.fail("nothing to confirm")
    before = rig.ids()
    with qtbot.waitSignal(actions.said, timeout=10000):
        actions.import_file()
    text = rig.window.picker.action_bar.text.text()
    assert text.startswith("Nothing imported. The file has these problems: ")
    assert "declares a DTD or entities" in text
    assert rig.ids() == before


def test_the_settings_dialog_offers_the_routines_there_when_it_opens(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(app, "_make_player", lambda settings: None)
    args = cli.build_parser().parse_args(["--data-dir", str(tmp_path)])
    ctx = cli.CliContext(data_dir=tmp_path)
    catalogue = ctx.load().catalogue
    built = app._build_parts(
        args, catalogue, Settings(), paths.settings_path(tmp_path),
        warmups={}, safety=builtin_safety(),
    )  # fmt: skip
    qtbot.addWidget(built.window)
    try:
        assert app._build_late_parts(built, tmp_path, ctx) == []
        qapp = QApplication.instance()
        assert isinstance(qapp, QApplication)
        app._build_desktop(
            qapp, built, catalogue=catalogue, args=args, data_dir=tmp_path,
            instance=None,
        )  # fmt: skip
        # Imported after the start, as the routine list's Import… does.
        write_mine(tmp_path)
        catalogue.routines["physio"] = loaded(tmp_path).routine("physio")
        built.window.refresh_routines()
        dialog = built.window.make_settings_dialog(Settings(), built.window)
        qtbot.addWidget(dialog)
        combo = dialog.reminders_page._routine_combo(None)
        assert combo.findData("physio") >= 0 and combo.itemText(combo.findData("physio")) == (
            "Physio homework"
        )
    finally:
        built.close()
