"""Segment files: one device's records, written once and never changed.

A segment is a header line and then one record per line, UTF-8 JSON::

    {"format": "stretchtimer-sync-segment", "version": 1, "device": "...",
     "records": 3, "bytes": 1234, "sha256": "..."}
    {"kind": "session", "uuid": "...", ...}
    ...

``bytes`` and ``sha256`` cover everything after the header line, so a file that is still
arriving, was cut short or was damaged is recognised as a whole and nothing of it is
used; it is read again at a later merge. A file that checks out is complete, and a record
in it that fails its own checks is skipped alone, with a message naming the file, the
record and the field.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from stretchtimer.model.sync.codec import RecordError, device_id, record_from_json
from stretchtimer.model.sync.records import SyncRecord, line_digest

FORMAT = "stretchtimer-sync-segment"
FORMAT_VERSION = 1
SUFFIX = ".stseg"
MAX_SEGMENT_BYTES = 16 * 1024 * 1024
MAX_HEADER_BYTES = 1024
MAX_LINE_BYTES = 256 * 1024
# A new segment is cut here; small enough to copy quickly, large enough to keep files few.
TARGET_SEGMENT_BYTES = 1024 * 1024


_decode = json.JSONDecoder().decode


class SegmentError(Exception):
    """The file is not a usable segment; the message names the file and says why."""


class SegmentIncompleteError(SegmentError):
    """The file is shorter than its header says or its checksum differs: try it later."""


class SegmentTooNewError(SegmentError):
    """Written by a newer StretchTimer; kept and tried again after an update."""


@dataclass
class Segment:
    """A checked segment: its records, and the records that were skipped, with why."""

    device: str
    records: list[SyncRecord]
    skipped: list[str] = field(default_factory=list)


def encode_segment(device: str, records: Sequence[SyncRecord]) -> bytes:
    body = b"".join(r.line() + b"\n" for r in records)
    header = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "device": device,
        "records": len(records),
        "bytes": len(body),
        "sha256": hashlib.sha256(body).hexdigest(),
    }
    return json.dumps(header, separators=(",", ":")).encode("ascii") + b"\n" + body


def split_for_segments(
    records: Iterable[SyncRecord], target_bytes: int = TARGET_SEGMENT_BYTES
) -> list[list[SyncRecord]]:
    """Records in groups of about ``target_bytes`` each (a record is never split)."""
    groups: list[list[SyncRecord]] = []
    size = 0
    for record in records:
        length = len(record.line()) + 1
        if not groups or (size + length > target_bytes and groups[-1]):
            groups.append([])
            size = 0
        groups[-1].append(record)
        size += length
    return groups


def _header(data: bytes, name: str) -> tuple[dict[str, Any], int]:
    """The checked header and where the body starts."""
    end = data.find(b"\n", 0, MAX_HEADER_BYTES + 1)
    if end < 0:
        if len(data) <= MAX_HEADER_BYTES:
            raise SegmentIncompleteError(f"{name}: the header is not complete yet")
        raise SegmentError(f"{name}: not a StretchTimer segment (no header line)")
    try:
        header = json.loads(data[:end])
    except (ValueError, RecursionError):
        raise SegmentError(f"{name}: not a StretchTimer segment (the header is not JSON)") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise SegmentError(f"{name}: not a StretchTimer segment (field 'format')")
    version = header.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise SegmentError(f"{name}: field 'version' must be a whole number")
    if version > FORMAT_VERSION:
        raise SegmentTooNewError(
            f"{name}: written by a newer StretchTimer (segment format {version}; this version "
            f"reads up to {FORMAT_VERSION}); it is kept and read after an update"
        )
    for key in ("records", "bytes"):
        value = header.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise SegmentError(f"{name}: field '{key}' must be a whole number")
    digest = header.get("sha256")
    if not isinstance(digest, str) or len(digest) != 64:
        raise SegmentError(f"{name}: field 'sha256' must be a SHA-256 digest")
    try:
        device_id(header.get("device"))
    except RecordError as exc:
        raise SegmentError(f"{name}: {exc}") from None
    return header, end + 1


def decode_segment(data: bytes, name: str) -> Segment:
    """Check and read a segment; ``name`` is how messages refer to the file.

    Raises:
        SegmentIncompleteError: shorter than its header says, or the checksum differs.
        SegmentTooNewError: written by a newer StretchTimer.
        SegmentError: not a segment at all, or its header is unusable.
    """
    if len(data) > MAX_SEGMENT_BYTES:
        raise SegmentError(f"{name}: larger than {MAX_SEGMENT_BYTES // (1024 * 1024)} MB")
    header, start = _header(data, name)
    body = data[start:]
    if len(body) != header["bytes"]:
        raise SegmentIncompleteError(
            f"{name}: {len(body)} of {header['bytes']} bytes; still arriving or cut short"
        )
    if hashlib.sha256(body).hexdigest() != header["sha256"]:
        raise SegmentIncompleteError(
            f"{name}: the checksum does not match; still arriving or damaged"
        )
    lines = body.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    if len(lines) != header["records"]:
        raise SegmentError(f"{name}: {len(lines)} records, but the header says {header['records']}")
    segment = Segment(device=header["device"], records=[])
    for number, line in enumerate(lines, start=1):
        try:
            if len(line) > MAX_LINE_BYTES:
                raise RecordError(f"longer than {MAX_LINE_BYTES // 1024} KB")
            try:
                parsed = _decode(line.decode("utf-8"))
            except UnicodeDecodeError:
                raise RecordError("not UTF-8 text") from None
            except (ValueError, RecursionError):
                raise RecordError("not valid JSON") from None
            segment.records.append(record_from_json(parsed, line_digest(line)))
        except RecordError as exc:
            segment.skipped.append(f"{name}, record {number}: {exc}; skipped")
    return segment


__all__ = [
    "FORMAT",
    "MAX_SEGMENT_BYTES",
    "SUFFIX",
    "TARGET_SEGMENT_BYTES",
    "Segment",
    "SegmentError",
    "SegmentIncompleteError",
    "SegmentTooNewError",
    "decode_segment",
    "encode_segment",
    "split_for_segments",
]
