"""One version of one of the person's own files, as a device publishes it in the sync folder.

A routine file (``<data>/routines/<name>.json``) or a picture (``<data>/pictures/<name>``)
travels whole, as a *version file* in the folder of the device that made the change::

    {"format": "stretchtimer-sync-file", "version": 1, "kind": "routine", "name": "x.json",
     "device": "...", "updated_utc": "...", "deleted": false, "after": [["<device>",
     "<updated_utc>", false], ...], "bytes": 1234, "sha256": "..."}
    <the file's bytes, exactly>

``after`` lists the versions this one was made from, the nearest first (at most
``MAX_AFTER``): a device whose own version is replaced by one that was not made from it
knows the two were made without seeing each other, and keeps its own as a copy.

The header line says which file, which version and how long the content is; ``bytes`` and
``sha256`` cover everything after it, so a version file that is still arriving, cut short
or damaged is recognised and not used (it is read again at a later merge). A version file
is written once and never changed; a newer version is a new file. A deletion is a version
with ``deleted`` true and no content (a tombstone).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from stretchtimer.model.catalogue import MAX_FILE_BYTES
from stretchtimer.model.sharing.pictures import MAX_PICTURE_BYTES
from stretchtimer.model.sharing.pictures import name_problem as picture_name_problem
from stretchtimer.model.sync.codec import RecordError, device_id, utc_ms
from stretchtimer.model.sync.folder import is_temporary
from stretchtimer.model.sync.records import Version, stamp_text

FORMAT = "stretchtimer-sync-file"
FORMAT_VERSION = 1
SUFFIX = ".stfile"
MAX_HEADER_BYTES = 8192
MAX_AFTER = 16
MAX_VERSION_FILE_BYTES = MAX_HEADER_BYTES + max(MAX_FILE_BYTES, MAX_PICTURE_BYTES)
# A plain name on every system a sync engine may copy it to: no folder, no control
# character, none of Windows' reserved ones, not hidden, no trailing space or dot.
_ROUTINE_NAME = re.compile(r'(?![.~ ])[^/\\\x00-\x1f\x7f<>:"|?*]{1,96}(?<![ .])\.json\Z')
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")
_decode = json.JSONDecoder().decode
_START = b'{"format":"' + FORMAT.encode() + b'"'  # how every version file begins


class FileKind(StrEnum):
    ROUTINE = "routine"
    PICTURE = "picture"


class VersionFileError(Exception):
    """Not a usable version file; the message names the file and says why."""


class VersionFileIncompleteError(VersionFileError):
    """Shorter than its header says, or its checksum differs: still arriving, tried later."""


@dataclass(frozen=True, slots=True, order=True)
class FileKey:
    """Which file: its kind and its plain name in the routines or pictures folder."""

    kind: FileKind
    name: str

    def __str__(self) -> str:
        return f"{self.kind.value} file {self.name}"


@dataclass(frozen=True, slots=True)
class FileVersion:
    """A version of a file: ``digest`` is the content's SHA-256 ('' for a tombstone)."""

    key: FileKey
    version: Version
    digest: str
    after: tuple[Version, ...] = ()  # the versions it was made from, the nearest first

    def made_after(self, other: Version) -> bool:
        """Whether this version was made from ``other`` (so whoever made it had seen it)."""
        return other == self.version or other in self.after

    def next_after(self) -> tuple[Version, ...]:
        """``after`` for a version made from this one."""
        return (self.version, *self.after)[:MAX_AFTER]

    @property
    def deleted(self) -> bool:
        return self.version.deleted

    def beats(self, other: FileVersion | None) -> bool:
        """Whether this version replaces ``other``: the later stamp, then by content."""
        if other is None:
            return True
        if self.version != other.version:
            return self.version > other.version
        return self.digest > other.digest


def digest_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def name_problem(kind: FileKind, name: str) -> str | None:
    """Why ``name`` cannot name a file of ``kind`` (a plain name in its folder), or None."""
    if kind is FileKind.PICTURE:
        return picture_name_problem(name)
    if not _ROUTINE_NAME.match(name) or ".." in name:
        return f"{name!r} is not a plain routine file name"
    return None


def content_limit(kind: FileKind) -> int:
    return MAX_PICTURE_BYTES if kind is FileKind.PICTURE else MAX_FILE_BYTES


def is_version_file_name(name: str) -> bool:
    """Ours, and the copies sync engines make of ours in a conflict (the suffix stays)."""
    return SUFFIX in name and not is_temporary(name)


def encode_version(version: FileVersion, content: bytes | None) -> bytes:
    """The version file of ``version``; ``content`` is the file's bytes (None: a tombstone)."""
    body = b"" if content is None else content
    header = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "kind": version.key.kind.value,
        "name": version.key.name,
        "device": version.version.device,
        "updated_utc": stamp_text(version.version.stamp_ms),
        "deleted": version.deleted,
        "after": [[v.device, stamp_text(v.stamp_ms), v.deleted] for v in version.after],
        "bytes": len(body),
        "sha256": version.digest,
    }
    line = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return line + b"\n" + body


def _header(raw: bytes, path: str) -> dict[str, Any]:
    end = raw.find(b"\n", 0, MAX_HEADER_BYTES)
    if end < 0:
        if len(raw) < MAX_HEADER_BYTES and (_START.startswith(raw) or raw.startswith(_START)):
            raise VersionFileIncompleteError(f"{path}: incomplete; tried again later")
        raise VersionFileError(f"{path}: not a StretchTimer version file (no header line)")
    try:
        header = _decode(raw[:end].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise VersionFileError(f"{path}: the header line is not JSON") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise VersionFileError(f"{path}: not a StretchTimer version file (field 'format')")
    number = header.get("version")
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise VersionFileError(f"{path}: field 'version' must be a whole number")
    if number > FORMAT_VERSION:
        raise VersionFileError(f"{path}: written by a newer StretchTimer; update to read it")
    return header


def decode_version(raw: bytes, path: str) -> tuple[FileVersion, bytes | None]:
    """The version a version file holds, and its content (None for a tombstone).

    Raises:
        VersionFileIncompleteError: cut short or its checksum differs (try again later).
        VersionFileError: anything else that makes it unusable; the message names a field.
    """
    if len(raw) > MAX_VERSION_FILE_BYTES:
        raise VersionFileError(f"{path}: larger than {MAX_VERSION_FILE_BYTES} bytes")
    header = _header(raw, path)
    body = raw[raw.index(b"\n") + 1 :]

    def bad(field: str, why: str) -> VersionFileError:
        return VersionFileError(f"{path}: field '{field}' {why}")

    try:
        kind = FileKind(str(header.get("kind")))
    except ValueError:
        raise bad("kind", "must be 'routine' or 'picture'") from None
    name = header.get("name")
    if not isinstance(name, str):
        raise bad("name", "must be text")
    problem = name_problem(kind, name)
    if problem is not None:
        raise bad("name", f"is wrong: {problem}")
    deleted = header.get("deleted")
    if not isinstance(deleted, bool):
        raise bad("deleted", "must be true or false")
    size = header.get("bytes")
    if isinstance(size, bool) or not isinstance(size, int) or not 0 <= size <= content_limit(kind):
        raise bad("bytes", f"must be a whole number from 0 to {content_limit(kind)}")
    digest = header.get("sha256")
    if not isinstance(digest, str) or not (_SHA256.match(digest) or (deleted and digest == "")):
        raise bad("sha256", "must be 64 hexadecimal digits")
    try:
        device = device_id(header.get("device"))
        stamp = utc_ms(header.get("updated_utc"), "updated_utc")
        after = _after(header.get("after", []))
    except RecordError as exc:
        raise VersionFileError(f"{path}: {exc}") from None
    if deleted and size:
        raise bad("bytes", "must be 0 for a deleted file")
    if len(body) != size or (not deleted and digest_of(body) != digest):
        raise VersionFileIncompleteError(
            f"{path}: incomplete or damaged (its checksum differs); tried again later"
        )
    version = FileVersion(FileKey(kind, name), Version(stamp, deleted, device), digest, after)
    return version, (None if deleted else body)


def _after(value: Any) -> tuple[Version, ...]:
    if not isinstance(value, list) or len(value) > MAX_AFTER:
        raise RecordError(f"field 'after' must be a list of at most {MAX_AFTER} versions")
    found = []
    for entry in value:
        if not (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[2], bool)):
            raise RecordError("field 'after' must list [device, updated_utc, deleted] entries")
        found.append(Version(utc_ms(entry[1], "after"), entry[2], device_id(entry[0], "after")))
    return tuple(found)


__all__ = [
    "FORMAT",
    "MAX_VERSION_FILE_BYTES",
    "SUFFIX",
    "FileKey",
    "FileKind",
    "FileVersion",
    "VersionFileError",
    "VersionFileIncompleteError",
    "content_limit",
    "decode_version",
    "digest_of",
    "encode_version",
    "is_version_file_name",
    "name_problem",
]
