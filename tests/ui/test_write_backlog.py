"""Which failures to open the history may pass (a full or locked disk) and which stay."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from stretchtimer.model.history import HistoryError, HistoryStore, HistoryWriteError
from stretchtimer.ui.write_backlog import may_come_back


def full_disk_error() -> sqlite3.Error:
    """A real SQLITE_FULL, from a database that may not grow past one page."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("PRAGMA max_page_count = 1")
        with pytest.raises(sqlite3.OperationalError) as caught:
            conn.execute("CREATE TABLE t (x)")
        return caught.value
    finally:
        conn.close()


def raised_from(cause: BaseException) -> HistoryError:
    try:
        raise HistoryError("The history cannot be opened.") from cause
    except HistoryError as exc:
        return exc


def test_a_full_or_locked_disk_may_come_back() -> None:
    full = full_disk_error()
    assert getattr(full, "sqlite_errorname", "") == "SQLITE_FULL"
    assert may_come_back(raised_from(full))
    assert may_come_back(HistoryWriteError("Could not save: another StretchTimer is writing."))
    assert may_come_back(raised_from(OSError(errno.ENOSPC, "No space left on device")))


def test_a_history_from_a_newer_version_stays_unavailable(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore.open(path)[0].close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO schema_version (version, applied_utc) VALUES (99, 'x')")
    conn.close()
    with pytest.raises(HistoryError) as caught:
        HistoryStore.open(path)
    assert not may_come_back(caught.value)
    assert not may_come_back(raised_from(OSError(errno.EACCES, "Permission denied")))
