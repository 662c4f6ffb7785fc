"""A sync folder in memory, and sample records, for the sync model's tests."""

from __future__ import annotations

import hashlib
import itertools
import json
from datetime import date

from stretchtimer.model.sync.folder import FileInfo, FolderError, FolderMissingError
from stretchtimer.model.sync.records import ItemBody, SessionBody

T0 = 1_714_564_800_000  # 2024-05-01T12:00:00Z in ms


class MemoryFolder:
    """One device's copy of a sync folder; a simulated sync engine copies between them.

    ``present`` False is an unplugged drive; ``full`` True makes every write fail as a full
    disk does, after (like a real one) maybe leaving nothing behind.
    """

    _clock = itertools.count(1)

    def __init__(self) -> None:
        self.content: dict[tuple[str, str], tuple[bytes, int]] = {}
        self.present = True
        self.full = False
        self.writes = 0

    def _check(self) -> None:
        if not self.present:
            raise FolderMissingError("The sync folder is not there.")

    def put(self, device: str, name: str, data: bytes) -> None:
        """What a sync engine does: the file appears (or changes) with a new mtime."""
        self.content[(device, name)] = (data, next(self._clock))

    def devices(self) -> list[str]:
        self._check()
        return sorted({d for d, _ in self.content})

    def files_of(self, device: str) -> dict[str, bytes]:
        return {n: data for (d, n), (data, _) in self.content.items() if d == device}

    def files(self, device: str) -> list[FileInfo]:
        self._check()
        return [
            FileInfo(n, len(data), (len(data), mtime * 1_000_000))
            for (d, n), (data, mtime) in sorted(self.content.items())
            if d == device
        ]

    def read(self, device: str, name: str, limit: int) -> bytes:
        self._check()
        try:
            data = self.content[(device, name)][0]
        except KeyError:
            raise FolderError(f"{device}/{name} is gone") from None
        if len(data) > limit:
            raise FolderError(f"{device}/{name} is larger than {limit} bytes")
        return data

    def write(self, device: str, name: str, data: bytes) -> FileInfo:
        self._check()
        if self.full:
            raise FolderError(f"Could not write {device}/{name}: No space left on device.")
        self.writes += 1
        self.put(device, name, data)
        mtime = self.content[(device, name)][1]
        return FileInfo(name, len(data), (len(data), mtime * 1_000_000))

    def remove(self, device: str, name: str) -> None:
        self._check()
        self.content.pop((device, name), None)


def session_body(n: int = 0, *, local_date: date = date(2024, 5, 1), items: int = 2) -> SessionBody:
    return SessionBody(
        routine_id=f"routine-{n % 3}",
        routine_name=f"Routine {n % 3}",
        started_utc="2024-05-01T12:00:00.000Z",
        tz_name="Europe/Berlin",
        local_date=local_date,
        planned_seconds=300.0,
        active_seconds=290.0 + n % 7,
        credited_seconds=200.0,
        status="completed",
        items=tuple(
            ItemBody(i, f"ex-{i}", f"Exercise {i}", 30.0, 25.0, "completed") for i in range(items)
        ),
    )


def uuid_for(n: int) -> str:
    return f"{n:08x}-0000-4000-8000-{n:012x}"


def seal(device: str, lines: list[bytes]) -> bytes:
    """A segment around any lines, with a right checksum: what a buggy or hostile writer makes."""
    body = b"".join(line + b"\n" for line in lines)
    header = {
        "format": "stretchtimer-sync-segment",
        "version": 1,
        "device": device,
        "records": len(lines),
        "bytes": len(body),
        "sha256": hashlib.sha256(body).hexdigest(),
    }
    return json.dumps(header).encode() + b"\n" + body


# Device ids are the UUIDs their data folders were given; these read as names in a failure.
OFFICE = "0ff1ce00-0000-4000-8000-00000000000a"
HOME = "face0000-0000-4000-8000-00000000000b"
LAPTOP = "1a9709a0-0000-4000-8000-00000000000c"
