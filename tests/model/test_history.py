"""HistoryStore: schema, constraints, migrations, repair of damaged files, and every write."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stretchtimer.model import streaks
from stretchtimer.model.history import (
    SCHEMA_VERSION,
    Check,
    HistoryDamagedError,
    HistoryError,
    HistoryStore,
    HistoryWriteError,
    PendingWrites,
    RecordStatus,
    migrations,
    system_tz_name,
)
from stretchtimer.model.history import store as history_store
from stretchtimer.model.session import ItemOutcome, ItemSummary, SessionStatus, SessionSummary
from stretchtimer.model.streaks import local_day

NOW = datetime(2024, 6, 10, 7, 30, tzinfo=UTC)
STARTED = datetime(2024, 6, 10, 6, 0, tzinfo=UTC)


def clock() -> datetime:
    return NOW


def summary(
    credited: float, status: SessionStatus | None = None, outcomes: int = 3
) -> SessionSummary:
    share = credited / outcomes
    items = tuple(
        ItemSummary(i, f"ex-{i}", f"Exercise {i}", 60.0, share, ItemOutcome.PARTIAL)
        for i in range(outcomes)
    )
    return SessionSummary(
        "morning-back", "Morning back", status, 600.0, credited * 1.5, credited, items
    )


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def store(path: Path) -> Iterator[HistoryStore]:
    opened, notices = HistoryStore.open(path, now=clock)
    assert notices == []
    yield opened
    opened.close()


def begin(store: HistoryStore, day: date = date(2024, 6, 10)) -> int:
    return store.begin_session("morning-back", "Morning back", STARTED, "Europe/Berlin", day, 600.0)


def fill(path: Path, sessions: int = 40) -> None:
    with HistoryStore.open(path, now=clock)[0] as s:
        for n in range(sessions):
            sid = begin(s, date(2024, 1, 1) + timedelta(days=n))
            s.finish(sid, summary(200.0 + n, SessionStatus.COMPLETED, outcomes=6))


# ----- schema ---------------------------------------------------------------------------------
def test_a_new_history_has_the_schema_and_the_durable_settings(
    store: HistoryStore, path: Path
) -> None:
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"schema_version", "meta", "sessions", "session_items", "checkins"} <= tables
    columns = {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
    assert columns == {
        "id", "uuid", "device_id", "routine_id", "routine_name", "started_utc", "tz_name",
        "local_date", "planned_seconds", "active_seconds", "credited_seconds", "status",
        "updated_utc", "deleted_utc",
    }  # fmt: skip
    columns = {r[1] for r in conn.execute("PRAGMA table_info(checkins)")}
    assert columns == {
        "session_id", "uuid", "device_id", "stiffness_before", "stiffness_after",
        "updated_utc", "deleted_utc",
    }  # fmt: skip
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    own = store.connection.raw()
    assert own.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert own.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_the_folder_and_file_are_private(store: HistoryStore, path: Path) -> None:
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_times_are_stored_as_utc_text_and_read_back_aware(store: HistoryStore, path: Path) -> None:
    berlin_morning = datetime.fromisoformat("2024-06-10T08:00:00.250+02:00")
    sid = store.begin_session("r", "R", berlin_morning, "Europe/Berlin", date(2024, 6, 10), 60)
    raw = sqlite3.connect(path).execute("SELECT started_utc, updated_utc FROM sessions").fetchone()
    assert raw == ("2024-06-10T06:00:00.250Z", "2024-06-10T07:30:00.000Z")
    record = store.session(sid)
    assert record is not None
    assert record.started_utc == berlin_morning
    assert record.started_utc.utcoffset() == timedelta(0)
    with pytest.raises(ValueError, match="time zone"):
        store.begin_session(
            "r", "R", datetime(2024, 6, 10, 8), "Europe/Berlin", date(2024, 6, 10), 60
        )


# ----- constraints -----------------------------------------------------------------------------
GOOD_ROW = {
    "uuid": "0b7e4c1a-65d0-4c43-9d0f-3a7d1e2b9c44",
    "device_id": "5f0c2d8e-1b3a-4e6f-8a9b-7c6d5e4f3a2b", "routine_id": "r", "routine_name": "R", "started_utc": "2024-06-10T06:00:00.000Z",
    "tz_name": "Europe/Berlin", "local_date": "2024-06-10", "planned_seconds": 60.0,
    "active_seconds": 0.0, "credited_seconds": 0.0, "status": "completed",
    "updated_utc": "2024-06-10T06:00:00.000Z", "deleted_utc": None,
}  # fmt: skip


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("planned_seconds", -1.0),
        ("credited_seconds", -0.001),
        ("active_seconds", "a lot"),
        ("credited_seconds", 1e308 * 10),  # infinity
        ("status", "done"),
        ("local_date", "2024-02-30"),
        ("local_date", "10/06/2024"),
        ("started_utc", "2024-06-10 06:00"),
        ("started_utc", "2024-02-30T06:00:00.000Z"),  # no such day
        ("started_utc", "2024-06-10T24:00:00.000Z"),
        ("updated_utc", "2024-06-10T06:00:00Z"),  # not as the history writes times
        ("deleted_utc", "yesterday"),
        ("routine_id", ""),
        ("tz_name", "../../etc/passwd"),
        ("tz_name", "Europe/Berlin; DROP TABLE"),
        ("uuid", "0B7E4C1A-65D0-4C43-9D0F-3A7D1E2B9C44"),
        ("device_id", "not-a-uuid"),
    ],
)
def test_the_sessions_table_refuses_bad_values(
    store: HistoryStore, path: Path, column: str, value: object
) -> None:
    row = {**GOOD_ROW, column: value}
    conn = sqlite3.connect(path)
    sql = f"INSERT INTO sessions ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})"
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(sql, list(row.values()))
    conn.execute(sql, list(GOOD_ROW.values()))  # the same row with good values goes in
    conn.close()


@pytest.mark.parametrize("rating", [11, -1, 5.5, "seven"])
def test_the_checkins_table_refuses_ratings_outside_0_to_10(
    store: HistoryStore, path: Path, rating: object
) -> None:
    sid = begin(store)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    sql = (
        "INSERT INTO checkins (session_id, uuid, device_id, stiffness_before, updated_utc) "
        "VALUES (?, ?, ?, ?, ?)"
    )
    good = (GOOD_ROW["uuid"], GOOD_ROW["device_id"])
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(sql, (sid, *good, rating, GOOD_ROW["updated_utc"]))
    conn.execute(sql, (sid, *good, 10, GOOD_ROW["updated_utc"]))
    conn.close()


@pytest.mark.parametrize("rating", [11, -1, True, 2.0])
def test_set_checkin_refuses_a_bad_rating_before_writing(
    store: HistoryStore, rating: object
) -> None:
    sid = begin(store)
    with pytest.raises(ValueError, match="0 to 10"):
        store.set_checkin(sid, before=rating)  # type: ignore[arg-type]
    record = store.session(sid)
    assert record is not None
    assert record.stiffness_before is None


def test_items_and_checkins_need_an_existing_session(store: HistoryStore, path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO session_items VALUES (999, 0, 'x', 'X', 1.0, 1.0, 'completed')")
    conn.close()
    with pytest.raises(HistoryError, match="no session 999"):
        store.set_checkin(999, before=3)


# ----- migrations ------------------------------------------------------------------------------
def test_schema_version_records_each_migration(store: HistoryStore, path: Path) -> None:
    assert SCHEMA_VERSION == len(migrations.MIGRATIONS) == 2
    rows = (
        sqlite3.connect(path).execute("SELECT version, applied_utc FROM schema_version").fetchall()
    )
    assert rows == [(1, "2024-06-10T07:30:00.000Z"), (2, "2024-06-10T07:30:00.000Z")]
    assert store.schema_version() == 2


def _add_mood(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE sessions ADD COLUMN mood TEXT")


def _broken(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE sessions ADD COLUMN mood TEXT")
    conn.execute("THIS IS NOT SQL")


def test_a_new_migration_runs_forward_once(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(path, 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, _add_mood))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    with HistoryStore.open(path, now=clock)[0] as s:
        assert s.schema_version() == 3
        assert len(s.sessions()) == 3
    conn = sqlite3.connect(path)
    assert "mood" in {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
    assert [r[0] for r in conn.execute("SELECT version FROM schema_version")] == [1, 2, 3]
    conn.close()
    HistoryStore.open(path, now=clock)[0].close()  # a second open has nothing to do


def test_a_failing_migration_leaves_the_file_as_it_was(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(path, 3)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, _broken))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 3)
    with pytest.raises(HistoryError):
        HistoryStore.open(path, now=clock)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT version FROM schema_version")] == [1, 2]
    assert "mood" not in {r[1] for r in conn.execute("PRAGMA table_info(sessions)")}
    assert conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 3
    conn.close()


def test_a_file_from_a_newer_version_is_refused_and_left_alone(path: Path) -> None:
    fill(path, 3)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO schema_version VALUES (3, '2030-01-01T00:00:00.000Z')")
    conn.commit()
    conn.close()
    before = {p.name: p.read_bytes() for p in path.parent.iterdir()}
    with pytest.raises(HistoryError, match="newer version of StretchTimer") as raised:
        HistoryStore.open(path, now=clock)
    assert isinstance(raised.value, HistoryError)
    assert not isinstance(raised.value, HistoryWriteError)
    assert "format 3" in str(raised.value)
    after = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.name == path.name}
    assert after[path.name] == before[path.name]
    assert not list(path.parent.glob("*.corrupt-*"))


# ----- damaged files ---------------------------------------------------------------------------
def _garbage(path: Path) -> None:
    path.write_bytes(b"This is a shopping list, not a database.\n" * 200)


def _truncated(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _header_only(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:60])


def _zeros(path: Path) -> None:
    path.write_bytes(bytes(path.stat().st_size))


def _scribbled_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) >= 4 * page
    data[2 * page : 3 * page] = bytes(range(256)) * (page // 256)
    path.write_bytes(bytes(data))


def _scribbled_data_page(path: Path) -> None:
    """A page of rows, past the schema: only a scan of the pages finds it."""
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) >= 12 * page
    data[10 * page : 11 * page] = bytes(range(256)) * (page // 256)
    path.write_bytes(bytes(data))


def _someone_elses_database(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()


DAMAGE = [
    _garbage,
    _truncated,
    _header_only,
    _zeros,
    _scribbled_page,
    _scribbled_data_page,
    _someone_elses_database,
]


@pytest.mark.parametrize("check", [c for c in Check if c.scans])
@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_file_is_moved_aside_with_its_companions(
    path: Path, damage: object, check: Check
) -> None:
    fill(path)
    assert callable(damage)
    damage(path)
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    wal.write_bytes(b"wal bytes of the damaged file")
    shm.write_bytes(b"shm bytes of the damaged file")
    damaged = path.read_bytes()

    store, notices = HistoryStore.open(path, now=clock, check=check)
    aside = path.with_name("history.sqlite3.corrupt-20240610T073000Z")
    assert len(notices) == 1
    assert str(aside) in notices[0]
    assert "damaged" in notices[0]
    assert aside.read_bytes() == damaged
    assert Path(f"{aside}-wal").read_bytes() == b"wal bytes of the damaged file"
    # The -shm index is rebuilt from the log by whoever opens it; it only has to stay beside it.
    assert Path(f"{aside}-shm").exists()
    # The fresh history works and does not contain a replay of the old log.
    assert store.sessions() == []
    sid = begin(store)
    assert [r.id for r in store.sessions()] == [sid]
    store.close()
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("damage", DAMAGE)
def test_damage_that_an_open_without_a_scan_misses_the_later_check_finds(
    path: Path, damage: object
) -> None:
    """After a clean exit the window opens with no scan and checks afterwards: every kind
    of damage is found, by one or the other, and the damaged file is kept as it was."""
    fill(path)
    assert callable(damage)
    damage(path)
    damaged = path.read_bytes()
    aside = path.with_name("history.sqlite3.corrupt-20240610T073000Z")
    store, notices = HistoryStore.open(path, now=clock, check=Check.SCHEMA)
    if not notices:  # not seen from the schema: the check that follows must see it
        with pytest.raises(HistoryDamagedError, match="is damaged") as found:
            HistoryStore.open(path, now=clock, check=Check.QUICK, move_damaged=False)
        assert path.read_bytes() == damaged  # left as it was, for the window to move
        assert not aside.exists()
        mark = store.change_mark()
        notices = store.replace_damaged(str(found.value.__cause__))
        assert store.change_mark() != mark  # readers that skip an unchanged file read again
    assert len(notices) == 1
    assert "damaged" in notices[0]
    assert str(aside) in notices[0]
    assert aside.read_bytes() == damaged
    assert store.sessions() == []
    sid = begin(store)
    assert [r.id for r in store.sessions()] == [sid]
    store.close()
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_damage_only_a_scan_finds_is_there_to_be_found_later(path: Path) -> None:
    fill(path)
    _scribbled_data_page(path)
    store, notices = HistoryStore.open(path, now=clock, check=Check.SCHEMA)
    assert notices == []  # the deferred route of the test above is taken
    store.close()


def test_a_damaged_file_that_cannot_be_moved_aside_is_left_and_said(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(path)
    _scribbled_data_page(path)
    damaged = path.read_bytes()
    store, _ = HistoryStore.open(path, now=clock, check=Check.SCHEMA)

    def refuse(*_args: object) -> Path:
        raise PermissionError("read-only folder")

    monkeypatch.setattr(history_store, "move_aside", refuse)
    with pytest.raises(HistoryError, match="could not be moved aside"):
        store.replace_damaged("quick check failed: page 3")
    assert path.read_bytes() == damaged
    with pytest.raises(HistoryError, match="closed"):
        store.sessions()


def test_a_second_damage_in_the_same_second_gets_its_own_name(path: Path) -> None:
    for _ in range(2):
        path.parent.mkdir(parents=True, exist_ok=True)
        _garbage(path)
        store, notices = HistoryStore.open(path, now=clock)
        assert len(notices) == 1
        store.close()
        path.unlink()
        for companion in path.parent.glob("history.sqlite3-*"):
            companion.unlink()
    names = sorted(p.name for p in path.parent.glob("*.corrupt-*"))
    assert names == [
        "history.sqlite3.corrupt-20240610T073000Z",
        "history.sqlite3.corrupt-20240610T073000Z-1",
    ]


def test_an_empty_file_is_simply_a_new_history(path: Path) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    store, notices = HistoryStore.open(path, now=clock)
    assert notices == []
    assert store.schema_version() == SCHEMA_VERSION
    store.close()


def test_committed_sessions_survive_a_process_that_never_closed(path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import os
        from datetime import UTC, date, datetime
        from pathlib import Path
        from stretchtimer.model.history import HistoryStore
        store, _ = HistoryStore.open(Path({str(path)!r}))
        for n in range(5):
            store.begin_session("r", "R", datetime.now(UTC), "UTC", date(2024, 1, 1 + n), 60)
        os._exit(0)  # no close, no checkpoint of the log into the file
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    assert Path(f"{path}-wal").exists()
    with HistoryStore.open(path, now=clock)[0] as s:
        assert len(s.sessions()) == 5


# ----- session writes --------------------------------------------------------------------------
def test_checkpoint_then_finish(store: HistoryStore) -> None:
    sid = begin(store)
    record = store.session(sid)
    assert record is not None
    assert (record.status, record.credited_seconds, record.local_date) == (
        RecordStatus.IN_PROGRESS, 0.0, date(2024, 6, 10),
    )  # fmt: skip
    store.checkpoint(sid, summary(30.0))
    store.checkpoint(sid, summary(90.0))
    record = store.session(sid)
    assert record is not None
    assert (record.status, record.credited_seconds, record.active_seconds) == (
        RecordStatus.IN_PROGRESS, 90.0, 135.0,
    )  # fmt: skip
    assert [i.credited_seconds for i in store.items(sid)] == [30.0, 30.0, 30.0]

    store.finish(sid, summary(240.0, SessionStatus.COMPLETED, outcomes=4))
    record = store.session(sid)
    assert record is not None
    assert (record.status, record.credited_seconds) == (RecordStatus.COMPLETED, 240.0)
    assert [(i.item, i.credited_seconds) for i in store.items(sid)] == [
        (0, 60.0), (1, 60.0), (2, 60.0), (3, 60.0),
    ]  # fmt: skip


def test_finish_and_checkpoint_are_safe_to_repeat(store: HistoryStore) -> None:
    sid = begin(store)
    final = summary(120.0, SessionStatus.STOPPED)
    store.finish(sid, final)
    store.finish(sid, final)
    store.checkpoint(sid, summary(30.0))  # a late retry must not reopen the session
    record = store.session(sid)
    assert record is not None
    assert (record.status, record.credited_seconds) == (RecordStatus.STOPPED, 120.0)
    assert len(store.items(sid)) == 3


def test_finish_needs_a_finished_summary_and_a_known_session(store: HistoryStore) -> None:
    sid = begin(store)
    with pytest.raises(ValueError, match="status is None"):
        store.finish(sid, summary(10.0))
    with pytest.raises(HistoryError, match="no session 4242"):
        store.checkpoint(4242, summary(10.0))
    with pytest.raises(ValueError, match="seconds"):
        store.checkpoint(sid, summary(float("nan")))


def test_close_interrupted_keeps_the_last_checkpoint(path: Path) -> None:
    store, _ = HistoryStore.open(path, now=clock)
    crashed = begin(store)
    store.checkpoint(crashed, summary(75.0))
    done = begin(store)
    store.finish(done, summary(300.0, SessionStatus.COMPLETED))
    # The process dies here: no finish for the first session.
    store.connection.raw().close()

    store, _ = HistoryStore.open(path, now=clock)
    assert store.close_interrupted() == 1
    assert store.close_interrupted() == 0
    record = store.session(crashed)
    assert record is not None
    assert (record.status, record.credited_seconds) == (RecordStatus.INTERRUPTED, 75.0)
    assert sum(i.credited_seconds for i in store.items(crashed)) == pytest.approx(75.0)
    other = store.session(done)
    assert other is not None
    assert other.status is RecordStatus.COMPLETED
    store.close()


def test_a_session_marked_interrupted_by_another_window_can_still_finish(
    store: HistoryStore,
) -> None:
    sid = begin(store)
    store.close_interrupted()
    store.checkpoint(sid, summary(50.0))
    record = store.session(sid)
    assert record is not None
    assert record.status is RecordStatus.IN_PROGRESS
    store.close_interrupted()
    store.finish(sid, summary(60.0, SessionStatus.COMPLETED))
    record = store.session(sid)
    assert record is not None
    assert record.status is RecordStatus.COMPLETED


def test_checkins_set_each_side_alone_and_clear(store: HistoryStore) -> None:
    sid = begin(store)
    store.set_checkin(sid, before=7)
    store.set_checkin(sid, after=4)
    record = store.session(sid)
    assert record is not None
    assert (record.stiffness_before, record.stiffness_after) == (7, 4)
    store.set_checkin(sid, before=None)
    store.set_checkin(sid, after=0)
    record = store.session(sid)
    assert record is not None
    assert (record.stiffness_before, record.stiffness_after) == (None, 0)


def test_delete_and_undo_restore_everything(store: HistoryStore) -> None:
    sid = begin(store)
    store.finish(sid, summary(240.0, SessionStatus.COMPLETED))
    store.set_checkin(sid, before=6, after=3)
    kept = begin(store, date(2024, 6, 11))
    store.finish(kept, summary(60.0, SessionStatus.STOPPED))
    original, original_items = store.session(sid), store.items(sid)

    snapshot = store.delete_session(sid)
    assert store.session(sid) is None
    assert store.items(sid) == []
    assert [r.id for r in store.sessions()] == [kept]
    assert snapshot.record == original
    assert store.digest().counted_sessions == 1
    assert set(store.all_items()) == {kept}

    newer = begin(store, date(2024, 6, 12))
    assert newer not in (sid, kept)  # ids are never reused, so the undo cannot collide

    store.restore_session(snapshot)
    restored = store.session(sid)
    assert restored is not None and original is not None
    # The undo is a change of its own, later than the deletion even on a clock that stood
    # still, so it wins over the deletion on the user's other machines too.
    assert restored.updated_utc > original.updated_utc
    assert dataclasses.replace(restored, updated_utc=original.updated_utc) == original
    assert store.items(sid) == original_items
    with pytest.raises(HistoryError, match="already in the history"):
        store.restore_session(snapshot)


class TickingClock:
    """A clock that moves on a second each time it is read, so every stamp differs."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def _row(path: Path, sql: str, *args: object) -> tuple[Any, ...]:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(sql, args).fetchone()
    finally:
        conn.close()
    assert row is not None
    return tuple(row)


def test_a_delete_is_a_tombstone_and_undo_clears_it(path: Path) -> None:
    ticking = TickingClock()
    store, _ = HistoryStore.open(path, now=ticking)
    sid = begin(store)
    store.finish(sid, summary(240.0, SessionStatus.COMPLETED))
    store.set_checkin(sid, before=6, after=3)
    before = store.session(sid)
    assert before is not None
    session_sql = "SELECT uuid, device_id, updated_utc, deleted_utc FROM sessions WHERE id = ?"
    checkin_sql = "SELECT uuid, updated_utc, deleted_utc FROM checkins WHERE session_id = ?"
    uuid, device, updated, deleted = _row(path, session_sql, sid)
    assert (uuid, device, deleted) == (before.uuid, store.device_id, None)
    checkin_uuid, _, _ = _row(path, checkin_sql, sid)

    snapshot = store.delete_session(sid)
    # The row stays, stamped: the deletion itself is a change that can travel.
    uuid_after, _, updated_after, deleted = _row(path, session_sql, sid)
    assert uuid_after == uuid
    assert deleted is not None
    assert updated_after == deleted > updated
    assert _row(path, checkin_sql, sid)[2] == deleted
    assert _row(path, "SELECT count(*) FROM session_items WHERE session_id = ?", sid) == (3,)
    assert store.session(sid) is None
    assert store.sessions() == []
    assert store.items(sid) == []
    assert store.digest().checkins == ()
    with pytest.raises(HistoryError, match="no session"):
        store.set_checkin(sid, before=1)
    with pytest.raises(HistoryError, match="no session"):
        store.finish(sid, summary(10.0, SessionStatus.STOPPED))
    with pytest.raises(HistoryError, match="no session"):
        store.delete_session(sid)

    store.restore_session(snapshot)
    rows = _row(path, "SELECT count(*), max(id) FROM sessions")
    assert rows == (1, sid)  # cleared in place: nothing was inserted again
    uuid_back, _, updated_back, deleted = _row(path, session_sql, sid)
    assert (uuid_back, deleted) == (uuid, None)
    assert updated_back > updated_after  # the undo is a newer change than the delete
    assert _row(path, checkin_sql, sid)[::2] == (checkin_uuid, None)
    back = store.session(sid)
    assert back is not None
    assert back == dataclasses.replace(before, updated_utc=back.updated_utc)
    assert len(store.items(sid)) == 3
    store.close()


def test_undo_brings_back_only_the_check_in_its_delete_hid(path: Path) -> None:
    store, _ = HistoryStore.open(path, now=TickingClock())
    sid = begin(store)
    store.finish(sid, summary(240.0, SessionStatus.COMPLETED))
    store.set_checkin(sid, before=6)
    conn = sqlite3.connect(path)
    # A check-in deleted earlier (as another machine may do) stays deleted after the undo.
    conn.execute("UPDATE checkins SET deleted_utc = '2024-06-10T07:00:00.000Z'")
    conn.commit()
    conn.close()
    store.restore_session(store.delete_session(sid))
    record = store.session(sid)
    assert record is not None
    assert record.stiffness_before is None
    store.close()


def test_a_running_session_cannot_be_deleted(store: HistoryStore) -> None:
    sid = begin(store)
    with pytest.raises(HistoryError, match="in progress"):
        store.delete_session(sid)
    assert store.session(sid) is not None


def test_queries(store: HistoryStore) -> None:
    ids = []
    for n, seconds in enumerate([100.0, 200.0, 50.0, 400.0]):
        sid = store.begin_session(
            "r", "R", STARTED + timedelta(hours=n * 12), "UTC", date(2024, 6, 1 + n // 2), 60
        )
        status = SessionStatus.COMPLETED if n % 2 else SessionStatus.STOPPED
        store.finish(sid, summary(seconds, status))
        ids.append(sid)
    assert [r.id for r in store.sessions()] == ids[::-1]
    assert [r.id for r in store.sessions(newest_first=False)] == ids
    assert [r.id for r in store.sessions(limit=2)] == ids[:1:-1]
    assert [r.id for r in store.sessions(since=date(2024, 6, 2))] == ids[:1:-1]
    assert [r.id for r in store.sessions(until=date(2024, 6, 1))] == ids[1::-1]
    totals = store.day_totals()
    assert sorted(totals) == [date(2024, 6, 1), date(2024, 6, 2)]
    first = totals[date(2024, 6, 1)]
    assert (first.sessions, first.credited_seconds, first.completed) == (2, 300.0, 1)
    assert list(store.day_totals(since=date(2024, 6, 2))) == [date(2024, 6, 2)]
    assert set(store.all_items()) == set(ids)


def test_a_closed_store_says_so(path: Path) -> None:
    store, _ = HistoryStore.open(path, now=clock)
    store.close()
    store.close()
    with pytest.raises(HistoryError, match="closed"):
        store.sessions()


def test_system_tz_name_is_understood_by_local_day() -> None:
    name = system_tz_name()
    assert local_day(NOW, name) in (date(2024, 6, 9), date(2024, 6, 10), date(2024, 6, 11))


# ----- full disk and read-only -----------------------------------------------------------------
def _fill_disk(store: HistoryStore) -> None:
    conn = store.connection.raw()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    # SQLite reports SQLITE_FULL once the file may not grow: the same path as a full disk.
    conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_raises_a_write_error_and_a_retry_just_works(store: HistoryStore) -> None:
    sid = begin(store)
    store.checkpoint(sid, summary(10.0, outcomes=1))
    _fill_disk(store)
    big = summary(100.0, outcomes=400)
    with pytest.raises(HistoryWriteError, match="disk is full"):
        store.checkpoint(sid, big)
    record = store.session(sid)
    assert record is not None
    assert record.credited_seconds == 10.0  # the failed write left nothing half-done
    store.connection.raw().execute("PRAGMA max_page_count = 1073741823")
    store.checkpoint(sid, big)
    assert len(store.items(sid)) == 400


def test_pending_writes_carry_a_session_through_a_full_disk(store: HistoryStore) -> None:
    _fill_disk(store)
    desk = ("desk", "Desk", STARTED, "UTC", date(2024, 6, 10), 300.0)
    for _ in range(5000):  # use up the room left in the last pages
        try:
            store.begin_session(*desk)
        except HistoryWriteError:
            break
    else:
        pytest.fail("the history never filled up")
    pending = PendingWrites(store)
    assert not pending.begin(*desk)
    assert pending.session_id is None
    assert pending.error is not None
    assert "disk is full" in pending.error
    assert not pending.checkpoint(summary(40.0))
    assert not pending.finish(summary(250.0, SessionStatus.COMPLETED))
    assert not pending.checkpoint(summary(10.0))  # a stray checkpoint after finish is ignored
    assert not pending.saved

    store.connection.raw().execute("PRAGMA max_page_count = 1073741823")
    assert pending.retry()
    assert pending.saved
    assert pending.error is None
    assert pending.session_id is not None
    record = store.session(pending.session_id)
    assert record is not None
    assert (record.routine_id, record.status, record.credited_seconds) == (
        "desk", RecordStatus.COMPLETED, 250.0,
    )  # fmt: skip
    assert record.started_utc == STARTED


def test_pending_writes_save_straight_away_when_they_can(store: HistoryStore) -> None:
    pending = PendingWrites(store)
    assert pending.begin("desk", "Desk", STARTED, "UTC", date(2024, 6, 10), 300)
    assert pending.checkpoint(summary(40.0))
    assert pending.session_id is not None
    record = store.session(pending.session_id)
    assert record is not None
    assert record.credited_seconds == 40.0
    assert pending.saved


def _run_unprivileged(code: str) -> dict[str, object]:
    """Run ``code`` in a child that obeys file modes (root normally overrides them)."""
    command = [sys.executable, "-c", code]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: file modes cannot be enforced")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search,-fowner", *command]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode != 0 and "setpriv" in done.stderr:
        pytest.skip(f"cannot drop root's file-mode override here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


_READ_ONLY_PROBE = """
import json
from datetime import UTC, date, datetime
from pathlib import Path
from stretchtimer.model.history import HistoryStore, HistoryWriteError
store, notices = HistoryStore.open(Path({path!r}))
result = {{"sessions": len(store.sessions()), "notices": notices}}
try:
    store.begin_session("r", "R", datetime.now(UTC), "UTC", date(2024, 6, 10), 60)
    result["error"] = None
except HistoryWriteError as exc:
    result["error"] = str(exc)
store.close()
print(json.dumps(result))
"""


def test_a_read_only_file_shows_the_past_and_refuses_writes(path: Path) -> None:
    fill(path, 4)
    path.chmod(0o400)
    try:
        result = _run_unprivileged(_READ_ONLY_PROBE.format(path=str(path)))
    finally:
        path.chmod(0o600)
    _assert_refused_but_intact(path, result)


def test_a_folder_the_user_cannot_write_shows_the_past_and_refuses_writes(path: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("needs root to hand the folder to another user")
    fill(path, 4)
    # A folder the user owns would simply be made writable again (it is chmod-ed private),
    # so the realistic case is a folder owned by someone else.
    os.chown(path.parent, 65534, 65534)
    path.parent.chmod(0o755)
    try:
        result = _run_unprivileged(_READ_ONLY_PROBE.format(path=str(path)))
    finally:
        os.chown(path.parent, 0, 0)
        path.parent.chmod(0o700)
    assert any("read-only" in n for n in result["notices"])  # type: ignore[attr-defined]
    _assert_refused_but_intact(path, result)


def _assert_refused_but_intact(path: Path, result: dict[str, object]) -> None:
    assert result["sessions"] == 4
    assert isinstance(result["error"], str)
    assert "read-only" in result["error"]
    assert str(path) in result["error"]
    with HistoryStore.open(path, now=clock)[0] as s:
        assert len(s.sessions()) == 4  # nothing was damaged or moved
    assert not list(path.parent.glob("*.corrupt-*"))


# ----- the SQL digest agrees with the Python rules ---------------------------------------------
_session_specs = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=40),  # day
        st.integers(min_value=0, max_value=23),  # hour
        st.sampled_from(["desk", "morning", "hips"]),
        st.sampled_from(list(SessionStatus)),
        st.sampled_from([0.0, 30.0, 179.0, 180.0, 600.5]),
        st.one_of(st.none(), st.integers(min_value=0, max_value=10)),
        st.one_of(st.none(), st.integers(min_value=0, max_value=10)),
    ),
    max_size=25,
)


@settings(max_examples=40, deadline=None)
@given(specs=_session_specs)
def test_the_store_digest_matches_the_python_digest(specs: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store, _ = HistoryStore.open(Path(folder) / "history.sqlite3", now=clock)
        for day, hour, routine, status, seconds, before, after in specs:
            started = datetime(2024, 1, 1, hour, tzinfo=UTC) + timedelta(days=day)
            sid = store.begin_session(
                routine, routine.title() + f" {day % 2}", started, "UTC", started.date(), 600
            )
            finished = dataclasses.replace(summary(seconds, status), routine_id=routine)
            store.finish(sid, finished)
            if before is not None or after is not None:
                store.set_checkin(sid, before=before, after=after)
        from_sql, from_python = store.digest(), streaks.digest(store.sessions())
        store.close()
    assert from_sql.days.keys() == from_python.days.keys()
    for day, activity in from_sql.days.items():
        other = from_python.days[day]
        assert (activity.sessions, activity.completed) == (other.sessions, other.completed)
        assert activity.credited_seconds == pytest.approx(other.credited_seconds)
        assert activity.counts == other.counts
    assert from_sql.counted_sessions == from_python.counted_sessions
    assert from_sql.total_seconds == pytest.approx(from_python.total_seconds)
    assert from_sql.routines == from_python.routines
    assert from_sql.checkins == from_python.checkins
