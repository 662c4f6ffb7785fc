"""Sync between two real histories: sessions, ratings, deletions and undo travel by UUID."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sync_machines import Machine, summary

from stretchtimer.model.history import HistoryStore
from stretchtimer.model.sync import CheckinBody, Key, Kind, SyncRecord, Version
from stretchtimer.model.sync.history_store import HistoryRecords


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync"
    folder.mkdir()
    return folder


@pytest.fixture
def office(tmp_path: Path, shared: Path) -> Iterator[Machine]:
    machine = Machine(tmp_path, "office", shared)
    yield machine
    machine.close()


@pytest.fixture
def home(tmp_path: Path, shared: Path) -> Iterator[Machine]:
    machine = Machine(tmp_path, "home", shared)
    yield machine
    machine.close()


def test_a_session_with_its_exercises_and_rating_arrives_with_its_own_day(
    office: Machine, home: Machine
) -> None:
    sid = office.record(day=date(2024, 6, 9), tz="America/Los_Angeles")
    office.store.set_checkin(sid, before=7, after=3)
    assert office.sync().exported == 2
    report = home.sync()
    assert (report.imported, report.problems) == (2, [])
    assert home.shown() == office.shown()
    [arrived] = home.store.sessions()
    assert (arrived.local_date, arrived.tz_name) == (date(2024, 6, 9), "America/Los_Angeles")
    assert arrived.device_id == office.device
    assert [i.exercise_id for i in home.store.items(arrived.id)] == ["ex-0", "ex-1", "ex-2"]
    assert home.store.digest() == office.store.digest()
    # Merging again, on either side, changes nothing.
    assert (home.sync().imported, office.sync().imported, home.sync().exported) == (0, 0, 0)


def test_a_running_session_stays_home_until_it_is_over(office: Machine, home: Machine) -> None:
    sid = office.store.begin_session("desk", "Desk", office.now(), "UTC", date(2024, 6, 10), 60.0)
    assert office.sync().exported == 0
    assert home.sync().imported == 0
    office.store.finish(sid, summary())
    assert office.sync().exported == 1
    assert home.sync().imported == 1


def test_a_deletion_and_its_undo_travel(office: Machine, home: Machine) -> None:
    sid = office.record()
    office.store.set_checkin(sid, after=2)
    office.sync()
    home.sync()
    [copy] = home.store.sessions()
    home.true_now += timedelta(minutes=5)
    snapshot = home.store.delete_session(copy.id)
    home.sync()
    office.true_now += timedelta(minutes=6)
    assert office.sync().imported == 2  # the session's tombstone and its rating's
    assert office.shown() == home.shown() == []
    assert office.store.digest().counted_sessions == 0
    home.true_now += timedelta(minutes=7)
    home.store.restore_session(snapshot)
    home.sync()
    office.true_now += timedelta(minutes=8)
    office.sync()
    assert office.shown() == home.shown() != []
    assert office.shown()[0][4] == 2


def test_a_rating_changed_after_one_from_a_fast_clock_still_wins(
    tmp_path: Path, shared: Path, home: Machine
) -> None:
    fast = Machine(tmp_path, "fast", shared, skew=timedelta(hours=5))
    try:
        sid = fast.record()
        fast.store.set_checkin(sid, after=8)
        fast.sync()
        home.true_now += timedelta(hours=1)
        home.sync()
        [copy] = home.store.sessions()
        home.store.set_checkin(copy.id, after=2)
        home.sync()
        fast.true_now += timedelta(hours=1)
        fast.sync()
        assert fast.shown() == home.shown()
        assert home.shown()[0][4] == 2
    finally:
        fast.close()


def test_a_deletion_made_after_seeing_a_fast_clock_still_wins(
    tmp_path: Path, shared: Path, home: Machine
) -> None:
    fast = Machine(tmp_path, "fast", shared, skew=timedelta(hours=5))
    try:
        fast.record()
        fast.sync()
        home.sync()
        [copy] = home.store.sessions()
        home.store.delete_session(copy.id)
        home.sync()
        fast.sync()
        assert fast.shown() == home.shown() == []
    finally:
        fast.close()


def test_a_history_started_afresh_gets_everything_back(
    tmp_path: Path, office: Machine, home: Machine
) -> None:
    for _ in range(3):
        office.record()
    office.sync()
    home.sync()
    home.close()
    (home.data / "history.sqlite3").unlink()
    again = Machine(tmp_path, "home", home.shared)
    try:
        assert again.device != home.device  # a new history is a new device
        report = again.sync()
        assert report.imported == 3
        assert again.shown() == office.shown()
    finally:
        again.close()


def test_a_record_the_history_refuses_is_reported_and_the_others_taken(
    office: Machine, home: Machine
) -> None:
    first, second = office.record(), office.record()
    office.store.set_checkin(first, after=1)
    office.store.set_checkin(second, after=2)
    office.sync()
    records = HistoryRecords(office.store).records(
        [k for k in office.records.versions() if k.kind is Kind.CHECKIN]
    )
    # A check-in carrying the UUID another check-in already has here is refused alone.
    home.sync()
    taken = records[1].body
    assert isinstance(taken, CheckinBody)
    clash = SyncRecord(
        Key(Kind.CHECKIN, records[0].key.uuid),
        Version(records[0].version.stamp_ms + 10, False, office.device),
        CheckinBody(taken.uuid, 9, 9),
    )
    result = home.records.apply([clash])
    assert result.applied == []
    assert "UNIQUE constraint failed: checkins.uuid" in result.refused[0][1]
    assert sorted(r[4] for r in home.shown() if r[4] is not None) == [1, 2]


def test_nothing_travels_from_a_row_that_breaks_the_rules(office: Machine, home: Machine) -> None:
    office.record()
    conn = sqlite3.connect(office.data / "history.sqlite3")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE sessions SET status = 'bogus'")
    conn.commit()
    conn.close()
    assert office.sync().exported == 0
    assert home.sync().imported == 0


def test_every_change_is_stamped_after_the_version_it_replaces(
    office: Machine, home: Machine
) -> None:
    sid = office.record()
    office.store.set_checkin(sid, after=5)
    [session, checkin] = sorted(
        office.records.records(list(office.records.versions())), key=lambda r: r.key.kind
    )
    ahead = 3 * 24 * 3600 * 1000  # from a clock three days fast
    for record in (checkin, session):
        moved = SyncRecord(
            record.key, record.version._replace(stamp_ms=record.version.stamp_ms + ahead),
            record.body,
        )  # fmt: skip
        assert home.records.apply([moved]).applied == [record.key]
    future = {k: v.stamp_ms for k, v in home.records.versions().items()}
    [copy] = home.store.sessions()
    home.store.set_checkin(copy.id, after=1)
    snapshot = home.store.delete_session(copy.id)
    after_delete = home.records.versions()
    home.store.restore_session(snapshot)
    after_undo = home.records.versions()
    for key, stamp in future.items():
        assert stamp < after_delete[key].stamp_ms < after_undo[key].stamp_ms
        assert after_delete[key].deleted and not after_undo[key].deleted


def test_the_versions_are_read_again_after_any_write(office: Machine) -> None:
    sid = office.record()
    before = office.records.versions()
    assert office.records.versions() == before  # nothing written: the same, remembered
    other, _ = HistoryStore.open(office.data / "history.sqlite3")  # the recorder, say
    try:
        other.set_checkin(sid, after=3)
    finally:
        other.close()
    rated = office.records.versions()
    assert len(rated) == len(before) + 1
    office.store.set_checkin(sid, after=4)  # through the same connection
    [key] = [k for k in rated if k.kind is Kind.CHECKIN]
    assert office.records.versions()[key] > rated[key]
