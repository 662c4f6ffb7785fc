"""A device's manifest: who it is, when it last wrote, and the segments it has written.

It is advice, not data: the records are all in the segments, so a missing, damaged or
conflict-copied manifest loses nothing. ``sync status`` uses it to name devices, to say
when each last wrote, and to count segments listed but not arrived yet.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from stretchtimer.model.sync.codec import RecordError, device_id, utc_ms
from stretchtimer.model.sync.records import stamp_text
from stretchtimer.model.untrusted import LoadError, parse_json

MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = "stretchtimer-sync-manifest"
MANIFEST_VERSION = 1
MAX_MANIFEST_BYTES = 512 * 1024
MAX_LABEL = 100
MAX_LISTED = 20000


class ManifestError(ValueError):
    """Not a usable manifest; the message names the field."""


@dataclass(frozen=True)
class Manifest:
    device: str
    label: str
    written_ms: int
    segments: tuple[str, ...]


def is_manifest_name(name: str) -> bool:
    """``manifest.json`` and the copies sync engines make of it in a conflict."""
    return name.startswith("manifest") and name.endswith(".json")


def encode_manifest(manifest: Manifest) -> bytes:
    data = {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "device": manifest.device,
        "label": manifest.label[:MAX_LABEL],
        "written_utc": stamp_text(manifest.written_ms),
        "segments": list(manifest.segments),
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def decode_manifest(raw: bytes, name: str) -> Manifest:
    def bad(why: str) -> ManifestError:
        return ManifestError(f"{name}: {why}")

    if len(raw) > MAX_MANIFEST_BYTES:
        raise bad(f"larger than {MAX_MANIFEST_BYTES // 1024} KB")
    try:
        data: Any = parse_json(raw.decode("utf-8"), name)
    except UnicodeDecodeError:
        raise bad("not UTF-8 text") from None
    except LoadError as exc:
        raise ManifestError(str(exc)) from None
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        raise bad("not a StretchTimer manifest (field 'format')")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise bad("field 'version' must be a whole number")
    label = data.get("label", "")
    if not isinstance(label, str):
        raise bad("field 'label' must be text")
    segments = data.get("segments")
    if not isinstance(segments, list) or len(segments) > MAX_LISTED:
        raise bad(f"field 'segments' must be a list of at most {MAX_LISTED} names")
    if not all(isinstance(s, str) and 0 < len(s) <= 255 for s in segments):
        raise bad("field 'segments' must list file names")
    try:
        device = device_id(data.get("device"))
        written = utc_ms(data.get("written_utc"), "written_utc")
    except RecordError as exc:
        raise bad(str(exc)) from None
    return Manifest(device, label[:MAX_LABEL], written, tuple(segments))


__all__ = [
    "MANIFEST_NAME",
    "MAX_MANIFEST_BYTES",
    "Manifest",
    "ManifestError",
    "decode_manifest",
    "encode_manifest",
    "is_manifest_name",
]
