"""Ctrl+C or SIGTERM to the real window mid-session: it ends promptly, saved as stopped."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from xvfb_display import need_tools, xvfb

pytestmark = pytest.mark.e2e

# Generous for a busy machine; what matters is that the signal does not wait for an event
# that never comes (before, Ctrl+C waited for the next mouse move, forever if none came).
EXIT_BOUND_SECONDS = 5.0


def read_log(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def xdotool(display: str, *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env={**os.environ, "DISPLAY": display},
        capture_output=True, text=True, timeout=20, check=False,
    )  # fmt: skip
    return done.stdout.strip()


def signal_mid_session(
    tmp_path: Path, number: signal.Signals, before: Callable[[str], None] | None = None
) -> None:
    """Run quick-reset in a real window, send ``number`` two steps in, check how it ended."""
    data = tmp_path / "data"
    log = tmp_path / "events.jsonl"
    command = [sys.executable, "-m", "stretchtimer", "--data-dir", str(data)]
    with xvfb() as display:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "PULSE_SERVER": "unix:/nonexistent",  # no sound needed here
        }
        proc = subprocess.Popen(
            [*command, "--routine", "quick-reset", "--start", "--time-scale", "20",
             "--event-log", str(log)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            # The session is under way and its start is in the history.
            wait_for(lambda: sum(e["event"] == "step" for e in read_log(log)) >= 2,
                     60, "the second step")  # fmt: skip
            if before is not None:
                before(display)
            proc.send_signal(number)
            try:
                _out, err = proc.communicate(timeout=EXIT_BOUND_SECONDS)
            except subprocess.TimeoutExpired:
                pytest.fail(f"still running {EXIT_BOUND_SECONDS} s after {number.name}")
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    assert proc.returncode == 128 + number, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    finished = [e for e in read_log(log) if e["event"] == "finished"]
    assert [e["status"] for e in finished] == ["stopped"]
    history = subprocess.run(
        [*command, "history", "--json"], capture_output=True, text=True, check=True, timeout=60
    )
    sessions = json.loads(history.stdout)
    assert [(s["routine_id"], s["status"]) for s in sessions] == [("quick-reset", "stopped")]
    assert sessions[0]["active_seconds"] > 0


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_mid_session_ends_the_app_and_keeps_the_session_as_stopped(
    tmp_path: Path, number: signal.Signals
) -> None:
    need_tools("Xvfb")
    signal_mid_session(tmp_path, number)


def test_ctrl_c_while_the_stop_question_is_open(tmp_path: Path) -> None:
    need_tools("Xvfb", "xdotool")
    plan = subprocess.run(
        [sys.executable, "-m", "stretchtimer", "--data-dir", str(tmp_path / "data"),
         "plan", "quick-reset", "--json"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    # Esc asks before stopping once more than a minute was done: a modal question.
    later = next(s["index"] for s in json.loads(plan.stdout)["steps"] if s["start"] > 70)
    log = tmp_path / "events.jsonl"

    def ask_to_stop(display: str) -> None:
        wait_for(lambda: any(e.get("step") == later for e in read_log(log)), 60, "a minute in")
        window = xdotool(display, "search", "--sync", "--onlyvisible", "--name", "StretchTimer")
        window = window.split("\n")[0]
        xdotool(display, "windowfocus", "--sync", window)
        xdotool(display, "key", "--window", window, "Escape")
        wait_for(
            lambda: bool(xdotool(display, "search", "--onlyvisible", "--name", "Stop the session")),
            20, "the question",
        )  # fmt: skip

    signal_mid_session(tmp_path, signal.SIGINT, ask_to_stop)
