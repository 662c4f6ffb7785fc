"""One file merge: the person's own routine files and pictures, between the data folder
and every device's version files in the sync folder.

For each routine file, the version its content here has is its *base* (see
:mod:`~stretchtimer.model.sync.file_state`); content that differs from the base is a change
made here, stamped ``max(wall clock, base + 1 ms)`` (``records.next_stamp``), the same
rule as the history's, so a change made after seeing a version always beats it.
The newest valid version anywhere wins (last writer wins):

- if it is this device's change, it is published as a version file of this device (and
  this device's older version files of that file are removed);
- if it is another device's, it replaces the file here; had the file been changed here
  too (a real concurrent edit), that content is kept as a copy under
  ``routines/conflicts/`` and reported, never dropped. A deletion (a tombstone) moves the
  file aside into ``<data>/deleted/``; it never beats a change stamped after it.

A version file is checked whole before anything is replaced: a routine file must load as a
catalogue with the built-in exercises and those of the person's other files, a picture
must be what its name says. A bad one is reported and ignored, and the next newest version
is considered instead.

Pictures go by content: a picture is added where its name is free and never replaced;
another device's different picture under a name already used here is kept under
``pictures/conflicts/`` and reported. Deleting a picture does not travel.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from stretchtimer.model.catalogue import Catalogue
from stretchtimer.model.sync.file_state import Conflict, FileState
from stretchtimer.model.sync.file_versions import (
    MAX_VERSION_FILE_BYTES,
    SUFFIX,
    FileKey,
    FileKind,
    FileVersion,
    VersionFileError,
    VersionFileIncompleteError,
    decode_version,
    encode_version,
    is_version_file_name,
)
from stretchtimer.model.sync.folder import Folder, FolderError, FolderMissingError
from stretchtimer.model.sync.own_files import LocalFile, OwnFileError, OwnFiles
from stretchtimer.model.sync.records import Version, next_stamp


@dataclass
class FilesReport:
    """What one file merge did: files taken in and sent, conflicts kept, problems."""

    files_in: int = 0
    files_out: int = 0
    unsent: int = 0
    folder_available: bool = True
    conflicts: list[Conflict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether files here changed: the catalogue should be loaded again."""
        return self.files_in > 0


@dataclass(frozen=True, slots=True)
class _Found:
    version: FileVersion
    device: str  # whose folder holds it
    name: str  # the version file's name there


def version_file_name(now_ms: int, token: str) -> str:
    return f"f{datetime.fromtimestamp(now_ms / 1000, UTC):%Y%m%dT%H%M%S}-{token}{SUFFIX}"


@dataclass
class _FileMerge:
    folder: Folder
    own: OwnFiles
    state: FileState
    device: str
    now_ms: int
    token: Callable[[], str]
    report: FilesReport = field(default_factory=FilesReport)
    found: dict[FileKey, list[_Found]] = field(default_factory=dict)
    local: dict[FileKey, LocalFile] = field(default_factory=dict)
    blocked: set[FileKey] = field(default_factory=set)
    notes: dict[FileKey, list[str]] = field(default_factory=dict)  # problems, per file
    final: bool = False  # the last pass: a routine that does not load is passed over
    exercises: dict[str, Catalogue] = field(default_factory=dict)  # by a file's digest

    def note(self, key: FileKey, text: str) -> None:
        self.notes.setdefault(key, []).append(text)

    def rescan(self) -> None:
        scan = self.own.scan(self.state.local, self.now_ms)
        self.local, self.blocked = scan.files, scan.blocked
        self.report.problems.extend(scan.problems)

    # ----- reading ----------------------------------------------------------------------
    def scan(self) -> None:
        """Every device's version files (read once per size and time), newest first per file."""
        cache, seen = self.state.cache, set()
        for device in self.folder.devices():
            try:
                files = self.folder.files(device)
            except FolderError as exc:
                self.report.problems.append(str(exc))
                continue
            for info in files:
                if not is_version_file_name(info.name):
                    continue
                path = f"{device}/{info.name}"
                seen.add(path)
                hit = cache.get(path)
                if hit is None or hit[0] != info.changed:
                    try:
                        hit = (info.changed, self._decode(device, info.name)[0])
                    except VersionFileIncompleteError as exc:
                        self.report.waiting.append(str(exc))  # read again next time
                        continue
                    cache[path] = hit
                if isinstance(hit[1], str):
                    self.report.problems.append(hit[1])
                    continue
                self.found.setdefault(hit[1].key, []).append(_Found(hit[1], device, info.name))
        for path in set(cache) - seen:
            del cache[path]
        for versions in self.found.values():
            versions.sort(key=lambda f: (f.version.version, f.version.digest), reverse=True)

    def _decode(self, device: str, name: str) -> tuple[FileVersion | str, bytes | None]:
        """The version file's version and content, or why it cannot be used.

        Raises:
            VersionFileIncompleteError: it is still arriving (or cut short); try later.
        """
        path = f"{device}/{name}"
        try:
            raw = self.folder.read(device, name, MAX_VERSION_FILE_BYTES)
            return decode_version(raw, path)
        except VersionFileIncompleteError:
            raise
        except (FolderError, VersionFileError) as exc:
            return str(exc), None

    def content(self, found: _Found) -> bytes | None:
        """The content of ``found``, read again and checked (None if it is not what it was)."""
        try:
            version, content = self._decode(found.device, found.name)
        except VersionFileIncompleteError:
            return None
        if version != found.version:
            return None
        return content

    # ----- routine files ----------------------------------------------------------------
    def exercises_except(self, key: FileKey) -> Catalogue:
        """The exercises of the person's routine files here, but for ``key``'s."""
        merged = Catalogue()
        for other in sorted(k for k in self.local if k.kind is FileKind.ROUTINE and k != key):
            digest = self.local[other].digest
            if digest not in self.exercises:
                try:
                    self.exercises[digest] = self.own.exercises_of(self.own.read(other))
                except OwnFileError:
                    continue
            merged.exercises.update(self.exercises[digest].exercises)
        return merged

    def mine(self, key: FileKey) -> tuple[FileVersion | None, bool]:
        """The version the file here has, and whether it is a change made here since."""
        base, here = self.state.base.get(key), self.local.get(key)
        if here is None and (base is None or base.deleted):
            return base, False
        if here is not None and base is not None and here.digest == base.digest:
            return base, False
        if here is not None:
            # The content of a version in the folder, not older than the base (the state was
            # lost, say): that one. Going back to an older content is a change, though.
            same = [f.version for f in self.found.get(key, []) if f.version.digest == here.digest]
            if same and (base is None or same[0].beats(base)):
                self.state.base[key] = same[0]
                return same[0], False
        wall = self.now_ms if here is None else min(here.changed_ms, self.now_ms)
        stamp = next_stamp(wall, base.version if base else None)
        version = Version(stamp, here is None, self.device)
        after = base.next_after() if base else ()
        return FileVersion(key, version, "" if here is None else here.digest, after), True

    def settle_routine(self, key: FileKey) -> bool:
        """Settle one routine file; False when it should be tried again after the others."""
        self.notes.pop(key, None)
        if key in self.blocked:
            return True  # unreadable here: neither changed nor deleted, as far as sync knows
        mine, changed = self.mine(key)
        here = self.local.get(key)
        for found in self.found.get(key, []):
            theirs = found.version
            if not theirs.beats(mine):
                break
            if (here is None and theirs.deleted) or (here and here.digest == theirs.digest):
                self.state.base[key] = theirs  # the same content: nothing to do
                return True
            # Made here, and replaced by a version made without seeing it: kept as a copy.
            ours = mine is not None and mine.version.device == self.device
            keep = changed or (ours and mine is not None and not theirs.made_after(mine.version))
            taken = self.take(key, found, keep)
            if taken is None:
                continue  # a bad version: the next newest is considered
            return taken
        if changed and mine is not None:
            self.publish(key, mine)
        return True

    def take(self, key: FileKey, found: _Found, keep: bool) -> bool | None:
        """Replace the file here by ``found``, keeping a copy of it first if ``keep``; None
        if ``found`` is unusable, False to try again after the others."""
        theirs, here = found.version, self.local.get(key)
        where = f"{found.device}/{found.name}"
        content = None if theirs.deleted else self.content(found)
        if not theirs.deleted:
            if content is None:
                self.report.waiting.append(f"{where}: changed while it was read; read later")
                return None
            problem = self.own.problem(key, content, self.exercises_except(key))
            if problem is not None:
                self.note(
                    key,
                    f"{where}: the {key} from device {theirs.version.device} was not taken "
                    f"in: {problem}",
                )
                return None if self.final or key.kind is FileKind.PICTURE else False
        try:
            if theirs.deleted:
                if here is not None:
                    aside = self.own.move_aside(key)
                    if keep:
                        self.conflict(key, str(aside), self.device)
            else:
                assert content is not None
                if keep and here is not None:
                    copy = self.own.keep_copy(key, self.own.read(key), self.device, self.now_ms)
                    self.conflict(key, str(copy), self.device)
                self.own.install(key, content, expected=here.digest if here else None)
        except OwnFileError as exc:
            self.note(key, str(exc))
            return True  # tried again at the next merge: the base is unchanged
        self.state.base[key] = theirs
        self.report.files_in += 1
        return True

    def conflict(self, key: FileKey, copy: str, device: str) -> None:
        kept = Conflict(str(self.own.path(key)), copy, device, self.now_ms)
        self.report.conflicts.append(kept)
        self.state.conflicts.append(kept)

    def publish(self, key: FileKey, mine: FileVersion) -> None:
        """Write this device's version of ``key``, then remove its older version files."""
        content: bytes | None = None
        if not mine.deleted:
            try:
                content = self.own.read(key)
            except OwnFileError as exc:
                self.note(key, str(exc))
                return
            if key.kind is FileKind.ROUTINE:
                problem = self.own.problem(key, content, self.exercises_except(key))
                if problem is not None:
                    self.note(
                        key, f"{self.own.path(key)} is not sent to your other computers: {problem}"
                    )
                    return
        name = version_file_name(self.now_ms, self.token())
        try:
            self.folder.write(self.device, name, encode_version(mine, content))
        except FolderError as exc:
            self.note(key, str(exc))
            self.report.unsent += 1
            return
        for old in self.found.get(key, []):
            if old.device == self.device and old.name != name:
                try:
                    self.folder.remove(self.device, old.name)
                except FolderError as exc:
                    self.note(key, str(exc))
        self.state.base[key] = mine
        self.report.files_out += 1

    # ----- pictures ---------------------------------------------------------------------
    def settle_picture(self, key: FileKey) -> None:
        if key in self.blocked:
            return
        here = self.local.get(key)
        ours = [f for f in self.found.get(key, []) if f.device == self.device]
        if here is not None and not any(f.version.digest == here.digest for f in ours):
            previous = ours[0].version if ours else None
            wall = min(here.changed_ms, self.now_ms)
            stamp = next_stamp(wall, previous.version if previous else None)
            after = previous.next_after() if previous else ()
            mine = FileVersion(key, Version(stamp, False, self.device), here.digest, after)
            self.publish(key, mine)
        digests = {here.digest} if here is not None else set()
        for found in self.found.get(key, []):
            theirs = found.version
            if found.device == self.device or theirs.deleted or theirs.digest in digests:
                continue
            if not digests:
                if self.take(key, found, keep=False):
                    digests.add(theirs.digest)
                continue
            self.keep_theirs(key, found)
            digests.add(theirs.digest)

    def keep_theirs(self, key: FileKey, found: _Found) -> None:
        """Another device's different picture under a name used here: kept aside, told."""
        theirs = found.version
        if self.own.kept_copy(key, theirs.version.device, theirs.digest) is not None:
            return
        content = self.content(found)
        problem = None if content is None else self.own.problem(key, content, Catalogue())
        if content is None or problem is not None:
            return
        try:
            copy = self.own.keep_copy(key, content, theirs.version.device, self.now_ms)
        except OwnFileError as exc:
            self.note(key, str(exc))
            return
        self.conflict(key, str(copy), theirs.version.device)

    # ----- the whole merge --------------------------------------------------------------
    def run(self) -> FilesReport:
        report = self.report
        try:
            self.scan()
        except FolderError as exc:
            report.folder_available = not isinstance(exc, FolderMissingError)
            report.problems.append(str(exc))
            return report
        try:
            self.rescan()
        except OwnFileError as exc:
            report.problems.append(str(exc))
            return report
        keys = set(self.local) | set(self.state.base) | set(self.found)
        for key in sorted(k for k in keys if k.kind is FileKind.PICTURE):
            self.settle_picture(key)
        todo = sorted(k for k in keys if k.kind is FileKind.ROUTINE)
        while todo:
            # A routine may use exercises of a file that arrives in this same merge: those
            # that do not load are tried again while others arrive, then passed over.
            before = report.files_in
            todo = [k for k in todo if not self.settle_routine(k)]
            if report.files_in == before:
                self.final = True
            if not todo:
                break
            try:
                self.rescan()
            except OwnFileError as exc:
                report.problems.append(str(exc))
                break
        self.state.files_in += report.files_in
        self.state.files_out += report.files_out
        for notes in self.notes.values():
            report.problems.extend(notes)
        report.problems = list(dict.fromkeys(report.problems))
        self.state.problems = list(report.problems)
        return report


def merge_files(
    folder: Folder,
    own: OwnFiles,
    state: FileState,
    *,
    device: str,
    now_ms: int,
    token: Callable[[], str] = lambda: secrets.token_hex(4),
) -> FilesReport:
    """Merge the person's own files both ways; ``state`` is updated in place."""
    return _FileMerge(folder, own, state, device, now_ms, token).run()


__all__ = ["FilesReport", "merge_files", "version_file_name"]
