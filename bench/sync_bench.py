"""Sync at scale: twenty years of three sessions a day from two computers, merged.

Two devices each write twenty years of sessions (six exercises and a rating each) to a
real sync folder; then an empty history on a third data folder merges them all (a new
computer joining), and then, one new session at a time, the incremental merge that
follows every session: taken in as ``stretchtimer sync now`` does it (the state read
from its file) and as the running app does (the state kept in memory), and sent by the
app of the computer that holds the whole history. Each time is the median of several
runs, in wall-clock and CPU seconds (the machine may be busy with other work); the
folder's file count and size are reported too.

    python bench/sync_bench.py [--years 20] [--per-day 3] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from stretchtimer.model.history import HistoryStore
from stretchtimer.model.session import ItemOutcome, ItemSummary, SessionStatus, SessionSummary
from stretchtimer.model.sync import DiskFolder, MemoryStore, SyncState, merge
from stretchtimer.model.sync.history_store import HistoryRecords
from stretchtimer.model.sync.records import ItemBody, SessionBody, stamp_of
from stretchtimer.model.sync.runner import run_sync

DEVICES = ("0ff1ce00-0000-4000-8000-00000000000a", "face0000-0000-4000-8000-00000000000b")
EXERCISES = ("knee-to-chest", "pelvic-tilt", "cat-cow", "childs-pose", "supine-twist", "bridge")


def write_device(folder: Path, device: str, years: int, per_day: int, end: date) -> int:
    """One device's history, written to the sync folder as that device would; the records."""
    store = MemoryStore(device)
    first = end - timedelta(days=365 * years - 1)
    hour_offset = 0 if device == DEVICES[0] else 1
    for offset in range(365 * years):
        day = first + timedelta(days=offset)
        for slot in range(per_day):
            started = datetime(day.year, day.month, day.day, 7 + 5 * slot + hour_offset, tzinfo=UTC)
            items = tuple(
                ItemBody(i, name, name.replace("-", " ").title(), 30.0, 28.0, "completed")
                for i, name in enumerate(EXERCISES)
            )
            body = SessionBody(
                "morning-back", "Morning back",
                started.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                "Europe/Berlin", day, 780.0, 770.0, 168.0, "completed", items,
            )  # fmt: skip
            session = str(uuid.uuid4())
            stamp = stamp_of(started) + 15 * 60 * 1000
            store.add_session(session, body, stamp)
            store.set_checkin(session, str(uuid.uuid4()), 6 - offset % 4, 3, stamp + 1)
    # Written apart, as on its own computer, then brought over as a sync engine would.
    own = folder.parent / f"written-by-{device}"
    own.mkdir()
    state = SyncState(str(own), device)
    merge(DiskFolder(own, create=True), store, state, device=device, label=device[:8],
          now_ms=stamp_of(datetime.now(UTC)))  # fmt: skip
    (folder / "StretchTimer").mkdir(exist_ok=True)
    (own / "StretchTimer" / device).rename(folder / "StretchTimer" / device)
    return len(store.rows)


def record_one(store: HistoryStore) -> None:
    """One more session, recorded as the app records it."""
    now = datetime.now(UTC)
    sid = store.begin_session("desk", "Desk", now, "UTC", now.date(), 420.0)
    item = ItemSummary(0, "neck-side-tilt", "Neck side tilt", 30.0, 30.0, ItemOutcome.COMPLETED)
    store.finish(sid, SessionSummary("desk", "Desk", SessionStatus.COMPLETED, 420, 410, 30,
                                     (item,)))  # fmt: skip


def add_one(folder: Path, data: Path) -> None:
    """Another computer records one more session and sends it (through its real history)."""
    with HistoryStore.open(data / "history.sqlite3")[0] as store:
        record_one(store)
        now = datetime.now(UTC)
        records = HistoryRecords(store)
        run_sync(folder, records, data, device=records.device_id(), label="writer",
                 now_ms=stamp_of(now))  # fmt: skip


class Joiner:
    """The computer that joins: its history open, as the app keeps it between merges."""

    def __init__(self, folder: Path, data: Path) -> None:
        self.folder, self.data = folder, data
        self.store, _ = HistoryStore.open(data / "history.sqlite3")
        self.records = HistoryRecords(self.store)
        self.device = self.records.device_id()
        self.state: SyncState | None = None

    def merge(self, *, cold: bool) -> tuple[float, float, int]:
        """One merge: wall and CPU seconds, records taken in and sent. ``cold``: as ``sync now``."""
        store, records, state = self.store, self.records, self.state
        if cold:  # a new process, with a connection of its own and only the state file
            store = HistoryStore.open(self.data / "history.sqlite3")[0]
            records, state = HistoryRecords(store), None
        wall, cpu = time.perf_counter(), time.process_time()
        report, kept = run_sync(
            self.folder, records, self.data, device=self.device, label="new",
            now_ms=stamp_of(datetime.now(UTC)), state=state,
        )  # fmt: skip
        if cold:
            store.close()
        else:
            self.state = kept
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        assert not report.problems, report.problems
        return wall, cpu, report.imported + report.exported

    def close(self) -> None:
        self.store.close()


def _median(values: list[float]) -> float:
    return statistics.median(values)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--per-day", type=int, default=3)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="stretchtimer-sync-bench-"))
    try:
        folder = root / "Sync"
        folder.mkdir()
        end = date.today()
        records = sum(write_device(folder, d, args.years, args.per_day, end) for d in DEVICES)
        files = [p for p in folder.rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in files)
        print(f"folder: {records} records from {len(DEVICES)} devices in {len(files)} files, "
              f"{size / 2**20:.1f} MiB")  # fmt: skip

        full: list[tuple[float, float]] = []
        for run in range(args.runs):
            joiner = Joiner(folder, root / f"joining-{run}")
            wall, cpu, imported = joiner.merge(cold=True)
            joiner.close()
            assert imported == records, (imported, records)
            full.append((wall, cpu))
        wall, cpu = _median([w for w, _ in full]), _median([c for _, c in full])
        print(f"merge into an empty history: median {wall:.2f} s ({cpu:.2f} s of CPU; "
              f"{1000 * cpu / records:.3f} ms of CPU per record)")  # fmt: skip

        writer = root / "writer"
        joiner = Joiner(folder, root / "joining-0")
        joiner.merge(cold=False)
        cold: list[tuple[float, float]] = []
        warm: list[tuple[float, float]] = []
        for _ in range(max(args.runs, 5)):
            add_one(folder, writer)
            wall, cpu, imported = joiner.merge(cold=True)  # as `sync now`
            assert imported == 1, imported
            cold.append((wall, cpu))
        joiner.merge(cold=False)  # the app's own connection catches up with those
        for _ in range(max(args.runs, 5)):
            add_one(folder, writer)
            wall, cpu, imported = joiner.merge(cold=False)  # as the running app
            assert imported == 1, imported
            warm.append((wall, cpu))
        sending: list[tuple[float, float]] = []
        for _ in range(max(args.runs, 5)):
            record_one(joiner.store)  # this computer, with its twenty years, records one
            wall, cpu, sent = joiner.merge(cold=False)
            assert sent == 1, sent
            sending.append((wall, cpu))
        joiner.close()
        runs = (
            ("as `sync now` (state read from its file)", cold),
            ("as the app (state kept in memory)", warm),
            ("sent by the app of a computer with this history", sending),
        )
        for label, times in runs:
            wall, cpu = _median([w for w, _ in times]), _median([c for _, c in times])
            print(f"one new session, {label}: median {wall * 1000:.0f} ms "
                  f"({cpu * 1000:.0f} ms of CPU)")  # fmt: skip
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
