"""The sync folder on a real file system: only our own kind of files, written whole."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sync_fakes import HOME, OFFICE, T0, session_body, uuid_for

from stretchtimer.model.sync import (
    DiskFolder,
    FolderError,
    FolderMissingError,
    MemoryStore,
    SyncState,
    merge,
)
from stretchtimer.model.sync.reading import STALE_TEMP_MS

DEVICE = OFFICE


def test_a_missing_sync_folder_is_reported_and_never_created(tmp_path: Path) -> None:
    gone = tmp_path / "usb-stick"
    folder = DiskFolder(gone, create=True)
    with pytest.raises(FolderMissingError, match="usb-stick is not there"):
        folder.devices()
    with pytest.raises(FolderMissingError):
        folder.write(DEVICE, "a.stseg", b"x")
    assert not gone.exists()


def test_an_empty_mount_point_is_not_written_to_unless_just_chosen(tmp_path: Path) -> None:
    # An unmounted share often leaves its mount point behind, empty.
    with pytest.raises(FolderMissingError, match="has no StretchTimer folder"):
        DiskFolder(tmp_path).write(DEVICE, "a.stseg", b"x")
    assert list(tmp_path.iterdir()) == []
    DiskFolder(tmp_path, create=True).write(DEVICE, "a.stseg", b"x")
    assert DiskFolder(tmp_path).devices() == [DEVICE]


def test_a_write_is_whole_or_not_there_and_leaves_no_temporary(tmp_path: Path) -> None:
    folder = DiskFolder(tmp_path, create=True)
    info = folder.write(DEVICE, "a.stseg", b"data")
    assert (tmp_path / "StretchTimer" / DEVICE / "a.stseg").read_bytes() == b"data"
    assert [p.name for p in (tmp_path / "StretchTimer" / DEVICE).iterdir()] == ["a.stseg"]
    assert folder.files(DEVICE)[0] == info
    assert (tmp_path / "StretchTimer" / DEVICE / "a.stseg").stat().st_mode & 0o077 == 0


def test_only_real_folders_and_regular_files_are_looked_at(tmp_path: Path) -> None:
    root = tmp_path / "StretchTimer"
    (root / DEVICE).mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (root / HOME).symlink_to(tmp_path / "elsewhere")  # a device id, but a link
    (root / "bad name!").mkdir()
    (root / "not-a-folder").write_text("x")
    (root / DEVICE / "real.stseg").write_bytes(b"x")
    (root / DEVICE / "link.stseg").symlink_to(root / DEVICE / "real.stseg")
    os.mkfifo(root / DEVICE / "pipe.stseg")
    folder = DiskFolder(tmp_path)
    assert folder.devices() == [DEVICE]
    assert [f.name for f in folder.files(DEVICE)] == ["real.stseg"]
    with pytest.raises(FolderError, match=r"link\.stseg cannot be opened"):
        folder.read(DEVICE, "link.stseg", 100)


def test_a_file_larger_than_the_limit_is_refused(tmp_path: Path) -> None:
    folder = DiskFolder(tmp_path, create=True)
    folder.write(DEVICE, "big.stseg", b"x" * 101)
    with pytest.raises(FolderError, match=r"big\.stseg is larger than 100 bytes"):
        folder.read(DEVICE, "big.stseg", 100)


def test_a_merge_over_a_real_folder_skips_temporaries_and_tidies_its_own_old_ones(
    tmp_path: Path,
) -> None:
    folder = DiskFolder(tmp_path)
    store = MemoryStore(DEVICE)
    store.add_session(uuid_for(1), session_body(1), T0)
    own = tmp_path / "StretchTimer" / DEVICE
    other = tmp_path / "StretchTimer" / HOME
    own.mkdir(parents=True)
    other.mkdir()
    old, fresh = own / ".s1.stseg.abcd.tmp", own / ".s2.stseg.abcd.tmp"
    for path in (old, fresh, other / ".s3.stseg.abcd.tmp", other / ".syncthing.x.stseg.tmp"):
        path.write_bytes(b"half")
    os.utime(old, ns=(0, (T0 - STALE_TEMP_MS - 1000) * 1_000_000))
    os.utime(fresh, ns=(0, T0 * 1_000_000))
    report = merge(folder, store, SyncState(str(tmp_path), DEVICE), device=DEVICE,
                   label="Office", now_ms=T0)  # fmt: skip
    assert (report.exported, report.problems, report.waiting) == (1, [], [])
    assert not old.exists()
    assert fresh.exists()
    assert len(list(other.iterdir())) == 2
