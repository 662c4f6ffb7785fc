"""The merge between devices: what travels, what wins, and what a damaged folder costs."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from sync_fakes import HOME, LAPTOP, OFFICE, T0, MemoryFolder, seal, session_body, uuid_for

from stretchtimer.model.sync import (
    CheckinBody,
    Key,
    Kind,
    MemoryStore,
    SyncState,
    merge,
)
from stretchtimer.model.sync.merge import MergeReport
from stretchtimer.model.sync.segments import encode_segment
from stretchtimer.model.sync.state import load_state, save_state

HOUR = 3600 * 1000


@dataclass
class Device:
    name: str
    store: MemoryStore = field(init=False)
    folder: MemoryFolder = field(default_factory=MemoryFolder)
    state: SyncState = field(init=False)

    def __post_init__(self) -> None:
        self.store = MemoryStore(self.name)
        self.state = SyncState("folder", self.name)

    def sync(self, now: int) -> MergeReport:
        return merge(
            self.folder, self.store, self.state, device=self.name, label=self.name, now_ms=now
        )


def carry(source: Device, target: Device, *, only: str | None = None) -> None:
    """The sync engine: every file of ``source``'s copy appears in ``target``'s."""
    for (device, name), (data, _) in source.folder.content.items():
        if only is None or device == only:
            target.folder.put(device, name, data)


@pytest.fixture
def office() -> Device:
    return Device(OFFICE)


@pytest.fixture
def home() -> Device:
    return Device(HOME)


def test_a_session_with_its_exercises_and_ratings_reaches_the_other_device(
    office: Device, home: Device
) -> None:
    body = session_body(1, local_date=date(2024, 4, 30), items=3)
    office.store.add_session(uuid_for(1), body, T0)
    office.store.set_checkin(uuid_for(1), uuid_for(500), 7, 4, T0 + 1)
    assert office.sync(T0 + 2).exported == 2
    carry(office, home)
    report = home.sync(T0 + 3)
    assert (report.imported, report.exported, report.problems) == (2, 0, [])
    shown = home.store.visible()
    assert shown == office.store.visible()
    # The day it counted for where it happened, even if home is in another zone.
    assert shown[uuid_for(1)][0].local_date == date(2024, 4, 30)
    assert shown[uuid_for(1)][1] == CheckinBody("", 7, 4)


def test_merging_again_and_reading_copies_of_a_file_change_nothing(
    office: Device, home: Device
) -> None:
    office.store.add_session(uuid_for(1), session_body(1), T0)
    office.sync(T0)
    carry(office, home)
    home.sync(T0)
    (name, data) = next(
        (n, d) for n, d in home.folder.files_of(OFFICE).items() if n.endswith(".stseg")
    )
    stem = name.removesuffix(".stseg")
    home.folder.put(OFFICE, f"{stem}.sync-conflict-20240501-120000-ABCDEFG.stseg", data)
    home.folder.put(OFFICE, f"{stem} (conflicted copy 2024-05-01).stseg", data)
    before = home.store.versions()
    report = home.sync(T0 + 1)
    assert (report.imported, report.exported, report.problems) == (0, 0, [])
    assert home.store.versions() == before


def test_a_conflict_copy_that_is_the_only_copy_is_read(office: Device, home: Device) -> None:
    office.store.add_session(uuid_for(1), session_body(1), T0)
    office.sync(T0)
    for name, data in office.folder.files_of(OFFICE).items():
        home.folder.put(OFFICE, name.replace(".", " (Home's conflicted copy).", 1), data)
    assert home.sync(T0).imported == 1


def test_a_rating_changed_after_seeing_one_from_a_clock_hours_ahead_wins(
    office: Device, home: Device
) -> None:
    """The office clock is five hours fast. At noon the office rates a session; at one
    o'clock, home (right clock) corrects it. By wall-clock time home's change would be four
    hours "older" and lose; stamped after the version it replaced, it wins everywhere."""
    fast = 5 * HOUR
    office.store.add_session(uuid_for(1), session_body(1), T0 + fast)
    office.store.set_checkin(uuid_for(1), uuid_for(500), 8, 8, T0 + fast)
    office.sync(T0 + fast)
    carry(office, home)
    home.sync(T0 + HOUR)
    version = home.store.set_checkin(uuid_for(1), uuid_for(600), 8, 2, T0 + HOUR)
    assert version.stamp_ms == T0 + fast + 1
    home.sync(T0 + HOUR)
    carry(home, office)
    office.sync(T0 + fast + HOUR)
    for device in (office, home):
        assert device.store.visible()[uuid_for(1)][1] == CheckinBody("", 8, 2)


def test_a_deletion_wins_over_the_record_arriving_after_it(office: Device, home: Device) -> None:
    laptop = Device(LAPTOP)
    office.store.add_session(uuid_for(1), session_body(1), T0)
    office.sync(T0)
    carry(office, home)
    home.sync(T0 + 1)
    home.store.delete(uuid_for(1), T0 + 2)
    home.sync(T0 + 2)
    # The laptop gets the deletion first, then the session it deletes.
    carry(home, laptop, only=HOME)
    laptop.sync(T0 + 3)
    carry(office, laptop)
    laptop.sync(T0 + 4)
    carry(home, office)
    office.sync(T0 + 5)
    for device in (office, home, laptop):
        assert device.store.visible() == {}, device.name


def test_undo_of_a_deletion_travels_too(office: Device, home: Device) -> None:
    office.store.add_session(uuid_for(1), session_body(1), T0)
    office.store.delete(uuid_for(1), T0 + 1)
    office.store.undo_delete(uuid_for(1), T0 + 2)
    office.sync(T0 + 3)
    carry(office, home)
    home.sync(T0 + 3)
    assert list(home.store.visible()) == [uuid_for(1)]
    home.store.delete(uuid_for(1), T0 + 4)
    home.sync(T0 + 4)
    carry(home, office)
    office.sync(T0 + 5)
    office.store.undo_delete(uuid_for(1), T0 + 6)
    office.sync(T0 + 6)
    carry(office, home)
    home.sync(T0 + 7)
    assert list(home.store.visible()) == list(office.store.visible()) == [uuid_for(1)]


def test_a_half_arrived_segment_is_not_read_until_it_is_whole(office: Device, home: Device) -> None:
    for n in range(5):
        office.store.add_session(uuid_for(n), session_body(n), T0)
    office.sync(T0)
    segment = next(n for n in office.folder.files_of(OFFICE) if n.endswith(".stseg"))
    data = office.folder.files_of(OFFICE)[segment]
    home.folder.put(OFFICE, segment, data[: len(data) * 2 // 3])
    report = home.sync(T0)
    assert report.imported == 0
    assert home.store.visible() == {}
    body = len(data) - data.index(b"\n") - 1
    arrived = len(data) * 2 // 3 - (len(data) - body)
    assert report.waiting == [
        f"{OFFICE}/{segment}: {arrived} of {body} bytes; still arriving or cut short"
    ]
    home.folder.put(OFFICE, segment, data)
    report = home.sync(T0 + 1)
    assert (report.imported, report.waiting) == (5, [])


def test_a_damaged_segment_is_reported_and_the_rest_still_merge(
    office: Device, home: Device
) -> None:
    office.store.add_session(uuid_for(1), session_body(1), T0)
    office.sync(T0)
    carry(office, home)
    good = seal(OFFICE, [b'{"kind": "session"}'])
    home.folder.put(OFFICE, "broken.stseg", good)
    report = home.sync(T0)
    assert report.imported == 1
    assert report.problems == [
        f"{OFFICE}/broken.stseg, record 1: field 'deleted' is missing; skipped"
    ]
    flipped = bytearray(encode_segment(OFFICE, []) + b"x")
    home.folder.put(OFFICE, "worse.stseg", bytes(flipped))
    report = home.sync(T0 + 1)
    assert f"{OFFICE}/worse.stseg: 1 of 0 bytes; still arriving or cut short" in report.waiting
    assert home.state.problems[-1].startswith(f"{OFFICE}/worse.stseg")


@pytest.mark.parametrize("damage", ["emptied", "removed"])
def test_a_segment_of_its_own_damaged_or_gone_is_sent_again(
    office: Device, home: Device, damage: str
) -> None:
    office.store.add_session(uuid_for(1), session_body(1), T0)
    office.sync(T0)
    [segment] = [n for n in office.folder.files_of(OFFICE) if n.endswith(".stseg")]
    if damage == "emptied":  # e.g. a sync engine copied a peer's half-arrived file back
        office.folder.put(OFFICE, segment, b"")
    else:
        office.folder.remove(OFFICE, segment)
    report = office.sync(T0 + 1)
    assert report.exported == 1
    assert segment not in office.folder.files_of(OFFICE)  # the damaged one is gone too
    assert office.sync(T0 + 2).exported == 0  # once is enough
    carry(office, home)
    assert home.sync(T0 + 3).imported == 1


def test_ratings_that_arrive_before_their_session_wait_for_it(office: Device, home: Device) -> None:
    office.store.add_session(uuid_for(1), session_body(1), T0)
    office.sync(T0)
    office.store.set_checkin(uuid_for(1), uuid_for(500), 5, 1, T0 + 1)
    office.sync(T0 + 1)
    files = {n: d for n, d in office.folder.files_of(OFFICE).items() if n.endswith(".stseg")}
    ratings = next(n for n, d in files.items() if b'"kind":"checkin"' in d)
    home.folder.put(OFFICE, ratings, files.pop(ratings))  # the check-in comes first
    home.sync(T0 + 2)
    assert home.store.visible() == {}
    assert list(home.state.pending) == [Key(Kind.CHECKIN, uuid_for(1))]
    [(name, data)] = files.items()
    home.folder.put(OFFICE, name, data)
    report = home.sync(T0 + 3)
    assert report.imported == 2
    assert home.store.visible()[uuid_for(1)][1] == CheckinBody("", 5, 1)
    assert home.state.pending == {}


def test_a_history_started_afresh_gets_everything_back(office: Device, home: Device) -> None:
    for n in range(3):
        office.store.add_session(uuid_for(n), session_body(n), T0)
    office.sync(T0)
    carry(office, home)
    home.sync(T0)
    home.store = MemoryStore(HOME)  # its file was damaged and moved aside
    report = home.sync(T0 + 1)
    assert report.imported == 3
    assert home.store.visible() == office.store.visible()


def test_the_state_survives_a_restart_and_a_damaged_one_costs_only_time(
    office: Device, home: Device, tmp_path: Path
) -> None:
    office.store.add_session(uuid_for(1), session_body(1), T0)
    office.store.set_checkin(uuid_for(1), uuid_for(500), 2, 1, T0)
    office.sync(T0)
    carry(office, home)
    home.sync(T0)
    path = tmp_path / "sync-state.sqlite3"
    save_state(home.state, path)
    assert load_state(path, "folder", HOME) == home.state
    assert load_state(path, "another folder", HOME).view == {}
    # Saving again writes only what changed; what was saved before is still there.
    office.store.add_session(uuid_for(2), session_body(2), T0 + 1)
    office.sync(T0 + 1)
    carry(office, home)
    home.sync(T0 + 2)
    assert len(home.state.changed) == 1
    save_state(home.state, path)
    assert load_state(path, "folder", HOME) == home.state
    path.write_bytes(b"this is not a database" * 100)
    home.state = load_state(path, "folder", HOME)
    assert home.state.view == {}
    report = home.sync(T0 + 3)
    assert (report.imported, report.exported) == (0, 0)
    assert home.store.visible() == office.store.visible()
    save_state(home.state, path)  # the damaged cache is replaced
    assert load_state(path, "folder", HOME) == home.state


def test_a_full_disk_keeps_the_records_for_the_next_merge(office: Device) -> None:
    office.store.add_session(uuid_for(1), session_body(1), T0)
    office.folder.full = True
    report = office.sync(T0)
    assert (report.exported, report.unsent) == (0, 1)
    assert report.problems[0].endswith("No space left on device.")
    assert office.store.visible() != {}
    office.folder.full = False
    assert office.sync(T0 + 1).exported == 1


def test_a_folder_that_is_gone_changes_nothing_and_sync_resumes(
    office: Device, home: Device
) -> None:
    office.store.add_session(uuid_for(1), session_body(1), T0)
    office.folder.present = False
    report = office.sync(T0)
    assert not report.folder_available
    assert (report.imported, report.exported) == (0, 0)
    assert office.state.problems == ["The sync folder is not there."]
    office.folder.present = True
    assert office.sync(T0 + 1).exported == 1


def test_a_year_of_three_sessions_a_day_stays_a_few_files(office: Device) -> None:
    now = T0
    for day in range(365):
        for n in range(3):
            uuid = uuid_for(day * 3 + n)
            office.store.add_session(uuid, session_body(day, items=8), now)
            office.store.set_checkin(uuid, uuid_for(10**6 + day * 3 + n), 6, 3, now)
            office.sync(now)
            now += 8 * HOUR // 3
    files = office.folder.files_of(OFFICE)
    size = sum(len(d) for d in files.values())
    assert len(files) <= 25
    assert size < 3 * 1024 * 1024
    print(f"one year, 3 sessions a day: {len(files)} files, {size / 1024:.0f} KiB")


def test_the_manifest_names_the_device_and_counts_what_has_not_arrived(
    office: Device, home: Device
) -> None:
    office.store.add_session(uuid_for(1), session_body(1), T0)
    office.sync(T0)
    office.store.add_session(uuid_for(2), session_body(2), T0 + 1)
    office.sync(T0 + 1)
    manifest = office.folder.files_of(OFFICE)["manifest.json"]
    home.folder.put(OFFICE, "manifest.json", manifest)
    home.sync(T0 + 2)
    seen = home.state.devices[OFFICE]
    assert (seen.label, seen.wrote_ms, seen.segments, seen.missing) == (OFFICE, T0 + 1, 0, 2)
    assert home.state.devices[HOME].wrote_ms == T0 + 2
