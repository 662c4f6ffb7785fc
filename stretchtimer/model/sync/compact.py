"""Keeping a device's folder to a few files: small segments are combined now and then.

Every merge that has something to send writes a new segment, so a day of three sessions
makes three small files. Segments are sorted into size classes, each :data:`FANOUT` times
the one below (under 8 KiB, under 64 KiB, under 512 KiB); when a class holds
:data:`FANOUT` segments they are written as one segment of the next class (newest record
of each key only), and only then removed. A record is so rewritten about three times in
its life, and a device keeps at most ``FANOUT - 1`` files per class plus its full
segments: a year of three sessions a day is about a dozen files. A crash between the
write and the removal leaves both, which is harmless: the same record read twice is one
record.

Only a device's own folder is ever compacted, and only the files it could read whole:
a file it cannot read is left as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from stretchtimer.model.sync.folder import FileInfo, Folder, FolderError
from stretchtimer.model.sync.records import Key, SyncRecord, newer
from stretchtimer.model.sync.segments import (
    MAX_SEGMENT_BYTES,
    TARGET_SEGMENT_BYTES,
    SegmentError,
    decode_segment,
    encode_segment,
    split_for_segments,
)

FANOUT = 8
SMALLEST_CLASS_BYTES = 8 * 1024
SMALL_BYTES = TARGET_SEGMENT_BYTES // 2  # from here on a segment is never rewritten


@dataclass
class Compaction:
    written: list[FileInfo] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    records: list[SyncRecord] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def size_class(size: int) -> int | None:
    """0 for the smallest segments, 1 for the next, ...; ``None`` for full ones."""
    if size >= SMALL_BYTES:
        return None
    level, bound = 0, SMALLEST_CLASS_BYTES
    while size >= bound:
        level, bound = level + 1, bound * FANOUT
    return level


def to_compact(own: list[FileInfo]) -> list[FileInfo]:
    """The smallest class of segments that is full, or nothing."""
    classes: dict[int, list[FileInfo]] = {}
    for info in own:
        level = size_class(info.size)
        if level is not None:
            classes.setdefault(level, []).append(info)
    for level in sorted(classes):
        if len(classes[level]) >= FANOUT:
            return classes[level]
    return []


def compact(
    folder: Folder, device: str, group: list[FileInfo], name_for: Callable[[], str]
) -> Compaction:
    """Combine ``group`` (see :func:`to_compact`); ``name_for`` names each new file."""
    done = Compaction()
    newest: dict[Key, SyncRecord] = {}
    read: list[str] = []
    for info in group:
        try:
            segment = decode_segment(folder.read(device, info.name, MAX_SEGMENT_BYTES), info.name)
        except (FolderError, SegmentError):
            continue
        for record in segment.records:
            if newer(record, newest.get(record.key)):
                newest[record.key] = record
        read.append(info.name)
    if len(read) < 2:
        return done
    ordered = sorted(newest.values(), key=lambda r: (r.key.kind, r.key.uuid))
    for records in split_for_segments(ordered):
        try:
            done.written.append(folder.write(device, name_for(), encode_segment(device, records)))
        except FolderError as exc:
            # What is written stays (it repeats records already there); nothing is removed.
            done.problems.append(str(exc))
            return done
        done.records.extend(records)
    for name in read:
        try:
            folder.remove(device, name)
        except FolderError as exc:
            done.problems.append(str(exc))
        else:
            done.removed.append(name)
    return done


__all__ = ["FANOUT", "SMALL_BYTES", "Compaction", "compact", "size_class", "to_compact"]
