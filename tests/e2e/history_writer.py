"""Writes sessions into a history the way the session window does, until it is killed.

    python tests/e2e/history_writer.py DATA_DIR SEED

Each session: ``begin_session``, a checkpoint every few milliseconds with the credit so
far, sometimes a check-in, then ``finish``. After a write has returned (and so is
committed and synced) the script prints a line saying so, flushed at once, so whoever
kills it knows which sessions must survive:

    began <id>
    finished <id> <status> <credited seconds> <exercise rows>
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from stretchtimer import paths
from stretchtimer.model.history import HistoryStore
from stretchtimer.model.session import ItemOutcome, ItemSummary, SessionStatus, SessionSummary
from stretchtimer.model.streaks import local_day

EXERCISES = ("knee-to-chest", "pelvic-tilt", "cat-cow", "childs-pose", "supine-twist", "bridge")


def summary(credit: float, rows: int, status: SessionStatus | None) -> SessionSummary:
    items = tuple(
        ItemSummary(i, EXERCISES[i], EXERCISES[i].replace("-", " "), 60.0, credit / rows,
                    ItemOutcome.COMPLETED if status is SessionStatus.COMPLETED else ItemOutcome.PARTIAL)
        for i in range(rows)
    )  # fmt: skip
    return SessionSummary(
        "morning-back", "Morning back", status, 600.0, credit * 1.4, credit, items
    )


def main(argv: list[str]) -> int:
    data, seed = Path(argv[1]), int(argv[2])
    rng = random.Random(seed)
    store, notices = HistoryStore.open(paths.history_path(data))
    for notice in notices:
        print(f"notice {notice}", flush=True)
    store.close_interrupted()
    start = datetime(2025, 1, 1, 7, tzinfo=UTC) + timedelta(days=seed)
    while True:
        started = start + timedelta(minutes=rng.randrange(0, 10**6))
        day = local_day(started, "Europe/Berlin")
        sid = store.begin_session(
            "morning-back", "Morning back", started, "Europe/Berlin", day, 600
        )
        print(f"began {sid}", flush=True)
        rows = rng.randint(1, len(EXERCISES))
        credit = 0.0
        for _ in range(rng.randint(2, 12)):
            credit += rng.uniform(0.5, 6.0)
            store.checkpoint(sid, summary(credit, rows, None))
        if rng.random() < 0.3:
            store.set_checkin(sid, before=rng.randint(0, 10), after=rng.randint(0, 10))
        status = SessionStatus.COMPLETED if rng.random() < 0.8 else SessionStatus.STOPPED
        store.finish(sid, summary(credit, rows, status))
        print(f"finished {sid} {status.value} {credit:.6f} {rows}", flush=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
