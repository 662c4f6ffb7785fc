"""Segment files and the records in them: written canonically, read as untrusted input."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sync_fakes import HOME, OFFICE, T0, seal, session_body, uuid_for

from stretchtimer.model.sync.codec import RecordError, record_from_json
from stretchtimer.model.sync.records import (
    CheckinBody,
    Key,
    Kind,
    SyncRecord,
    Version,
    next_stamp,
    stamp_text,
)
from stretchtimer.model.sync.segments import (
    SegmentError,
    SegmentIncompleteError,
    SegmentTooNewError,
    decode_segment,
    encode_segment,
    split_for_segments,
)

DEVICE = OFFICE


def session(n: int = 1, stamp: int = T0) -> SyncRecord:
    return SyncRecord(
        Key(Kind.SESSION, uuid_for(n)), Version(stamp, False, DEVICE), session_body(n)
    )


def checkin(n: int = 1, stamp: int = T0) -> SyncRecord:
    body = CheckinBody(uuid_for(900 + n), 6, 3)
    return SyncRecord(Key(Kind.CHECKIN, uuid_for(n)), Version(stamp, False, DEVICE), body)


def tombstone(n: int = 1, stamp: int = T0) -> SyncRecord:
    return SyncRecord(Key(Kind.SESSION, uuid_for(n)), Version(stamp, True, DEVICE), None)


def session_json(**changes: Any) -> dict[str, Any]:
    data = session().to_json()
    data.update(changes)
    return {k: v for k, v in data.items() if v is not ...}


def test_a_segment_reads_back_exactly_what_was_written() -> None:
    records = [session(1), checkin(1), tombstone(2, T0 + 5)]
    segment = decode_segment(encode_segment(DEVICE, records), "a.stseg")
    assert segment.records == records
    assert segment.device == DEVICE
    assert segment.skipped == []


def test_equal_records_encode_to_equal_bytes_and_digests() -> None:
    assert session(3).line() == session(3).line()
    assert session(3).digest() == session(3).digest() != session(4).digest()


@pytest.mark.parametrize("keep", [0, 10, 120, -1])
def test_a_file_cut_short_is_incomplete_and_nothing_of_it_is_read(keep: int) -> None:
    data = encode_segment(DEVICE, [session(1), session(2)])
    with pytest.raises(SegmentIncompleteError, match=r"cut short|not complete"):
        decode_segment(data[:keep], "half.stseg")


def test_a_changed_byte_fails_the_checksum() -> None:
    data = bytearray(encode_segment(DEVICE, [session(1), session(2)]))
    data[-20] ^= 0x01
    with pytest.raises(SegmentIncompleteError, match=r"half\.stseg: the checksum does not match"):
        decode_segment(bytes(data), "half.stseg")


def test_a_segment_from_a_newer_version_is_kept_for_later() -> None:
    data = encode_segment(DEVICE, [session(1)]).replace(b'"version":1', b'"version":7', 1)
    with pytest.raises(SegmentTooNewError, match=r"newer StretchTimer.*format 7"):
        decode_segment(data, "new.stseg")


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"hello world\n", "header is not JSON"),
        (b'{"format": "something-else"}\n', "field 'format'"),
        (b"x" * 5000, "no header line"),
        (b'{"format":"stretchtimer-sync-segment","version":1,"device":"../etc","records":0,'
         b'"bytes":0,"sha256":"' + b"0" * 64 + b'"}\n', "device id"),
    ],
)  # fmt: skip
def test_a_file_that_is_not_a_segment_says_why(data: bytes, why: str) -> None:
    with pytest.raises(SegmentError, match=why):
        decode_segment(data, "odd.stseg")


def test_one_bad_record_is_skipped_with_file_record_and_field_named() -> None:
    good = session(1)
    bad = checkin(2).line().replace(b'"stiffness_before":6', b'"stiffness_before":60')
    segment = decode_segment(seal(DEVICE, [good.line(), bad]), "d/x.stseg")
    assert segment.records == [good]
    assert segment.skipped == [
        "d/x.stseg, record 2: field 'stiffness_before' must be a whole number from 0 to 10 "
        "or null; skipped"
    ]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"updated_utc": "1970-01-01T00:00:00.000Z"}, "updated_utc"),
        ({"updated_utc": "tomorrow"}, "updated_utc"),
        ({"updated_utc": "2024-05-01T12:00:00Z"}, "updated_utc"),
        ({"tz_name": "../../etc/passwd"}, "tz_name"),
        ({"tz_name": "Europe//Berlin"}, "tz_name"),
        ({"planned_seconds": float("nan")}, "planned_seconds"),
        ({"active_seconds": -1}, "active_seconds"),
        ({"credited_seconds": 1e9}, "credited_seconds"),
        ({"status": "in_progress"}, "status"),
        ({"local_date": "2024-02-30"}, "local_date"),
        ({"routine_id": ""}, "routine_id"),
        ({"routine_name": "x" * 501}, "routine_name"),
        ({"uuid": "not-a-uuid"}, "uuid"),
        ({"device": "../../home"}, "device"),
        ({"device": "OFFICE00-0000-4000-8000-00000000000A"}, "device"),
        ({"kind": "routine"}, "kind"),
        ({"deleted": "no"}, "deleted"),
        ({"items": [[0, "a", "A", 1, 1, "completed"]] * 2}, "items"),
        ({"items": [[0, "a", "A", 1, 1, "done"]]}, "items[0].outcome"),
        ({"items": [[0, "a", "A", 1]]}, "items[0]"),
        ({"items": [[i, "a", "A", 1, 1, "completed"] for i in range(501)]}, "items"),
        ({"extra": 1}, "extra"),
        ({"routine_id": ...}, "routine_id"),
    ],
)
def test_every_field_is_checked_before_it_is_used(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(RecordError, match=f"field '{re.escape(field)}'"):
        record_from_json(session_json(**changes))


def test_a_tombstone_carries_no_body() -> None:
    data = tombstone().to_json()
    assert set(data) == {"kind", "uuid", "device", "updated_utc", "deleted"}
    with pytest.raises(RecordError, match="field 'routine_id' is not part of a deleted record"):
        record_from_json({**data, "routine_id": "x"})


def test_deep_nesting_in_a_record_is_refused_not_a_crash() -> None:
    deep = b"[" * 150_000 + b"]" * 150_000
    segment = decode_segment(seal(DEVICE, [deep, session(1).line()]), "deep.stseg")
    assert segment.records == [session(1)]
    assert segment.skipped == ["deep.stseg, record 1: longer than 256 KB; skipped"]
    nested = b"[" * 50_000 + b"]" * 50_000
    segment = decode_segment(seal(DEVICE, [nested]), "deep.stseg")
    assert segment.skipped == ["deep.stseg, record 1: not valid JSON; skipped"]


def test_records_are_grouped_into_segments_of_about_the_target_size() -> None:
    records = [session(n) for n in range(100)]
    size = len(records[0].line()) + 1
    groups = split_for_segments(records, target_bytes=size * 30)
    assert [len(g) for g in groups] == [30, 30, 30, 10]
    assert split_for_segments([], 100) == []


def test_a_change_is_stamped_after_the_version_it_replaces() -> None:
    assert next_stamp(T0, None) == T0
    assert next_stamp(T0, Version(T0 - 5, False, DEVICE)) == T0
    # The version being changed came from a clock hours ahead: the change still wins.
    ahead = Version(T0 + 5 * 3600 * 1000, False, DEVICE)
    assert next_stamp(T0, ahead) == ahead.stamp_ms + 1
    assert stamp_text(T0) == "2024-05-01T12:00:00.000Z"


def test_versions_order_by_time_then_tombstone_then_device() -> None:
    live, dead = Version(T0, False, HOME), Version(T0, True, OFFICE)
    assert dead > live
    assert Version(T0 + 1, False, OFFICE) > dead
    assert Version(T0, False, HOME) > Version(T0, False, OFFICE)
