"""Hammering the real app with keys while it makes real sound must never freeze it.

With sound on, → pressed 20 times a second used to lock the window within seconds:
QSoundEffect's voices were sometimes destroyed on the audio thread, which left the GUI
thread's event loop spinning on a closed socket and printing "QSocketNotifier: Invalid
socket" without end. Here the app, with a private PulseAudio null sink and a virtual
display, takes 30 s of → at about 4 a second while paused (what froze the old player), 30 s
of → at 20 a second, then 10 s of Space and → in turns, and is left to finish: the event log must keep moving (a step for each →, a state for each Space),
stderr must stay quiet, the app must never stall long enough to pause itself, and every
cue of the last exercise must be heard within 50 ms of its hand-over, with nothing else.
"""

from __future__ import annotations

import json
import os
import random
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
    dropouts,
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
# Six long exercises (about 1,200 steps) absorb the 820 skips; the last one is the short
# tail that is listened to.
TAIL_EXERCISE = "neck-side-tilt"
LONG = ["neck-turn", "seated-spinal-twist", "seated-figure-four"] * 2
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
                *({"exercise": e, "hold_seconds": 20, "reps": 50, "rest_seconds": 4} for e in LONG),
                {"exercise": TAIL_EXERCISE, "hold_seconds": 6, "reps": 1},
            ],
        }
    ],
}
EXERCISES = len(LONG) + 1
# The last exercise, as heard: get ready (ticks at 1 and 2 s), hold, switch, hold, done.
TAIL_SOUNDS = [
    "step_end", "tick", "tick", "hold_start", "tick", "tick", "tick",
    "switch_sides", "hold_start", "tick", "tick", "tick", "finished",
]  # fmt: skip
# Stderr may hold Qt's few start-up lines; a flood is a failure long before this.
STDERR_LIMIT = 4096
# The log must grow within every stretch this long while keys are pressed. A frozen app
# never moves again; a loaded machine may hold the app back for a second or so.
STALE_SECONDS = 3.0
# (shortest and longest gap between two keys in ms, keys):
# 1. the reproduction that froze the QSoundEffect player (in 5 to 40 s): the session
#    paused, so the window has little else to do, and → about 4 a second, so a sound ends
#    by itself about when the next one replaces it;
# 2. → alone, each a new sound, 20 a second for 30 s;
# 3. Space and → in turns, 20 a second (pause, skip while paused, resume, skip).
# Every phase presses Space an even number of times, so the session is left running.
PHASES = [
    (200, 300, ["space", *["Right"] * 120, "space"]),
    (50, 50, ["Right"] * (KEYS_PER_SECOND * HAMMER_SECONDS)),
    (50, 50, ["space", "Right"] * 100),
]
# The watch polls this often while keys are sent.
WATCH_SECONDS = 0.1


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
            last = [{k: e.get(k) for k in ("event", "phase", "state", "sound")}
                    for e in read_log(watch.log)[-4:]]  # fmt: skip
            raise AssertionError(f"timed out waiting for {what}; the log ends {last}")
        time.sleep(0.05)


def send_keys(
    display: str, window: str, gaps_ms: tuple[int, int], keys: list[str], watch: Watch
) -> None:
    """Press ``keys`` with ``gaps_ms`` between them, checking the app all along.

    Even gaps come from one xdotool (its own delay is steadier than ours); uneven ones
    from one xdotool a key, at seeded random moments.
    """
    low, high = gaps_ms
    if low != high:
        pick = random.Random(9).uniform
        for key in keys:
            xdotool(display, "key", "--window", window, key)
            end = time.monotonic() + pick(low, high) / 1000
            while time.monotonic() < end:
                watch.check()
                time.sleep(min(WATCH_SECONDS, max(0.0, end - time.monotonic())))
        return
    sender = subprocess.Popen(
        ["xdotool", "key", "--window", window, "--delay", str(low), *keys],
        env={**os.environ, "DISPLAY": display}, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        while sender.poll() is None:
            watch.check()
            time.sleep(WATCH_SECONDS)
        watch.check()
    finally:
        if sender.poll() is None:
            sender.kill()
        sender.wait()


def events_of(log: Path, kind: str) -> list[dict[str, Any]]:
    return [e for e in read_log(log) if e["event"] == kind]


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
        # Recording begins after the hammering: a monitor read 2 ms at a time makes the
        # server run every stream in 2 ms steps, and with that the old player's race
        # (a voice ending as the next replaces it) hardly ever came out.
        recorder = Recorder(server.env)
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
            wait_for(lambda: bool(events_of(log, "cue")), 20, "a cue", watch)
            xdotool(display, "windowfocus", "--sync", window)

            for low, high, keys in PHASES:
                send_keys(display, window, (low, high), keys, watch)
            skipped = len(events_of(log, "step"))
            presses = sum(keys.count("Right") for _, _, keys in PHASES)
            assert skipped > presses * 0.9, f"keys went unheard: {skipped} steps for {presses} →"

            # Let the hammered sounds ring out. A Space that the X server dropped may have
            # left the session paused: that is no freeze, so it is resumed here.
            time.sleep(2.0)
            watch.check(hammering=False)
            assert not events_of(log, "stalled"), "the app stalled long enough to pause itself"
            states = events_of(log, "state")
            if states and states[-1]["state"] == "paused":
                xdotool(display, "key", "--window", window, "space")
                wait_for(lambda: events_of(log, "state")[-1]["state"] == "running", 10,
                         "the session to resume", watch)  # fmt: skip

            # Jump to the last exercise: each Shift+→ begins the next exercise's get-ready.
            # The key goes half a second into a step: the last sound has faded and the
            # get-ready's first tick (at 1 s) is not due yet.
            recorder.start()
            tail: dict[str, Any] | None = None
            for _ in range(EXERCISES):
                steps = events_of(log, "step")
                count = len(steps)
                time.sleep(max(0.0, steps[-1]["mono"] + 0.5 - time.monotonic()))
                xdotool(display, "key", "--window", window, "shift+Right")
                wait_for(lambda n=count: len(events_of(log, "step")) > n, 10, "Shift+→", watch)  # type: ignore[misc]
                if events_of(log, "step")[-1]["exercise"] == TAIL_EXERCISE:
                    tail = events_of(log, "step")[-1]
                    break
            else:
                raise AssertionError("Shift+→ never reached the last exercise")
            deadline = time.monotonic() + 60
            while proc.poll() is None:
                watch.check(hammering=False)
                if time.monotonic() > deadline:
                    last = read_log(log)[-3:]
                    raise AssertionError(f"the tail never finished; the log ends {last}")
                time.sleep(0.2)
            time.sleep(0.3)
        finally:
            watch.kill()
            recording = recorder.stop() if recorder.started else None
    assert recording is not None
    assert proc.returncode == 0, stderr.read_text(errors="replace")[-2000:]
    events = read_log(log)
    finished = [e for e in events if e["event"] == "finished"]
    assert len(finished) == 1 and finished[0]["status"] == "completed"
    err_text = stderr.read_text(errors="replace")
    assert "QSocketNotifier" not in err_text and len(err_text) < STDERR_LIMIT, err_text[:2000]
    assert not [e for e in events if e["event"] == "audio_warning"], err_text

    assert tail is not None
    heard = [e for e in events if e["event"] == "cue" and e["sound"] and e["step"] >= tail["step"]]
    assert [e["sound"] for e in heard] == TAIL_SOUNDS, heard
    wanted = [Expected(e["sound"], e["mono"]) for e in heard]
    inner = internal_onsets(SOUNDS, [w.name for w in wanted], perceptual_gain(VOLUME))
    report = match_onsets(recording, wanted, inner, SOUNDS)
    # What came before the last exercise is the hammer's and the jumps' sounds.
    report.extra = [t for t in report.extra if t >= heard[0]["mono"] - TOLERANCE]
    holes = dropouts(recording, report, SOUNDS, perceptual_gain(VOLUME))
    detail = describe(report, recording) + "".join(
        f"\n{name} at {at - recording.start:.3f} s broke up for {length * 1000:.0f} ms"
        for name, at, length in holes
    )
    assert not report.missing, detail
    assert not report.extra, detail
    assert all(-0.010 <= d <= TOLERANCE for d in report.delays), detail
    assert report.least_similar > 0.8, detail
