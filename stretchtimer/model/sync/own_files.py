"""The person's own files in the data folder, as the file sync sees and changes them.

Routine files are ``<data>/routines/*.json``, pictures ``<data>/pictures/*``; only plain
names and regular files count (never a symbolic link), each under its size cap. Every
change is made whole or not at all (:func:`~stretchtimer.model.atomic.write_atomically`),
and nothing the person made is ever thrown away: a file deleted on another device is moved
aside into ``<data>/deleted/`` (as the editor's delete does), and a file that lost to a
newer version from elsewhere is kept under ``conflicts/`` beside it.
"""

from __future__ import annotations

import json
import os
import stat
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from stretchtimer import paths
from stretchtimer.model.atomic import write_atomically
from stretchtimer.model.catalogue import Catalogue, CatalogueError, load_file, parse_catalogue
from stretchtimer.model.sharing.pictures import content_problem
from stretchtimer.model.sync.file_versions import (
    FileKey,
    FileKind,
    content_limit,
    digest_of,
    name_problem,
)

CONFLICTS = "conflicts"
RACY_MS = 2000
Stamp = tuple[int, int, int, int]


class OwnFileError(Exception):
    """A file in the data folder could not be read or changed; the message names it."""


@dataclass(frozen=True, slots=True)
class LocalFile:
    """A file as it is here now: its content's digest, and when it was last written."""

    digest: str
    changed_ms: int


@dataclass
class Scan:
    """The own files here; ``blocked``: here, but unreadable or too large (left alone)."""

    files: dict[FileKey, LocalFile] = field(default_factory=dict)
    blocked: set[FileKey] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


def _stamp_name(now_ms: int) -> str:
    return f"{datetime.fromtimestamp(now_ms / 1000, UTC):%Y%m%dT%H%M%SZ}"


class OwnFiles:
    """The routines and pictures folders of one data folder."""

    def __init__(self, data_dir: Path, builtin: Catalogue) -> None:
        self.data_dir = data_dir
        self.builtin = builtin
        self.folders = {
            FileKind.ROUTINE: paths.user_routines_dir(data_dir),
            FileKind.PICTURE: paths.user_pictures_dir(data_dir),
        }

    @classmethod
    def with_builtin(cls, data_dir: Path, catalogue_file: Path) -> OwnFiles:
        return cls(data_dir, load_file(catalogue_file, require_illustration=True))

    def path(self, key: FileKey) -> Path:
        return self.folders[key.kind] / key.name

    def scan(
        self, known: dict[FileKey, tuple[Stamp, LocalFile]] | None = None, now_ms: int = 0
    ) -> Scan:
        """Every own file here, and those that are here but cannot be read (left alone).

        ``known``: digests from earlier scans by size, inode and times, so that an unchanged
        file (a picture of megabytes) is not read again; updated in place. A file written
        in the last ``RACY_MS`` before ``now_ms`` is not remembered: a second write within
        the file system's time granularity could leave all of those the same.

        Raises:
            OwnFileError: a folder cannot be listed (then nothing may be taken as deleted).
        """
        scan = Scan()
        found, problems = scan.files, scan.problems
        for kind, folder in self.folders.items():
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise OwnFileError(f"{folder} cannot be read: {exc.strerror or exc}") from exc
            for entry in entries:
                if kind is FileKind.ROUTINE and not entry.name.endswith(".json"):
                    continue  # the conflicts folder, the editor's temporaries
                if entry.name.startswith(".") or not entry.is_file(follow_symlinks=False):
                    continue
                key = FileKey(kind, entry.name)
                if name_problem(kind, entry.name) is not None:
                    problems.append(f"{folder / entry.name}: not synced, its name is not plain")
                    continue
                try:
                    info = entry.stat(follow_symlinks=False)
                    changed = (info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns)
                    hit = known.get(key) if known is not None else None
                    found[key] = hit[1] if hit and hit[0] == changed else self._look(key)
                    settled = max(info.st_mtime_ns, info.st_ctime_ns) // 1_000_000
                    if known is not None and settled < now_ms - RACY_MS:
                        known[key] = (changed, found[key])
                except OSError as exc:
                    problems.append(f"{folder / entry.name} cannot be read: {exc.strerror}")
                    scan.blocked.add(key)
                except OwnFileError as exc:
                    problems.append(str(exc))
                    scan.blocked.add(key)
        return scan

    def _look(self, key: FileKey) -> LocalFile:
        content, changed = self._read(key)
        return LocalFile(digest_of(content), changed)

    def _read(self, key: FileKey) -> tuple[bytes, int]:
        path = self.path(key)
        limit = content_limit(key.kind)
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(path, flags)
        except OSError as exc:
            raise OwnFileError(f"{path} cannot be read: {exc.strerror or exc}") from exc
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise OwnFileError(f"{path} is not a regular file")
            content = handle.read(limit + 1)
        if len(content) > limit:
            raise OwnFileError(f"{path}: not synced, larger than {limit // 1024} KB")
        return content, info.st_mtime_ns // 1_000_000

    def read(self, key: FileKey) -> bytes:
        return self._read(key)[0]

    def current_digest(self, key: FileKey) -> str | None:
        try:
            return digest_of(self.read(key))
        except OwnFileError:
            return None if not self.path(key).exists() else "unreadable"

    def problem(self, key: FileKey, content: bytes, exercises: Catalogue) -> str | None:
        """Why ``content`` may not become ``key`` here, or None.

        A routine file must be a catalogue file whose routines use only the built-in
        exercises and ``exercises`` (those of the person's other files).
        """
        if key.kind is FileKind.PICTURE:
            return content_problem(key.name, content)
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            return "it is not UTF-8 text"
        # As the catalogue loads it: a routine may not take a built-in routine's id either.
        base = Catalogue({**self.builtin.exercises, **exercises.exercises}, self.builtin.routines)
        try:
            parse_catalogue(text, key.name, base=base, source=str(self.path(key)))
        except CatalogueError as exc:
            return "; ".join(str(p) for p in exc.problems[:3])
        return None

    def exercises_of(self, content: bytes) -> Catalogue:
        """The exercises a routine file declares (none if it cannot be read)."""
        try:
            data = json.loads(content.decode("utf-8"))
            raw = data.get("exercises", []) if isinstance(data, dict) else []
            text = json.dumps({"version": 1, "exercises": raw})
            return parse_catalogue(text, "", base=Catalogue(dict(self.builtin.exercises), {}))
        except (UnicodeDecodeError, ValueError, CatalogueError, RecursionError):
            return Catalogue()

    def install(self, key: FileKey, content: bytes, *, expected: str | None) -> None:
        """Make ``key`` hold ``content``, if it still is as it was read (``expected`` digest,
        None for no file); a picture already there is never replaced."""
        path = self.path(key)
        if self.current_digest(key) != expected:
            raise OwnFileError(f"{path} changed while sync was merging; merged again later")
        try:
            paths.ensure_private_dir(path.parent)
            write_atomically(path, content, replace=key.kind is FileKind.ROUTINE)
        except FileExistsError:
            raise OwnFileError(f"{path} appeared while sync was merging") from None
        except OSError as exc:
            raise OwnFileError(f"Could not write {path}: {exc.strerror or exc}.") from exc

    def move_aside(self, key: FileKey) -> Path:
        """A file deleted elsewhere: into ``<data>/deleted/``, as the editor's delete does."""
        path = self.path(key)
        folder = self.data_dir / "deleted"
        aside = folder / f"{path.stem}-{time.time_ns()}{path.suffix}"
        try:
            paths.ensure_private_dir(folder)
            path.rename(aside)
        except OSError as exc:
            raise OwnFileError(f"Could not move {path} aside: {exc.strerror or exc}.") from exc
        return aside

    def keep_copy(self, key: FileKey, content: bytes, device: str, now_ms: int) -> Path:
        """Keep ``content`` (a version that lost) as ``conflicts/<stem>.<device>.<time>.json``."""
        path = self.path(key)
        folder = path.parent / CONFLICTS
        base = f"{path.stem}.{device[:8]}.{_stamp_name(now_ms)}"
        copy = folder / f"{base}{path.suffix}"
        n = 1
        while copy.exists():
            if digest_of(copy.read_bytes()) == digest_of(content):
                return copy  # kept already
            n += 1
            copy = folder / f"{base}-{n}{path.suffix}"
        try:
            paths.ensure_private_dir(folder)
            write_atomically(copy, content, replace=False)
        except OSError as exc:
            raise OwnFileError(f"Could not keep a copy of {path}: {exc.strerror or exc}.") from exc
        return copy

    def kept_copy(self, key: FileKey, device: str, digest: str) -> Path | None:
        """A copy of ``device``'s version ``digest`` of ``key`` kept under conflicts, if any."""
        path = self.path(key)
        folder = path.parent / CONFLICTS
        try:
            candidates = sorted(folder.glob(f"{path.stem}.{device[:8]}.*{path.suffix}"))
        except OSError:
            return None
        for copy in candidates:
            try:
                if digest_of(copy.read_bytes()) == digest:
                    return copy
            except OSError:
                continue
        return None


__all__ = ["CONFLICTS", "LocalFile", "OwnFileError", "OwnFiles", "Scan"]
