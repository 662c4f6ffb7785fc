"""--event-log: plan offsets and session-clock instants in separate, named fields."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_fakes import SHORT, FakeClock, short_catalogue

from stretchtimer.model.plan import Plan
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.settings import Settings
from stretchtimer.ui.driver import SessionDriver
from stretchtimer.ui.event_log import EventLog
from stretchtimer.ui.main_window import MainWindow
from stretchtimer.ui.settings_model import SettingsModel


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_a_pause_moves_the_machine_time_but_not_the_plan_offset(
    qtbot: QtBot, tmp_path: Path
) -> None:
    clock = FakeClock(start=5000.0)
    log_path = tmp_path / "events.jsonl"
    log = EventLog(log_path)

    def make_driver(plan: Plan) -> SessionDriver:
        return SessionDriver(plan, clock)

    window = MainWindow(
        short_catalogue(), SettingsModel(Settings()), builtin_safety(), make_driver, event_log=log
    )
    qtbot.addWidget(window)
    window.start_routine(SHORT.id)
    driver = window.driver
    assert driver is not None
    clock.now += 0.5
    driver.pause()
    clock.now += 10  # ten seconds paused in the 4 s warm-up
    driver.resume()
    for _ in range(85):  # into the breathing block, past its first out-breath
        clock.now += 0.1
        driver.poll()
    driver.stop()
    log.close()

    records = read(log_path)
    steps = [r for r in records if r["event"] == "step"]
    assert [(s["phase"], s["plan_offset"]) for s in steps] == [("warmup", 0), ("breathing", 4)]
    assert steps[0]["machine_time"] == pytest.approx(5000.0)
    assert steps[1]["machine_time"] == pytest.approx(5014.0)
    assert [r["state"] for r in records if r["event"] == "state"] == [
        "paused", "running", "finished",
    ]  # fmt: skip
    cues = [r for r in records if r["event"] == "cue"]
    exhale = next(c for c in cues if c["kind"] == "exhale")
    assert exhale["plan_offset"] == pytest.approx(4.0 + 4.0)  # 4 s into the breathing block
    assert exhale["machine_time"] == pytest.approx(5018.0)
    breathing_start = next(c for c in cues if c["kind"] == "phase_start" and c["step"] == 1)
    assert breathing_start["plan_offset"] == pytest.approx(4.0)
    assert breathing_start["machine_time"] == pytest.approx(5014.0)
    assert all("scheduled" not in r for r in records)
