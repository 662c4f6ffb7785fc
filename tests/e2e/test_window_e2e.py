"""The real app in a real X display: keys typed with xdotool, the routine reaches its end."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from xvfb_display import need_tools, xvfb

pytestmark = pytest.mark.e2e

ROUTINE = {
    "version": 1,
    "routines": [
        {
            "id": "e2e-short",
            "name": "End-to-end short",
            "description": "A short routine the end-to-end test runs at high speed.",
            "warmup_seconds": 6,
            "breaths_before": 1,
            "breaths_after": 0,
            "get_ready_seconds": 4,
            "switch_seconds": 3,
            "items": [
                {"exercise": "neck-side-tilt", "hold_seconds": 10, "reps": 1},
                {"exercise": "chin-tucks", "hold_seconds": 10, "reps": 2, "rest_seconds": 4},
            ],
        }
    ],
}


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


def xdotool(display: str, *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )
    return done.stdout.strip()


def test_the_real_app_follows_keys_and_reaches_the_summary(tmp_path: Path) -> None:
    need_tools("Xvfb", "xdotool")
    data = tmp_path / "data"
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "e2e.json").write_text(json.dumps(ROUTINE))
    log = tmp_path / "events.jsonl"
    with xvfb() as display:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "PULSE_SERVER": "unix:/nonexistent",  # no sound needed here
        }
        proc = subprocess.Popen(
            [
                sys.executable, "-m", "stretchtimer", "--data-dir", str(data),
                "--routine", "e2e-short", "--start", "--time-scale", "5",
                "--event-log", str(log), "--exit-when-done",
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        try:
            window = ""
            end = time.monotonic() + 30
            while not window and time.monotonic() < end:
                window = xdotool(
                    display, "search", "--sync", "--onlyvisible", "--name", "StretchTimer"
                ).split("\n")[0]
                time.sleep(0.1)
            assert window, "the window never appeared"
            wait_for(lambda: any(e["event"] == "step" for e in read_log(log)), 20, "the first step")

            xdotool(display, "windowfocus", "--sync", window)
            xdotool(display, "key", "--window", window, "space")  # pause
            time.sleep(1.0)  # 5 s of session time would pass if the pause did not hold
            paused_steps = [e for e in read_log(log) if e["event"] == "step"]
            xdotool(display, "key", "--window", window, "space")  # resume
            assert len(paused_steps) == 1, "the session moved on while paused"

            xdotool(display, "key", "--window", window, "Right")  # skip the warm-up
            wait_for(
                lambda: any(
                    e["event"] == "step" and e["phase"] == "breathing" for e in read_log(log)
                ),
                10,
                "the skip",
            )
            _out, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert proc.returncode == 0, err
    events = read_log(log)
    phases = [e["phase"] for e in events if e["event"] == "step"]
    assert phases == [
        "warmup", "breathing", "get_ready", "hold", "switch_sides", "hold",
        "get_ready", "hold", "rest", "hold", "done",
    ]  # fmt: skip
    # Where each step sits in the plan, and when the session clock says it began: the pause
    # and the skipped warm-up move the second, never the first. From the breathing block on
    # nothing was paused, so the clock's gaps are the plan's to the microsecond (deadlines,
    # not ticks).
    steps = [e for e in events if e["event"] == "step"]
    offsets = [s["plan_offset"] for s in steps]
    assert offsets == [0, 6, 16, 20, 30, 33, 43, 47, 57, 61, 71]
    times = [s["machine_time"] for s in steps]
    for i in range(1, len(steps) - 1):
        assert times[i + 1] - times[i] == pytest.approx(offsets[i + 1] - offsets[i], abs=1e-6)
    finished = [e for e in events if e["event"] == "finished"]
    assert len(finished) == 1 and finished[0]["status"] == "completed"
    # Credited stretching is the four holds; the pause and the skipped warm-up add nothing.
    assert finished[0]["credited_seconds"] == pytest.approx(40, abs=1.0)
