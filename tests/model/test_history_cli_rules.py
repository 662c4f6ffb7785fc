"""``history``, ``stats`` and ``export`` on a history with rows that break a rule.

They run through the real entry point, in-process: the bad rows are named on stderr
(file, session, field), left out of what is printed or written, and nothing raises.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from stretchtimer import app, paths
from stretchtimer.model.history import HistoryStore
from stretchtimer.model.session import ItemOutcome, ItemSummary, SessionStatus, SessionSummary

BAD = [
    ("status", "done"),
    ("credited_seconds", -40.0),
    ("local_date", "2024-06-31"),
    ("started_utc", "2024-06-10T25:00:00.000Z"),
    ("tz_name", "Europe/Berlin/../../etc"),
]


def _history(data: Path) -> list[int]:
    ids = []
    with HistoryStore.open(paths.history_path(data))[0] as store:
        for day in (10, 11):
            started = datetime(2024, 6, day, 6, tzinfo=UTC)
            sid = store.begin_session("desk", "Desk", started, "UTC", date(2024, 6, day), 600)
            item = ItemSummary(0, "neck", "Neck", 60.0, 250.0, ItemOutcome.COMPLETED)
            store.finish(
                sid,
                SessionSummary("desk", "Desk", SessionStatus.COMPLETED, 600, 300, 250, (item,)),
            )
            store.set_checkin(sid, before=5, after=3)
            ids.append(sid)
    return ids


def _break(data: Path, field: str, value: object, sid: int) -> None:
    conn = sqlite3.connect(paths.history_path(data))
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(f"UPDATE sessions SET {field} = ? WHERE id = ?", (value, sid))
    conn.commit()
    conn.close()


def _run(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = app.main(["--data-dir", str(data), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _reported(err: str, data: Path, sid: int, field: str) -> None:
    assert "Traceback" not in err
    [line] = err.splitlines()
    assert line.startswith("warning: The history at ")
    assert str(paths.history_path(data)) in line
    assert f"session {sid}," in line
    assert f" {field} is " in line


@pytest.mark.parametrize(("field", "value"), BAD)
def test_history_names_the_bad_row_and_lists_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str, value: object
) -> None:
    bad, good = _history(tmp_path)
    _break(tmp_path, field, value, bad)
    code, out, err = _run(tmp_path, capsys, "history")
    assert code == 0
    _reported(err, tmp_path, bad, field)
    assert [line.split()[0] for line in out.splitlines()] == ["DATE", "2024-06-11"]
    code, out, err = _run(tmp_path, capsys, "history", "--json")
    assert code == 0
    _reported(err, tmp_path, bad, field)
    assert [s["id"] for s in json.loads(out)] == [good]


@pytest.mark.parametrize(("field", "value"), BAD)
def test_export_names_the_bad_row_and_writes_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str, value: object
) -> None:
    bad, good = _history(tmp_path)
    _break(tmp_path, field, value, bad)
    target = tmp_path / "out.json"
    code, out, err = _run(tmp_path, capsys, "export", "--json", str(target))
    assert (code, out) == (0, f"Exported 1 session to {target}\n")
    _reported(err, tmp_path, bad, field)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert [s["id"] for s in document["sessions"]] == [good]
    assert [e["exercise_id"] for e in document["sessions"][0]["exercises"]] == ["neck"]
    table = tmp_path / "out.csv"
    code, _, err = _run(tmp_path, capsys, "export", "--csv", str(table))
    assert code == 0
    _reported(err, tmp_path, bad, field)
    with table.open(encoding="utf-8", newline="") as handle:
        assert [row["session_id"] for row in csv.DictReader(handle)] == [str(good)]


@pytest.mark.parametrize(("field", "value"), BAD)
def test_stats_names_the_bad_row_and_counts_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], field: str, value: object
) -> None:
    bad, _ = _history(tmp_path)
    _break(tmp_path, field, value, bad)
    code, out, err = _run(tmp_path, capsys, "stats")
    assert code == 0
    _reported(err, tmp_path, bad, field)
    assert "Sessions:" in out
    code, out, err = _run(tmp_path, capsys, "stats", "--json")
    assert code == 0
    _reported(err, tmp_path, bad, field)
    stats = json.loads(out)
    assert stats["sessions"] == 1
    assert stats["minutes"] == pytest.approx(250 / 60, abs=0.01)
    assert stats["stiffness_before_average"] == 5.0


def test_a_clean_history_says_nothing_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _history(tmp_path)
    for command in (["history"], ["stats"], ["export", "--json", str(tmp_path / "x.json")]):
        code, _, err = _run(tmp_path, capsys, *command)
        assert (code, err) == (0, ""), command
