"""The composition root: typed parts, and every one of them follows the one settings value."""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from pytestqt.qtbot import QtBot
from window_kit import key

from stretchtimer import app, cli, paths
from stretchtimer.model.history import Check, HistoryStore
from stretchtimer.model.history.clean_exit import marker_path
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.session import (
    Cue,
    ItemOutcome,
    ItemSummary,
    SessionStatus,
    SessionSummary,
)
from stretchtimer.model.settings import Settings, load_settings
from stretchtimer.model.sync.runner import run_file_sync


class FakePlayer(QObject):
    """Stands in for the sound player, which is not what these tests are about."""

    warning = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.applied: list[Settings] = []
        self.shut_down = False

    def apply_settings(self, settings: Settings) -> None:
        self.applied.append(settings)

    def play_cues(self, cues: Sequence[Cue]) -> list[None]:
        return [None] * len(cues)

    def play_sample(self, volume: int) -> bool:
        return False

    def say_sample(self, phrase: str) -> bool:
        return False

    def missing_voice(self) -> str | None:
        return None

    def shutdown(self) -> None:
        self.shut_down = True


@pytest.fixture
def parts(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[app.AppParts, FakePlayer]:
    player = FakePlayer()

    def make_player(settings: Settings) -> FakePlayer:
        player.apply_settings(settings)
        return player

    monkeypatch.setattr(app, "_make_player", make_player)
    args = cli.build_parser().parse_args(["--data-dir", str(tmp_path)])
    ctx = cli.CliContext(data_dir=tmp_path)
    catalogue = ctx.load().catalogue
    built = app._build_parts(
        args, catalogue, Settings(), paths.settings_path(tmp_path),
        warmups={}, safety=builtin_safety(),
    )  # fmt: skip
    qtbot.addWidget(built.window)
    assert app._build_late_parts(built, tmp_path, ctx) == []
    return built, player


def test_every_part_follows_a_settings_change_and_the_file_gets_it(
    parts: tuple[app.AppParts, FakePlayer], tmp_path: Path
) -> None:
    built, player = parts
    late = built.late
    assert late is not None and late.recorder is not None
    history_page = built.window.built_history_page()  # built on first use: here, before
    assert history_page is not None
    new = Settings(
        day_start_hour=6,
        weekly_goal_days=7,
        volume=15,
        reduced_motion=True,
        safety_acknowledged=True,
        exhale_seconds=8.0,
    )
    built.settings.replace(new)
    late.player.prepare()  # sound is built when a session is coming, with the settings of then
    assert player.applied[-1] == new
    built.settings.update(volume=40)
    assert player.applied[-1].volume == 40
    assert late.recorder.day_start_hour == 6
    assert history_page.cards.week_card.value.text().endswith("of 7 days")
    assert built.window.picker.safety_panel.isHidden()
    # The window compiled its routines again: the breathing pace shows in their minutes.
    minutes = {c.info.routine_id: c.info.seconds for c in built.window.picker.cards}
    built.settings.update(exhale_seconds=6.0)
    slower = {c.info.routine_id: c.info.seconds for c in built.window.picker.cards}
    assert all(minutes[r] > slower[r] for r in minutes)
    built.close()
    assert load_settings(paths.settings_path(tmp_path)) == (
        new.with_changes(exhale_seconds=6.0, volume=40),
        [],
    )


def test_the_window_marks_its_run_and_a_clean_exit_clears_it(
    parts: tuple[app.AppParts, FakePlayer], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built, _player = parts
    history = paths.history_path(tmp_path)
    assert marker_path(history).exists()  # while it runs, a crash would leave it
    checks: list[Check] = []
    real_open = HistoryStore.open

    def spy(path: Path, **kwargs: object) -> object:
        check = kwargs.get("check", Check.FULL)
        assert isinstance(check, Check)
        checks.append(check)
        return real_open(path, check=check)

    monkeypatch.setattr(HistoryStore, "open", spy)
    cut_short = app._open_history(tmp_path, [])  # the next start, as if this one was killed
    assert cut_short.store is not None
    cut_short.store.close()
    built.close()
    assert not marker_path(history).exists()
    after_clean = app._open_history(tmp_path, [])
    assert after_clean.store is not None
    after_clean.store.close()
    assert checks == [Check.FULL, Check.SCHEMA]  # after a clean exit: no scan on the way


def _scribble_rows(history: Path) -> bytes:
    """Damage a page of rows, past the schema: opening without a scan does not see it."""
    with HistoryStore.open(history)[0] as store:
        for n in range(40):
            store.begin_session("r", f"Routine {n}", datetime(2024, 6, 1, tzinfo=UTC), "UTC",
                                datetime(2024, 6, 1).date(), 60.0)  # fmt: skip
        store.close_interrupted()  # a clean exit leaves none in progress
    data = bytearray(history.read_bytes())
    data[10 * 4096 : 11 * 4096] = bytes(range(256)) * 16
    history.write_bytes(bytes(data))
    return bytes(data)


def test_damage_found_after_a_clean_start_is_moved_aside_and_said(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    history = paths.history_path(tmp_path)
    history.parent.mkdir(parents=True, exist_ok=True)
    damaged = _scribble_rows(history)
    monkeypatch.setattr(app, "_make_player", lambda settings: FakePlayer())
    args = cli.build_parser().parse_args(["--data-dir", str(tmp_path)])
    ctx = cli.CliContext(data_dir=tmp_path)
    built = app._build_parts(
        args, ctx.load().catalogue, Settings(), paths.settings_path(tmp_path),
        warmups={}, safety=builtin_safety(),
    )  # fmt: skip
    qtbot.addWidget(built.window)
    assert app._build_late_parts(built, tmp_path, ctx) == []  # opened without a scan
    late = built.late
    assert late is not None and late.store is not None and late.writer is not None
    store, writer = late.store, late.writer
    # The quick check on the writer's thread finds it; the window moves it aside.
    qtbot.waitUntil(lambda: any("damaged" in n for n in built.window._notices), timeout=20_000)
    (notice,) = [n for n in built.window._notices if "damaged" in n]
    (aside,) = history.parent.glob("history.sqlite3.corrupt-*")
    assert str(aside) in notice and "new, empty history" in notice
    assert aside.read_bytes() == damaged  # kept as it was
    assert store.sessions() == []  # the window reads the new file
    page = built.window.built_history_page()
    assert page is not None
    page.refresh()
    assert page.stats is not None and page.stats.total_sessions == 0
    # A session now lands in the new file.
    now = datetime.now(UTC)
    writer.begin("quick-reset", "Quick reset", now, "UTC", now.date(), 60.0)
    qtbot.waitUntil(lambda: len(store.sessions()) == 1, timeout=20_000)
    built.close()
    assert aside.read_bytes() == damaged


def test_a_routine_that_arrives_by_sync_becomes_a_card_and_a_saved_one_is_sent(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared, other = tmp_path / "Sync", tmp_path / "other"
    (shared / "StretchTimer").mkdir(parents=True)
    (other / "routines").mkdir(parents=True)
    routine = {"id": "from-home", "name": "From home", "description": "Mine.",
               "items": [{"exercise": "knee-to-chest"}]}  # fmt: skip
    (other / "routines" / "home.json").write_text(json.dumps({"version": 1, "routines": [routine]}))
    other_device = "face0000-0000-4000-8000-00000000000b"
    now = time.time_ns() // 1_000_000
    assert run_file_sync(shared, other, device=other_device, now_ms=now)[0].files_out == 1
    monkeypatch.setattr(app, "_make_player", lambda settings: FakePlayer())
    here = tmp_path / "here"
    args = cli.build_parser().parse_args(["--data-dir", str(here)])
    ctx = cli.CliContext(data_dir=here, chosen_language="de")
    localised = ctx.load().catalogue
    settings = Settings(sync_folder=str(shared))
    built = app._build_parts(
        args, localised, settings, paths.settings_path(here), warmups={}, safety=builtin_safety()
    )
    qtbot.addWidget(built.window)
    german = {r.id: r.name for r in localised.routines.values()}
    assert app._build_late_parts(built, here, ctx) == []
    late = built.late
    assert late is not None and late.sync is not None
    sync = late.sync
    # Built on first use: here, before the routine arrives.
    editor_page = built.window.built_editor_page()
    assert editor_page is not None

    def cards() -> list[str]:
        return [c.info.routine_id for c in built.window.picker.cards]

    qtbot.waitUntil(lambda: "from-home" in cards(), timeout=20_000)
    assert "from-home" in editor_page.catalogue.routines  # the editor's, the same one
    # The built-in routines are still in the window's language.
    names = {r.id: r.name for r in built.window.catalogue.routines.values()}
    assert names == {**german, "from-home": "From home"}
    assert names["midday-desk-break"] != "Midday desk break"
    qtbot.waitUntil(lambda: not sync.is_active(), timeout=20_000)
    editor_page.routine_saved.emit(built.window.catalogue.routines["from-home"])
    assert sync.is_active()  # a merge is asked for, to send it
    built.close()
    assert not sync.is_active()


def test_the_history_page_is_built_on_first_use(
    parts: tuple[app.AppParts, FakePlayer], qtbot: QtBot
) -> None:
    built, _player = parts
    window = built.window
    with qtbot.waitActive(window):  # the window's shortcuts answer in the active window
        window.show()
        window.activateWindow()
    assert window.history_page is None
    # The editor too: its button and the card menus are there, the page is not yet.
    assert window.editor_page is None and not window.picker.editor_button.isHidden()
    assert window.routine_actions is not None
    key(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.history_page is not None
    assert window.stack.currentWidget() is window.history_page
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.picker
    assert window.editor_page is None
    key(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.editor_page is not None
    assert window.stack.currentWidget() is window.editor_page
    built.close()


@pytest.mark.parametrize("action", ["copy", "new", "edit"])
def test_a_card_menu_builds_the_editor_it_needs(
    parts: tuple[app.AppParts, FakePlayer], qtbot: QtBot, action: str
) -> None:
    built, _player = parts
    window = built.window
    assert window.editor_page is None
    routine_id = next(iter(window.catalogue.routines))
    if action == "copy":
        window.picker.copy_requested.emit(routine_id)
    elif action == "new":
        window.picker.new_requested.emit()
    else:
        window.picker.edit_requested.emit(routine_id)
    page = window.editor_page
    assert page is not None
    assert window.stack.currentWidget() is page
    if action == "copy":  # the editor's Customise: an unsaved copy, its name to type over
        assert page.form.name.hasSelectedText()
        assert page.form.name.text() != window.catalogue.routines[routine_id].name
    built.close()


def test_a_history_page_built_late_still_follows_sync(
    parts: tuple[app.AppParts, FakePlayer], qtbot: QtBot, tmp_path: Path
) -> None:
    built, _player = parts
    late = built.late
    assert late is not None and late.sync is not None
    window = built.window
    window.show()
    window.show_history()
    page = window.history_page
    assert page is not None
    before = page.cards.week_card.value.text()
    # Another computer's session, as a merge writes it into this history.
    other, _ = HistoryStore.open(paths.history_path(tmp_path))
    today = datetime.now(UTC).date()
    sid = other.begin_session("quick-reset", "Quick reset", datetime.now(UTC), "UTC", today, 181.0)
    done = (ItemSummary(0, "chin-tucks", "Chin tucks", 60.0, 60.0, ItemOutcome.COMPLETED),)
    other.finish(
        sid,
        SessionSummary(
            "quick-reset", "Quick reset", SessionStatus.COMPLETED, 181.0, 181.0, 60.0, done
        ),
    )
    other.close()
    late.sync.history_changed.emit()
    assert page.cards.week_card.value.text() != before
    built.close()


def test_the_reminders_start_after_the_window_and_stop_with_it(
    parts: tuple[app.AppParts, FakePlayer], tmp_path: Path
) -> None:
    built, _player = parts
    assert built.reminders is None  # the window and its parts are built without them
    reminders = app._start_reminders(built, tmp_path)
    assert built.reminders is reminders
    assert built.window.reminder_status is reminders
    built.close()
