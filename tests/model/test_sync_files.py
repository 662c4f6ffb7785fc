"""The person's own routine files and pictures travel between devices, newest version wins,
and nothing they made is dropped: a losing version is kept and reported."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sync_desks import PNG, T0, Desk, carry, exchange, exercise_text, routine_text
from sync_fakes import HOME, LAPTOP, OFFICE

from stretchtimer.model.sync.file_state import (
    FileState,
    load_file_state,
    save_file_state,
    state_file,
)
from stretchtimer.model.sync.file_versions import (
    FileKey,
    FileKind,
    FileVersion,
    VersionFileError,
    decode_version,
    digest_of,
    encode_version,
    name_problem,
)
from stretchtimer.model.sync.records import Version

SECOND = 1000
HOUR = 3600 * SECOND


@pytest.fixture
def office(tmp_path: Path) -> Desk:
    return Desk(tmp_path, OFFICE)


@pytest.fixture
def home(tmp_path: Path) -> Desk:
    return Desk(tmp_path, HOME)


def test_a_routine_saved_on_one_device_arrives_on_the_other(office: Desk, home: Desk) -> None:
    office.write("neck.json", routine_text("Neck"))
    sent = office.sync(T0)
    assert (sent.files_out, sent.problems) == (1, [])
    carry(office, home)
    got = home.sync(T0 + SECOND)
    assert (got.files_in, got.problems, got.conflicts) == (1, [], [])
    assert home.read("neck.json") == routine_text("Neck")
    assert got.changed


def test_merging_again_changes_nothing(office: Desk, home: Desk) -> None:
    office.write("neck.json", routine_text("Neck"))
    office.sync(T0)
    carry(office, home)
    home.sync(T0 + SECOND)
    exchange(office, home)
    writes = office.folder.writes + home.folder.writes
    for desk in (office, home):
        again = desk.sync(T0 + 2 * SECOND)
        assert (again.files_in, again.files_out, again.problems) == (0, 0, [])
    assert office.folder.writes + home.folder.writes == writes
    assert office.names() == home.names()


def test_an_edit_made_after_seeing_a_version_replaces_it(office: Desk, home: Desk) -> None:
    office.write("neck.json", routine_text("Neck"))
    office.sync(T0)
    carry(office, home)
    home.sync(T0 + SECOND)
    home.write("neck.json", routine_text("Neck, longer"))
    home.sync(T0 + 2 * SECOND)
    carry(home, office)
    got = office.sync(T0 + 3 * SECOND)
    assert (got.files_in, got.conflicts) == (1, [])
    assert office.read("neck.json") == routine_text("Neck, longer")
    # Only the newest version of a file stays in the folder of the device that wrote it.
    assert len(home.folder.files_of(HOME)) == 1


def test_a_later_edit_wins_even_from_a_clock_that_is_hours_behind(tmp_path: Path) -> None:
    ahead, behind = Desk(tmp_path, OFFICE, skew=5 * HOUR), Desk(tmp_path, HOME, skew=-2 * HOUR)
    ahead.write("neck.json", routine_text("Neck"))
    ahead.sync(T0)
    carry(ahead, behind)
    behind.sync(T0 + SECOND)
    behind.write("neck.json", routine_text("Neck, edited later"))
    behind.sync(T0 + 2 * SECOND)
    carry(behind, ahead)
    got = ahead.sync(T0 + 3 * SECOND)
    assert (got.files_in, got.conflicts) == (1, [])
    assert ahead.read("neck.json") == routine_text("Neck, edited later")


def test_concurrent_edits_the_newest_wins_the_other_is_kept_and_reported(
    office: Desk, home: Desk
) -> None:
    office.write("neck.json", routine_text("Neck"))
    office.sync(T0)
    carry(office, home)
    home.sync(T0 + SECOND)
    office.write("neck.json", routine_text("Neck at the office"))
    home.write("neck.json", routine_text("Neck at home"))
    office.sync(T0 + 10 * SECOND)
    home.sync(T0 + 20 * SECOND)  # the later edit
    exchange(office, home)
    lost = office.sync(T0 + 30 * SECOND)
    won = home.sync(T0 + 31 * SECOND)
    assert office.read("neck.json") == home.read("neck.json") == routine_text("Neck at home")
    assert won.conflicts == []
    assert len(lost.conflicts) == 1
    kept = Path(lost.conflicts[0].copy)
    assert kept.parent == office.routines / "conflicts"
    assert kept.name.startswith(f"neck.{OFFICE[:8]}.") and kept.suffix == ".json"
    assert kept.read_bytes() == routine_text("Neck at the office")
    assert lost.conflicts[0].device == OFFICE
    assert office.state.conflicts == lost.conflicts  # `sync status` lists them
    # The copy is not a routine file of its own (it would clash with the one in use).
    assert sorted(office.names()) == ["neck.json"]


def test_a_deletion_travels_and_the_file_is_moved_aside(office: Desk, home: Desk) -> None:
    office.write("neck.json", routine_text("Neck"))
    office.sync(T0)
    carry(office, home)
    home.sync(T0 + SECOND)
    (office.routines / "neck.json").unlink()
    office.sync(T0 + 2 * SECOND)
    carry(office, home)
    got = home.sync(T0 + 3 * SECOND)
    assert got.files_in == 1
    assert home.read("neck.json") is None
    assert [p.read_bytes() for p in home.kept()] == [routine_text("Neck")]
    # An old copy of the routine's version file arriving late does not bring it back.
    home.folder.put(OFFICE, "f20240501T120000-late.sync-conflict-x.stfile", _version(OFFICE, T0))
    assert home.sync(T0 + 4 * SECOND).files_in == 0
    assert home.read("neck.json") is None


def _version(
    device: str, stamp: int, content: bytes | None = None, name: str = "neck.json"
) -> bytes:
    body = routine_text("Neck") if content is None else content
    version = FileVersion(FileKey(FileKind.ROUTINE, name), Version(stamp, False, device),
                          digest_of(body))  # fmt: skip
    return encode_version(version, body)


def test_an_edit_after_a_deletion_wins_over_it(office: Desk, home: Desk) -> None:
    office.write("neck.json", routine_text("Neck"))
    office.sync(T0)
    carry(office, home)
    home.sync(T0 + SECOND)
    (office.routines / "neck.json").unlink()
    office.sync(T0 + 10 * SECOND)
    home.write("neck.json", routine_text("Neck, still wanted"))
    home.sync(T0 + 20 * SECOND)  # edited later, not having seen the deletion
    exchange(office, home)
    office.sync(T0 + 30 * SECOND)
    home.sync(T0 + 31 * SECOND)
    assert office.read("neck.json") == home.read("neck.json") == routine_text("Neck, still wanted")


def test_a_deletion_after_a_concurrent_edit_wins_and_the_edit_is_kept(
    office: Desk, home: Desk
) -> None:
    office.write("neck.json", routine_text("Neck"))
    office.sync(T0)
    carry(office, home)
    home.sync(T0 + SECOND)
    home.write("neck.json", routine_text("Neck, edited"))
    home.sync(T0 + 10 * SECOND)
    (office.routines / "neck.json").unlink()
    office.sync(T0 + 20 * SECOND)
    # The edit was never sent: home merges the deletion before the engine carried it.
    home.folder.content.clear()
    carry(office, home)
    home.write("neck.json", routine_text("Neck, edited again"))
    got = home.sync(T0 + 15 * SECOND)
    assert home.read("neck.json") is None
    assert len(got.conflicts) == 1
    assert Path(got.conflicts[0].copy).read_bytes() == routine_text("Neck, edited again")


def test_a_bad_incoming_file_is_reported_by_name_and_never_installed(
    office: Desk, home: Desk
) -> None:
    home.write("neck.json", routine_text("Neck, mine"))
    home.sync(T0)
    broken = routine_text("Neck", exercise="no-such-exercise")
    home.folder.put(OFFICE, "fbad.stfile", _version(OFFICE, T0 + HOUR, broken))
    got = home.sync(T0 + SECOND)
    assert home.read("neck.json") == routine_text("Neck, mine")
    assert got.files_in == 0
    [said] = got.problems
    assert said.startswith(f"{OFFICE}/fbad.stfile: the routine file neck.json from device {OFFICE}")
    assert "no-such-exercise" in said
    # Bad bytes in the header, a lie about the checksum: told, never used.
    home.folder.put(
        OFFICE, "fworse.stfile", b'{"format": "stretchtimer-sync-file", "version": 1}\n'
    )
    sealed = _version(OFFICE, T0 + HOUR, routine_text("Neck, theirs"), "other.json")
    home.folder.put(OFFICE, "fcut.stfile", sealed[:-5])
    got = home.sync(T0 + 2 * SECOND)
    assert home.read("other.json") is None
    assert any(p.startswith(f"{OFFICE}/fworse.stfile: field 'kind'") for p in got.problems)
    assert got.waiting == [f"{OFFICE}/fcut.stfile: incomplete or damaged (its checksum "
                           "differs); tried again later"]  # fmt: skip
    # Once the file has arrived whole, it is used.
    home.folder.put(OFFICE, "fcut.stfile", sealed)
    assert home.sync(T0 + 3 * SECOND).files_in == 1
    assert home.read("other.json") == routine_text("Neck, theirs")


def test_a_bad_newest_version_leaves_the_older_good_one(office: Desk, home: Desk) -> None:
    office.write("neck.json", routine_text("Neck"))
    office.sync(T0)
    carry(office, home)
    home.folder.put(LAPTOP, "fbad.stfile", _version(LAPTOP, T0 + HOUR, b'{"version": 1, "x": 2}'))
    got = home.sync(T0 + SECOND)
    assert home.read("neck.json") == routine_text("Neck")
    assert any("was not taken in" in p and "'x'" in p for p in got.problems)


def test_conflict_copies_made_by_sync_engines_are_read_like_any_other(
    office: Desk, home: Desk
) -> None:
    office.write("neck.json", routine_text("Neck"))
    office.sync(T0)
    [(name, data)] = office.folder.files_of(OFFICE).items()
    stem = name.removesuffix(".stfile")
    home.folder.put(OFFICE, f"{stem}.sync-conflict-20240501-120000-ABCDEFG.stfile", data)
    home.folder.put(OFFICE, f"{stem} (conflicted copy 2024-05-01).stfile", data)
    got = home.sync(T0 + SECOND)
    assert (got.files_in, got.problems) == (1, [])
    assert home.read("neck.json") == routine_text("Neck")
    assert home.sync(T0 + 2 * SECOND).files_in == 0


def test_a_routine_may_use_an_exercise_that_arrives_in_the_same_merge(
    office: Desk, home: Desk
) -> None:
    # "a-..." is settled before "my-..." would be, so the first pass cannot load it.
    office.write("my-exercises.json", exercise_text("my-stretch"))
    office.write("a-routine.json", routine_text("Mine", exercise="my-stretch"))
    sent = office.sync(T0)
    assert (sent.files_out, sent.problems) == (2, [])
    carry(office, home)
    got = home.sync(T0 + SECOND)
    assert (got.files_in, got.problems) == (2, [])


def test_a_file_that_cannot_be_read_here_is_not_taken_as_deleted(office: Desk, home: Desk) -> None:
    office.write("neck.json", routine_text("Neck"))
    office.sync(T0)
    (office.routines / "neck.json").write_bytes(b" " * (1024 * 1024 + 1))
    got = office.sync(T0 + SECOND)
    assert got.files_out == 0
    assert any("larger than" in p for p in got.problems)
    carry(office, home)
    home.sync(T0 + 2 * SECOND)
    assert home.read("neck.json") == routine_text("Neck")


def test_a_lost_state_sends_nothing_again_and_loses_nothing(office: Desk, home: Desk) -> None:
    office.write("neck.json", routine_text("Neck"))
    office.sync(T0)
    carry(office, home)
    home.sync(T0 + SECOND)
    home.state = FileState("folder", HOME)
    assert (home.sync(T0 + 2 * SECOND).files_out, home.read("neck.json")) == (
        0, routine_text("Neck"),
    )  # fmt: skip
    # A stale file (last written before the folder's version) loses, but is kept.
    office.write("neck.json", routine_text("Neck, newer"))
    office.sync(T0 + HOUR)
    carry(office, home)
    home.state = FileState("folder", HOME)
    home.write("neck.json", routine_text("Neck, stale"))
    os.utime(home.routines / "neck.json", ns=(T0 * 1_000_000, T0 * 1_000_000))
    got = home.sync(T0 + 2 * HOUR)
    assert home.read("neck.json") == routine_text("Neck, newer")
    assert Path(got.conflicts[0].copy).read_bytes() == routine_text("Neck, stale")


def test_pictures_travel_by_content_and_are_never_overwritten(office: Desk, home: Desk) -> None:
    office.pictures.mkdir(parents=True)
    (office.pictures / "me.png").write_bytes(PNG + b"office")
    office.sync(T0)
    carry(office, home)
    home.pictures.mkdir(parents=True)
    (home.pictures / "me.png").write_bytes(PNG + b"home")
    (home.pictures / "other.png").write_bytes(PNG + b"other")
    got = home.sync(T0 + SECOND)
    assert (home.pictures / "me.png").read_bytes() == PNG + b"home"
    [conflict] = got.conflicts
    assert conflict.device == OFFICE
    assert Path(conflict.copy).read_bytes() == PNG + b"office"
    assert Path(conflict.copy).parent == home.pictures / "conflicts"
    carry(home, office)
    office.sync(T0 + 2 * SECOND)
    assert (office.pictures / "other.png").read_bytes() == PNG + b"other"
    assert (office.pictures / "me.png").read_bytes() == PNG + b"office"
    # Kept once, not at every merge.
    assert home.sync(T0 + 3 * SECOND).conflicts == []


def test_a_picture_that_is_not_what_its_name_says_is_not_installed(home: Desk) -> None:
    body = b"<html>not a picture</html>"
    version = FileVersion(FileKey(FileKind.PICTURE, "me.png"), Version(T0, False, OFFICE),
                          digest_of(body))  # fmt: skip
    home.folder.put(OFFICE, "fpic.stfile", encode_version(version, body))
    got = home.sync(T0 + SECOND)
    assert not (home.pictures / "me.png").exists()
    assert any("fpic.stfile" in p and "not a PNG" in p for p in got.problems)


def test_a_name_that_leaves_the_folder_is_refused(home: Desk) -> None:
    data = _version(OFFICE, T0).replace(b'"neck.json"', b'"../../x.json"')
    home.folder.put(OFFICE, "fescape.stfile", data)
    got = home.sync(T0 + SECOND)
    assert any("fescape.stfile: field 'name'" in p for p in got.problems)
    assert not (home.data.parent / "x.json").exists()


def test_three_devices_agree(tmp_path: Path) -> None:
    desks = [Desk(tmp_path, d) for d in (OFFICE, HOME, LAPTOP)]
    for n, desk in enumerate(desks):
        desk.write(f"r{n}.json", routine_text(f"Routine {n}"))
        desk.sync(T0 + n)
    for n in range(2):
        exchange(*desks)
        for desk in desks:
            desk.sync(T0 + (n + 1) * HOUR)
    assert desks[0].names() == desks[1].names() == desks[2].names()
    assert len(desks[0].names()) == 3


def test_a_full_disk_sends_nothing_and_the_next_merge_sends_it(office: Desk, home: Desk) -> None:
    office.write("neck.json", routine_text("Neck"))
    office.folder.full = True
    got = office.sync(T0)
    assert (got.files_out, got.unsent) == (0, 1)
    assert any("No space left" in p for p in got.problems)
    office.folder.full = False
    assert office.sync(T0 + SECOND).files_out == 1
    carry(office, home)
    assert home.sync(T0 + 2 * SECOND).files_in == 1


def test_a_folder_that_is_not_there_changes_nothing_here(office: Desk) -> None:
    office.write("neck.json", routine_text("Neck"))
    office.sync(T0)
    office.folder.present = False
    (office.routines / "neck.json").unlink()
    got = office.sync(T0 + SECOND)
    assert not got.folder_available
    assert office.state.base  # the deletion is sent when the folder is back
    office.folder.present = True
    assert office.sync(T0 + 2 * SECOND).files_out == 1
    [(_, data)] = office.folder.files_of(OFFICE).items()
    assert b'"deleted":true' in data


def test_a_file_rewritten_with_the_same_size_is_seen_though_digests_are_remembered(
    office: Desk,
) -> None:
    office.write("neck.json", routine_text("Neck A"))
    os.utime(office.routines / "neck.json", ns=(T0 * 1_000_000, T0 * 1_000_000))
    later = time.time_ns() // 1_000_000 + 10 * SECOND  # the file has long settled by then
    assert office.sync(later).files_out == 1
    assert FileKey(FileKind.ROUTINE, "neck.json") in office.state.local  # remembered
    office.write("neck.json", routine_text("Neck B"))  # the same size, in place
    assert office.sync(later + SECOND).files_out == 1
    [(_, data)] = office.folder.files_of(OFFICE).items()
    assert data.endswith(routine_text("Neck B"))


@given(st.binary(max_size=400) | st.builds(lambda b: _version(OFFICE, T0)[: len(b)], st.binary()))
def test_any_bytes_are_a_version_file_or_a_version_file_error(raw: bytes) -> None:
    try:
        version, content = decode_version(raw, "x")
    except VersionFileError:
        return
    assert content is None or digest_of(content) == version.digest


@pytest.mark.parametrize(
    "name", ["../x.json", "a/b.json", ".hidden.json", "x .json", "con:.json", "a\\b.json",
             "~x.json", "x\x00.json", "x" * 97 + ".json", "x.txt"],
)  # fmt: skip
def test_names_that_are_not_plain_file_names_are_refused(name: str) -> None:
    assert name_problem(FileKind.ROUTINE, name) is not None


def test_names_people_give_their_files_are_plain(home: Desk) -> None:
    assert name_problem(FileKind.ROUTINE, "Mein Rücken (neu).json") is None


def test_going_back_to_an_older_content_is_a_change_like_any_other(
    office: Desk, home: Desk
) -> None:
    office.write("neck.json", routine_text("Neck"))
    office.sync(T0)
    carry(office, home)
    home.sync(T0 + SECOND)
    home.write("neck.json", routine_text("Neck, longer"))
    home.sync(T0 + 2 * SECOND)
    carry(home, office)
    office.sync(T0 + 3 * SECOND)
    # The office's first version is still in its folder (it has sent nothing since); home
    # goes back to that content after having seen the longer one.
    home.write("neck.json", routine_text("Neck"))
    got = home.sync(T0 + 4 * SECOND)
    assert (got.files_out, got.files_in) == (1, 0)
    assert home.read("neck.json") == routine_text("Neck")
    carry(home, office)
    office.sync(T0 + 5 * SECOND)
    assert office.read("neck.json") == routine_text("Neck")


def test_the_state_is_kept_across_runs_and_a_damaged_one_is_said_and_made_again(
    office: Desk, home: Desk
) -> None:
    office.write("neck.json", routine_text("Neck"))
    office.sync(T0)
    carry(office, home)
    home.sync(T0 + SECOND)
    home.write("neck.json", routine_text("Neck, longer"))
    home.sync(T0 + 2 * SECOND)
    save_file_state(home.state, home.data)
    loaded, said = load_file_state(home.data, "folder", HOME)
    assert said is None
    assert (loaded.base, loaded.files_in, loaded.files_out) == (home.state.base, 1, 1)
    [version] = loaded.base.values()
    assert version.after and version.after[0].device == OFFICE  # made from office's
    assert load_file_state(home.data, "another folder", HOME) == (
        FileState("another folder", HOME),
        None,
    )
    state_file(home.data).write_text(
        '{"version": 1, "folder": "folder", "device": "' + HOME + '", "base": [[1]]}'
    )
    fresh, said = load_file_state(home.data, "folder", HOME)
    assert fresh.base == {}
    assert said is not None and str(state_file(home.data)) in said and "nothing is lost" in said


def test_a_routine_that_takes_a_built_in_routines_id_is_not_taken_in(home: Desk) -> None:
    clash = routine_text("Mine", rid="midday-desk-break")
    home.folder.put(OFFICE, "fclash.stfile", _version(OFFICE, T0, clash, "desk.json"))
    got = home.sync(T0 + SECOND)
    assert home.read("desk.json") is None
    assert any("fclash.stfile" in p and "duplicate id" in p for p in got.problems)
