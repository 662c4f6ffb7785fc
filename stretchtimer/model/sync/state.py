"""What a device remembers between merges: a cache, never the only copy of anything.

The state says which segment files were read already, the newest version of every key the
folder holds (the *view*: what to send, and the tombstones of sessions never seen here),
check-ins waiting for their session, and what ``sync status`` shows. It lives in the data
folder, never in the sync folder. Losing it, or finding an old copy after a crash, costs
only time: the merge reads every segment again, and nothing is imported twice (imports
are by version) or lost (a record sent twice is the same record).
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stretchtimer.model.sync.codec import RecordError, record_from_json
from stretchtimer.model.sync.records import Key, Kind, SyncRecord, Version

STATE_FORMAT = "stretchtimer-sync-state"
STATE_VERSION = 1
MAX_STATE_BYTES = 256 * 1024 * 1024
MAX_PROBLEMS = 50


@dataclass
class DeviceSeen:
    """Another device (or this one) as its folder shows it."""

    label: str = ""
    wrote_ms: int | None = None  # when its manifest was last written, on its own clock
    segments: int = 0
    missing: int = 0  # listed in its manifest, not arrived here yet


@dataclass
class SyncState:
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

    def forget_folder(self) -> None:
        """Read everything again at the next merge (the history was replaced, or reset)."""
        self.merged.clear()
        self.view.clear()
        self.pending.clear()
        self.refused.clear()
        self.file_problems.clear()


def _key_text(key: Key) -> str:
    return f"{key.kind.value[0]}:{key.uuid}"


def _key(text: str) -> Key:
    kind = {"s": Kind.SESSION, "c": Kind.CHECKIN}[text[0]]
    if text[1] != ":" or not text[2:]:
        raise ValueError(text)
    return Key(kind, text[2:])


def state_to_json(state: SyncState) -> dict[str, Any]:
    devices = sorted(
        {v.device for v, _ in state.view.values()} | {v.device for v in state.refused.values()}
    )
    index = {d: i for i, d in enumerate(devices)}
    return {
        "format": STATE_FORMAT,
        "version": STATE_VERSION,
        "folder": state.folder,
        "device": state.device,
        "merged": {path: list(changed) for path, changed in state.merged.items()},
        "writers": devices,
        "view": {
            _key_text(k): [v.stamp_ms, int(v.deleted), index[v.device], digest]
            for k, (v, digest) in state.view.items()
        },
        "pending": [r.to_json() for r in state.pending.values()],
        "refused": {
            _key_text(k): [v.stamp_ms, int(v.deleted), index[v.device]]
            for k, v in state.refused.items()
        },
        "file_problems": state.file_problems,
        "devices": {
            d: [s.label, s.wrote_ms, s.segments, s.missing] for d, s in state.devices.items()
        },
        "records_in": state.records_in,
        "records_out": state.records_out,
        "last_merge_ms": state.last_merge_ms,
        "reachable": state.reachable,
        "problems": state.problems[-MAX_PROBLEMS:],
    }


def state_from_json(data: Any, folder: str, device: str) -> SyncState:
    """The state in ``data`` if it is for this folder and device, else a fresh one.

    Raises ``ValueError``, ``KeyError``, ``TypeError`` or ``IndexError`` on a damaged state
    (the caller starts afresh: the state is a cache).
    """
    state = SyncState(folder, device)
    if (
        not isinstance(data, dict)
        or data.get("format") != STATE_FORMAT
        or data.get("version") != STATE_VERSION
        or data.get("folder") != folder
        or data.get("device") != device
    ):
        return state
    writers = [str(w) for w in data["writers"]]
    state.merged = {str(p): (int(c[0]), int(c[1])) for p, c in data["merged"].items()}
    state.view = {
        _key(k): (Version(int(e[0]), bool(e[1]), writers[e[2]]), str(e[3]))
        for k, e in data["view"].items()
    }
    for raw in data["pending"]:
        try:
            record = record_from_json(raw)
        except RecordError as exc:
            raise ValueError(str(exc)) from exc
        state.pending[record.key] = record
    state.refused = {
        _key(k): Version(int(e[0]), bool(e[1]), writers[e[2]]) for k, e in data["refused"].items()
    }
    state.file_problems = {str(p): str(m) for p, m in data["file_problems"].items()}
    state.devices = {
        str(d): DeviceSeen(str(s[0]), None if s[1] is None else int(s[1]), int(s[2]), int(s[3]))
        for d, s in data["devices"].items()
    }
    state.records_in = int(data["records_in"])
    state.records_out = int(data["records_out"])
    last = data["last_merge_ms"]
    state.last_merge_ms = None if last is None else int(last)
    state.reachable = bool(data["reachable"])
    state.problems = [str(p) for p in data["problems"]][-MAX_PROBLEMS:]
    return state


def load_state(path: Path, folder: str, device: str) -> SyncState:
    """The saved state, or a fresh one if it is missing, damaged or for another folder."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_STATE_BYTES + 1)
        if len(raw) > MAX_STATE_BYTES:
            return SyncState(folder, device)
        return state_from_json(json.loads(raw), folder, device)
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
        return SyncState(folder, device)


def save_state(state: SyncState, path: Path) -> None:
    """Write the state atomically; raises ``OSError`` (the caller reports, the cache is lost)."""
    text = json.dumps(state_to_json(state), separators=(",", ":"))
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        Path(temp).replace(path)
    except BaseException:
        with suppress(OSError):
            Path(temp).unlink()
        raise


__all__ = [
    "DeviceSeen",
    "SyncState",
    "load_state",
    "save_state",
    "state_from_json",
    "state_to_json",
]
