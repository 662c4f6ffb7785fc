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

The store is built in layers, a module each: ``history_connection`` (the connection and its
transactions), ``history_reads``, ``history_writes``, and here :class:`HistoryStore`, which
opens a file safely (``history_files``) and migrates it (``history_schema``). The records
it returns are in ``history_records``; every public name is also importable from here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from stretchtimer.model.history.connection import utc_now
from stretchtimer.model.history.files import DamagedError, move_aside, open_for_use, probe
from stretchtimer.model.history.pending import PendingWrites
from stretchtimer.model.history.records import (
    HistoryError,
    HistoryWriteError,
    ItemRecord,
    RecordStatus,
    SessionRecord,
    SessionSnapshot,
)
from stretchtimer.model.history.schema import MIGRATIONS, SCHEMA_VERSION
from stretchtimer.model.history.writes import HistoryWrites
from stretchtimer.model.session import SessionStatus
from stretchtimer.paths import ensure_private_dir


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


class HistoryStore(HistoryWrites):
    """The history file. Open it with :meth:`open`; every write is one transaction."""

    @classmethod
    def open(
        cls, path: Path, *, now: Callable[[], datetime] = utc_now
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
            version = probe(path)
        except DamagedError as damage:
            try:
                aside = move_aside(path, now())
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
        conn, read_only = open_for_use(path)
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

    # MIGRATIONS and SCHEMA_VERSION are looked up in this module at call time, so the ones
    # set here (the migration tests add one) are the ones that run.
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
