"""SyncService: merges on its own thread at start-up, on folder changes, when the history is
shown, never while a session runs; says a problem once."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stretchtimer.model.catalogue import Catalogue
from stretchtimer.model.history import HistoryStore
from stretchtimer.model.session import ItemOutcome, ItemSummary, SessionStatus, SessionSummary
from stretchtimer.model.sync.history_store import HistoryRecords
from stretchtimer.model.sync.runner import run_file_sync, run_sync
from stretchtimer.ui.sync_service import SyncService

NOW_MS = 1_718_020_800_000  # 2024-06-10T12:00:00Z
WAIT_MS = 20_000  # a merge on a busy machine; the signal ends the wait as soon as it comes


def record(data: Path) -> None:
    """A session recorded in the history in ``data``, as the recorder writes it."""
    with HistoryStore.open(data / "history.sqlite3")[0] as store:
        started = datetime(2024, 6, 10, 6, 0, tzinfo=UTC)
        sid = store.begin_session("desk", "Desk", started, "UTC", date(2024, 6, 10), 600.0)
        item = ItemSummary(0, "neck", "Neck", 30.0, 30.0, ItemOutcome.COMPLETED)
        store.finish(
            sid, SessionSummary("desk", "Desk", SessionStatus.COMPLETED, 600, 60, 30, (item,))
        )


def other_computer_records(data: Path, shared: Path) -> None:
    """Another StretchTimer records a session and syncs it into ``shared``."""
    record(data)
    with HistoryStore.open(data / "history.sqlite3")[0] as store:
        records = HistoryRecords(store)
        run_sync(
            shared, records, data, device=records.device_id(), label="other", now_ms=NOW_MS,
            create=True,
        )  # fmt: skip


def sessions_in(data: Path) -> int:
    with HistoryStore.open(data / "history.sqlite3")[0] as store:
        return len(store.sessions())


@pytest.fixture
def places(tmp_path: Path) -> tuple[Path, Path, Path]:
    shared, here, other = tmp_path / "Sync", tmp_path / "here", tmp_path / "other"
    shared.mkdir()
    here.mkdir()
    return shared, here, other


@pytest.fixture
def service(places: tuple[Path, Path, Path]) -> Iterator[SyncService]:
    _, here, _ = places
    sync = SyncService(
        here / "history.sqlite3", here, "here", clock_ms=lambda: NOW_MS, debounce_ms=0
    )
    yield sync
    sync.stop()
    assert not sync.is_active()


def test_a_folder_chosen_is_merged_at_once_and_the_history_told(
    qtbot: QtBot, service: SyncService, places: tuple[Path, Path, Path]
) -> None:
    shared, here, other = places
    other_computer_records(other, shared)
    with qtbot.waitSignal(service.history_changed, timeout=WAIT_MS):
        service.set_folder(str(shared), chosen=True)
    assert sessions_in(here) == 1
    assert service.last_report is not None and service.last_report.imported == 1
    assert service.last_status is not None and len(service.last_status.devices) == 2


def test_a_file_the_sync_engine_brings_is_merged(
    qtbot: QtBot, service: SyncService, places: tuple[Path, Path, Path]
) -> None:
    shared, here, other = places
    with qtbot.waitSignal(service.merged, timeout=WAIT_MS):
        service.set_folder(str(shared), chosen=True)
    with qtbot.waitSignal(service.history_changed, timeout=WAIT_MS):
        other_computer_records(other, shared)  # the watcher sees the new folder and files
    assert sessions_in(here) == 1


def test_a_running_session_puts_every_merge_off(
    qtbot: QtBot, service: SyncService, places: tuple[Path, Path, Path]
) -> None:
    shared, here, other = places
    other_computer_records(other, shared)
    service.set_session_running(True)
    with qtbot.assertNotEmitted(service.merged, wait=200):
        service.set_folder(str(shared), chosen=True)
        service.request(now=True)
    assert service.is_active()  # wanted, not started
    assert sessions_in(here) == 0
    with qtbot.waitSignal(service.history_changed, timeout=WAIT_MS):
        service.set_session_running(False)
    assert sessions_in(here) == 1


def test_the_history_page_shown_asks_for_a_merge(
    qtbot: QtBot, service: SyncService, places: tuple[Path, Path, Path]
) -> None:
    shared, _, other = places
    with qtbot.waitSignal(service.merged, timeout=WAIT_MS):
        service.set_folder(str(shared), chosen=True)
    page = QWidget()
    qtbot.addWidget(page)
    service.merge_when_shown(page)
    other_computer_records(other, shared)
    with qtbot.waitSignal(service.history_changed, timeout=WAIT_MS):
        page.show()


def test_a_folder_that_goes_away_is_said_once_and_sync_resumes(
    qtbot: QtBot, service: SyncService, places: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    shared, here, other = places
    with qtbot.waitSignal(service.merged, timeout=WAIT_MS):
        service.set_folder(str(shared), chosen=True)
    # Its own first files make the folder change once more; that merge finishes too.
    qtbot.waitUntil(lambda: not service.is_active(), timeout=WAIT_MS)
    shared.rename(tmp_path / "unplugged")
    with qtbot.waitSignal(service.problem, timeout=WAIT_MS) as said:
        service.request(now=True)
    assert said.args is not None and "is not there" in said.args[0]
    assert service.last_status is not None and not service.last_status.reachable
    with qtbot.waitSignal(service.merged, timeout=WAIT_MS), qtbot.assertNotEmitted(service.problem):
        service.request(now=True)
    (tmp_path / "unplugged").rename(shared)
    other_computer_records(other, shared)
    with qtbot.waitSignal(service.history_changed, timeout=WAIT_MS):
        service.request(now=True)
    assert sessions_in(here) == 1


def test_turning_sync_off_stops_watching(
    qtbot: QtBot, service: SyncService, places: tuple[Path, Path, Path]
) -> None:
    shared, _, _ = places
    with qtbot.waitSignal(service.merged, timeout=WAIT_MS):
        service.set_folder(str(shared), chosen=True)
    # Its own first files make the folder change once more; that merge finishes too.
    qtbot.waitUntil(lambda: not service.is_active(), timeout=WAIT_MS)
    service.set_folder("")
    with qtbot.assertNotEmitted(service.merged, wait=200):
        (shared / "StretchTimer" / "x").mkdir()
        service.request(now=True)
    assert not service.is_active()


def test_what_was_recorded_is_sent_at_quit(qtbot: QtBot, places: tuple[Path, Path, Path]) -> None:
    shared, here, _ = places
    sync = SyncService(
        here / "history.sqlite3", here, "here", clock_ms=lambda: NOW_MS, debounce_ms=60_000
    )
    with qtbot.waitSignal(sync.merged, timeout=WAIT_MS):
        sync.set_folder(str(shared), chosen=True)
    assert not list(shared.rglob("*.stseg"))  # nothing to send yet
    record(here)  # a session's writes land just before the app quits
    sync.request()
    sync.stop()  # quitting well before the merge asked for was due
    assert len(list(shared.rglob("*.stseg"))) == 1
    assert not sync.is_active()


def routine_text(name: str) -> bytes:
    routine = {"id": name.lower().replace(" ", "-"), "name": name, "description": "Mine.",
               "items": [{"exercise": "knee-to-chest"}]}  # fmt: skip
    return json.dumps({"version": 1, "routines": [routine]}).encode()


def other_computer_saves_a_routine(data: Path, shared: Path, name: str, content: bytes) -> None:
    """Another StretchTimer saves a routine file and syncs, as ``sync now`` does."""
    other_computer_records(data, shared)
    (data / "routines").mkdir(exist_ok=True)
    (data / "routines" / name).write_bytes(content)
    with HistoryStore.open(data / "history.sqlite3")[0] as store:
        device = store.device_id or ""
    run_file_sync(shared, data, device=device, now_ms=NOW_MS + 1000)


def test_a_routine_from_another_computer_arrives_with_the_catalogue_loaded_again(
    qtbot: QtBot, service: SyncService, places: tuple[Path, Path, Path]
) -> None:
    shared, here, other = places
    other_computer_saves_a_routine(other, shared, "neck.json", routine_text("Neck from home"))
    with qtbot.waitSignal(service.routines_changed, timeout=WAIT_MS) as arrived:
        service.set_folder(str(shared), chosen=True)
    assert arrived.args is not None
    catalogue = arrived.args[0]
    assert isinstance(catalogue, Catalogue)
    assert catalogue.routines["neck-from-home"].source == str(here / "routines" / "neck.json")
    assert "knee-to-chest" in catalogue.exercises  # the built-in ones are there too
    assert service.last_status is not None and service.last_status.files_in == 1


def test_a_version_that_lost_is_told_with_where_it_is_kept(
    qtbot: QtBot, service: SyncService, places: tuple[Path, Path, Path]
) -> None:
    shared, here, other = places
    (here / "routines").mkdir()
    mine = here / "routines" / "neck.json"
    mine.write_bytes(routine_text("Neck here"))
    os.utime(mine, ns=(NOW_MS * 1_000_000 - 10**12,) * 2)  # written before the other's
    other_computer_saves_a_routine(other, shared, "neck.json", routine_text("Neck there"))
    told: list[str] = []
    service.problem.connect(told.append)
    with qtbot.waitSignal(service.routines_changed, timeout=WAIT_MS):
        service.set_folder(str(shared), chosen=True)
    assert mine.read_bytes() == routine_text("Neck there")
    [kept] = (here / "routines" / "conflicts").iterdir()
    assert kept.read_bytes() == routine_text("Neck here")
    assert told == [
        f"Sync: {mine} was changed on two computers. The newer version is used; the other "
        f"is kept as {kept}."
    ]
    assert service.last_status is not None
    assert [c.copy for c in service.last_status.conflicts] == [str(kept)]
