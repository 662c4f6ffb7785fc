"""Session history in SQLite: the record of every session, kept safe across crashes.

The history is personal health data, so the store is careful in the ways that matter:
WAL with ``synchronous=FULL`` and one ``BEGIN IMMEDIATE`` transaction per write (a kill or a
power cut loses at most the write in flight, never earlier ones), ``CHECK`` constraints on
every column, forward migrations recorded in ``schema_version``, and a file written by a
newer StretchTimer is refused rather than touched. A damaged file is never overwritten: it
is moved aside together with its ``-wal``/``-shm`` companions and a fresh history starts.

Writes that fail because the disk is full or read-only raise :class:`HistoryWriteError`.
``checkpoint`` and ``finish`` always carry the whole state so far, so retrying the newest
one is enough; :class:`PendingWrites` does that bookkeeping for a running session.
"""

from __future__ import annotations

import math
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from types import EllipsisType, TracebackType
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from stretchtimer.model.session import ItemOutcome, SessionStatus, SessionSummary
from stretchtimer.model.streaks import (
    CheckinPoint,
    DayActivity,
    HistoryDigest,
    RoutineCount,
    rank_routines,
)
from stretchtimer.paths import ensure_private_dir

BUSY_TIMEOUT_SECONDS = 2.0
MAX_SECONDS = 1e7  # far beyond any real session; keeps infinities and garbage out
MAX_RATING = 10
_INTEGRITY_MESSAGES = 5


class HistoryError(Exception):
    """The history cannot be opened or used; the message is meant for the user."""


class HistoryWriteError(HistoryError):
    """A write failed (disk full, read-only file or folder); the session itself is fine."""


class RecordStatus(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    STOPPED = "stopped"
    INTERRUPTED = "interrupted"


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """One stored session. ``credited_seconds`` is time spent in holds."""

    id: int
    routine_id: str
    routine_name: str
    started_utc: datetime
    tz_name: str
    local_date: date
    planned_seconds: float
    active_seconds: float
    credited_seconds: float
    status: RecordStatus
    updated_utc: datetime
    stiffness_before: int | None = None
    stiffness_after: int | None = None


@dataclass(frozen=True, slots=True)
class ItemRecord:
    """One exercise of a stored session."""

    item: int
    exercise_id: str
    exercise_name: str
    planned_seconds: float
    credited_seconds: float
    outcome: ItemOutcome


@dataclass(frozen=True)
class SessionSnapshot:
    """Everything stored about one session, to put it back exactly (undo of a delete)."""

    record: SessionRecord
    items: tuple[ItemRecord, ...]


# ----- schema and migrations ----------------------------------------------------------------
_SECONDS = "BETWEEN 0 AND 1e7"
_RATING = "{c} IS NULL OR (typeof({c}) = 'integer' AND {c} BETWEEN 0 AND 10)"
_STATUSES = ", ".join(f"'{s.value}'" for s in RecordStatus)
_OUTCOMES = ", ".join(f"'{o.value}'" for o in ItemOutcome)
_UTC_TEXT = "GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]*Z'"

_V1 = (
    """CREATE TABLE schema_version (
        version INTEGER PRIMARY KEY CHECK (typeof(version) = 'integer' AND version >= 1),
        applied_utc TEXT NOT NULL)""",
    f"""CREATE TABLE sessions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        routine_id TEXT NOT NULL CHECK (length(routine_id) BETWEEN 1 AND 200),
        routine_name TEXT NOT NULL CHECK (length(routine_name) <= 500),
        started_utc TEXT NOT NULL CHECK (started_utc {_UTC_TEXT}),
        tz_name TEXT NOT NULL CHECK (length(tz_name) BETWEEN 1 AND 100),
        local_date TEXT NOT NULL CHECK (date(local_date, '+0 days') IS local_date),
        planned_seconds REAL NOT NULL CHECK (planned_seconds {_SECONDS}),
        active_seconds REAL NOT NULL DEFAULT 0 CHECK (active_seconds {_SECONDS}),
        credited_seconds REAL NOT NULL DEFAULT 0 CHECK (credited_seconds {_SECONDS}),
        status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ({_STATUSES})),
        updated_utc TEXT NOT NULL CHECK (updated_utc {_UTC_TEXT}))""",
    f"""CREATE TABLE session_items (
        session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        item INTEGER NOT NULL CHECK (typeof(item) = 'integer' AND item >= 0),
        exercise_id TEXT NOT NULL,
        exercise_name TEXT NOT NULL,
        planned_seconds REAL NOT NULL CHECK (planned_seconds {_SECONDS}),
        credited_seconds REAL NOT NULL CHECK (credited_seconds {_SECONDS}),
        outcome TEXT NOT NULL CHECK (outcome IN ({_OUTCOMES})),
        PRIMARY KEY (session_id, item)) WITHOUT ROWID""",
    f"""CREATE TABLE checkins (
        session_id INTEGER PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        stiffness_before INTEGER CHECK ({_RATING.format(c="stiffness_before")}),
        stiffness_after INTEGER CHECK ({_RATING.format(c="stiffness_after")}),
        updated_utc TEXT NOT NULL CHECK (updated_utc {_UTC_TEXT}))""",
    # Covers the per-day totals, so statistics never read the whole table.
    "CREATE INDEX sessions_by_day ON sessions(local_date, status, credited_seconds)",
    "CREATE INDEX sessions_by_start ON sessions(started_utc, id)",
    # Covers counting sessions per routine and finding each routine's latest name.
    "CREATE INDEX sessions_by_routine ON sessions(routine_id, started_utc, id, status, "
    "credited_seconds)",
    "CREATE INDEX sessions_in_progress ON sessions(status) WHERE status = 'in_progress'",
)


def _migrate_to_v1(conn: sqlite3.Connection) -> None:
    for statement in _V1:
        conn.execute(statement)


# Migration n (1-based) brings a version n-1 file to version n. Append; never edit a shipped one.
MIGRATIONS: Final[tuple[Callable[[sqlite3.Connection], None], ...]] = (_migrate_to_v1,)
SCHEMA_VERSION: Final = len(MIGRATIONS)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _utc_text(moment: datetime) -> str:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a time stored in the history must carry its time zone: {moment!r}")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _seconds(value: float, what: str) -> float:
    number = float(value)
    if not (math.isfinite(number) and 0 <= number <= MAX_SECONDS):
        raise ValueError(
            f"{what} must be a number of seconds from 0 to {MAX_SECONDS:g}, not {value!r}"
        )
    return number


def _rating(value: int | None, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_RATING:
        raise ValueError(f"{what} must be a whole number from 0 to {MAX_RATING}, not {value!r}")
    return value


def system_tz_name() -> str:
    """The machine's IANA time-zone name, or a fixed offset like ``UTC+05:30`` when unknown.

    What it returns is always understood by :func:`stretchtimer.model.streaks.local_day`.
    """
    candidates: list[str] = []
    if tz := os.environ.get("TZ", "").lstrip(":"):
        candidates.append(tz)
    with suppress(OSError, UnicodeDecodeError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    try:
        target = str(Path("/etc/localtime").readlink())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            continue
        return name
    offset = datetime.now().astimezone().utcoffset()
    minutes = round(offset.total_seconds() / 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


# ----- opening, checking and repairing -----------------------------------------------------
def _error_name(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", ""))


def _is_corruption(exc: sqlite3.Error) -> bool:
    name = _error_name(exc)
    return name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB"


def _is_read_only(exc: sqlite3.Error) -> bool:
    return _error_name(exc).startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM"))


class _DamagedError(Exception):
    """The file is not a usable StretchTimer history; the text says why."""


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection set up for durability, or a read-only one.

    A read-only connection first tries the normal way, which needs the folder to be
    writable for WAL's shared-memory file. In a folder it cannot write, and when no log is
    waiting to be applied, the file is read as immutable instead: nothing else can be
    changing it there.
    """
    modes = ["ro", "ro&immutable=1"] if read_only else ["rwc"]
    for mode in modes:
        conn = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode={mode}",
            uri=True,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_SECONDS,
            check_same_thread=True,
        )
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            if not read_only:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            conn.close()
            wal = Path(f"{path}-wal")
            log_waiting = wal.exists() and wal.stat().st_size > 0
            if mode == "ro" and _is_read_only(exc) and not log_waiting:
                continue
            raise
        except BaseException:
            conn.close()
            raise
        return conn
    raise AssertionError("unreachable: the last mode either returns or raises")


def _check(conn: sqlite3.Connection) -> int | None:
    """The file's schema version (``None`` for an empty file); raises ``_DamagedError``."""
    try:
        rows = conn.execute(f"PRAGMA integrity_check({_INTEGRITY_MESSAGES})").fetchall()
        if [r[0] for r in rows] != ["ok"]:
            raise _DamagedError("integrity check failed: " + "; ".join(str(r[0]) for r in rows))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "schema_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise _DamagedError("it is an SQLite file, but not a StretchTimer history")
            return None
        version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if _is_corruption(exc):
            raise _DamagedError(str(exc)) from exc
        raise
    if not isinstance(version, int):
        raise _DamagedError("its schema version is missing")
    return version


def _move_aside(path: Path, when: datetime) -> Path:
    """Rename a damaged file and its companions out of the way, keeping them as a set."""
    stem = f"{path.name}.corrupt-{when.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    aside = path.with_name(stem)
    n = 1
    while any(Path(f"{aside}{s}").exists() for s in ("", "-wal", "-shm", "-journal")):
        aside = path.with_name(f"{stem}-{n}")
        n += 1
    # Companions first: a stale -wal beside a fresh file would be replayed into it.
    for suffix in ("-wal", "-shm", "-journal"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            companion.rename(f"{aside}{suffix}")
    path.rename(aside)
    return aside


def _probe(path: Path) -> int | None:
    """Check an existing file and return its schema version, changing nothing on disk.

    A read-only connection never checkpoints or deletes the ``-wal`` log, so when the file
    turns out to be damaged its log is still there to be kept with it.
    """
    if not path.exists():
        return None
    if not path.is_file():
        raise HistoryError(f"The history at {path} is not a file.")
    try:
        conn = _connect(path, read_only=True)
    except sqlite3.Error as exc:
        if _is_corruption(exc):
            raise _DamagedError(str(exc)) from exc
        raise HistoryError(f"The history at {path} cannot be read: {exc}.") from exc
    try:
        return _check(conn)
    except sqlite3.Error as exc:
        raise HistoryError(f"The history at {path} cannot be read: {exc}.") from exc
    finally:
        conn.close()


def _open_for_use(path: Path) -> tuple[sqlite3.Connection, bool]:
    """Connect read-write, or read-only when the file or its folder cannot be written."""
    try:
        return _connect(path, read_only=False), False
    except sqlite3.Error as exc:
        if not (_is_read_only(exc) and path.is_file()):
            raise HistoryError(f"The history at {path} cannot be opened: {exc}.") from exc
    try:
        return _connect(path, read_only=True), True
    except sqlite3.Error as exc:
        raise HistoryError(f"The history at {path} cannot be read: {exc}.") from exc


# ----- the store -------------------------------------------------------------------------
_SESSION_COLUMNS = (
    "s.id, s.routine_id, s.routine_name, s.started_utc, s.tz_name, s.local_date, "
    "s.planned_seconds, s.active_seconds, s.credited_seconds, s.status, s.updated_utc, "
    "c.stiffness_before, c.stiffness_after"
)
_SESSION_FROM = "sessions s LEFT JOIN checkins c ON c.session_id = s.id"
_ITEM_COLUMNS = "item, exercise_id, exercise_name, planned_seconds, credited_seconds, outcome"
# streaks.counts_as_session in SQL; a test keeps the two in step.
_COUNTED = "(status = 'completed' OR credited_seconds > 0)"
_INSERT_ITEM = (
    f"INSERT INTO session_items (session_id, {_ITEM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
)


def _record(row: Any) -> SessionRecord:
    return SessionRecord(
        row[0],
        row[1],
        row[2],
        datetime.fromisoformat(row[3]),
        row[4],
        date.fromisoformat(row[5]),
        row[6],
        row[7],
        row[8],
        RecordStatus(row[9]),
        datetime.fromisoformat(row[10]),
        row[11],
        row[12],
    )


def _item(row: Any) -> ItemRecord:
    return ItemRecord(row[0], row[1], row[2], row[3], row[4], ItemOutcome(row[5]))


class HistoryStore:
    """The history file. Open it with :meth:`open`; every write is one transaction."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        read_only: bool,
        now: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._conn: sqlite3.Connection | None = conn
        self.path = path
        self.read_only = read_only
        self._now = now

    @classmethod
    def open(
        cls, path: Path, *, now: Callable[[], datetime] = _utc_now
    ) -> tuple[HistoryStore, list[str]]:
        """Open (or create) the history at ``path``; also returns notices for the user.

        Raises:
            HistoryError: the file was written by a newer StretchTimer (it is left as it
                is), or it cannot be opened or created at all.
        """
        path = Path(path)
        try:
            ensure_private_dir(path.parent)
        except OSError as exc:
            if not path.parent.is_dir():
                raise HistoryError(
                    f"The history folder {path.parent} cannot be created: {exc}."
                ) from exc
        notices: list[str] = []
        try:
            version = _probe(path)
        except _DamagedError as damage:
            try:
                aside = _move_aside(path, now())
            except OSError as exc:
                raise HistoryError(
                    f"The history at {path} is damaged ({damage}) and could not be moved "
                    f"aside ({exc}); it was left untouched."
                ) from exc
            notices.append(
                f"The history file was damaged and could not be read ({damage}). It was kept as "
                f"{aside} and a new, empty history was started."
            )
            version = None
        if version is not None and version > SCHEMA_VERSION:
            raise HistoryError(
                f"The history at {path} was written by a newer version of StretchTimer "
                f"(history format {version}; this version reads up to {SCHEMA_VERSION}). "
                "It was left untouched; update StretchTimer to see and add to it."
            )
        conn, read_only = _open_for_use(path)
        store = cls(conn, path, read_only=read_only, now=now)
        if read_only:
            if (version or 0) < SCHEMA_VERSION:
                conn.close()
                raise HistoryError(f"The history at {path} is read-only and needs an upgrade.")
            notices.append(
                f"The history at {path} is read-only: past sessions are shown, "
                "but new ones cannot be saved."
            )
        elif (version or 0) < SCHEMA_VERSION:
            try:
                store._migrate(version or 0)
            except BaseException:
                store.close()
                raise
            if version is None:
                # Best effort: on a filesystem without modes the private folder still protects it.
                with suppress(OSError):
                    path.chmod(0o600)
        return store, notices

    def _migrate(self, version: int) -> None:
        with self._write() as conn:
            # Another StretchTimer may have migrated the file since it was checked.
            if conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
            ).fetchone():
                version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
            for target in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[target - 1](conn)
                conn.execute(
                    "INSERT INTO schema_version (version, applied_utc) VALUES (?, ?)",
                    (target, self._stamp()),
                )

    # ----- plumbing ----------------------------------------------------------------------
    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise HistoryError("The history is closed.")
        return self._conn

    def _stamp(self) -> str:
        return _utc_text(self._now())

    def _write_error(self, exc: sqlite3.Error) -> HistoryWriteError:
        name = _error_name(exc)
        if name.startswith("SQLITE_FULL"):
            why = "the disk is full"
        elif _is_read_only(exc):
            why = "the history file or its folder is read-only"
        elif name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
            why = "another StretchTimer is writing to it"
        else:
            why = str(exc)
        return HistoryWriteError(f"Could not save to the history at {self.path}: {why}.")

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        conn = self._connection()
        try:
            yield conn
        except sqlite3.Error as exc:
            raise HistoryError(f"The history at {self.path} could not be read: {exc}.") from exc

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._connection()
        if self.read_only:
            raise HistoryWriteError(
                f"Could not save to the history at {self.path}: it is read-only."
            )
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._write_error(exc) from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                # A failed COMMIT may have ended it already; either way the write is not there.
                with suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.IntegrityError):
                raise HistoryError(f"The history refused a value: {exc}.") from exc
            if isinstance(exc, sqlite3.Error):
                raise self._write_error(exc) from exc
            raise

    def _replace_items(
        self, conn: sqlite3.Connection, session_id: int, summary: SessionSummary
    ) -> None:
        conn.execute("DELETE FROM session_items WHERE session_id = ?", (session_id,))
        conn.executemany(
            _INSERT_ITEM,
            [
                (
                    session_id,
                    i.item,
                    i.exercise_id,
                    i.exercise_name,
                    _seconds(i.planned_hold_seconds, "planned seconds"),
                    _seconds(i.credited_hold_seconds, "credited seconds"),
                    i.outcome.value,
                )
                for i in summary.items
            ],
        )

    def _update(self, session_id: int, summary: SessionSummary, status: RecordStatus | None) -> int:
        values = (
            _seconds(summary.planned_seconds, "planned seconds"),
            _seconds(summary.active_seconds, "active seconds"),
            _seconds(summary.credited_hold_seconds, "credited seconds"),
        )
        with self._write() as conn:
            if status is None:
                # A late retry of a checkpoint must never reopen a finished session.
                cursor = conn.execute(
                    "UPDATE sessions SET planned_seconds = ?, active_seconds = ?, "
                    "credited_seconds = ?, status = 'in_progress', updated_utc = ? "
                    "WHERE id = ? AND status IN ('in_progress', 'interrupted')",
                    (*values, self._stamp(), session_id),
                )
            else:
                cursor = conn.execute(
                    "UPDATE sessions SET planned_seconds = ?, active_seconds = ?, "
                    "credited_seconds = ?, status = ?, updated_utc = ? WHERE id = ?",
                    (*values, status.value, self._stamp(), session_id),
                )
            if cursor.rowcount:
                self._replace_items(conn, session_id, summary)
            elif (
                conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
                is None
            ):
                raise HistoryError(f"There is no session {session_id} in the history.")
            return cursor.rowcount

    # ----- writes ------------------------------------------------------------------------
    def begin_session(  # noqa: PLR0917 (the order the window calls it in)
        self,
        routine_id: str,
        routine_name: str,
        started_utc: datetime,
        tz_name: str,
        local_date: date,
        planned_seconds: float,
    ) -> int:
        """Record that a session started; returns its id."""
        started = _utc_text(started_utc)
        planned = _seconds(planned_seconds, "planned seconds")
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO sessions (routine_id, routine_name, started_utc, tz_name, local_date, "
                "planned_seconds, status, updated_utc) VALUES (?, ?, ?, ?, ?, ?, 'in_progress', ?)",
                (
                    routine_id,
                    routine_name,
                    started,
                    tz_name,
                    local_date.isoformat(),
                    planned,
                    self._stamp(),
                ),
            )
            session_id = cursor.lastrowid
        assert session_id is not None
        return session_id

    def checkpoint(self, session_id: int, summary: SessionSummary) -> None:
        """Save the credit so far; the session stays in progress. Safe to repeat."""
        self._update(session_id, summary, None)

    def finish(self, session_id: int, summary: SessionSummary) -> None:
        """Save the final state (completed or stopped) and its exercises. Safe to repeat."""
        if summary.status is None:
            raise ValueError("finish needs a summary of a finished session (status is None)")
        self._update(session_id, summary, RecordStatus(summary.status.value))

    def close_interrupted(self) -> int:
        """At start-up: sessions left in progress by a crash keep their last credit."""
        with self._write() as conn:
            return conn.execute(
                "UPDATE sessions SET status = 'interrupted', updated_utc = ? "
                "WHERE status = 'in_progress'",
                (self._stamp(),),
            ).rowcount

    def set_checkin(
        self,
        session_id: int,
        *,
        before: int | EllipsisType | None = ...,
        after: int | EllipsisType | None = ...,
    ) -> None:
        """Set the 0–10 stiffness ratings; a rating left out keeps its value, ``None`` clears it."""
        changes: dict[str, int | None] = {}
        if not isinstance(before, EllipsisType):
            changes["stiffness_before"] = _rating(before, "the rating before")
        if not isinstance(after, EllipsisType):
            changes["stiffness_after"] = _rating(after, "the rating after")
        if not changes:
            return
        columns = ", ".join(changes)
        updates = ", ".join(f"{c} = excluded.{c}" for c in changes)
        with self._write() as conn:
            if (
                conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
                is None
            ):
                raise HistoryError(f"There is no session {session_id} in the history.")
            conn.execute(
                f"INSERT INTO checkins (session_id, {columns}, updated_utc) "
                f"VALUES (?, {', '.join('?' * len(changes))}, ?) "
                f"ON CONFLICT (session_id) DO UPDATE SET {updates}, "
                "updated_utc = excluded.updated_utc",
                (session_id, *changes.values(), self._stamp()),
            )

    def delete_session(self, session_id: int) -> SessionSnapshot:
        """Delete a finished session; returns what :meth:`restore_session` needs to undo it."""
        with self._write() as conn:
            snapshot = self._snapshot(conn, session_id)
            if snapshot.record.status is RecordStatus.IN_PROGRESS:
                raise HistoryError("A session still in progress cannot be deleted.")
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        return snapshot

    def restore_session(self, snapshot: SessionSnapshot) -> None:
        """Put a deleted session back exactly as it was, with the same id."""
        r = snapshot.record
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM sessions WHERE id = ?", (r.id,)).fetchone():
                raise HistoryError(f"Session {r.id} is already in the history.")
            conn.execute(
                "INSERT INTO sessions (id, routine_id, routine_name, started_utc, tz_name, "
                "local_date, planned_seconds, active_seconds, credited_seconds, status, "
                "updated_utc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    r.id,
                    r.routine_id,
                    r.routine_name,
                    _utc_text(r.started_utc),
                    r.tz_name,
                    r.local_date.isoformat(),
                    r.planned_seconds,
                    r.active_seconds,
                    r.credited_seconds,
                    r.status.value,
                    _utc_text(r.updated_utc),
                ),
            )
            conn.executemany(
                _INSERT_ITEM,
                [
                    (
                        r.id,
                        i.item,
                        i.exercise_id,
                        i.exercise_name,
                        i.planned_seconds,
                        i.credited_seconds,
                        i.outcome.value,
                    )
                    for i in snapshot.items
                ],
            )
            if r.stiffness_before is not None or r.stiffness_after is not None:
                conn.execute(
                    "INSERT INTO checkins (session_id, stiffness_before, stiffness_after, "
                    "updated_utc) VALUES (?, ?, ?, ?)",
                    (r.id, r.stiffness_before, r.stiffness_after, self._stamp()),
                )

    # ----- reads -------------------------------------------------------------------------
    def _snapshot(self, conn: sqlite3.Connection, session_id: int) -> SessionSnapshot:
        row = conn.execute(
            f"SELECT {_SESSION_COLUMNS} FROM {_SESSION_FROM} WHERE s.id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise HistoryError(f"There is no session {session_id} in the history.")
        items = conn.execute(
            f"SELECT {_ITEM_COLUMNS} FROM session_items WHERE session_id = ? ORDER BY item",
            (session_id,),
        ).fetchall()
        return SessionSnapshot(_record(row), tuple(_item(i) for i in items))

    def session(self, session_id: int) -> SessionRecord | None:
        with self._read() as conn:
            row = conn.execute(
                f"SELECT {_SESSION_COLUMNS} FROM {_SESSION_FROM} WHERE s.id = ?", (session_id,)
            ).fetchone()
        return None if row is None else _record(row)

    def sessions(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
        newest_first: bool = True,
    ) -> list[SessionRecord]:
        """Stored sessions with ``since <= local_date <= until``, by start time."""
        where: list[str] = []
        params: list[object] = []
        if since is not None:
            where.append("s.local_date >= ?")
            params.append(since.isoformat())
        if until is not None:
            where.append("s.local_date <= ?")
            params.append(until.isoformat())
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT {_SESSION_COLUMNS} FROM {_SESSION_FROM}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY s.started_utc {order}, s.id {order}"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(max(0, int(limit)))
        with self._read() as conn:
            return [_record(r) for r in conn.execute(sql, params)]

    def items(self, session_id: int) -> list[ItemRecord]:
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT {_ITEM_COLUMNS} FROM session_items WHERE session_id = ? ORDER BY item",
                (session_id,),
            )
            return [_item(r) for r in rows]

    def all_items(self) -> dict[int, list[ItemRecord]]:
        """Every session's exercises, keyed by session id (for export)."""
        found: dict[int, list[ItemRecord]] = {}
        with self._read() as conn:
            rows = conn.execute(
                f"SELECT session_id, {_ITEM_COLUMNS} FROM session_items ORDER BY session_id, item"
            )
            for row in rows:
                found.setdefault(row[0], []).append(_item(row[1:]))
        return found

    def day_totals(self, since: date | None = None) -> dict[date, DayActivity]:
        """Sessions, credited seconds and completed sessions per stored local date."""
        sql = (
            "SELECT local_date, count(*), total(credited_seconds), sum(status = 'completed'), "
            f"sum({_COUNTED}) FROM sessions"
        )
        params: tuple[str, ...] = ()
        if since is not None:
            sql += " WHERE local_date >= ?"
            params = (since.isoformat(),)
        with self._read() as conn:
            rows = conn.execute(sql + " GROUP BY local_date", params).fetchall()
        fromiso = date.fromisoformat
        return {(day := fromiso(r[0])): DayActivity(day, r[1], r[2], r[3], r[4]) for r in rows}

    def digest(self) -> HistoryDigest:
        """What :func:`~stretchtimer.model.streaks.stats_from_digest` needs, summed by SQL.

        The same as ``streaks.digest(self.sessions())`` (a test holds them together) but
        it never builds a Python object per session, so it stays fast on a long history.
        """
        days = self.day_totals()
        with self._read() as conn:
            counts = conn.execute(
                f"SELECT routine_id, count(*) FROM sessions WHERE {_COUNTED} GROUP BY routine_id"
            ).fetchall()
            routines = [
                (
                    routine_id,
                    conn.execute(
                        "SELECT routine_name FROM sessions WHERE routine_id = ? AND "
                        f"{_COUNTED} ORDER BY started_utc DESC, id DESC LIMIT 1",
                        (routine_id,),
                    ).fetchone()[0],
                    count,
                )
                for routine_id, count in counts
            ]
            checkins = conn.execute(
                "SELECT s.id, s.local_date, s.started_utc, c.stiffness_before, "
                "c.stiffness_after FROM checkins c JOIN sessions s ON s.id = c.session_id "
                "WHERE c.stiffness_before IS NOT NULL OR c.stiffness_after IS NOT NULL "
                "ORDER BY s.started_utc, s.id"
            ).fetchall()
        return HistoryDigest(
            days=days,
            counted_sessions=sum(d.counted_sessions for d in days.values()),
            total_seconds=sum(d.credited_seconds for d in days.values()),
            routines=rank_routines(RoutineCount(r[0], r[1], r[2]) for r in routines),
            checkins=tuple(
                CheckinPoint(
                    c[0], date.fromisoformat(c[1]), datetime.fromisoformat(c[2]), c[3], c[4]
                )
                for c in checkins
            ),
        )

    def schema_version(self) -> int:
        with self._read() as conn:
            return int(conn.execute("SELECT max(version) FROM schema_version").fetchone()[0])

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class PendingWrites:
    """Keeps one session's history writes going when the disk is full or read-only.

    Every write carries the whole state so far, so only the newest unsaved one is kept and
    retried. Each call returns whether everything is saved; ``error`` holds the reason
    when it is not, for the window to show.
    """

    def __init__(self, store: HistoryStore) -> None:
        self.store = store
        self.session_id: int | None = None
        self.error: str | None = None
        self._begin: tuple[str, str, datetime, str, date, float] | None = None
        self._summary: SessionSummary | None = None
        self._final = False

    @property
    def saved(self) -> bool:
        return (
            self.error is None
            and self._summary is None
            and (self._begin is None or self.session_id is not None)
        )

    def begin(  # noqa: PLR0917 (mirrors HistoryStore.begin_session)
        self,
        routine_id: str,
        routine_name: str,
        started_utc: datetime,
        tz_name: str,
        local_date: date,
        planned_seconds: float,
    ) -> bool:
        self._begin = (routine_id, routine_name, started_utc, tz_name, local_date, planned_seconds)
        return self.retry()

    def checkpoint(self, summary: SessionSummary) -> bool:
        if not self._final:
            self._summary = summary
        return self.retry()

    def finish(self, summary: SessionSummary) -> bool:
        self._summary, self._final = summary, True
        return self.retry()

    def retry(self) -> bool:
        """Try the unsaved writes again (the window calls this at each checkpoint)."""
        try:
            if self.session_id is None and self._begin is not None:
                self.session_id = self.store.begin_session(*self._begin)
            if self._summary is not None and self.session_id is not None:
                if self._final:
                    self.store.finish(self.session_id, self._summary)
                else:
                    self.store.checkpoint(self.session_id, self._summary)
                self._summary = None
        except HistoryWriteError as exc:
            self.error = str(exc)
            return False
        self.error = None
        return True


__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "HistoryError",
    "HistoryStore",
    "HistoryWriteError",
    "ItemRecord",
    "PendingWrites",
    "RecordStatus",
    "SessionRecord",
    "SessionSnapshot",
    "SessionStatus",
    "system_tz_name",
]
