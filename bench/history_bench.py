"""History at scale: twenty years of three sessions a day, migrated, opened and shown.

Measures bringing a schema-v1 file of that size up to the current schema (target: under
2 s, the copy kept before migrating included), then opening the store (with its
integrity check), computing every statistic, and building then refreshing the history
page, each as the median of several runs. The target for each of those is under 100 ms.

    python bench/history_bench.py [--years 20] [--per-day 3] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from stretchtimer.model.history import HistoryStore
from stretchtimer.model.history.schema import V1
from stretchtimer.model.streaks import stats_from_digest

TARGET_MS = 100.0
MIGRATION_TARGET_MS = 2000.0
ROUTINES = (
    ("midday-desk-break", "Midday desk break", 420.0, ("neck-side-tilt", "chin-tucks",
     "seated-chest-opener", "upper-back-hug", "seated-spinal-twist", "wrist-flexor-stretch")),
    ("morning-back", "Morning back", 780.0, ("knee-to-chest", "pelvic-tilt", "cat-cow",
     "childs-pose", "supine-twist", "bridge")),
    ("hips-and-hamstrings", "Hips and hamstrings", 600.0, ("hip-flexor-stretch",
     "hamstring-stretch", "seated-piriformis", "standing-quad-stretch")),
)  # fmt: skip


def _utc_text(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def synthetic_history(
    path: Path, *, days: int, per_day: int, end: date, seed: int = 7, skip_share: float = 0.0
) -> int:
    """Write ``days`` days of sessions ending on ``end`` into a new schema-v1 history file.

    One transaction with plain INSERTs: going through the store's per-write fsync would
    take minutes for twenty years. The file is in the first schema, as StretchTimer wrote
    it before records carried UUIDs, so opening it with the store migrates it. Stiffness
    before a session eases slowly over the years. Returns the number of sessions.
    """
    rng = random.Random(seed)
    import sqlite3  # noqa: PLC0415  (only the generator writes behind the store's back)

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    for statement in V1:
        conn.execute(statement)
    conn.execute("INSERT INTO schema_version VALUES (1, ?)", (_utc_text(datetime.now(UTC)),))
    sid = 0
    first = end - timedelta(days=days - 1)
    for offset in range(days):
        day = first + timedelta(days=offset)
        if rng.random() < skip_share and (end - day).days > 12:
            continue
        for slot in range(per_day if skip_share == 0 else rng.choice((1, 1, 1, 2))):
            sid += 1
            routine_id, name, planned, exercises = ROUTINES[(offset + slot) % len(ROUTINES)]
            hour = (7, 12, 19)[slot % 3]
            started = datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=UTC)
            stopped = rng.random() < 0.08
            share = rng.uniform(0.15, 0.5) if stopped else 1.0
            hold = planned * 0.62 * share
            status = "stopped" if stopped else "completed"
            conn.execute(
                "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (sid, routine_id, name, _utc_text(started), "Europe/Berlin", day.isoformat(),
                 planned, planned * share, hold, status, _utc_text(started)),
            )  # fmt: skip
            each = planned * 0.62 / len(exercises)
            conn.executemany(
                "INSERT INTO session_items VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (sid, i, ex, ex.replace("-", " ").capitalize(), each,
                     each if i < len(exercises) * share else 0.0,
                     "completed" if i < len(exercises) * share else "not_reached")
                    for i, ex in enumerate(exercises)
                ],
            )  # fmt: skip
            if slot == 0 and rng.random() < 0.45:
                ease = 2.5 * offset / max(1, days)
                before = max(0, min(10, round(rng.gauss(6.5 - ease, 1.2))))
                after = max(0, min(10, before - rng.choice((1, 2, 2, 3))))
                conn.execute(
                    "INSERT INTO checkins VALUES (?, ?, ?, ?)",
                    (sid, before, None if rng.random() < 0.1 else after, _utc_text(started)),
                )
    conn.execute("COMMIT")
    conn.close()
    return sid


def _median_ms(run: Callable[[], object], runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def _migration_ms(v1_file: Path, runs: int) -> tuple[float, float]:
    """Open a fresh copy of the v1 file each time, which migrates it."""
    times = []
    with tempfile.TemporaryDirectory() as folder:
        for n in range(runs):
            copy = Path(folder) / str(n) / "history.sqlite3"
            copy.parent.mkdir()
            shutil.copyfile(v1_file, copy)
            start = time.perf_counter()
            store, _ = HistoryStore.open(copy)
            times.append((time.perf_counter() - start) * 1000)
            store.close()
            shutil.rmtree(copy.parent)
    return statistics.median(times), min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--per-day", type=int, default=3)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    today = date(2025, 6, 18)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "history.sqlite3"
        start = time.perf_counter()
        sessions = synthetic_history(path, days=365 * args.years + args.years // 4,
                                     per_day=args.per_day, end=today)  # fmt: skip
        built = time.perf_counter() - start
        size_mb = path.stat().st_size / 1e6
        print(f"history: {sessions:,} sessions over {args.years} years, {size_mb:.1f} MB "
              f"(built in {built:.1f} s)")  # fmt: skip
        migration = _migration_ms(path, max(3, args.runs // 2))
        HistoryStore.open(path)[0].close()  # from here on the file is in the current schema

        def open_close() -> None:
            HistoryStore.open(path)[0].close()

        store, _ = HistoryStore.open(path)

        def all_stats() -> None:
            stats_from_digest(store.digest(), today, 4)

        def open_and_stats() -> None:
            opened, _ = HistoryStore.open(path)
            stats_from_digest(opened.digest(), today, 4)
            opened.close()

        results = {
            "open the store (integrity check included)": _median_ms(open_close, args.runs),
            "compute all statistics": _median_ms(all_stats, args.runs),
            "open + all statistics": _median_ms(open_and_stats, args.runs),
        }

        from PySide6.QtWidgets import QApplication  # noqa: PLC0415

        from stretchtimer.model.settings import Settings  # noqa: PLC0415
        from stretchtimer.ui.pages.history.page import HistoryPage  # noqa: PLC0415

        app = QApplication.instance() or QApplication(sys.argv[:1])
        pages: list[HistoryPage] = []

        def build_page() -> None:
            page = HistoryPage(store, Settings())
            page.resize(1280, 720)
            page.refresh(today)
            pages.append(page)

        results["build the history page (first refresh included)"] = _median_ms(
            build_page, args.runs
        )
        page = pages[-1]
        page.show()
        app.processEvents()
        results["refresh the history page"] = _median_ms(lambda: page.refresh(today), args.runs)
        results["paint the history page at 1280x720"] = _median_ms(page.grab, args.runs)
        for made in pages:
            made.deleteLater()
        store.close()
        startup = _app_startup_ratio(path, args.runs)

    width = max(len(name) for name in results)
    failed = False
    for name, (median, best) in results.items():
        verdict = "ok" if median < TARGET_MS else "OVER"
        failed |= median >= TARGET_MS
        print(f"  {name:<{width}}  median {median:7.1f} ms  best {best:7.1f} ms  {verdict}")
    print(f"target: under {TARGET_MS:.0f} ms each (median of {args.runs} runs)")
    median, best = migration
    verdict = "ok" if median < MIGRATION_TARGET_MS else "OVER"
    failed |= median >= MIGRATION_TARGET_MS
    print(f"  migrate the v1 file to the current schema  median {median:7.1f} ms  "
          f"best {best:7.1f} ms  {verdict}")  # fmt: skip
    print(f"target: under {MIGRATION_TARGET_MS:.0f} ms, the copy kept before migrating included")
    (empty_paint, empty_ready), (full_paint, full_ready) = startup
    print("app start-up, empty history vs this history (median of 3 runs each):")
    print(f"  first painted frame   {empty_paint:6.3f} s  {full_paint:6.3f} s  "
          f"ratio {full_paint / empty_paint:.2f}")  # fmt: skip
    print(f"  history ready         {empty_ready:6.3f} s  {full_ready:6.3f} s  "
          f"ratio {full_ready / empty_ready:.2f}")  # fmt: skip
    return 1 if failed else 0


def _app_startup_ratio(history: Path, runs: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """Start the real app with an empty data folder and with ``history``; time both."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from window_bench import run  # noqa: PLC0415  (a sibling script, not a package)

    def median_of(data: Path) -> tuple[float, float]:
        rows = [
            run("app", 0, "offscreen", data, startup_only=True) for _ in range(max(3, runs // 2))
        ]
        paint = sorted(r["first_paint_s"] for r in rows)[len(rows) // 2]
        ready = sorted(r["ready_s"] for r in rows)[len(rows) // 2]
        return paint, ready

    with tempfile.TemporaryDirectory() as empty, tempfile.TemporaryDirectory() as full:
        shutil.copy(history, Path(full) / "history.sqlite3")
        return median_of(Path(empty)), median_of(Path(full))


if __name__ == "__main__":
    sys.exit(main())
