"""Listening to the real app: its cue sounds recorded from a PulseAudio null sink.

The app runs a short routine in a virtual display with ``--event-log``; each cue it hands
to the player is logged with ``time.monotonic()``. ``parec`` records the sink meanwhile,
and the harness in ``pulse.py`` finds where each sound begins. Every sounded cue must be
in the recording, beginning within 50 ms of the moment it was handed over, and nothing
else may sound. A second run without any sound server must still finish, with exactly
one warning.

The harness is checked on its own first, against ``pacat`` fed at known moments.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from pulse import (
    EXPECTED_SOUNDS,
    TOOLS,
    Expected,
    Recorder,
    ReferencePlayer,
    describe,
    internal_onsets,
    match_onsets,
    pulse_server,
    read_wav,
    record_app,
    run_app,
)
from xvfb_display import need_tools

from stretchtimer import resources
from stretchtimer.ui.audio import perceptual_gain

pytestmark = pytest.mark.e2e

SOUNDS = resources.resource_root() / "sounds"
TOLERANCE = 0.050
VOLUME = 70
NO_OUTPUT_MESSAGE = "No sound output was found"


def need_sound_tools() -> None:
    need_tools(*TOOLS)


def test_the_harness_hears_a_reference_player_on_time(tmp_path: Path) -> None:
    need_sound_tools()
    with pulse_server(tmp_path / "pulse") as server:
        recorder = Recorder(server.env)
        recorder.start()
        reference = ReferencePlayer(server.env)
        expected: list[Expected] = []
        try:
            time.sleep(0.3)
            for name, gap in [("tick", 1.0), ("hold_start", 2.0), ("tick", 0.6),
                              ("switch_sides", 1.8), ("step_end", 1.2)]:  # fmt: skip
                expected.append(Expected(name, reference.play(read_wav(SOUNDS / f"{name}.wav"))))
                time.sleep(gap)
        finally:
            reference.close()
            recording = recorder.stop()
    inner = internal_onsets(SOUNDS, [e.name for e in expected], 1.0)
    report = match_onsets(recording, expected, inner, SOUNDS)
    detail = describe(report, recording)
    assert not report.missing, detail
    assert not report.extra, detail
    # pacat starts a sound at once; the alignment may err by one recording block either way.
    assert all(-0.010 <= d <= 0.030 for d in report.delays), detail
    assert report.least_similar > 0.9, detail
    assert recording.residual < 0.010


def test_every_cue_of_the_real_app_sounds_on_time(tmp_path: Path) -> None:
    need_sound_tools()
    with pulse_server(tmp_path / "pulse") as server:
        run, recording, report = record_app(
            tmp_path, server, SOUNDS, VOLUME, perceptual_gain(VOLUME)
        )
    assert run.returncode == 0, run.stderr
    assert [e["event"] for e in run.events].count("finished") == 1
    assert [e["sound"] for e in run.sounded] == EXPECTED_SOUNDS
    assert not [e for e in run.events if e["event"] == "audio_warning"], run.stderr
    detail = describe(report, recording)
    assert not report.missing, detail
    assert not report.extra, detail
    assert all(abs(d) <= TOLERANCE for d in report.delays), detail
    # Each onset is the sound the log names (a tick over the start tone's tail still is).
    assert report.least_similar > 0.8, detail


def test_without_a_sound_server_the_session_finishes_with_one_warning(tmp_path: Path) -> None:
    need_sound_tools()
    env = {**os.environ, "PULSE_SERVER": f"unix:{tmp_path / 'no-sound-server'}"}
    env.pop("PULSE_SINK", None)
    run = run_app(tmp_path, env, VOLUME)
    assert run.returncode == 0, run.stderr
    finished = [e for e in run.events if e["event"] == "finished"]
    assert len(finished) == 1 and finished[0]["status"] == "completed"
    cues = [e for e in run.events if e["event"] == "cue"]
    assert len(cues) >= len(EXPECTED_SOUNDS)
    assert all(e["sound"] is None for e in cues)
    warnings = [e for e in run.events if e["event"] == "audio_warning"]
    assert len(warnings) == 1, warnings
    assert warnings[0]["message"].startswith(NO_OUTPUT_MESSAGE)
    assert run.stderr.count(NO_OUTPUT_MESSAGE) == 1, run.stderr
    # Nor does the player make Qt try, and complain about, each sound in turn.
    assert "QSoundEffect" not in run.stderr, run.stderr
