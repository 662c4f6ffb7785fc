"""Connecting to the history file, checking it, moving a damaged one aside, backing it up.

The check goes through a read-only connection, so it changes nothing on disk; a damaged
file is renamed together with its ``-wal``/``-shm`` companions, never overwritten. Before
a migration changes a file, a copy of it is kept beside it.
"""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from stretchtimer.model.history.records import HistoryError

BUSY_TIMEOUT_SECONDS = 2.0
_INTEGRITY_MESSAGES = 5


def error_name(exc: sqlite3.Error) -> str:
    return str(getattr(exc, "sqlite_errorname", ""))


def _is_corruption(exc: sqlite3.Error) -> bool:
    name = error_name(exc)
    return name.startswith("SQLITE_CORRUPT") or name == "SQLITE_NOTADB"


def is_read_only(exc: sqlite3.Error) -> bool:
    return error_name(exc).startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM"))


class Check(StrEnum):
    """How thoroughly a file is checked as it is opened (the pragma that does it).

    ``FULL`` also cross-checks every index against its table; ``QUICK`` checks the pages
    and the records but not the indexes, in about a third of the time on a big history.
    ``SCHEMA`` reads no page beyond the schema: the file must open as SQLite and be a
    StretchTimer history, and a scan for damage inside it is left to a later check (the
    window runs the quick one on the history writer's thread, see ``clean_exit``).
    """

    FULL = "integrity_check"
    QUICK = "quick_check"
    SCHEMA = "schema"

    @property
    def scans(self) -> bool:
        """Whether this check reads every page of the file."""
        return self is not Check.SCHEMA


class DamagedError(Exception):
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
            if mode == "ro" and is_read_only(exc) and not log_waiting:
                continue
            raise
        except BaseException:
            conn.close()
            raise
        return conn
    raise AssertionError("unreachable: the last mode either returns or raises")


def _check(conn: sqlite3.Connection, check: Check) -> int | None:
    """The file's schema version (``None`` for an empty file); raises ``DamagedError``."""
    try:
        # A row that breaks a CHECK (a hand edit) is not damage to the file: it is reported
        # and left out row by row. SQLite verifies CHECKs in this pragma only on a writable
        # connection, so this changes nothing today; it keeps it that way whatever SQLite does.
        conn.execute("PRAGMA ignore_check_constraints = ON")
        if check.scans:
            rows = conn.execute(f"PRAGMA {check.value}({_INTEGRITY_MESSAGES})").fetchall()
            if [r[0] for r in rows] != ["ok"]:
                what = "integrity check" if check is Check.FULL else "quick check"
                raise DamagedError(f"{what} failed: " + "; ".join(str(r[0]) for r in rows))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "schema_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise DamagedError("it is an SQLite file, but not a StretchTimer history")
            return None
        version = conn.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if _is_corruption(exc):
            raise DamagedError(str(exc)) from exc
        raise
    if not isinstance(version, int):
        raise DamagedError("its schema version is missing")
    return version


def _free_name(path: Path, stem: str, suffix: str = "") -> Path:
    """``stem`` beside ``path``, or ``stem-1``, ``stem-2`` ... if a file (or a companion) has it."""
    candidate = path.with_name(stem + suffix)
    n = 1
    while any(Path(f"{candidate}{s}").exists() for s in ("", "-wal", "-shm", "-journal")):
        candidate = path.with_name(f"{stem}-{n}{suffix}")
        n += 1
    return candidate


def _moment(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def move_aside(path: Path, when: datetime) -> Path:
    """Rename a damaged file and its companions out of the way, keeping them as a set."""
    aside = _free_name(path, f"{path.name}.corrupt-{_moment(when)}")
    # Companions first: a stale -wal beside a fresh file would be replayed into it.
    for suffix in ("-wal", "-shm", "-journal"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            companion.rename(f"{aside}{suffix}")
    path.rename(aside)
    return aside


def backup(conn: sqlite3.Connection, path: Path, version: int, when: datetime) -> Path:
    """Copy the open history to ``<name>.v<version>-<time>.bak`` (never over another file).

    SQLite's online backup copies a consistent state, the write-ahead log included.
    """
    target = _free_name(path, f"{path.name}.v{version}-{_moment(when)}", ".bak")
    copy = sqlite3.connect(target)
    try:
        with suppress(OSError):
            target.chmod(0o600)
        conn.backup(copy)
    except BaseException:
        copy.close()
        target.unlink(missing_ok=True)
        raise
    copy.close()
    return target


def probe(path: Path, check: Check = Check.FULL) -> int | None:
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
            raise DamagedError(str(exc)) from exc
        raise HistoryError(f"The history at {path} cannot be read: {exc}.") from exc
    try:
        return _check(conn, check)
    except sqlite3.Error as exc:
        raise HistoryError(f"The history at {path} cannot be read: {exc}.") from exc
    finally:
        conn.close()


def open_for_use(path: Path) -> tuple[sqlite3.Connection, bool]:
    """Connect read-write, or read-only when the file or its folder cannot be written."""
    try:
        return _connect(path, read_only=False), False
    except sqlite3.Error as exc:
        if not (is_read_only(exc) and path.is_file()):
            raise HistoryError(f"The history at {path} cannot be opened: {exc}.") from exc
    try:
        return _connect(path, read_only=True), True
    except sqlite3.Error as exc:
        raise HistoryError(f"The history at {path} cannot be read: {exc}.") from exc


__all__ = [
    "BUSY_TIMEOUT_SECONDS",
    "Check",
    "DamagedError",
    "backup",
    "error_name",
    "is_read_only",
    "move_aside",
    "open_for_use",
    "probe",
]
