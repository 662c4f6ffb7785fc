"""Reading the sync folder: every device's new segments and manifests, checked.

Segment files are found by their ``.stseg`` ending, wherever a sync engine put it in the
name, so conflict copies (``name.sync-conflict-20240501-120000-ABC.stseg``,
``name (conflicted copy 2024-05-01).stseg``) are read like any other segment: they hold
records like any other, and since the merge is by version, reading one twice changes
nothing. Files already read (same size and modification time) are not read again.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass, field

from stretchtimer.model.sync.folder import TEMP_SUFFIX, FileInfo, Folder, FolderError, is_temporary
from stretchtimer.model.sync.manifest import (
    MAX_MANIFEST_BYTES,
    Manifest,
    ManifestError,
    decode_manifest,
    is_manifest_name,
)
from stretchtimer.model.sync.records import Key, SyncRecord, newer
from stretchtimer.model.sync.segments import (
    MAX_SEGMENT_BYTES,
    SUFFIX,
    SegmentError,
    SegmentIncompleteError,
    decode_segment,
)
from stretchtimer.model.sync.state import DeviceSeen

# Our own temporary files older than this were left by a process that died mid-write.
STALE_TEMP_MS = 60 * 60 * 1000
_NS_PER_MS = 1_000_000


def is_segment_name(name: str) -> bool:
    return SUFFIX in name and not is_temporary(name)


@dataclass
class FolderScan:
    """What one pass over the folder found."""

    records: dict[Key, SyncRecord] = field(default_factory=dict)  # newest read, per key
    read: dict[str, tuple[int, int]] = field(default_factory=dict)  # files read whole
    present: set[str] = field(default_factory=set)  # every segment path seen
    scanned: set[str] = field(default_factory=set)  # devices whose folder was listed
    own: list[FileInfo] = field(default_factory=list)  # this device's segments
    devices: dict[str, DeviceSeen] = field(default_factory=dict)
    file_problems: dict[str, str] = field(default_factory=dict)  # path -> why it is unused
    skipped: list[str] = field(default_factory=list)  # single records left out
    waiting: list[str] = field(default_factory=list)  # files still arriving
    problems: list[str] = field(default_factory=list)


def _newest_manifest(
    folder: Folder, device: str, files: list[FileInfo], scan: FolderScan
) -> Manifest | None:
    best: Manifest | None = None
    for info in files:
        if not is_manifest_name(info.name):
            continue
        path = f"{device}/{info.name}"
        try:
            manifest = decode_manifest(folder.read(device, info.name, MAX_MANIFEST_BYTES), path)
        except (FolderError, ManifestError) as exc:
            scan.file_problems[path] = str(exc)
            continue
        if best is None or manifest.written_ms > best.written_ms:
            best = manifest
    return best


def _read_segment(folder: Folder, device: str, info: FileInfo, scan: FolderScan) -> None:
    path = f"{device}/{info.name}"
    try:
        segment = decode_segment(folder.read(device, info.name, MAX_SEGMENT_BYTES), path)
    except SegmentIncompleteError as exc:
        scan.waiting.append(str(exc))
        scan.file_problems[path] = str(exc)
        return
    except (FolderError, SegmentError) as exc:
        scan.file_problems[path] = str(exc)
        return
    if segment.device != device:
        scan.skipped.append(
            f"{path}: says it was written by device {segment.device}; its records were read"
        )
    scan.skipped.extend(segment.skipped)
    for record in segment.records:
        if newer(record, scan.records.get(record.key)):
            scan.records[record.key] = record
    scan.read[path] = info.changed


def _tidy_own_temporaries(folder: Folder, device: str, files: list[FileInfo], now_ms: int) -> None:
    for info in files:
        stale = now_ms - info.changed[1] // _NS_PER_MS > STALE_TEMP_MS
        if info.name.startswith(".") and info.name.endswith(TEMP_SUFFIX) and stale:
            # If it cannot go now, it goes next time; every reader ignores it meanwhile.
            with suppress(FolderError):
                folder.remove(device, info.name)


def scan_folder(
    folder: Folder, merged: dict[str, tuple[int, int]], own_device: str, now_ms: int
) -> FolderScan:
    """Read what is new in every device's folder, this device's included.

    Raises:
        FolderError: the sync folder itself cannot be listed (not there, no permission).
    """
    scan = FolderScan()
    for device in folder.devices():
        try:
            files = folder.files(device)
        except FolderError as exc:
            scan.problems.append(str(exc))
            continue
        scan.scanned.add(device)
        if device == own_device:
            _tidy_own_temporaries(folder, device, files, now_ms)
        segments = [f for f in files if is_segment_name(f.name)]
        manifest = _newest_manifest(folder, device, files, scan)
        names = {f.name for f in segments}
        scan.devices[device] = DeviceSeen(
            label=manifest.label if manifest else "",
            wrote_ms=manifest.written_ms if manifest else None,
            segments=len(segments),
            missing=sum(1 for n in manifest.segments if n not in names) if manifest else 0,
        )
        for info in segments:
            path = f"{device}/{info.name}"
            scan.present.add(path)
            if device == own_device:
                scan.own.append(info)
            if merged.get(path) != info.changed:
                _read_segment(folder, device, info, scan)
    return scan


__all__ = ["FolderScan", "is_segment_name", "scan_folder"]
