"""Hammering the real app with keys while it makes real sound must never freeze it.

With sound on, → and Space pressed 20 times a second used to lock the window within a
few seconds: QSoundEffect's voices were sometimes destroyed on the audio thread, which
left the GUI thread's event loop spinning on a closed socket and printing
"QSocketNotifier: Invalid socket" without end. Here the app, with a private PulseAudio
null sink and a virtual display, takes 30 s of that and is then left to finish: the event
log must keep moving, stderr must stay quiet, and every cue after the hammering must be
heard within 50 ms of its hand-over, with nothing else heard.
"""

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
from pulse import (
    TOOLS,
    Expected,
    Recorder,
    Recording,
    describe,
    internal_onsets,
    match_onsets,
    pulse_server,
)
from xvfb_display import need_tools, xvfb

from stretchtimer import resources
from stretchtimer.ui.audio import perceptual_gain

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

SOUNDS = resources.resource_root() / "sounds"
VOLUME = 70
TOLERANCE = 0.050
KEYS_PER_SECOND = 20
HAMMER_SECONDS = 30
# Four long exercises (800 steps) absorb the 480 skips; the last one is the short tail that is listened to.
TAIL_EXERCISE = "neck-side-tilt"
ROUTINE = {
    "version": 1,
    "routines": [
        {
            "id": "hammer",
            "name": "Hammer",
            "description": "Hundreds of steps to skip through, then a short tail.",
            "warmup_seconds": 0,
            "breaths_before": 0,
            "breaths_after": 0,
            "get_ready_seconds": 3,
            "switch_seconds": 3,
            "items": [
                {"exercise": "neck-turn", "hold_seconds": 20, "reps": 50, "rest_seconds": 4},
                {"exercise": "seated-spinal-twist", "hold_seconds": 20, "reps": 50,
                 "rest_seconds": 4},
                {"exercise": "seated-figure-four", "hold_seconds": 20, "reps": 50,
                 "rest_seconds": 4},
                {"exercise": "neck-turn", "hold_seconds": 20, "reps": 50, "rest_seconds": 4},
                {"exercise": TAIL_EXERCISE, "hold_seconds": 6, "reps": 1},
            ],
        }
    ],
}  # fmt: skip
# The last exercise, as heard: get ready (ticks at 1 and 2 s), hold, switch, hold, done.
TAIL_SOUNDS = [
    "step_end", "tick", "tick", "hold_start", "tick", "tick", "tick",
    "switch_sides", "hold_start", "tick", "tick", "tick", "finished",
]  # fmt: skip
# Stderr may hold Qt's few start-up lines; a flood is a failure long before this.
STDERR_LIMIT = 4096
# The log must grow within every stretch this long while keys are pressed.
STALE_SECONDS = 5.0
# Mostly skips, each a new sound, with a quick pause and resume: 18 → and 2 Space a second.
KEYS = ["Right"] * 18 + ["space"] * 2


def read_log(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def xdotool(display: str, *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args], env={**os.environ, "DISPLAY": display},
        capture_output=True, text=True, timeout=20, check=False,
    )  # fmt: skip
    return done.stdout.strip()


def tail_of(recording: Recording, since: float) -> Recording:
    """The part of ``recording`` from the monotonic moment ``since`` on."""
    cut = max(0, recording.index(since))
    return Recording(
        recording.samples[cut:], recording.mono(cut), recording.rate,
        recording.wall_offset, recording.residual,
    )  # fmt: skip


class Watch:
    """Fails fast, and kills the app, when stderr floods or the event log stops moving."""

    def __init__(self, proc: subprocess.Popen[bytes], stderr: Path, log: Path) -> None:
        self.proc = proc
        self.stderr = stderr
        self.log = log
        self.lines = 0
        self.moved = time.monotonic()

    def check(self, *, hammering: bool = True) -> None:
        size = self.stderr.stat().st_size
        lines = len(self.log.read_text().splitlines()) if self.log.exists() else 0
        now = time.monotonic()
        if lines != self.lines:
            self.lines, self.moved = lines, now
        problem = None
        if size > STDERR_LIMIT:
            problem = f"stderr flooded ({size} bytes)"
        elif hammering and now - self.moved > STALE_SECONDS:
            problem = f"the event log stopped moving for {now - self.moved:.1f} s (frozen)"
        elif hammering and self.proc.poll() is not None:
            problem = f"the app exited early ({self.proc.returncode})"
        if problem is not None:
            problem += "; " + subprocess.run(
                ["ps", "-L", "-o", "pid,lwp,stat,pcpu,wchan:20,comm", "-p", str(self.proc.pid)],
                capture_output=True, text=True, check=False,
            ).stdout  # fmt: skip
            self.kill()
            head = self.stderr.read_bytes()[:600].decode(errors="replace")
            raise AssertionError(f"{problem}; stderr begins:\n{head}")

    def kill(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


def wait_for(predicate: Callable[[], bool], timeout: float, what: str, watch: Watch) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            watch.kill()
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def test_hammered_keys_never_freeze_the_app_and_later_cues_are_on_time(tmp_path: Path) -> None:
    need_tools(*TOOLS, "xdotool")
    data = tmp_path / "data"
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "hammer.json").write_text(json.dumps(ROUTINE))
    settings = {"volume": VOLUME, "muted": False, "tick_sounds": True, "breath_sounds": False,
                "voice_prompts": False, "safety_acknowledged": True}  # fmt: skip
    (data / "settings.json").write_text(json.dumps(settings))
    log = tmp_path / "events.jsonl"
    stderr = tmp_path / "app.stderr"
    with pulse_server(tmp_path / "pulse") as server, xvfb() as display:
        recorder = Recorder(server.env)
        recorder.start()
        env = {**server.env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
        with stderr.open("wb") as err:
            proc = subprocess.Popen(
                [sys.executable, "-m", "stretchtimer", "--data-dir", str(data), "--routine",
                 "hammer", "--start", "--event-log", str(log), "--exit-when-done"],
                env=env, stdout=subprocess.DEVNULL, stderr=err, start_new_session=True,
            )  # fmt: skip
        watch = Watch(proc, stderr, log)
        try:
            window = ""
            end = time.monotonic() + 30
            while not window and time.monotonic() < end:
                window = xdotool(display, "search", "--onlyvisible", "--name", "StretchTimer")
                window = window.split("\n")[0]
                time.sleep(0.1)
            assert window, "the window never appeared"
            wait_for(lambda: any(e["event"] == "cue" for e in read_log(log)), 20, "a cue", watch)
            xdotool(display, "windowfocus", "--sync", window)

            # 20 keys a second; an even number of Spaces leaves the session running.
            began = time.monotonic()
            for n in range(KEYS_PER_SECOND * HAMMER_SECONDS):
                key = KEYS[n % len(KEYS)]
                xdotool(display, "key", "--window", window, key)
                watch.check()
                time.sleep(max(0.0, began + (n + 1) / KEYS_PER_SECOND - time.monotonic()))
            skipped = len([e for e in read_log(log) if e["event"] == "step"])
            presses = KEYS_PER_SECOND * HAMMER_SECONDS * KEYS.count("Right") // len(KEYS)
            assert skipped > presses * 0.9, "keys went unheard"

            # Let the hammered sounds ring out, then jump to the tail and listen to it.
            time.sleep(3.0)
            watch.check(hammering=False)
            for _ in range(6):
                time.sleep(0.9)  # the last skip's sound (0.8 s) has rung out, no tick yet
                listen_from = time.monotonic()
                steps = len([e for e in read_log(log) if e["event"] == "step"])
                xdotool(display, "key", "--window", window, "shift+Right")

                def moved(n: int = steps) -> bool:
                    return len([e for e in read_log(log) if e["event"] == "step"]) > n

                wait_for(moved, 10, "Shift+→", watch)
                if any(e["event"] == "step" and e["exercise"] == TAIL_EXERCISE
                       for e in read_log(log)):  # fmt: skip
                    break
            else:
                raise AssertionError("Shift+→ never reached the last exercise")
            deadline = time.monotonic() + 60
            while proc.poll() is None:
                watch.check(hammering=False)
                if time.monotonic() > deadline:
                    raise AssertionError("the tail never finished")
                time.sleep(0.2)
            time.sleep(0.3)
        finally:
            watch.kill()
            recording = recorder.stop()
    assert proc.returncode == 0, stderr.read_text(errors="replace")[-2000:]
    events = read_log(log)
    finished = [e for e in events if e["event"] == "finished"]
    assert len(finished) == 1 and finished[0]["status"] == "completed"
    err_text = stderr.read_text(errors="replace")
    assert "QSocketNotifier" not in err_text and len(err_text) < STDERR_LIMIT, err_text[:2000]
    assert not [e for e in events if e["event"] == "audio_warning"], err_text

    heard = [e for e in events if e["event"] == "cue" and e["sound"] and e["mono"] >= listen_from]
    assert [e["sound"] for e in heard][-len(TAIL_SOUNDS) :] == TAIL_SOUNDS, heard
    wanted = [Expected(e["sound"], e["mono"]) for e in heard]
    inner = internal_onsets(SOUNDS, [w.name for w in wanted], perceptual_gain(VOLUME))
    report = match_onsets(recording, wanted, inner, SOUNDS)
    report.extra = [t for t in report.extra if t >= listen_from]  # the hammer's sounds
    detail = describe(report, recording)
    assert not report.missing, detail
    assert not report.extra, detail
    assert all(-0.010 <= d <= TOLERANCE for d in report.delays), detail
    assert report.least_similar > 0.8, detail
