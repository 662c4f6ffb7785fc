"""``stretchtimer reminders``: list, add, every, remove, pause; the file edited safely."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from stretchtimer import app
from stretchtimer.model.reminders import DailyReminder
from stretchtimer.model.reminders.status import AppStatus, SignalState, status_path, write_status
from stretchtimer.model.settings import Settings, load_settings, save_settings


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = app.main(["--data-dir", str(tmp_path), "reminders", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def stored(tmp_path: Path) -> Settings:
    settings, problems = load_settings(tmp_path / "settings.json")
    assert problems == []
    return settings


def test_add_every_remove_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_settings(Settings(volume=35), tmp_path / "settings.json")
    assert run(tmp_path, capsys, "add", "12:30", "--days", "mon-fri",
               "--routine", "midday-desk-break")[0] == 0  # fmt: skip
    assert run(tmp_path, capsys, "add", "7:30")[0] == 0
    code, out, _ = run(tmp_path, capsys, "every", "50", "--routine", "neck-and-shoulders")
    assert code == 0 and "50 min" in out
    settings = stored(tmp_path)
    assert settings.volume == 35  # the rest of the file is kept
    assert settings.reminders.daily == (
        DailyReminder(time(7, 30)),
        DailyReminder(time(12, 30), frozenset(range(5)), "midday-desk-break"),
    )
    assert settings.reminders.active_break is not None
    assert settings.reminders.active_break.minutes == 50
    code, out, _ = run(tmp_path, capsys)
    lines = out.splitlines()
    assert lines[0] == "Reminders: on"
    assert any(li.startswith("1  07:30") and "daily" in li for li in lines)
    assert any(li.startswith("2  12:30") and "mon-fri" in li and "Midday desk break" in li
               for li in lines)  # fmt: skip
    assert any(li.startswith("3  every 50 min") for li in lines)
    assert "Next:" in lines
    assert run(tmp_path, capsys, "remove", "1")[0] == 0
    assert run(tmp_path, capsys, "remove", "2")[0] == 0
    left = stored(tmp_path).reminders
    assert [r.at for r in left.daily] == [time(12, 30)] and left.active_break is None


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["add", "25:00"], "'25:00' is not a time of day"),
        (["add", "12:00", "--days", "someday"], "'someday' is not a set of weekdays"),
        (["add", "12:00", "--routine", "nope"], "unknown routine 'nope'"),
        (["every", "2"], "MINUTES must be 5 to 240"),
        (["remove", "1"], "there are no reminders to remove"),
        (["pause", "soon"], "'soon' is neither a number of minutes nor 'tomorrow'"),
    ],
)
def test_mistakes_are_named_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = run(tmp_path, capsys, *argv)
    assert code == 2 and message in err
    assert not (tmp_path / "settings.json").exists()


def test_a_damaged_file_is_never_written_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"volume": 40,', encoding="utf-8")
    code, _, err = run(tmp_path, capsys, "add", "12:30")
    assert code == 1 and "is not valid JSON" in err and "nothing was changed" in err
    assert path.read_text(encoding="utf-8") == '{"volume": 40,'
    path.write_text(json.dumps({"volume": 40, "reminders": {"daily": [{"time": "99:00"}]}}))
    code, _, err = run(tmp_path, capsys, "add", "12:30")
    assert code == 1 and "daily reminder 1, field 'time'" in err and "--force" in err
    assert run(tmp_path, capsys, "add", "12:30", "--force")[0] == 0
    assert [r.at for r in stored(tmp_path).reminders.daily] == [time(12, 30)]


def test_pause_and_resume(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = datetime.now(UTC)
    code, out, _ = run(tmp_path, capsys, "pause", "60")
    assert code == 0 and out.startswith("reminders paused until ")
    until = stored(tmp_path).reminders.paused_until
    assert until is not None and 59 * 60 <= (until - before).total_seconds() <= 61 * 60
    assert "paused until" in run(tmp_path, capsys)[1].splitlines()[0]
    assert run(tmp_path, capsys, "pause", "tomorrow")[0] == 0
    tomorrow = stored(tmp_path).reminders.paused_until
    assert tomorrow is not None and tomorrow > until - (until - before)
    assert run(tmp_path, capsys, "pause", "0")[1] == "reminders resumed\n"
    assert stored(tmp_path).reminders.paused_until is None


def test_signals_as_the_running_app_saw_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(tmp_path, capsys)
    assert "Desktop signals: not known" in out
    signals = {
        "idle": SignalState(True, "X11 screen-saver extension", ""),
        "screen_lock": SignalState(False, "", "org.freedesktop.login1: no system bus"),
    }
    write_status(status_path(tmp_path), AppStatus(datetime.now(UTC), os.getpid(), signals,
                                                  "full_screen"))  # fmt: skip
    _, out, _ = run(tmp_path, capsys)
    assert f"(pid {os.getpid()}) running now" in out
    assert any(li.split()[:2] == ["idle", "available"] and li.endswith("X11 screen-saver extension")
               for li in out.splitlines())  # fmt: skip
    assert any(li.split()[:2] == ["screen_lock", "unavailable"] and "no system bus" in li
               for li in out.splitlines())  # fmt: skip
    assert "A due reminder waits: full screen." in out
    status_path(tmp_path).write_text("[1, 2]")
    _, out, _ = run(tmp_path, capsys)
    assert "Desktop signals: not known" in out and "reminders-status.json" in out
