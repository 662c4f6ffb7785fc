"""Reading a record from another device: every field checked before it is converted.

A segment comes from a folder other programs (and other people's machines) write to, so
a record is checked field by field against the same limits the history's ``CHECK``
constraints hold; a bad one raises :class:`RecordError` naming the field, and the caller
adds the file and the record's line.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, date, datetime
from typing import Any

from stretchtimer.model.sync.records import (
    EARLIEST_STAMP_MS,
    LATEST_STAMP_MS,
    CheckinBody,
    ItemBody,
    Key,
    Kind,
    SessionBody,
    SyncRecord,
    Version,
)

MAX_SECONDS = 1e7  # the history's own limit
MAX_RATING = 10
MAX_ITEMS = 500
STATUSES = frozenset({"completed", "stopped", "interrupted"})
OUTCOMES = frozenset({"completed", "partial", "skipped", "not_reached"})
# The history's own rules (``history/rules.py``): UUIDs in lower case, times to the
# millisecond, time-zone names that can never be a path.
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
DEVICE_ID = _UUID
_UTC = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z\Z")
_TZ = re.compile(r"(?!/)(?!.*//)[A-Za-z0-9_+:/-]{1,100}(?<!/)\Z")
_LENGTHS = {"routine_id": (1, 200), "routine_name": (0, 500)}
_ITEM_TEXT = 1000
_COMMON = {"kind", "uuid", "device", "updated_utc", "deleted"}
_SESSION_FIELDS = {
    "routine_id", "routine_name", "started_utc", "tz_name", "local_date", "planned_seconds",
    "active_seconds", "credited_seconds", "status", "items",
}  # fmt: skip
_CHECKIN_FIELDS = {"checkin_uuid", "stiffness_before", "stiffness_after"}


class RecordError(ValueError):
    """A record that cannot be used; the message names the field."""


def _field(data: dict[str, Any], name: str) -> Any:
    if name not in data:
        raise RecordError(f"field '{name}' is missing")
    return data[name]


def _text(value: Any, name: str, low: int = 0, high: int = _ITEM_TEXT) -> str:
    if not isinstance(value, str):
        raise RecordError(f"field '{name}' must be text, not {type(value).__name__}")
    if not low <= len(value) <= high:
        raise RecordError(f"field '{name}' must be {low} to {high} characters long")
    return value


def _uuid(value: Any, name: str) -> str:
    if not isinstance(value, str) or not _UUID.match(value):
        raise RecordError(f"field '{name}' must be a UUID, not {value!r:.60}")
    return value


def device_id(value: Any, name: str = "device") -> str:
    """A device id: the UUID its data folder was given (also the name of its folder)."""
    if not isinstance(value, str) or not DEVICE_ID.match(value):
        raise RecordError(f"field '{name}' must be a device id (a UUID), not {value!r:.60}")
    return value


def utc_ms(value: Any, name: str) -> int:
    """A ``...Z`` UTC instant as milliseconds, within the years StretchTimer accepts."""
    if not isinstance(value, str) or not _UTC.match(value):
        raise RecordError(f"field '{name}' must be a UTC time such as 2024-05-01T12:00:00.000Z")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise RecordError(f"field '{name}': {exc}") from exc
    stamp = round(moment.astimezone(UTC).timestamp() * 1000)
    if not EARLIEST_STAMP_MS <= stamp < LATEST_STAMP_MS:
        raise RecordError(f"field '{name}' must be a time between 2000 and 2200")
    return stamp


def _time_zone(value: Any) -> str:
    if not isinstance(value, str) or not _TZ.match(value):
        raise RecordError("field 'tz_name' must be a time-zone name such as Europe/Berlin")
    return value


def _seconds(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RecordError(f"field '{name}' must be a number of seconds")
    if not (math.isfinite(value) and 0 <= value <= MAX_SECONDS):
        raise RecordError(f"field '{name}' must be from 0 to {MAX_SECONDS:g} seconds")
    return float(value)


def _rating(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_RATING:
        raise RecordError(f"field '{name}' must be a whole number from 0 to {MAX_RATING} or null")
    return value


def _choice(value: Any, name: str, allowed: frozenset[str]) -> str:
    if value not in allowed:
        raise RecordError(f"field '{name}' must be one of {', '.join(sorted(allowed))}")
    return str(value)


def _local_date(value: Any) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise RecordError("field 'local_date' must be a date like 2024-05-01")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise RecordError(f"field 'local_date': {exc}") from exc


def _items(value: Any) -> tuple[ItemBody, ...]:
    if not isinstance(value, list):
        raise RecordError("field 'items' must be a list")
    if len(value) > MAX_ITEMS:
        raise RecordError(f"field 'items' has more than {MAX_ITEMS} exercises")
    items: list[ItemBody] = []
    for index, row in enumerate(value):
        where = f"items[{index}]"
        if not isinstance(row, list) or len(row) != 6:
            raise RecordError(f"field '{where}' must be a list of 6 values")
        number = row[0]
        if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number < MAX_ITEMS:
            raise RecordError(f"field '{where}' must start with the exercise's position")
        items.append(
            ItemBody(
                number,
                _text(row[1], f"{where}.exercise_id"),
                _text(row[2], f"{where}.exercise_name"),
                _seconds(row[3], f"{where}.planned_seconds"),
                _seconds(row[4], f"{where}.credited_seconds"),
                _choice(row[5], f"{where}.outcome", OUTCOMES),
            )
        )
    if len({i.item for i in items}) != len(items):
        raise RecordError("field 'items' repeats an exercise position")
    return tuple(items)


def _session(data: dict[str, Any]) -> SessionBody:
    started = _field(data, "started_utc")
    utc_ms(started, "started_utc")
    return SessionBody(
        routine_id=_text(_field(data, "routine_id"), "routine_id", *_LENGTHS["routine_id"]),
        routine_name=_text(_field(data, "routine_name"), "routine_name", *_LENGTHS["routine_name"]),
        started_utc=started,
        tz_name=_time_zone(_field(data, "tz_name")),
        local_date=_local_date(_field(data, "local_date")),
        planned_seconds=_seconds(_field(data, "planned_seconds"), "planned_seconds"),
        active_seconds=_seconds(_field(data, "active_seconds"), "active_seconds"),
        credited_seconds=_seconds(_field(data, "credited_seconds"), "credited_seconds"),
        status=_choice(_field(data, "status"), "status", STATUSES),
        items=_items(_field(data, "items")),
    )


def _checkin(data: dict[str, Any]) -> CheckinBody:
    return CheckinBody(
        uuid=_uuid(_field(data, "checkin_uuid"), "checkin_uuid"),
        stiffness_before=_rating(_field(data, "stiffness_before"), "stiffness_before"),
        stiffness_after=_rating(_field(data, "stiffness_after"), "stiffness_after"),
    )


def record_from_json(data: Any, digest: str = "") -> SyncRecord:
    """A record from a parsed JSON object; raises :class:`RecordError` naming the field.

    ``digest``: of the line it was read from (see :func:`~.records.line_digest`).
    """
    if not isinstance(data, dict):
        raise RecordError("a record must be a JSON object")
    kind_text = _field(data, "kind")
    try:
        kind = Kind(kind_text)
    except ValueError:
        raise RecordError(
            f"field 'kind' must be session or checkin, not {kind_text!r:.40}"
        ) from None
    deleted = _field(data, "deleted")
    if not isinstance(deleted, bool):
        raise RecordError("field 'deleted' must be true or false")
    body_fields = _SESSION_FIELDS if kind is Kind.SESSION else _CHECKIN_FIELDS
    allowed = _COMMON if deleted else _COMMON | body_fields
    unknown = sorted(set(data) - allowed)
    if unknown:
        what = "a deleted record" if deleted else f"a {kind.value}"
        raise RecordError(f"field '{unknown[0]}' is not part of {what}")
    version = Version(
        utc_ms(_field(data, "updated_utc"), "updated_utc"),
        deleted,
        device_id(_field(data, "device")),
    )
    key = Key(kind, _uuid(_field(data, "uuid"), "uuid"))
    if deleted:
        return SyncRecord(key, version, None, digest)
    body = _session(data) if kind is Kind.SESSION else _checkin(data)
    return SyncRecord(key, version, body, digest)


__all__ = ["DEVICE_ID", "MAX_ITEMS", "RecordError", "device_id", "record_from_json", "utc_ms"]
