"""SettingsModel: one value, one changed signal, saves that never block the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stretchtimer.model.settings import Settings, load_settings
from stretchtimer.ui.settings_model import SettingsModel


def test_replacing_tells_every_listener_once_and_an_equal_value_tells_nobody(
    qtbot: QtBot,
) -> None:
    model = SettingsModel(Settings())
    heard: list[Settings] = []
    model.changed.connect(heard.append)
    model.replace(Settings())
    assert heard == []
    model.update(volume=30)
    model.update(volume=30)
    assert heard == [Settings(volume=30)]
    assert model.value == Settings(volume=30)
    model.close()


def test_the_save_runs_off_the_gui_thread_and_replace_does_not_wait_for_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    release = threading.Event()
    saved: list[tuple[Settings, str]] = []

    def slow_save(settings: Settings, path: Path) -> None:
        # A disk that takes its time: the GUI thread must not be the one waiting here.
        release.wait(timeout=10)
        saved.append((settings, threading.current_thread().name))

    model = SettingsModel(Settings(), tmp_path / "settings.json", save=slow_save)
    heard: list[Settings] = []
    model.changed.connect(heard.append)
    model.update(muted=True)
    assert heard == [Settings(muted=True)]  # the window already follows the new value
    assert saved == []  # while the write is still held
    release.set()
    model.flush()
    assert saved == [(Settings(muted=True), saved[0][1])]
    assert saved[0][1] != threading.main_thread().name
    model.close()


def test_writes_land_in_order_with_the_real_atomic_save(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    model = SettingsModel(Settings(), path)
    for volume in range(10, 60, 5):
        model.update(volume=volume)
    model.close()
    assert load_settings(path) == (Settings(volume=55), [])
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_failed_save_is_reported_with_the_file_name(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"

    def full_disk(settings: Settings, target: Path) -> None:
        raise OSError(28, "No space left on device")

    model = SettingsModel(Settings(), path, save=full_disk)
    with qtbot.waitSignal(model.save_failed, timeout=5000) as blocker:
        model.update(volume=10)
    message = str(blocker.args[0]) if blocker.args else ""
    assert str(path) in message and "No space left on device" in message
    assert model.value == Settings(volume=10)  # the app goes on with the chosen value
    model.close()


def test_without_a_file_nothing_is_written_and_no_thread_is_started(qtbot: QtBot) -> None:
    before = threading.active_count()
    model = SettingsModel(Settings())
    model.update(volume=5)
    assert threading.active_count() == before
    model.close()


@pytest.mark.parametrize("percent", ["%1", "%2"])
def test_a_file_name_with_a_placeholder_in_it_is_reported_as_it_is(
    qtbot: QtBot, tmp_path: Path, percent: str
) -> None:
    path = tmp_path / f"odd{percent}" / "settings.json"

    def refuse(settings: Settings, target: Path) -> None:
        raise PermissionError(13, "Permission denied")

    model = SettingsModel(Settings(), path, save=refuse)
    with qtbot.waitSignal(model.save_failed, timeout=5000) as blocker:
        model.update(volume=10)
    assert str(path) in str(blocker.args[0] if blocker.args else "")
    model.close()
