"""Schema v1 to v2, from a real v1 file made by the v1 store (``data/history-v1.sqlite3``)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from stretchtimer.model.history import (
    HistoryError,
    HistoryStore,
    RecordStatus,
    migrations,
)
from stretchtimer.model.session import ItemOutcome, SessionStatus, SessionSummary

FIXTURE = Path(__file__).parent / "data" / "history-v1.sqlite3"
NOW = datetime(2024, 6, 10, 7, 30, tzinfo=UTC)
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
SESSION_V1 = (
    "id, routine_id, routine_name, started_utc, tz_name, local_date, planned_seconds, "
    "active_seconds, credited_seconds, status, updated_utc"
)
ITEM_V1 = "session_id, item, exercise_id, exercise_name, planned_seconds, credited_seconds, outcome"
CHECKIN_V1 = "session_id, stiffness_before, stiffness_after, updated_utc"


def clock() -> datetime:
    return NOW


def rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return [tuple(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def v1_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    return {
        "sessions": rows(path, f"SELECT {SESSION_V1} FROM sessions ORDER BY id"),
        "items": rows(path, f"SELECT {ITEM_V1} FROM session_items ORDER BY session_id, item"),
        "checkins": rows(path, f"SELECT {CHECKIN_V1} FROM checkins ORDER BY session_id"),
    }


@pytest.fixture
def path(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    target = folder / "history.sqlite3"
    shutil.copyfile(FIXTURE, target)
    return target


def test_the_fixture_is_a_v1_file_with_what_its_script_wrote() -> None:
    assert rows(FIXTURE, "SELECT version FROM schema_version") == [(1,)]
    before = v1_rows(FIXTURE)
    assert [len(before[k]) for k in ("sessions", "items", "checkins")] == [7, 20, 6]
    statuses = [r[9] for r in before["sessions"]]
    assert statuses == [
        "completed", "stopped", "interrupted", "stopped", "completed", "completed", "in_progress",
    ]  # fmt: skip
    assert {r[6] for r in before["items"]} == {o.value for o in ItemOutcome}
    assert rows(FIXTURE, "SELECT seq FROM sqlite_sequence WHERE name = 'sessions'") == [(8,)]


def test_a_real_v1_file_migrates_with_every_session_item_and_check_in_intact(path: Path) -> None:
    before = v1_rows(path)
    store, notices = HistoryStore.open(path, now=clock)
    with store:
        assert notices == []
        assert store.schema_version() == 2
        after = v1_rows(path)
        assert after == before  # every row, every value, the same
        assert not store.problems()
        device = store.device_id
        assert device is not None
        assert UUID.fullmatch(device)

        identities = rows(path, "SELECT uuid, device_id, deleted_utc, valid FROM sessions")
        checkins = rows(path, "SELECT uuid, device_id, deleted_utc, valid FROM checkins")
        for uuid, owner, deleted, valid in identities + checkins:
            assert UUID.fullmatch(uuid)
            assert (owner, deleted, valid) == (device, None, 1)
        assert len({r[0] for r in identities + checkins}) == len(identities) + len(checkins)
        assert rows(path, "SELECT count(*) FROM session_items WHERE valid") == [(20,)]

        # What the store reads back is what v1 held.
        records = {r.id: r for r in store.sessions()}
        assert sorted(records) == [r[0] for r in before["sessions"]]
        for row in before["sessions"]:
            record = records[row[0]]
            assert (
                record.routine_id, record.routine_name, record.started_utc, record.tz_name,
                record.local_date, record.planned_seconds, record.active_seconds,
                record.credited_seconds, record.status.value, record.updated_utc,
            ) == (
                row[1], row[2], datetime.fromisoformat(row[3]), row[4],
                date.fromisoformat(row[5]), row[6], row[7], row[8], row[9],
                datetime.fromisoformat(row[10]),
            )  # fmt: skip
        ratings = {r[0]: (r[1], r[2]) for r in before["checkins"]}
        for sid, record in records.items():
            assert (record.stiffness_before, record.stiffness_after) == ratings.get(
                sid, (None, None)
            )
        items = store.all_items()
        assert sum(len(v) for v in items.values()) == 20
        assert [(sid, *i.values()) for sid in sorted(items) for i in items[sid]] == before["items"]

        first = records[1]
        assert (first.credited_seconds, first.stiffness_before, first.stiffness_after) == (
            483.75, 7, 4,
        )  # fmt: skip
        assert first.started_utc == datetime(2024, 3, 1, 6, 5, 12, 250000, tzinfo=UTC)
        assert records[5].routine_name == "=cmd|' /C calc'!A0"
        assert records[3].routine_name == "Hüften & Beinrückseite"


def test_the_migrated_file_goes_on_like_a_new_one(path: Path) -> None:
    with HistoryStore.open(path, now=clock)[0] as store:
        # The newest session was deleted in v1: its id stays unused.
        sid = store.begin_session("desk", "Desk", NOW, "UTC", NOW.date(), 60)
        assert sid == 9
        assert store.close_interrupted() == 2  # the new one and the one v1 left running
        record = store.session(7)
        assert record is not None
        assert record.status is RecordStatus.INTERRUPTED
        assert record.device_id == store.device_id
        store.finish(
            sid, SessionSummary("desk", "Desk", SessionStatus.COMPLETED, 60.0, 60.0, 60.0, ())
        )
        snapshot = store.delete_session(1)
        store.restore_session(snapshot)
        assert store.session(1) is not None
        store.set_checkin(4, before=3)
        assert rows(path, "SELECT stiffness_before, valid FROM checkins WHERE session_id = 4") == [
            (3, 1)
        ]
    assert rows(path, "PRAGMA integrity_check") == [("ok",)]
    assert rows(path, "PRAGMA foreign_key_check") == []


def test_the_old_tables_space_is_given_back(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executemany(  # enough exercises to fill pages that the rebuild then frees
        "INSERT INTO session_items VALUES (4, ?, 'x', 'A long exercise name', 1.0, 1.0, 'partial')",
        [(n,) for n in range(3000)],
    )
    conn.commit()
    conn.close()
    HistoryStore.open(path, now=clock)[0].close()
    assert rows(path, "PRAGMA freelist_count") == [(0,)]
    assert rows(path, "SELECT count(*) FROM session_items") == [(3020,)]


def test_a_migrated_file_has_the_schema_of_a_new_one(path: Path, tmp_path: Path) -> None:
    HistoryStore.open(path, now=clock)[0].close()
    fresh = tmp_path / "fresh" / "history.sqlite3"
    HistoryStore.open(fresh, now=clock)[0].close()
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    assert rows(path, schema) == rows(fresh, schema)


def test_a_copy_of_the_v1_file_is_kept_beside_it(path: Path) -> None:
    original = path.read_bytes()
    HistoryStore.open(path, now=clock)[0].close()
    copy = path.with_name("history.sqlite3.v1-20240610T073000Z.bak")
    assert v1_rows(copy) == v1_rows(FIXTURE)
    assert rows(copy, "SELECT version FROM schema_version") == [(1,)]
    assert rows(copy, "PRAGMA integrity_check") == [("ok",)]
    assert copy.stat().st_mode & 0o077 == 0
    HistoryStore.open(path, now=clock)[0].close()  # nothing more to migrate, nothing copied
    assert sorted(p.name for p in path.parent.glob("*.bak")) == [copy.name]
    assert original == FIXTURE.read_bytes()


def test_a_failing_migration_leaves_the_v1_file_as_it_was(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    to_v2 = migrations.MIGRATIONS[1]

    def fail_at_the_end(conn: sqlite3.Connection) -> None:
        to_v2(conn)
        raise sqlite3.OperationalError("the disk went away")

    before = v1_rows(path)
    patched = (migrations.MIGRATIONS[0], fail_at_the_end)
    monkeypatch.setattr(migrations, "MIGRATIONS", patched)
    with pytest.raises(HistoryError, match="the disk went away"):
        HistoryStore.open(path, now=clock)
    assert rows(path, "SELECT version FROM schema_version") == [(1,)]
    assert v1_rows(path) == before
    tables = {r[0] for r in rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert tables == {"schema_version", "sessions", "session_items", "checkins", "sqlite_sequence"}
    monkeypatch.undo()
    with HistoryStore.open(path, now=clock)[0] as store:  # and it migrates when it can
        assert len(store.sessions()) == 7


def _hand_edit(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("PRAGMA foreign_keys = OFF")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_v1_rows_that_break_the_new_rules_are_carried_over_and_left_out(path: Path) -> None:
    _hand_edit(
        path,
        "UPDATE sessions SET status = 'done' WHERE id = 2",
        # The v1 check let a month 19 through; v2 does not.
        "UPDATE sessions SET started_utc = '2024-19-01T08:00:00.000Z' WHERE id = 3",
        "UPDATE session_items SET outcome = 'meh' WHERE session_id = 1 AND item = 0",
    )
    with HistoryStore.open(path, now=clock)[0] as store:
        assert [r.id for r in store.sessions(newest_first=False)] == [1, 4, 5, 6, 7]
        assert [i.item for i in store.items(1)] == [1, 2, 3, 4, 5]
        problems = store.problems()
        found = {(p.table, p.session_id, p.field) for p in problems.shown}
        assert found == {
            ("sessions", 2, "status"),
            ("sessions", 3, "started_utc"),
            ("session_items", 1, "outcome"),
        }
    # Nothing was dropped: the rows are all there, marked.
    assert rows(path, "SELECT count(*), sum(valid) FROM sessions") == [(7, 5)]
    assert rows(path, "SELECT status FROM sessions WHERE id = 2") == [("done",)]


def test_rows_of_no_session_are_not_carried_over(path: Path) -> None:
    _hand_edit(
        path,
        "INSERT INTO session_items VALUES (99, 0, 'x', 'X', 1.0, 1.0, 'completed')",
        "INSERT INTO checkins VALUES (99, 5, 5, '2024-03-01T06:00:00.000Z')",
    )
    with HistoryStore.open(path, now=clock)[0] as store:
        assert len(store.sessions()) == 7
    assert rows(path, "SELECT count(*) FROM session_items WHERE session_id = 99") == [(0,)]
    assert rows(path, "PRAGMA foreign_key_check") == []
    copy = next(path.parent.glob("*.bak"))
    assert rows(copy, "SELECT count(*) FROM session_items WHERE session_id = 99") == [(1,)]


def test_the_device_id_is_made_once_per_data_folder(path: Path, tmp_path: Path) -> None:
    with HistoryStore.open(path, now=clock)[0] as store:
        device = store.device_id
    with HistoryStore.open(path, now=clock)[0] as store:
        assert store.device_id == device
        sid = store.begin_session("desk", "Desk", NOW, "UTC", NOW.date(), 60)
        assert rows(path, f"SELECT device_id FROM sessions WHERE id = {sid}") == [(device,)]
    other = tmp_path / "other" / "history.sqlite3"
    with HistoryStore.open(other, now=clock)[0] as store:
        assert store.device_id not in (None, device)


def test_a_lost_device_id_is_made_again_on_the_next_write(path: Path) -> None:
    HistoryStore.open(path, now=clock)[0].close()
    _hand_edit(path, "DELETE FROM meta")
    with HistoryStore.open(path, now=clock)[0] as store:
        assert store.device_id is None
        sid = store.begin_session("desk", "Desk", NOW, "UTC", NOW.date(), 60)
        device = store.device_id
        assert device is not None
        assert UUID.fullmatch(device)
        record = store.session(sid)
        assert record is not None
        assert record.device_id == device


def test_a_copy_that_cannot_be_made_does_not_stop_the_upgrade(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stretchtimer.model.history import store as store_module

    def no_room(*args: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module, "backup", no_room)
    store, notices = HistoryStore.open(path, now=clock)
    with store:
        assert store.schema_version() == 2
        assert len(store.sessions()) == 7
    [notice] = notices
    assert "No space left on device" in notice
    assert str(path) in notice
