"""Write ``history-v1.sqlite3``: a history in schema version 1, made by StretchTimer itself.

The file beside this script was written by the code of commit f09a4f9 (the last with
schema v1), so the migration tests start from what a real user's file holds:

    git archive f09a4f9 | tar -x -C /tmp/v1
    cd /tmp/v1 && python -m venv .venv && .venv/bin/pip install -e .
    .venv/bin/python <this script> history-v1.sqlite3

It uses only the store's public writes, with a fixed clock, so every value is known.
Run with today's code it writes the current schema instead, which is not what the
fixture is for.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from stretchtimer.model.history import HistoryStore
from stretchtimer.model.session import ItemOutcome, ItemSummary, SessionStatus, SessionSummary

_now = [datetime(2024, 3, 1, 6, 0, tzinfo=UTC)]


def clock() -> datetime:
    _now[0] += timedelta(seconds=1)
    return _now[0]


def items(*specs: tuple[str, float, float, ItemOutcome]) -> tuple[ItemSummary, ...]:
    return tuple(
        ItemSummary(n, ex, ex.replace("-", " ").capitalize(), planned, credited, outcome)
        for n, (ex, planned, credited, outcome) in enumerate(specs)
    )


def main(target: Path) -> None:
    store, _ = HistoryStore.open(target, now=clock)
    assert store.schema_version() == 1, "run this with the schema-v1 code (see the docstring)"
    C, P, S, N = (ItemOutcome.COMPLETED, ItemOutcome.PARTIAL, ItemOutcome.SKIPPED,
                  ItemOutcome.NOT_REACHED)  # fmt: skip
    sessions = [
        # (routine id, name, start, zone, local date, planned, status, active, credited, items,
        #  before, after)
        (
            "morning-back",
            "Morning back",
            datetime(2024, 3, 1, 6, 5, 12, 250000, tzinfo=UTC),
            "Europe/Berlin",
            date(2024, 3, 1),
            780.0,
            SessionStatus.COMPLETED,
            781.5,
            483.75,
            items(
                ("knee-to-chest", 120.0, 120.0, C),
                ("pelvic-tilt", 90.0, 90.0, C),
                ("cat-cow", 100.0, 100.0, C),
                ("childs-pose", 60.0, 60.0, C),
                ("supine-twist", 80.0, 73.75, P),
                ("bridge", 40.0, 40.0, C),
            ),
            7,
            4,
        ),
        (
            "midday-desk-break",
            "Midday desk break",
            datetime(2024, 3, 1, 11, 30, tzinfo=UTC),
            "Europe/Berlin",
            date(2024, 3, 1),
            420.0,
            SessionStatus.STOPPED,
            200.0,
            130.5,
            items(
                ("neck-side-tilt", 60.0, 60.0, C),
                ("chin-tucks", 40.0, 30.5, P),
                ("seated-chest-opener", 60.0, 0.0, S),
                ("upper-back-hug", 60.0, 40.0, P),
                ("seated-spinal-twist", 60.0, 0.0, N),
            ),
            None,
            3,
        ),
        (
            "hips-and-hamstrings",
            "Hüften & Beinrückseite",
            datetime(2024, 3, 2, 23, 40, tzinfo=UTC),
            "UTC+05:30",
            date(2024, 3, 3),
            600.0,
            None,
            95.0,
            60.0,
            items(("hip-flexor-stretch", 60.0, 60.0, C), ("hamstring-stretch", 60.0, 0.0, N)),
            6,
            None,
        ),
        (
            "morning-back",
            "Morning back (old name)",
            datetime(2024, 3, 4, 1, 15, tzinfo=UTC),
            "America/New_York",
            date(2024, 3, 3),
            780.0,
            SessionStatus.STOPPED,
            3.0,
            0.0,
            (),
            None,
            None,
        ),
        (
            "=SUM(A1)",
            "=cmd|' /C calc'!A0",
            datetime(2024, 3, 5, 7, 0, tzinfo=UTC),
            "UTC",
            date(2024, 3, 5),
            30.0,
            SessionStatus.COMPLETED,
            30.0,
            30.0,
            items(("neck-side-tilt", 30.0, 30.0, C)),
            0,
            10,
        ),
        (
            "midday-desk-break",
            "Midday desk break",
            datetime(2024, 3, 6, 12, 0, tzinfo=UTC),
            "Europe/Berlin",
            date(2024, 3, 6),
            420.0,
            SessionStatus.COMPLETED,
            430.0,
            260.4,
            items(
                ("neck-side-tilt", 60.0, 60.0, C),
                ("chin-tucks", 40.0, 40.0, C),
                ("seated-chest-opener", 60.0, 60.0, C),
                ("upper-back-hug", 60.0, 60.0, C),
                ("seated-spinal-twist", 40.4, 40.4, C),
            ),
            5,
            5,
        ),
    ]
    ids = []
    for (rid, name, start, tz, day, planned, status, active, credited, parts, before,
         after) in sessions:  # fmt: skip
        sid = store.begin_session(rid, name, start, tz, day, planned)
        summary = SessionSummary(rid, name, status, planned, active, credited, parts)
        store.checkpoint(sid, summary)
        if status is not None:
            store.finish(sid, summary)
        if before is not None:
            store.set_checkin(sid, before=before)
        if after is not None:
            store.set_checkin(sid, after=after)
        ids.append(sid)
    # The third session was left in progress by a crash; the next start closes it.
    assert store.close_interrupted() == 1
    # A check-in that was set and then cleared leaves a row with no ratings.
    store.set_checkin(ids[3], before=2)
    store.set_checkin(ids[3], before=None)
    # A session still in progress when the file was copied (the app was running).
    running = store.begin_session("midday-desk-break", "Midday desk break",
                                  datetime(2024, 3, 8, 12, 0, tzinfo=UTC), "Europe/Berlin",
                                  date(2024, 3, 8), 420.0)  # fmt: skip
    store.checkpoint(running, SessionSummary("midday-desk-break", "Midday desk break", None,
                                             420.0, 50.0, 40.0,
                                             items(("neck-side-tilt", 60.0, 40.0, P))))  # fmt: skip
    # A deleted session (v1 deletes the row) was the newest: its id must stay unused.
    doomed = store.begin_session("morning-back", "Morning back", datetime(2024, 3, 7, 6, 0,
                                 tzinfo=UTC), "Europe/Berlin", date(2024, 3, 7), 780.0)  # fmt: skip
    store.finish(doomed, SessionSummary("morning-back", "Morning back", SessionStatus.STOPPED,
                                        780.0, 10.0, 5.0, ()))  # fmt: skip
    store.set_checkin(doomed, before=8)
    store.delete_session(doomed)
    store.close()
    # One self-contained file: fold the write-ahead log in and leave no companions.
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
