"""What a device remembers between merges: a cache, never the only copy of anything.

The state says which segment files were read already, the newest version of every key the
folder holds (the *view*: what to send, and the tombstones of sessions never seen here),
check-ins waiting for their session, and what ``sync status`` shows. It lives in the data
folder, never in the sync folder. Losing it, or finding an old copy after a crash, costs
only time: the merge reads every segment again, and nothing is imported twice (imports
are by version) or lost (a record sent twice is the same record).

It is kept in a small SQLite file of its own, so that saving after a merge writes only
the versions that merge changed: on twenty years of history a rewrite of the whole view
would cost more than the merge.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from stretchtimer.model.sync.codec import RecordError, record_from_json
from stretchtimer.model.sync.records import Key, Kind, SyncRecord, Version

STATE_VERSION = 1
MAX_PROBLEMS = 50
_TABLES = (
    "CREATE TABLE IF NOT EXISTS facts (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS view (kind TEXT NOT NULL, uuid TEXT NOT NULL, "
    "stamp INTEGER NOT NULL, deleted INTEGER NOT NULL, device TEXT NOT NULL, "
    "digest TEXT NOT NULL, PRIMARY KEY (kind, uuid)) WITHOUT ROWID",
)


@dataclass
class DeviceSeen:
    """Another device (or this one) as its folder shows it."""

    label: str = ""
    wrote_ms: int | None = None  # when its manifest was last written, on its own clock
    segments: int = 0
    missing: int = 0  # listed in its manifest, not arrived here yet


@dataclass
class SyncState:
    """The state of one data folder's sync through one folder.

    Change ``view`` through :meth:`see` (or :meth:`forget_folder`), so that saving knows
    which versions to write.
    """

    folder: str
    device: str
    merged: dict[str, tuple[int, int]] = field(default_factory=dict)
    view: dict[Key, tuple[Version, str]] = field(default_factory=dict)
    pending: dict[Key, SyncRecord] = field(default_factory=dict)
    refused: dict[Key, Version] = field(default_factory=dict)
    file_problems: dict[str, str] = field(default_factory=dict)
    devices: dict[str, DeviceSeen] = field(default_factory=dict)
    records_in: int = 0
    records_out: int = 0
    last_merge_ms: int | None = None
    reachable: bool = True  # the folder was there at the last merge
    problems: list[str] = field(default_factory=list)
    changed: set[Key] = field(default_factory=set, compare=False, repr=False)
    cleared: bool = field(default=False, compare=False, repr=False)
    # For this process only: the store's token after the last merge, the store whose
    # history was checked against the view, whether something is left to send.
    local_token: object = field(default=None, compare=False, repr=False)
    checked: object = field(default=None, compare=False, repr=False)
    unsent: bool = field(default=False, compare=False, repr=False)

    def see(self, key: Key, version: Version, digest: str) -> None:
        """The folder holds ``version`` of ``key`` (read there, or written there)."""
        self.view[key] = (version, digest)
        self.changed.add(key)

    def forget_folder(self) -> None:
        """Read everything again at the next merge (the history was replaced, or reset)."""
        self.merged.clear()
        self.view.clear()
        self.pending.clear()
        self.refused.clear()
        self.file_problems.clear()
        self.changed.clear()
        self.cleared = True
        self.local_token = None


def _facts(state: SyncState) -> dict[str, Any]:
    return {
        "version": STATE_VERSION,
        "folder": state.folder,
        "device": state.device,
        "merged": {path: list(changed) for path, changed in state.merged.items()},
        "pending": [r.to_json() for r in state.pending.values()],
        "refused": [
            [k.kind.value, k.uuid, v.stamp_ms, v.deleted, v.device]
            for k, v in state.refused.items()
        ],
        "file_problems": state.file_problems,
        "devices": {d: asdict(s) for d, s in state.devices.items()},
        "records_in": state.records_in,
        "records_out": state.records_out,
        "last_merge_ms": state.last_merge_ms,
        "reachable": state.reachable,
        "problems": state.problems[-MAX_PROBLEMS:],
    }


def _restore(facts: dict[str, Any], state: SyncState) -> None:
    """Fill ``state`` from the saved facts; raises on anything unexpected (a damaged cache)."""
    state.merged = {str(p): (int(c[0]), int(c[1])) for p, c in facts["merged"].items()}
    for raw in facts["pending"]:
        try:
            record = record_from_json(raw)
        except RecordError as exc:
            raise ValueError(str(exc)) from exc
        state.pending[record.key] = record
    state.refused = {
        Key(Kind(r[0]), str(r[1])): Version(int(r[2]), bool(r[3]), str(r[4]))
        for r in facts["refused"]
    }
    state.file_problems = {str(p): str(m) for p, m in facts["file_problems"].items()}
    state.devices = {
        str(d): DeviceSeen(str(s["label"]), s["wrote_ms"], int(s["segments"]), int(s["missing"]))
        for d, s in facts["devices"].items()
    }
    state.records_in = int(facts["records_in"])
    state.records_out = int(facts["records_out"])
    last = facts["last_merge_ms"]
    state.last_merge_ms = None if last is None else int(last)
    state.reachable = bool(facts["reachable"])
    state.problems = [str(p) for p in facts["problems"]][-MAX_PROBLEMS:]


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=2.0)
    # A cache: losing the last write to a power cut costs a re-read, never data.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    for statement in _TABLES:
        conn.execute(statement)
    return conn


def load_state(path: Path, folder: str, device: str) -> SyncState:
    """The saved state, or a fresh one if it is missing, damaged or for another folder."""
    state = SyncState(folder, device)
    if not path.is_file():
        return state
    try:
        with closing(_connect(path)) as conn:
            row = conn.execute("SELECT value FROM facts WHERE name = 'state'").fetchone()
            facts = json.loads(row[0]) if row else None
            if not (
                isinstance(facts, dict)
                and facts.get("version") == STATE_VERSION
                and facts.get("folder") == folder
                and facts.get("device") == device
            ):
                state.cleared = True  # whatever is there is for something else
                return state
            _restore(facts, state)
            for kind, uuid, stamp, deleted, writer, digest in conn.execute("SELECT * FROM view"):
                state.view[Key(Kind(kind), uuid)] = (Version(stamp, bool(deleted), writer), digest)
    except (sqlite3.Error, OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        fresh = SyncState(folder, device)
        fresh.cleared = True
        return fresh
    return state


def save_state(state: SyncState, path: Path) -> None:
    """Write what changed since the last save; raises ``OSError`` (the caller reports it).

    A state file that cannot be opened as SQLite is replaced: it is only a cache.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        _save(state, path)
    except sqlite3.OperationalError as exc:  # cannot open, disk full, busy: say so
        raise OSError(str(exc)) from exc
    except sqlite3.DatabaseError:  # not a database (damaged): start the cache afresh
        for companion in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            with suppress(FileNotFoundError):
                companion.unlink()
        state.cleared = True
        try:
            _save(state, path)
        except sqlite3.Error as again:
            raise OSError(str(again)) from again


def _save(state: SyncState, path: Path) -> None:
    with closing(_connect(path)) as conn:
        conn.execute("BEGIN IMMEDIATE")
        if state.cleared:
            conn.execute("DELETE FROM view")
            keys = set(state.view)
        else:
            keys = state.changed
        conn.executemany(
            "INSERT OR REPLACE INTO view VALUES (?, ?, ?, ?, ?, ?)",
            [
                (k.kind.value, k.uuid, v.stamp_ms, int(v.deleted), v.device, digest)
                for k in keys
                for v, digest in (state.view[k],)
            ],
        )
        conn.execute(
            "INSERT OR REPLACE INTO facts VALUES ('state', ?)",
            (json.dumps(_facts(state), separators=(",", ":")),),
        )
        conn.execute("COMMIT")
    state.changed.clear()
    state.cleared = False


__all__ = ["DeviceSeen", "SyncState", "load_state", "save_state"]
