"""Data folders with the person's own files, each with its copy of a sync folder in memory."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from sync_fakes import T0, MemoryFolder

from stretchtimer import resources
from stretchtimer.model.catalogue import Catalogue, load_file
from stretchtimer.model.sync.file_merge import FilesReport, merge_files
from stretchtimer.model.sync.file_state import FileState
from stretchtimer.model.sync.own_files import OwnFiles

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 24


@cache
def builtin() -> Catalogue:
    return load_file(resources.catalogue_path(), require_illustration=True)


def routine_text(name: str, *, exercise: str = "knee-to-chest", rid: str = "") -> bytes:
    """A catalogue file holding one routine called ``name``."""
    routine = {
        "id": rid or name.lower().replace(" ", "-"),
        "name": name,
        "description": "Mine.",
        "items": [{"exercise": exercise}],
    }
    return (json.dumps({"version": 1, "routines": [routine]}, indent=2) + "\n").encode()


def exercise_text(exercise_id: str) -> bytes:
    """A catalogue file holding one exercise of the person's own."""
    data = json.loads(Path(resources.catalogue_path()).read_text(encoding="utf-8"))
    exercise = dict(data["exercises"][0], id=exercise_id, name="My stretch")
    exercise.pop("illustration", None)
    return json.dumps({"version": 1, "exercises": [exercise]}).encode()


class Desk:
    """A computer: its data folder, its copy of the sync folder, its clock (``skew`` ms)."""

    def __init__(self, root: Path, device: str, *, skew: int = 0) -> None:
        self.device = device
        self.data = root / device[:8]
        self.routines = self.data / "routines"
        self.pictures = self.data / "pictures"
        self.folder = MemoryFolder()
        self.state = FileState("folder", device)
        self.own = OwnFiles(self.data, builtin())
        self.skew = skew

    def write(self, name: str, content: bytes) -> None:
        self.routines.mkdir(parents=True, exist_ok=True)
        (self.routines / name).write_bytes(content)

    def read(self, name: str) -> bytes | None:
        path = self.routines / name
        return path.read_bytes() if path.exists() else None

    def names(self) -> dict[str, bytes]:
        if not self.routines.is_dir():
            return {}
        return {p.name: p.read_bytes() for p in sorted(self.routines.glob("*.json"))}

    def kept(self) -> list[Path]:
        """Copies kept under conflicts/ and files moved aside into deleted/."""
        found = [*self.routines.glob("conflicts/*"), *self.pictures.glob("conflicts/*")]
        return sorted([*found, *(self.data / "deleted").glob("*")])

    def sync(self, now: int) -> FilesReport:
        return merge_files(
            self.folder, self.own, self.state, device=self.device, now_ms=now + self.skew
        )


def carry(source: Desk, target: Desk) -> None:
    """The sync engine brings ``source``'s own folder over to ``target``, deletions too."""
    mine = source.folder.files_of(source.device)
    for name in list(target.folder.files_of(source.device)):
        if name not in mine:
            target.folder.content.pop((source.device, name))
    for name, data in mine.items():
        if target.folder.files_of(source.device).get(name) != data:
            target.folder.put(source.device, name, data)


def exchange(*desks: Desk) -> None:
    for source in desks:
        for target in desks:
            if source is not target:
                carry(source, target)


__all__ = ["PNG", "T0", "Desk", "builtin", "carry", "exchange", "exercise_text", "routine_text"]
