"""``stretchtimer history``, ``stats`` and ``export`` run through the real entry point."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from stretchtimer import app, paths
from stretchtimer.model.days import today_for
from stretchtimer.model.history import HistoryStore
from stretchtimer.model.history.export import CSV_COLUMNS
from stretchtimer.model.session import ItemOutcome, ItemSummary, SessionStatus, SessionSummary
from stretchtimer.model.settings import Settings, save_settings

STARTED = datetime(2024, 6, 10, 6, 0, tzinfo=UTC)


def run(data: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = app.main(["--data-dir", str(data), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def add(
    data: Path,
    day: date,
    seconds: float = 300.0,
    status: SessionStatus = SessionStatus.COMPLETED,
    *,
    name: str = "Morning back",
    items: int = 2,
    started: datetime = STARTED,
    before: int | None = None,
    after: int | None = None,
) -> int:
    store, _ = HistoryStore.open(paths.history_path(data))
    with store:
        sid = store.begin_session("morning-back", name, started, "Europe/Berlin", day, 600)
        parts = tuple(
            ItemSummary(i, f"ex-{i}", f"Exercise {i}", 60.0, seconds / items, ItemOutcome.COMPLETED)
            for i in range(items)
        )
        store.finish(
            sid,
            SessionSummary("morning-back", name, status, 600.0, seconds + 60, seconds, parts),
        )
        if before is not None or after is not None:
            store.set_checkin(sid, before=before, after=after)
    return sid


# ----- history ---------------------------------------------------------------------------------
def test_history_without_any_record_says_so_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(tmp_path / "data", "history", capsys=capsys)
    assert (code, out, err) == (0, "No sessions recorded yet.\n", "")
    assert not (tmp_path / "data").exists()
    code, out, _ = run(tmp_path / "data", "history", "--json", capsys=capsys)
    assert (code, json.loads(out)) == (0, [])


def test_history_lists_recent_sessions_newest_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add(tmp_path, date(2024, 6, 10), 400, before=7, after=4)
    add(tmp_path, date(2024, 6, 11), 95, SessionStatus.STOPPED, started=STARTED + timedelta(1))
    code, out, _ = run(tmp_path, "history", capsys=capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["DATE", "START", "ROUTINE", "HELD", "STATUS", "STIFFNESS"]
    assert lines[1].split() == ["2024-06-11", "08:00", "Morning", "back", "1:35", "stopped"]
    # Berlin summer time: 06:00 UTC started at 08:00 on the clock there.
    assert lines[2].split() == ["2024-06-10", "08:00", "Morning", "back", "6:40", "completed",
                                "7", "->", "4"]  # fmt: skip
    code, out, _ = run(tmp_path, "history", "--limit", "1", capsys=capsys)
    assert len(out.splitlines()) == 2


def test_history_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sid = add(tmp_path, date(2024, 6, 10), 400, before=7)
    code, out, _ = run(tmp_path, "history", "--json", capsys=capsys)
    assert code == 0
    assert json.loads(out) == [
        {
            "id": sid, "routine_id": "morning-back", "routine_name": "Morning back",
            "started_utc": "2024-06-10T06:00:00.000Z", "time_zone": "Europe/Berlin",
            "local_date": "2024-06-10", "planned_seconds": 600.0, "active_seconds": 460.0,
            "credited_seconds": 400.0, "status": "completed", "stiffness_before": 7,
            "stiffness_after": None,
        }
    ]  # fmt: skip


@pytest.mark.parametrize("limit", ["0", "-3", "many"])
def test_history_refuses_a_bad_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], limit: str
) -> None:
    with pytest.raises(SystemExit) as exited:
        app.main(["--data-dir", str(tmp_path), "history", "--limit", limit])
    assert exited.value.code == 2
    assert "--limit" in capsys.readouterr().err


# ----- stats -----------------------------------------------------------------------------------
def test_stats_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    today = today_for(Settings())
    for n in range(1, 4):  # yesterday and the two days before; today not yet
        add(tmp_path, today - timedelta(days=n), 600, before=6, after=3)
    add(tmp_path, today - timedelta(days=10), 100, SessionStatus.STOPPED)
    code, out, _ = run(tmp_path, "stats", capsys=capsys)
    assert code == 0
    assert "Current streak:" in out
    assert "3 days (stretch today to keep it going)" in out
    assert "Longest streak:     3 days" in out
    assert "Sessions:           4" in out
    assert "Minutes stretched:  32" in out  # 3 x 10 min + 100 s
    assert "6.0 before, 3.0 after (0-10, average); -3.0 per session" in out
    assert "Favourite routines: Morning back (4)" in out
    assert "3 minutes or more" in out
    assert "starts at 03:00" in out


def test_stats_json_follows_the_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = Settings(weekly_goal_days=2, day_start_hour=5)
    save_settings(settings, paths.settings_path(tmp_path))
    today = today_for(settings)
    add(tmp_path, today, 200, SessionStatus.STOPPED)
    code, out, err = run(tmp_path, "stats", "--json", capsys=capsys)
    assert (code, err) == (0, "")
    stats = json.loads(out)
    assert stats["today"] == today.isoformat()
    assert stats["today_done"] is True
    assert stats["current_streak_days"] == 1
    assert stats["weekly_goal_days"] == 2
    assert stats["this_week_days"] == 1
    assert stats["sessions"] == 1
    assert stats["minutes"] == pytest.approx(200 / 60, abs=0.01)
    assert len(stats["minutes_per_week"]) == 12
    assert stats["minutes_per_week"][-1]["minutes"] == pytest.approx(3.33)
    assert stats["day_start_hour"] == 5
    assert "05:00" in stats["counting_rule"]
    assert stats["stiffness_before_average"] is None


def test_stats_with_no_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(tmp_path, "stats", "--json", capsys=capsys)
    stats = json.loads(out)
    assert (code, stats["current_streak_days"], stats["sessions"]) == (0, 0, 0)


# ----- export ----------------------------------------------------------------------------------
def test_export_csv_has_a_row_per_exercise(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = add(tmp_path, date(2024, 6, 10), 300, items=3, before=5, after=2)
    second = add(tmp_path, date(2024, 6, 11), 0, SessionStatus.STOPPED, items=0,
                 name="=HYPERLINK(evil)", started=STARTED + timedelta(1))  # fmt: skip
    target = tmp_path / "out.csv"
    code, out, _ = run(tmp_path, "export", "--csv", str(target), capsys=capsys)
    assert code == 0
    assert out == f"Exported 2 sessions to {target}\n"
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert [(r["session_id"], r["item"]) for r in rows] == [
        (str(first), "0"), (str(first), "1"), (str(first), "2"), (str(second), ""),
    ]  # fmt: skip
    assert rows[0]["session_credited_seconds"] == "300.0"
    assert rows[0]["exercise_credited_seconds"] == "100.0"
    assert rows[0]["stiffness_before"] == "5"
    assert rows[0]["exercise_outcome"] == "completed"
    assert rows[3]["routine_name"] == "'=HYPERLINK(evil)"  # kept as text in a spreadsheet
    assert rows[3]["stiffness_before"] == ""
    assert not list(tmp_path.glob(".out.csv.*"))


def test_export_json_round_trips_the_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sid = add(tmp_path, date(2024, 6, 10), 300, items=2, after=1)
    target = tmp_path / "out.json"
    code, _, _ = run(tmp_path, "export", "--json", str(target), capsys=capsys)
    assert code == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("stretchtimer-history", 1)
    [session] = document["sessions"]
    assert session["id"] == sid
    assert session["stiffness_after"] == 1
    assert session["exercises"] == [
        {"item": 0, "exercise_id": "ex-0", "exercise_name": "Exercise 0", "planned_seconds": 60.0,
         "credited_seconds": 150.0, "outcome": "completed"},
        {"item": 1, "exercise_id": "ex-1", "exercise_name": "Exercise 1", "planned_seconds": 60.0,
         "credited_seconds": 150.0, "outcome": "completed"},
    ]  # fmt: skip


@pytest.mark.parametrize("fmt", ["--csv", "--json"])
def test_export_never_replaces_a_file_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    add(tmp_path, date(2024, 6, 10))
    target = tmp_path / "precious.txt"
    target.write_text("keep me\n", encoding="utf-8")
    code, _, err = run(tmp_path, "export", fmt, str(target), capsys=capsys)
    assert code == 1
    assert "already exists; add --force" in err
    assert target.read_text(encoding="utf-8") == "keep me\n"
    code, _, _ = run(tmp_path, "export", fmt, str(target), "--force", capsys=capsys)
    assert code == 0
    assert "keep me" not in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_export_into_a_missing_folder_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(tmp_path, "export", "--csv", str(tmp_path / "no" / "x.csv"), capsys=capsys)
    assert code == 1
    assert "cannot write" in err


def test_export_needs_exactly_one_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        app.main(["--data-dir", str(tmp_path), "export"])
    assert exited.value.code == 2
    capsys.readouterr()


def test_export_of_an_empty_history(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.csv"
    code, out, _ = run(tmp_path / "data", "export", "--csv", str(target), capsys=capsys)
    assert (code, out) == (0, f"Exported 0 sessions to {target}\n")
    assert target.read_text(encoding="utf-8") == ",".join(CSV_COLUMNS) + "\n"


# ----- damaged or newer files ------------------------------------------------------------------
def test_a_damaged_history_is_reported_and_set_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = paths.history_path(tmp_path)
    path.write_bytes(b"not a database at all" * 100)
    code, out, err = run(tmp_path, "history", capsys=capsys)
    assert (code, out) == (0, "No sessions recorded yet.\n")
    assert err.startswith("warning: The history file was damaged")
    assert list(tmp_path.glob("history.sqlite3.corrupt-*"))


def test_a_history_from_a_newer_version_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add(tmp_path, date(2024, 6, 10))
    conn = sqlite3.connect(paths.history_path(tmp_path))
    conn.execute("INSERT INTO schema_version VALUES (9, '2030-01-01T00:00:00.000Z')")
    conn.commit()
    conn.close()
    for command in (["history"], ["stats"], ["export", "--json", str(tmp_path / "x.json")]):
        code, out, err = run(tmp_path, *command, capsys=capsys)
        assert (code, out) == (1, ""), command
        assert "newer version of StretchTimer" in err
    assert not (tmp_path / "x.json").exists()
