"""Real data folders for the sync end-to-end tests: histories filled fast, and checked.

A history of thousands of sessions is written through the sync store's own import (short
transactions of whole records) rather than one store write per session, which would take
minutes of fsyncs; the rows are the same, stamped as this data folder's own.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from uuid import uuid4

from stretchtimer.model.history import HistoryStore
from stretchtimer.model.sync import (
    CheckinBody,
    ItemBody,
    Key,
    Kind,
    SessionBody,
    SyncRecord,
    Version,
)
from stretchtimer.model.sync.history_store import HistoryRecords
from stretchtimer.model.sync.records import stamp_of
from stretchtimer.model.sync.segments import SUFFIX, decode_segment

CLI_TIMEOUT = 120


def fill(data: Path, sessions: int, *, start: date = date(2020, 1, 1)) -> str:
    """``sessions`` finished sessions (with six exercises and a rating) recorded here."""
    with HistoryStore.open(data / "history.sqlite3")[0] as store:
        records = HistoryRecords(store)
        device = records.device_id()
        made = []
        for n in range(sessions):
            day = start + timedelta(days=n // 3)
            started = datetime(day.year, day.month, day.day, 7 + 5 * (n % 3), tzinfo=UTC)
            uuid = str(uuid4())
            version = Version(stamp_of(started + timedelta(minutes=15)), False, device)
            items = tuple(
                ItemBody(i, f"exercise-{i}", f"Exercise {i}", 30.0, 28.5, "completed")
                for i in range(6)
            )
            body = SessionBody(
                "morning-back", "Morning back", started.isoformat(timespec="milliseconds")
                .replace("+00:00", "Z"), "Europe/Berlin", day, 600.0, 590.0, 171.0,
                "completed", items,
            )  # fmt: skip
            made.append(SyncRecord(Key(Kind.SESSION, uuid), version, body))
            rating = CheckinBody(str(uuid4()), 6, 3)
            made.append(SyncRecord(Key(Kind.CHECKIN, uuid), version, rating))
        result = records.apply(made)
        assert len(result.applied) == len(made), result.refused[:3]
    return device


def cli(data: Path, *args: str, timeout: float = CLI_TIMEOUT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stretchtimer", "--data-dir", str(data), *args],
        capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip


def stats(data: Path) -> dict[str, Any]:
    done = cli(data, "stats", "--json")
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def intact(data: Path) -> int:
    """The history passes SQLite's integrity check; returns its number of live sessions."""
    conn = sqlite3.connect(data / "history.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return int(
            conn.execute("SELECT count(*) FROM sessions WHERE deleted_utc IS NULL").fetchone()[0]
        )
    finally:
        conn.close()


def whole_segments(folder: Path) -> int:
    """Every segment under ``folder`` is complete and checks out; returns their records."""
    count = 0
    for path in folder.rglob(f"*{SUFFIX}"):
        if not path.name.startswith("."):
            count += len(decode_segment(path.read_bytes(), str(path)).records)
    return count
