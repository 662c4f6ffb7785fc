"""The settings file followed: a change written by another program reaches the app; a
damaged one is reported and the settings in use stay."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from stretchtimer.model.reminders import DailyReminder, ReminderSettings
from stretchtimer.model.settings import Settings, save_settings
from stretchtimer.ui.settings_model import SettingsModel
from stretchtimer.ui.settings_watcher import SettingsFileWatcher


def test_an_outside_edit_is_adopted_without_writing_back(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(), path)
    written: list[Settings] = []
    model = SettingsModel(Settings(), path, save=lambda s, p: written.append(s))
    watcher = SettingsFileWatcher(model, path)
    edited = Settings(reminders=ReminderSettings(daily=(DailyReminder(time(12, 30)),)))
    with qtbot.waitSignal(model.changed, timeout=10_000) as changed:
        save_settings(edited, path)  # as `stretchtimer reminders add 12:30` does
    assert changed.args == [edited] and model.value == edited
    assert written == []
    watcher.stop()
    assert not watcher.debounce.isActive()


def test_a_damaged_file_is_reported_and_nothing_changes(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(volume=30), path)
    model = SettingsModel(Settings(volume=30), path)
    watcher = SettingsFileWatcher(model, path)
    with qtbot.waitSignal(watcher.problem, timeout=10_000) as problem:
        path.write_text('{"volume": 10,', encoding="utf-8")
    assert "invalid JSON" in problem.args[0] and "settings in use were kept" in problem.args[0]
    assert model.value == Settings(volume=30)
    assert path.read_text(encoding="utf-8") == '{"volume": 10,'  # not moved aside, not rewritten
    watcher.stop()
