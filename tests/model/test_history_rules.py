"""Rows that break a rule (written by hand, past the CHECKs): left out of every read, reported."""

from __future__ import annotations

import dataclasses
import math
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from stretchtimer.model import streaks
from stretchtimer.model.days import started_local
from stretchtimer.model.history import HistoryStore, RowProblem, reads
from stretchtimer.model.session import ItemOutcome, ItemSummary, SessionStatus, SessionSummary

NOW = datetime(2024, 6, 10, 7, 30, tzinfo=UTC)


def clock() -> datetime:
    return NOW


def _summary(day: int, credited: float) -> SessionSummary:
    items = tuple(
        ItemSummary(i, f"ex-{i}", f"Exercise {i}", 60.0, credited / 2, ItemOutcome.COMPLETED)
        for i in range(2)
    )
    return SessionSummary(
        "desk", f"Desk {day}", SessionStatus.COMPLETED, 600.0, credited, credited, items
    )


def _fill(path: Path) -> list[int]:
    """Three finished sessions on three days, each with two exercises and a check-in."""
    ids = []
    with HistoryStore.open(path, now=clock)[0] as store:
        for day in range(3):
            started = datetime(2024, 6, 1 + day, 8, tzinfo=UTC)
            sid = store.begin_session(
                "desk", f"Desk {day}", started, "Europe/Berlin", started.date(), 600
            )
            store.finish(sid, _summary(day, 200.0 + day))
            store.set_checkin(sid, before=6, after=4 - day)
            ids.append(sid)
    return ids


def hand_edit(path: Path, sql: str, *args: object) -> None:
    """What a person does with the sqlite3 shell, CHECK constraints turned off."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(sql, args)
    conn.commit()
    conn.close()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "history.sqlite3"


@pytest.fixture
def ids(path: Path) -> list[int]:
    return _fill(path)


@pytest.fixture
def store(path: Path, ids: list[int]) -> Iterator[HistoryStore]:
    opened, notices = HistoryStore.open(path, now=clock)
    assert notices == []
    yield opened
    opened.close()


BAD_SESSIONS = [
    ("status", "done"),
    ("planned_seconds", -5.0),
    ("active_seconds", "a while"),
    ("credited_seconds", 1e9),
    ("local_date", "2024-02-30"),
    ("local_date", "yesterday"),
    ("started_utc", "2024-13-01T08:00:00.000Z"),
    ("started_utc", "9999-12-31T23:59:59.999Z"),
    ("tz_name", "../../../etc/passwd"),
    ("tz_name", ""),
    ("routine_id", ""),
    ("uuid", "not a uuid"),
    ("updated_utc", None),
    ("deleted_utc", "soon"),
]


@pytest.mark.parametrize(("field", "value"), BAD_SESSIONS)
def test_a_bad_session_row_is_left_out_of_every_read_and_reported(
    path: Path, ids: list[int], field: str, value: object
) -> None:
    if value is None:
        # NOT NULL cannot be turned off; only a rewritten schema lets a NULL in.
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA writable_schema = ON")
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'sessions'").fetchone()[0]
        loose = sql.replace("updated_utc TEXT NOT NULL", "updated_utc TEXT")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'sessions'", (loose,))
        conn.commit()
        conn.close()
    bad, *good = ids
    hand_edit(path, f"UPDATE sessions SET {field} = ? WHERE id = ?", value, bad)
    store, notices = HistoryStore.open(path, now=clock)
    with store:
        assert notices == []  # one bad row is not a damaged file: nothing was moved aside
        assert not list(path.parent.glob("*.corrupt-*"))
        assert store.session(bad) is None
        assert [r.id for r in store.sessions(newest_first=False)] == good
        assert [r.id for r in store.sessions(since=date(2024, 6, 1))] == good[::-1]
        assert store.items(bad) == []
        assert sorted(store.all_items()) == good
        assert sorted(store.day_totals()) == [date(2024, 6, 2), date(2024, 6, 3)]
        digest = store.digest()
        assert digest == streaks.digest(store.sessions())
        assert [c.session_id for c in digest.checkins] == good
        assert digest.counted_sessions == 2
        problems = store.problems()
        assert len(problems) == 1
        [problem] = problems.shown
        assert (problem.table, problem.session_id, problem.field) == ("sessions", bad, field)
        assert problem.value == value
        message = str(problem)
        assert str(path) in message
        assert f"session {bad}" in message
        assert field in message
        assert problems.messages() == [message]


BAD_ITEMS = [
    ("outcome", "meh"),
    ("credited_seconds", -1.0),
    ("exercise_name", b"\x00\xff"),
    ("item", -3),
]


@pytest.mark.parametrize(("field", "value"), BAD_ITEMS)
def test_a_bad_exercise_row_leaves_out_that_exercise_only(
    path: Path, ids: list[int], field: str, value: object
) -> None:
    sid = ids[1]
    hand_edit(
        path, f"UPDATE session_items SET {field} = ? WHERE session_id = ? AND item = 1", value, sid
    )
    with HistoryStore.open(path, now=clock)[0] as store:
        assert [i.item for i in store.items(sid)] == [0]
        assert [i.item for i in store.all_items()[sid]] == [0]
        assert store.session(sid) is not None
        assert len(store.sessions()) == 3
        [problem] = store.problems().shown
        assert (problem.table, problem.session_id, problem.field) == (
            "session_items", sid, field,
        )  # fmt: skip
        assert problem.item == (value if field == "item" else 1)
        assert f"exercise {problem.item!r} of session {sid}" in str(problem)


@pytest.mark.parametrize(("field", "value"), [("stiffness_before", 11), ("uuid", "x")])
def test_a_bad_check_in_leaves_out_the_ratings_and_keeps_the_session(
    path: Path, ids: list[int], field: str, value: object
) -> None:
    sid = ids[2]
    hand_edit(path, f"UPDATE checkins SET {field} = ? WHERE session_id = ?", value, sid)
    with HistoryStore.open(path, now=clock)[0] as store:
        record = store.session(sid)
        assert record is not None
        assert (record.stiffness_before, record.stiffness_after) == (None, None)
        assert [c.session_id for c in store.digest().checkins] == ids[:2]
        assert store.digest() == streaks.digest(store.sessions())
        [problem] = store.problems().shown
        assert (problem.table, problem.session_id, problem.field) == ("checkins", sid, field)
        assert "check-in of session" in str(problem)


def test_a_tombstone_that_breaks_a_rule_is_reported_and_still_left_out(
    store: HistoryStore, path: Path, ids: list[int]
) -> None:
    store.delete_session(ids[0])
    hand_edit(path, "UPDATE sessions SET status = 'gone' WHERE id = ?", ids[0])
    assert store.session(ids[0]) is None
    assert [p.field for p in store.problems().shown] == ["status"]


def test_many_bad_rows_are_counted_not_all_described(path: Path) -> None:
    with HistoryStore.open(path, now=clock)[0] as store:
        for n in range(30):
            start = NOW - timedelta(days=n)
            store.begin_session("desk", "Desk", start, "UTC", start.date(), 60)
    hand_edit(path, "UPDATE sessions SET status = 'lost'")
    with HistoryStore.open(path, now=clock)[0] as store:
        problems = store.problems()
        assert len(problems.shown) == 20
        assert problems.more == 10
        lines = problems.messages()
        assert len(lines) == 21
        assert lines[-1].startswith("10 more rows of the history at ")
        assert store.problems(limit=3).more == 27
        assert store.sessions() == []


def test_a_long_bad_value_is_shortened_in_the_message(store: HistoryStore, path: Path) -> None:
    hand_edit(path, "UPDATE sessions SET status = ? WHERE id = 1", "x" * 100_000)
    [problem] = store.problems().shown
    assert len(str(problem)) < 400
    assert "…" in str(problem)


def test_a_well_formed_zone_this_machine_does_not_know_is_kept(
    store: HistoryStore, path: Path
) -> None:
    # Newer time-zone data on another machine may name a zone this one lacks.
    hand_edit(path, "UPDATE sessions SET tz_name = 'Mars/Olympus_Mons' WHERE id = 1")
    record = store.session(1)
    assert record is not None
    assert record.tz_name == "Mars/Olympus_Mons"
    assert not store.problems()


class _OlderStatus(StrEnum):
    """The statuses an older StretchTimer knew, without "stopped"."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"


def test_a_row_that_keeps_the_rules_but_will_not_convert_is_left_out_not_raised(
    store: HistoryStore, ids: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    store.finish(ids[0], dataclasses.replace(_summary(0, 10.0), status=SessionStatus.STOPPED))
    monkeypatch.setattr(reads, "RecordStatus", _OlderStatus)
    assert [r.id for r in store.sessions(newest_first=False)] == ids[1:]
    assert store.session(ids[0]) is None
    [problem] = store.problems().shown
    assert isinstance(problem, RowProblem)
    assert (problem.table, problem.session_id) == ("sessions", ids[0])
    assert "cannot be read" in str(problem)
    monkeypatch.undo()  # this StretchTimer knows the status again
    assert [r.id for r in store.sessions(newest_first=False)] == ids
    assert not store.problems()


# ----- anything at all written by hand ---------------------------------------------------------
# The rules again, written plainly in Python, over what SQLite stored (its column types
# turn some values into others before any rule sees them).
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")
_ZONE = re.compile(r"[A-Za-z0-9_+:-]+(/[A-Za-z0-9_+:-]+)*")
_STATUSES = {"in_progress", "completed", "stopped", "interrupted"}


def _text_length(value: str) -> int:
    return len(value.split("\0", maxsplit=1)[0])  # SQLite counts text up to its first NUL


def _stamp_ok(value: object) -> bool:
    if not (isinstance(value, str) and _STAMP.fullmatch(value)):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return "1970" <= value < "3000"


def _date_ok(value: object) -> bool:
    if not (isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value)):
        return False
    try:
        return date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _seconds_ok(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value) and 0 <= value <= 1e7


_ORACLE: dict[str, Callable[[Any], bool]] = {
    "uuid": lambda v: isinstance(v, str) and bool(_UUID.fullmatch(v)),
    "device_id": lambda v: isinstance(v, str) and bool(_UUID.fullmatch(v)),
    "routine_id": lambda v: isinstance(v, str) and 1 <= _text_length(v) <= 200,
    "routine_name": lambda v: isinstance(v, str) and _text_length(v) <= 500,
    "started_utc": _stamp_ok,
    "tz_name": lambda v: isinstance(v, str) and len(v) <= 100 and bool(_ZONE.fullmatch(v)),
    "local_date": _date_ok,
    "planned_seconds": _seconds_ok,
    "active_seconds": _seconds_ok,
    "credited_seconds": _seconds_ok,
    "status": lambda v: v in _STATUSES,
    "updated_utc": _stamp_ok,
    "deleted_utc": lambda v: v is None or _stamp_ok(v),
}
_values = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True),
    st.text(max_size=40),
    st.binary(max_size=20),
    st.sampled_from(
        ["2024-06-10T06:00:00.000Z", "2024-06-10", "completed", "UTC", "Europe/Berlin",
         "0000-01-01T00:00:00.000Z", "2024-06-10T06:00:00.000+01:00", "1e7", "10000000.5",
         "2024-02-29T23:59:59.999Z", "2023-02-29", "UTC\0junk", "Europe/Berlin\0/../x",
         "stopped", "2024-06-10T06:00:60.000Z", "Etc/GMT-14", "a//b", "/UTC"]
    ),
)  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(changes=st.dictionaries(st.sampled_from(list(_ORACLE)), _values, min_size=1, max_size=4))
@example(changes={"tz_name": "UTC\0junk"})  # text functions stop at a NUL; the rule must not
@example(changes={"routine_id": "\0"})
@example(changes={"local_date": "2023-02-29"})
@example(changes={"started_utc": "2024-06-10T06:00:60.000Z"})
@example(changes={"planned_seconds": "1e7"})  # stored as a number by the column's type
@example(changes={"deleted_utc": "2024-06-10T06:00:00.000Z"})  # a good tombstone: just hidden
@example(changes={"routine_id": 0, "credited_seconds": 1.92})  # totals whatever the row order
def test_whatever_is_written_by_hand_every_read_works_and_agrees(changes: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        ids = _fill(path)
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA ignore_check_constraints = ON")
        sets = ", ".join(f"{c} = ?" for c in changes)
        try:
            conn.execute(f"UPDATE sessions SET {sets} WHERE id = ?", (*changes.values(), ids[0]))
        except sqlite3.IntegrityError:
            return  # NOT NULL and UNIQUE still hold without the CHECKs
        finally:
            conn.commit()
        stored = dict(
            zip(
                _ORACLE,
                conn.execute(
                    f"SELECT {', '.join(_ORACLE)} FROM sessions WHERE id = ?", (ids[0],)
                ).fetchone(),
                strict=True,
            )
        )
        conn.close()
        broken = [c for c, ok in _ORACLE.items() if not ok(stored[c])]
        with HistoryStore.open(path, now=clock)[0] as store:
            listed = store.sessions()
            problems = store.problems()
            assert store.reads._unreadable == {}  # the rules let through nothing unreadable
            assert [p.field for p in problems.shown] == broken[:1]
            shown = ids[0] in {r.id for r in listed}
            assert shown == (not broken and stored["deleted_utc"] is None)
            for record in listed:
                assert store.session(record.id) == record
                assert record.started_utc.utcoffset() == timedelta(0)
                started_local(record)  # the page and the CLI show this; it must not raise
            assert store.digest() == streaks.digest(listed)
            assert set(store.all_items()) == {r.id for r in listed}
            for problem in problems.shown:
                assert str(path) in str(problem)
