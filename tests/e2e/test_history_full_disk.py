"""A disk that is full when the app starts and is freed mid-session: the session is saved.

The data folder is on a real, tiny tmpfs that is filled to the last block before the app
starts. The mount lives in a private mount namespace (``unshare --user --map-root-user
--mount``: no root needed where the kernel allows user namespaces), so the test frees
the disk through ``/proc/<pid>/root``, and the data folder is copied out when the app
has quit, before the namespace and its tmpfs go away.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from xvfb_display import REQUIRE_ENV, need_tools

from stretchtimer import paths
from stretchtimer.model.history import HistoryStore
from stretchtimer.model.session import ItemOutcome, ItemSummary, SessionStatus, SessionSummary

pytestmark = pytest.mark.e2e

ROUTINE_ID = "full-disk"
ITEMS = [
    {"exercise": "neck-side-tilt", "hold_seconds": 8, "reps": 1},
    {"exercise": "chin-tucks", "hold_seconds": 6, "reps": 2, "rest_seconds": 3},
]
ROUTINE = {
    "version": 1,
    "routines": [
        {
            "id": ROUTINE_ID,
            "name": "Full disk",
            "description": "A short routine for the full-disk test.",
            "warmup_seconds": 6,
            "breaths_before": 1,
            "breaths_after": 0,
            "get_ready_seconds": 3,
            "switch_seconds": 3,
            "items": ITEMS,
        }
    ],
}
# Fill the tmpfs, run the app on it, copy the data folder out, keep the app's exit code.
INNER = """
set -u
mount -t tmpfs -o size=4m tmpfs "$MNT" || exit 97
mkdir "$MNT/data" && cp -a "$SEED/." "$MNT/data/" || exit 98
dd if=/dev/zero of="$MNT/filler" bs=64k 2>/dev/null
[ "$(df --output=avail "$MNT" | tail -1 | tr -d ' ')" = 0 ] || exit 99
"$@"
code=$?
cp -a "$MNT/data/." "$OUT/"
exit $code
"""


def private_tmpfs_refused() -> str | None:
    """Why a private tmpfs cannot be mounted here, or None when it can."""
    need_tools("unshare")
    probe = subprocess.run(
        ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
         "mount -t tmpfs -o size=64k tmpfs /mnt || mount -t tmpfs -o size=64k tmpfs /tmp"],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    return None if probe.returncode == 0 else probe.stderr.strip() or "unshare failed"


def seed_history(data: Path) -> None:
    """One session from an earlier day, as a returning user has."""
    store, _ = HistoryStore.open(paths.history_path(data))
    with store:
        started = datetime(2026, 1, 5, 8, tzinfo=UTC)
        sid = store.begin_session("earlier", "Earlier", started, "UTC", started.date(), 60.0)
        item = ItemSummary(0, "cobra", "Cobra", 30.0, 30.0, ItemOutcome.COMPLETED)
        summary = SessionSummary(
            "earlier", "Earlier", SessionStatus.COMPLETED, 60.0, 60.0, 30.0, (item,)
        )
        store.finish(sid, summary)


def read_log(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def wait_for(predicate: Any, timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.mark.parametrize("returning", [False, True], ids=["first-run", "returning-user"])
def test_a_session_started_on_a_full_disk_is_saved_once_the_disk_is_freed(
    tmp_path: Path, returning: bool
) -> None:
    refused = private_tmpfs_refused()
    if refused is not None:
        message = f"this test needs a private tmpfs (user namespaces): {refused}"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(message)
        pytest.skip(message)
    seed, mnt, out = tmp_path / "seed", tmp_path / "mnt", tmp_path / "out"
    for folder in (seed / "routines", mnt, out):
        folder.mkdir(parents=True)
    (seed / "routines" / "full.json").write_text(json.dumps(ROUTINE), encoding="utf-8")
    if returning:
        seed_history(seed)
    log = tmp_path / "events.jsonl"
    env = {
        **os.environ,
        "MNT": str(mnt),
        "SEED": str(seed),
        "OUT": str(out),
        "QT_QPA_PLATFORM": "offscreen",
        "PULSE_SERVER": "unix:/nonexistent",
    }
    proc = subprocess.Popen(
        [
            "unshare", "--user", "--map-root-user", "--mount", "sh", "-c", INNER, "sh",
            sys.executable, "-m", "stretchtimer", "--data-dir", str(mnt / "data"),
            "--routine", ROUTINE_ID, "--start", "--time-scale", "3",
            "--event-log", str(log), "--exit-when-done",
        ],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        wait_for(
            lambda: (
                any(e["event"] == "history_problem" for e in read_log(log))
                or proc.poll() is not None
            ),
            60,
            "the app to find it cannot save",
        )
        assert proc.poll() is None, proc.communicate()
        # sh runs in the namespace: through its root we see the tmpfs and free it.
        (Path(f"/proc/{proc.pid}/root") / str(mnt).lstrip("/") / "filler").unlink()
        freed = time.monotonic()
        _out, err = proc.communicate(timeout=90)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err, err
    events = read_log(log)
    steps = [e for e in events if e["event"] == "step"]
    assert steps and steps[0]["mono"] < freed < steps[-1]["mono"], "freed outside the session"
    finished = [e for e in events if e["event"] == "finished"]
    assert len(finished) == 1 and finished[0]["status"] == "completed"
    recovered = [e for e in events if e["event"] == "history_recovered"]
    assert recovered and recovered[0]["mono"] > freed

    history = paths.history_path(out)
    conn = sqlite3.connect(history)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = conn.execute(
            "SELECT id, routine_id, status, credited_seconds FROM sessions ORDER BY id"
        ).fetchall()
        sid = rows[-1][0]
        outcomes = conn.execute(
            "SELECT outcome FROM session_items WHERE session_id = ? ORDER BY item", (sid,)
        ).fetchall()
    finally:
        conn.close()
    earlier = [("earlier", "completed")] if returning else []
    assert [(r[1], r[2]) for r in rows] == [*earlier, (ROUTINE_ID, "completed")]
    assert rows[-1][3] == pytest.approx(finished[0]["credited_seconds"], abs=1e-3)
    assert [o for (o,) in outcomes] == ["completed"] * len(ITEMS)
