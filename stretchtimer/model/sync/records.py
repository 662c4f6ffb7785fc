"""What travels between devices: versions of sessions and check-ins, and their order.

A *record* is one version of one thing the history holds, named by a :class:`Key`: a
session (with its exercises, which are written with it and never edited on their own) or
the check-in of a session (the 0–10 ratings, which can change later, on any device). A
deletion is a record too, a *tombstone*: the key and its version, no body, so a device that
never saw the session learns only that it is gone.

Versions are ordered by :class:`Version`: the newer ``updated_utc`` first, then a
tombstone over a live record of the same instant, then the writing device's id; two
records that tie on all three (only a copied data folder can make them) are ordered by
the digest of their content, so every device picks the same one.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, NamedTuple

MS_PER_SECOND = 1000
# Stamps outside these years are refused when read: a clock can be wrong by years, but
# nothing StretchTimer writes is from before 2000 or after 2200.
EARLIEST_STAMP_MS = int(datetime(2000, 1, 1, tzinfo=UTC).timestamp() * MS_PER_SECOND)
LATEST_STAMP_MS = int(datetime(2200, 1, 1, tzinfo=UTC).timestamp() * MS_PER_SECOND)


class Kind(StrEnum):
    SESSION = "session"
    CHECKIN = "checkin"


class Key(NamedTuple):
    """What a record is a version of. A check-in is keyed by the UUID of its session."""

    kind: Kind
    uuid: str


class Version(NamedTuple):
    """The order of two versions of one key: a larger one replaces a smaller one."""

    stamp_ms: int
    deleted: bool
    device: str


def next_stamp(now_ms: int, previous: Version | None) -> int:
    """The ``updated_utc`` for a change to a record whose current version is ``previous``.

    The wall clock, unless the version being replaced is as new or newer (a device whose
    clock runs ahead wrote it): then one millisecond after it, so a change made after
    seeing a version always replaces it. See the package docstring for why.
    """
    if previous is None:
        return now_ms
    return max(now_ms, previous.stamp_ms + 1)


def stamp_text(stamp_ms: int) -> str:
    """``2024-05-01T12:00:00.000Z``, the way the history stores ``updated_utc``."""
    moment = datetime.fromtimestamp(stamp_ms / MS_PER_SECOND, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def stamp_of(moment: datetime) -> int:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"a sync time must carry its time zone: {moment!r}")
    return round(moment.timestamp() * MS_PER_SECOND)


@dataclass(frozen=True, slots=True)
class ItemBody:
    """One exercise of a session, as the history stores it."""

    item: int
    exercise_id: str
    exercise_name: str
    planned_seconds: float
    credited_seconds: float
    outcome: str


@dataclass(frozen=True, slots=True)
class SessionBody:
    """A finished session as recorded on the device where it happened.

    ``local_date`` and ``tz_name`` are that device's, and stay as they are everywhere, so
    a session counts for the day it was on the clock of the person doing it.
    """

    routine_id: str
    routine_name: str
    started_utc: str
    tz_name: str
    local_date: date
    planned_seconds: float
    active_seconds: float
    credited_seconds: float
    status: str
    items: tuple[ItemBody, ...] = ()


@dataclass(frozen=True, slots=True)
class CheckinBody:
    """The ratings of one session; ``uuid`` is the check-in's own id where it was written."""

    uuid: str
    stiffness_before: int | None
    stiffness_after: int | None


Body = SessionBody | CheckinBody


@dataclass(frozen=True, slots=True)
class SyncRecord:
    """One version of one key. ``body`` is ``None`` exactly when it is a tombstone."""

    key: Key
    version: Version
    body: Body | None
    # The digest of the line it was read from, so reading it need not encode it again.
    read_digest: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        if (self.body is None) != self.version.deleted:
            raise ValueError("a tombstone has no body and a live record has one")
        wanted = SessionBody if self.key.kind is Kind.SESSION else CheckinBody
        if self.body is not None and not isinstance(self.body, wanted):
            raise ValueError(f"a {self.key.kind} record needs a {wanted.__name__}")

    @property
    def deleted(self) -> bool:
        return self.version.deleted

    def to_json(self) -> dict[str, Any]:
        """The record as a JSON object, in the segment format (see ``codec``)."""
        v = self.version
        data: dict[str, Any] = {
            "kind": self.key.kind.value,
            "uuid": self.key.uuid,
            "device": v.device,
            "updated_utc": stamp_text(v.stamp_ms),
            "deleted": v.deleted,
        }
        body = self.body
        if isinstance(body, SessionBody):
            data.update(
                routine_id=body.routine_id,
                routine_name=body.routine_name,
                started_utc=body.started_utc,
                tz_name=body.tz_name,
                local_date=body.local_date.isoformat(),
                planned_seconds=body.planned_seconds,
                active_seconds=body.active_seconds,
                credited_seconds=body.credited_seconds,
                status=body.status,
                items=[
                    [i.item, i.exercise_id, i.exercise_name, i.planned_seconds,
                     i.credited_seconds, i.outcome]
                    for i in body.items
                ],
            )  # fmt: skip
        elif isinstance(body, CheckinBody):
            data.update(
                checkin_uuid=body.uuid,
                stiffness_before=body.stiffness_before,
                stiffness_after=body.stiffness_after,
            )
        return data

    def line(self) -> bytes:
        """The canonical one-line encoding; equal records give equal bytes."""
        text = json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))
        return text.encode("utf-8")

    def digest(self) -> str:
        """A short digest of the content: only ever a tie-break, never an identity."""
        return self.read_digest or line_digest(self.line())


def line_digest(line: bytes) -> str:
    return hashlib.sha256(line).hexdigest()[:16]


def newer(candidate: SyncRecord, current: SyncRecord | None) -> bool:
    """Whether ``candidate`` replaces ``current`` (ties broken by content, the same everywhere)."""
    if current is None:
        return True
    if candidate.version != current.version:
        return candidate.version > current.version
    return candidate.digest() > current.digest()


__all__ = [
    "EARLIEST_STAMP_MS",
    "LATEST_STAMP_MS",
    "Body",
    "CheckinBody",
    "ItemBody",
    "Key",
    "Kind",
    "SessionBody",
    "SyncRecord",
    "Version",
    "line_digest",
    "newer",
    "next_stamp",
    "stamp_of",
    "stamp_text",
]
