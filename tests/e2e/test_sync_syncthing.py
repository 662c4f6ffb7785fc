"""One history across two computers through a real sync engine: two Syncthing instances on
loopback, two StretchTimer data folders, sessions recorded by the real app on each side.

Each side's session appears on the other, a deletion travels, both sides' statistics
agree, a routine saved on one side (as the editor saves it) is a routine on the other and
its deletion travels too, no SQLite file is ever in the shared folder, and no socket of
Syncthing's leaves the loopback interface. Every wait is bounded; the instances are stopped at the end.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sync_data import cli, intact, stats
from syncthing import connected, loopback_only, syncthing_pair
from xvfb_display import need_tools

from stretchtimer import resources
from stretchtimer.model.catalogue import load_file
from stretchtimer.model.history import HistoryStore
from stretchtimer.model.routine_files import save_routine

pytestmark = pytest.mark.e2e

# From one side's app finishing to the other side showing the session: Syncthing notices
# the file within its 1 s watcher delay and copies it in a few seconds on loopback.
ARRIVAL_BOUND_S = 60.0
APP_TIMEOUT_S = 90.0
ROUTINE = {
    "version": 1,
    "routines": [
        {
            "id": "sync-short",
            "name": "Sync test",
            "description": "A short routine the sync end-to-end test runs at high speed.",
            "warmup_seconds": 2,
            "breaths_before": 0,
            "breaths_after": 0,
            "get_ready_seconds": 2,
            "switch_seconds": 2,
            "items": [{"exercise": "chin-tucks", "hold_seconds": 10, "reps": 1}],
        }
    ],
}


def run_app(data: Path) -> None:
    """The real window runs the routine at 20x and quits when it is done."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PULSE_SERVER": "unix:/nonexistent",  # no sound needed here
    }
    done = subprocess.run(
        [sys.executable, "-m", "stretchtimer", "--data-dir", str(data), "--routine",
         "sync-short", "--start", "--time-scale", "20", "--exit-when-done"],
        env=env, capture_output=True, text=True, timeout=APP_TIMEOUT_S, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def routines(data: Path) -> str:
    done = cli(data, "routines")
    assert done.returncode == 0, done.stderr
    return done.stdout


def sessions(data: Path) -> list[str]:
    done = cli(data, "history", "--json")
    assert done.returncode == 0, done.stderr
    return sorted(s["started_utc"] for s in json.loads(done.stdout))


def until(check: Callable[[], bool], bound: float, what: str) -> float:
    """Merge both sides and check, again and again, for at most ``bound`` seconds."""
    start = time.monotonic()
    while True:
        if check():
            return time.monotonic() - start
        if time.monotonic() - start > bound:
            raise AssertionError(f"not within {bound:g} s: {what}")
        time.sleep(0.5)


def test_two_computers_share_one_history_through_syncthing(tmp_path: Path) -> None:
    need_tools("syncthing")
    office, home = tmp_path / "office", tmp_path / "home"
    office_folder, home_folder = tmp_path / "office-Sync", tmp_path / "home-Sync"
    for data in (office, home):
        (data / "routines").mkdir(parents=True)
        (data / "routines" / "sync.json").write_text(json.dumps(ROUTINE))
    with syncthing_pair(tmp_path, office_folder, home_folder) as (one, two):
        until(lambda: connected(one, two) and connected(two, one), 60, "the instances connect")
        assert loopback_only((one, two)) == []
        for data, folder in ((office, office_folder), (home, home_folder)):
            enabled = cli(data, "sync", "enable", str(folder))
            assert enabled.returncode == 0, enabled.stderr

        run_app(office)
        run_app(home)
        times: dict[str, Any] = {}

        def both_have_both() -> bool:
            for data in (office, home):
                cli(data, "sync", "now")
            return len(sessions(office)) == len(sessions(home)) == 2

        times["sessions"] = until(both_have_both, ARRIVAL_BOUND_S, "both sessions on both sides")
        assert sessions(office) == sessions(home)
        assert stats(office) == stats(home)

        # Deleting a session on one computer deletes it on the other.
        with HistoryStore.open(home / "history.sqlite3")[0] as store:
            oldest = store.sessions(newest_first=False)[0]
            store.delete_session(oldest.id)
        deleted = oldest.started_utc.isoformat(timespec="milliseconds").replace("+00:00", "Z")

        def gone_everywhere() -> bool:
            for data in (home, office):
                cli(data, "sync", "now")
            return all(deleted not in sessions(data) for data in (office, home))

        times["deletion"] = until(gone_everywhere, ARRIVAL_BOUND_S, "the deletion on both sides")
        assert len(sessions(office)) == 1
        assert stats(office) == stats(home)
        assert stats(office)["sessions"] == 1

        # A routine saved on one computer is a routine on the other.
        saved = office / "routines" / "neck-break.json"
        builtin = load_file(resources.catalogue_path())
        own = load_file(office / "routines" / "sync.json", base=builtin)
        routine = own.routines["sync-short"]
        routine = dataclasses.replace(routine, id="neck-break", name="Neck break", source="")
        save_routine(saved, routine, expected=None)

        def routine_everywhere() -> bool:
            for data in (office, home):
                cli(data, "sync", "now")
            return "Neck break" in routines(home)

        times["routine"] = until(routine_everywhere, ARRIVAL_BOUND_S, "the routine on home")
        assert (home / "routines" / "neck-break.json").read_bytes() == saved.read_bytes()

        saved.unlink()  # deleted on the office computer: moved aside on the other

        def routine_gone() -> bool:
            for data in (office, home):
                cli(data, "sync", "now")
            return "Neck break" not in routines(home)

        times["routine deletion"] = until(routine_gone, ARRIVAL_BOUND_S, "the routine gone")
        [aside] = (home / "deleted").iterdir()
        assert aside.name.startswith("neck-break-")
        assert loopback_only((one, two)) == []

    for data, folder in ((office, office_folder), (home, home_folder)):
        assert intact(data) == 1
        assert not [p for p in folder.rglob("*") if "sqlite" in p.name]
        status = json.loads(cli(data, "sync", "status", "--json").stdout)
        assert len(status["devices"]) == 2
        assert status["problems"] == []
        assert status["conflicts_kept"] == []
    print(", ".join(f"{what} in {seconds:.1f} s" for what, seconds in times.items()))
