"""The sync folder on disk: ``<folder>/StretchTimer/<device-id>/`` and the files in it.

Other programs write here (the sync engine, other devices, the person), so only regular
files and real folders are looked at (never a symbolic link), names are checked, counts
and sizes are capped, and every failure is a :class:`FolderError` naming the path. The
sync folder itself is never created, and its ``StretchTimer`` folder only when the person
has just chosen it: if either is missing later, a drive is unplugged or a share is not
mounted, and writing there would put files on the bare mount point.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from stretchtimer.model.atomic import write_atomically
from stretchtimer.model.sync.codec import DEVICE_ID

APP_FOLDER = "StretchTimer"
MAX_DEVICES = 64
MAX_FILES_PER_DEVICE = 5000
TEMP_SUFFIX = ".tmp"


class FolderError(Exception):
    """The sync folder or a file in it could not be used; the message names the path."""


class FolderMissingError(FolderError):
    """The sync folder is not there at all (unplugged drive, unmounted share)."""


@dataclass(frozen=True, slots=True)
class FileInfo:
    """A file in a device's folder; ``changed`` is its size and modification time."""

    name: str
    size: int
    changed: tuple[int, int]


def is_temporary(name: str) -> bool:
    """Half-written files: ours (``.name.tmp``) and the sync engines' (hidden or ``.tmp``)."""
    return name.startswith((".", "~")) or name.endswith((TEMP_SUFFIX, ".part", ".partial"))


class Folder(Protocol):
    """What the merge needs of a sync folder (a real one, or one in memory for tests)."""

    def devices(self) -> list[str]: ...
    def files(self, device: str) -> list[FileInfo]: ...
    def read(self, device: str, name: str, limit: int) -> bytes: ...
    def write(self, device: str, name: str, data: bytes) -> FileInfo: ...
    def remove(self, device: str, name: str) -> None: ...


class DiskFolder:
    """A sync folder on a real file system."""

    def __init__(self, folder: Path, *, create: bool = False) -> None:
        """``create``: the person has just chosen ``folder``; make its ``StretchTimer`` folder."""
        self.folder = folder
        self.root = folder / APP_FOLDER
        self._create = create

    def _check(self) -> None:
        if not self.folder.is_dir():
            raise FolderMissingError(
                f"The sync folder {self.folder} is not there (an unplugged drive or a share "
                "that is not mounted?); sync goes on when it is back."
            )
        if self.root.is_dir():
            return
        if not self._create:
            raise FolderMissingError(
                f"The sync folder {self.folder} has no {APP_FOLDER} folder (an unplugged "
                "drive or a share that is not mounted?); sync goes on when it is back. If it "
                "was removed on purpose, choose the folder again in the settings."
            )
        try:
            self.root.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise FolderError(f"Could not create {self.root}: {exc.strerror or exc}.") from exc

    def devices(self) -> list[str]:
        self._check()
        try:
            entries = list(os.scandir(self.root))
        except OSError as exc:
            raise FolderError(f"{self.root} cannot be read: {exc.strerror or exc}") from exc
        names = sorted(
            e.name for e in entries if DEVICE_ID.match(e.name) and e.is_dir(follow_symlinks=False)
        )
        return names[:MAX_DEVICES]

    def files(self, device: str) -> list[FileInfo]:
        folder = self.root / device
        try:
            entries = list(os.scandir(folder))
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise FolderError(f"{folder} cannot be read: {exc.strerror or exc}") from exc
        found: list[FileInfo] = []
        for entry in sorted(entries, key=lambda e: e.name):
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue  # gone since the listing
            if stat.S_ISREG(info.st_mode):
                found.append(FileInfo(entry.name, info.st_size, (info.st_size, info.st_mtime_ns)))
        return found[:MAX_FILES_PER_DEVICE]

    def read(self, device: str, name: str, limit: int) -> bytes:
        path = self.root / device / name
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(path, flags)
        except OSError as exc:
            raise FolderError(f"{path} cannot be opened: {exc.strerror or exc}") from exc
        with os.fdopen(fd, "rb") as handle:
            try:
                if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                    raise FolderError(f"{path} is not a regular file")
                data = handle.read(limit + 1)
            except OSError as exc:
                raise FolderError(f"{path} cannot be read: {exc.strerror or exc}") from exc
        if len(data) > limit:
            raise FolderError(f"{path} is larger than {limit} bytes")
        return data

    def write(self, device: str, name: str, data: bytes) -> FileInfo:
        """Write ``name`` whole or not at all (a hidden temporary name, fsync, rename)."""
        self._check()
        folder = self.root / device
        try:
            folder.mkdir(exist_ok=True, mode=0o700)
            write_atomically(folder / name, data, make_folder=False)
            info = (folder / name).stat()
        except OSError as exc:
            raise FolderError(f"Could not write {folder / name}: {exc.strerror or exc}.") from exc
        return FileInfo(name, info.st_size, (info.st_size, info.st_mtime_ns))

    def remove(self, device: str, name: str) -> None:
        path = self.root / device / name
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise FolderError(f"Could not remove {path}: {exc.strerror or exc}.") from exc


__all__ = [
    "APP_FOLDER",
    "DiskFolder",
    "FileInfo",
    "Folder",
    "FolderError",
    "FolderMissingError",
    "is_temporary",
]
