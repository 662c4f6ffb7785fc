"""The user's routine files: saving one routine into its file, deleting it, and undoing that.

A file may hold more than the routine being edited (a shared file brings its exercises
along), so saving replaces that one routine's entry and keeps everything else. A file
that changed on disk since it was read is not overwritten: :class:`ChangedOnDiskError` says so,
and the person decides.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stretchtimer import paths
from stretchtimer.model.atomic import write_atomically
from stretchtimer.model.catalogue import Routine
from stretchtimer.model.routine_json import routine_to_dict

MAX_ROUTINE_FILE_BYTES = 8 * 1024 * 1024


class ChangedOnDiskError(Exception):
    """The file is not what it was when the routine was opened."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} was changed by another program since it was opened")
        self.path = path


class InUseError(Exception):
    """The file holds more than the routine, and something else needs it."""


def fingerprint(data: bytes) -> str:
    """The fingerprint :func:`stamp` takes of a file's bytes."""
    # hashlib maps OpenSSL's library (3.3 MiB resident): only once a file is fingerprinted.
    import hashlib  # noqa: PLC0415

    return hashlib.sha256(data).hexdigest()


def stamp(path: Path) -> str | None:
    """A fingerprint of ``path``'s content (None when there is no file)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    return fingerprint(data)


def routine_file(data_dir: Path, routine: Routine) -> Path:
    """The file ``routine`` is saved in: where it was read from, else ``<id>.json``."""
    folder = paths.user_routines_dir(data_dir)
    if routine.source not in ("", "built-in"):
        source = Path(routine.source)
        if source.parent == folder:
            return source
    return folder / f"{routine.id}.json"


def _document(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    document = json.loads(text)
    if not isinstance(document, dict) or not isinstance(document.get("routines", []), list):
        raise ValueError(f"{path} is not a catalogue file")
    return document


def save_routine(path: Path, routine: Routine, *, expected: str | None) -> str:
    """Write ``routine`` into ``path`` and return the file's new stamp.

    ``expected`` is the stamp the file had when the routine was opened (None: there was
    no file, and there must still be none).
    """
    if stamp(path) != expected:
        raise ChangedOnDiskError(path)
    entry = routine_to_dict(routine)
    if expected is None:
        document: dict[str, Any] = {"version": 1, "exercises": [], "routines": [entry]}
    else:
        document = _document(path)
        routines = document.get("routines", [])
        ids = [r.get("id") if isinstance(r, dict) else None for r in routines]
        if routine.id in ids:
            routines[ids.index(routine.id)] = entry
        else:
            routines.append(entry)
        document["routines"] = routines
    text = json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    write_atomically(path, text, replace=expected is not None)
    return fingerprint(text.encode("utf-8"))


@dataclass(frozen=True)
class Deleted:
    """A routine file moved aside, and where it came from: enough to undo the delete."""

    original: Path
    aside: Path


def delete_routine(path: Path, routine: Routine, data_dir: Path, others: list[Routine]) -> Deleted:
    """Move ``routine``'s file aside into ``<data>/deleted/``.

    When another of ``others`` lives in the same file or uses an exercise the file
    holds, nothing is moved and :class:`InUseError` names them.
    """
    try:
        document = _document(path)
    except (OSError, ValueError):
        document = {}
    raw = document.get("exercises", [])
    held = {e.get("id") for e in raw if isinstance(e, dict)} if isinstance(raw, list) else set()
    users = [
        r.name for r in others
        if r.id != routine.id
        and (r.source == str(path) or any(i.exercise in held for i in r.items))
    ]  # fmt: skip
    if users:
        raise InUseError(", ".join(users))
    folder = data_dir / "deleted"
    paths.ensure_private_dir(folder)
    aside = folder / f"{path.stem}-{time.time_ns()}{path.suffix}"
    path.rename(aside)
    return Deleted(path, aside)


def undo_delete(deleted: Deleted) -> None:
    """Put a deleted file back; ``FileExistsError`` when its name was taken meanwhile."""
    if deleted.original.exists():
        raise FileExistsError(deleted.original)
    deleted.aside.rename(deleted.original)
