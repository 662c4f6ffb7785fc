"""What a data folder knows of its own files' versions between file merges.

For each file it holds the version its content here corresponds to (the *base*): the one
this device published, or took in from another. A file whose content differs from its base
was changed here since. Losing this file loses nothing: with no base, a file here is a
change made when it was last written, and a real difference with the folder's newest
version is settled as any conflict is (the newer wins, the other is kept as a copy).

It lives in the data folder (``sync-files.json``), never in the sync folder, and is read
as untrusted: anything odd in it and the merge starts from no base.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stretchtimer.model.atomic import write_atomically
from stretchtimer.model.sync.file_versions import (
    MAX_AFTER,
    FileKey,
    FileKind,
    FileVersion,
    name_problem,
)
from stretchtimer.model.sync.own_files import LocalFile, Stamp
from stretchtimer.model.sync.records import Version
from stretchtimer.model.untrusted import LoadError, read_json

STATE_FILE = "sync-files.json"
STATE_VERSION = 1
MAX_STATE_BYTES = 4 * 1024 * 1024
MAX_CONFLICTS = 50


@dataclass(frozen=True, slots=True)
class Conflict:
    """A version that lost to a newer one and was kept: the file, the copy, whose it was."""

    file: str  # the file's path in the data folder
    copy: str  # where the losing version is kept
    device: str  # the device whose version lost
    at_ms: int


@dataclass
class FileState:
    folder: str
    device: str
    base: dict[FileKey, FileVersion] = field(default_factory=dict)
    files_in: int = 0
    files_out: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # For this process only: version files already read, by path and (size, mtime).
    cache: dict[str, tuple[tuple[int, int], FileVersion | str]] = field(
        default_factory=dict, compare=False, repr=False
    )
    saved: str = field(default="", compare=False, repr=False)  # as last written
    # ... and the files here, by size, inode and times: their digests.
    local: dict[FileKey, tuple[Stamp, LocalFile]] = field(
        default_factory=dict, compare=False, repr=False
    )


def state_file(data_dir: Path) -> Path:
    return data_dir / STATE_FILE


def _facts(state: FileState) -> dict[str, Any]:
    return {
        "version": STATE_VERSION,
        "folder": state.folder,
        "device": state.device,
        "base": [
            [k.kind.value, k.name, *v.version, v.digest, [list(a) for a in v.after]]
            for k, v in sorted(state.base.items())
        ],
        "files_in": state.files_in,
        "files_out": state.files_out,
        "conflicts": [
            [c.file, c.copy, c.device, c.at_ms] for c in state.conflicts[-MAX_CONFLICTS:]
        ],
        "problems": state.problems[-MAX_CONFLICTS:],
    }


def _restore(facts: Any, state: FileState) -> None:
    if not isinstance(facts, dict) or facts.get("version") != STATE_VERSION:
        raise ValueError("not a file sync state")
    for kind, name, stamp, deleted, device, digest, after in facts["base"]:
        key = FileKey(FileKind(kind), str(name))
        if name_problem(key.kind, key.name) is not None:
            raise ValueError(f"name {name!r}")
        version = Version(int(stamp), bool(deleted), str(device))
        made_from = tuple(Version(int(s), bool(d), str(w)) for s, d, w in after[:MAX_AFTER])
        state.base[key] = FileVersion(key, version, str(digest), made_from)
    state.files_in = int(facts["files_in"])
    state.files_out = int(facts["files_out"])
    state.conflicts = [
        Conflict(str(f), str(c), str(d), int(t)) for f, c, d, t in facts["conflicts"]
    ][-MAX_CONFLICTS:]
    state.problems = [str(p) for p in facts["problems"]][-MAX_CONFLICTS:]


def load_file_state(data_dir: Path, folder: str, device: str) -> tuple[FileState, str | None]:
    """The saved state (a fresh one for another folder or device), and a problem if damaged."""
    path = state_file(data_dir)
    state = FileState(folder, device)
    if not path.exists():
        return state, None
    try:
        facts = read_json(path, limit=MAX_STATE_BYTES)
        if isinstance(facts, dict) and (facts.get("folder"), facts.get("device")) != (
            folder,
            device,
        ):
            return state, None  # what it knew is of another folder
        _restore(facts, state)
    except (LoadError, ValueError, KeyError, TypeError, IndexError) as exc:
        why = "; ".join(str(p) for p in exc.problems) if isinstance(exc, LoadError) else str(exc)
        return FileState(folder, device), (
            f"{path} could not be used ({why:.200}); it is made again, and files that differ "
            "from your other computers' are settled as conflicts (nothing is lost)"
        )
    return state, None


def save_file_state(state: FileState, data_dir: Path) -> None:
    """Write the state whole if it changed; raises ``OSError`` (the caller reports it)."""
    text = json.dumps(_facts(state), ensure_ascii=False, separators=(",", ":")) + "\n"
    path = state_file(data_dir)
    if text == state.saved and path.exists():
        return  # a merge that changed nothing costs no write and no fsync
    write_atomically(path, text)
    state.saved = text


__all__ = [
    "STATE_FILE",
    "Conflict",
    "FileState",
    "load_file_state",
    "save_file_state",
    "state_file",
]
