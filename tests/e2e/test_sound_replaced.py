"""The cue player on its own, hit with the pattern that froze the QSoundEffect player.

About four sounds a second, each of a kind that comes back about when its last one ends:
with QSoundEffect (Qt 6.10/6.11) a voice that ended as it was replaced was sometimes
destroyed on the audio thread, its socket notifier with it, and the event loop then spun
on the closed descriptor for good. Driven this way the old player froze within 5 to 7 s
(two runs of two); the window, busier, hid it most of the time. The player runs in a
child process against a private null sink, with a heartbeat timer: the heartbeat must
never stop for long, stderr must stay quiet, and the child must finish.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from pulse import pulse_server
from xvfb_display import need_tools

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

SECONDS = 20
STDERR_LIMIT = 4096
# The heartbeat ticks every 100 ms; a frozen loop never ticks again.
STALE_SECONDS = 3.0

CHILD = """
import random, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from stretchtimer import resources
from stretchtimer.model.catalogue import Routine, RoutineItem, load_catalogue
from stretchtimer.model.plan import Phase, compile_plan
from stretchtimer.model.session import Cue, CueKind
from stretchtimer.model.settings import Settings
from stretchtimer.ui.audio import CuePlayer

app = QApplication([])
catalogue = load_catalogue(resources.catalogue_path()).catalogue
routine = Routine(id="r", name="R", description="R", warmup_seconds=0, breaths_before=0,
                  get_ready_seconds=3, switch_seconds=3,
                  items=(RoutineItem("neck-side-tilt", hold_seconds=6, reps=2, rest_seconds=3),))
steps = compile_plan(routine, catalogue).steps
def start(phase):
    return next(s for s in steps if s.phase is phase)
# The order skipping walks through: hold, switch sides, hold, rest.
order = [Phase.HOLD, Phase.SWITCH_SIDES, Phase.HOLD, Phase.REST]
player = CuePlayer(resources.resource_root() / "sounds")
player.apply_settings(Settings(volume=70))
pick = random.Random(4).uniform
began = time.monotonic()
played = [0]

def beat():
    print(f"beat {time.monotonic():.3f}", flush=True)

def next_sound():
    phase = order[played[0] % len(order)]
    played[0] += 1
    player.play_cues([Cue(CueKind.PHASE_START, time.monotonic(), start(phase), 0)])
    if time.monotonic() - began > float(sys.argv[1]):
        # Stopped first: an overdue beat dispatched after quit() would follow "done".
        heart.stop()
        player.shutdown()
        print(f"done {played[0]}", flush=True)
        app.quit()
        return
    QTimer.singleShot(round(pick(200, 300)), next_sound)

heart = QTimer()
heart.timeout.connect(beat)
heart.start(100)
QTimer.singleShot(300, next_sound)
app.exec()
"""


def test_sounds_replaced_as_they_end_never_freeze_the_player(tmp_path: Path) -> None:
    need_tools("pulseaudio", "pactl")
    out = tmp_path / "child.out"
    err = tmp_path / "child.err"
    with pulse_server(tmp_path / "pulse") as server:
        env = {**server.env, "QT_QPA_PLATFORM": "offscreen"}
        with out.open("wb") as stdout, err.open("wb") as stderr:
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD, str(SECONDS)], env=env, stdout=stdout,
                stderr=stderr,
            )  # fmt: skip
        try:
            deadline = time.monotonic() + SECONDS + 30
            moved, beats = time.monotonic(), 0
            while child.poll() is None:
                now = time.monotonic()
                count = out.read_text().count("beat")
                if count != beats:
                    moved, beats = now, count
                assert err.stat().st_size < STDERR_LIMIT, err.read_bytes()[:600]
                assert beats == 0 or now - moved < STALE_SECONDS, (
                    f"the event loop stopped for {now - moved:.1f} s; stderr begins "
                    f"{err.read_bytes()[:600]!r}"
                )
                assert now < deadline, "the player never finished"
                time.sleep(0.1)
        finally:
            if child.poll() is None:
                child.kill()
            child.wait()
    assert child.returncode == 0, err.read_text(errors="replace")[-2000:]
    lines = out.read_text().splitlines()
    assert lines[-1].startswith("done") and int(lines[-1].split()[1]) > SECONDS * 3, lines[-3:]
    text = err.read_text(errors="replace")
    assert "QSocketNotifier" not in text and len(text) < STDERR_LIMIT, text[:2000]
