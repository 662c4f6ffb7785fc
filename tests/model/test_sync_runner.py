"""Sync tied to real places: the folder a person chooses, the state beside the history."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_fakes import T0, session_body, uuid_for

from stretchtimer.model.sync import MemoryStore
from stretchtimer.model.sync.runner import (
    SyncFolderError,
    check_sync_folder,
    run_sync,
    state_path,
    sync_status,
)

DEVICE = "0f0e0d0c-0b0a-4908-8706-050403020100"


def test_a_folder_holding_the_history_database_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "Sync" / "StretchTimer-data"
    data.mkdir(parents=True)
    with pytest.raises(SyncFolderError, match="history database in the shared folder"):
        check_sync_folder(str(tmp_path / "Sync"), data)
    with pytest.raises(SyncFolderError, match="history database"):
        check_sync_folder(str(data), data)
    with pytest.raises(SyncFolderError, match="inside StretchTimer's data folder"):
        (data / "inner").mkdir()
        check_sync_folder(str(data / "inner"), data)


def test_a_folder_that_is_a_link_to_the_data_folder_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (tmp_path / "shared").symlink_to(tmp_path)
    with pytest.raises(SyncFolderError, match="history database"):
        check_sync_folder(str(tmp_path / "shared"), data)


def test_a_missing_or_odd_folder_says_what_is_wrong(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with pytest.raises(SyncFolderError, match="does not exist"):
        check_sync_folder(str(tmp_path / "nowhere"), data)
    (tmp_path / "file").write_text("x")
    with pytest.raises(SyncFolderError, match="is a file, not a folder"):
        check_sync_folder(str(tmp_path / "file"), data)
    with pytest.raises(SyncFolderError, match="Choose a folder"):
        check_sync_folder("  ", data)


def test_a_good_folder_is_given_back_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "Sync").mkdir()
    monkeypatch.chdir(tmp_path)
    assert check_sync_folder("Sync", tmp_path / "data") == tmp_path / "Sync"


def test_run_sync_keeps_its_state_in_the_data_folder_and_status_reads_it(
    tmp_path: Path,
) -> None:
    shared, data = tmp_path / "Sync", tmp_path / "data"
    shared.mkdir()
    data.mkdir()
    store = MemoryStore(DEVICE)
    store.add_session(uuid_for(1), session_body(1), T0)
    report, state = run_sync(
        shared, store, data, device=DEVICE, label="Office", now_ms=T0, create=True
    )
    assert (report.exported, report.problems) == (1, [])
    assert state_path(data).is_file()
    assert not list(shared.rglob("*.json.tmp"))
    status = sync_status(shared, data, DEVICE)
    assert (status.reachable, status.records_out, status.last_merge_ms) == (True, 1, T0)
    assert status.devices[DEVICE].label == "Office"
    # The same state passed back is used as it is; nothing new, nothing sent.
    report, again = run_sync(
        shared, store, data, device=DEVICE, label="Office", now_ms=T0 + 1, state=state
    )
    assert again is state
    assert report.exported == 0


def test_a_state_that_cannot_be_saved_is_said_and_the_merge_still_counts(tmp_path: Path) -> None:
    shared, data = tmp_path / "Sync", tmp_path / "data"
    shared.mkdir()
    data.mkdir()
    state_path(data).mkdir()  # a folder where the file should go
    store = MemoryStore(DEVICE)
    store.add_session(uuid_for(1), session_body(1), T0)
    report, _ = run_sync(shared, store, data, device=DEVICE, label="Office", now_ms=T0, create=True)
    assert report.exported == 1
    assert report.problems[-1].startswith("What was merged could not be noted in")
