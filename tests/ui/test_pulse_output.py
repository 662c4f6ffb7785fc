"""PulseOutput on a private null sink: the sound server's own streams, heard for real.

The server is the session's PulseAudio of tests/conftest.py; what is heard is recorded
from its sink's monitor. The app's cues through this output are timed end to end in
tests/e2e/test_sound_e2e.py.
"""

from __future__ import annotations

import ctypes.util
import json
import subprocess
import sys
import time
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pulse  # type: ignore[import-not-found, unused-ignore]
import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from stretchtimer.ui import libpulse, pulse_output
from stretchtimer.ui.pulse_output import PulseOutput
from stretchtimer.ui.sound_output import open_output

# 0.4 s of a quiet square wave: long enough to still ring when the next one starts.
TONE = array("h", ([2000] * 50 + [-2000] * 50) * 176).tobytes()
LOUD = array("h", ([12000] * 50 + [-12000] * 50) * 176).tobytes()


@pytest.fixture
def output(qtbot: QtBot, sound_server: pulse.PulseServer) -> Iterator[PulseOutput]:
    out = PulseOutput.open(voices=2)
    assert out is not None, "the null sink's server did not answer"
    yield out
    out.shutdown()
    assert not out._idle.isActive(), "a timer still runs"


def sink_inputs(server: pulse.PulseServer) -> list[dict[str, Any]]:
    """The server's streams of this process, as pactl lists them."""
    listed = json.loads(server.pactl("--format=json", "list", "sink-inputs"))
    assert isinstance(listed, list)
    return [s for s in listed if s["properties"].get("application.name") == "StretchTimer"]


def heard(
    server: pulse.PulseServer, play: Callable[[], object], seconds: float = 1.2
) -> array[int]:
    """What the sink renders while ``play`` runs and for ``seconds`` after."""
    recorder = pulse.Recorder(server.env)
    recorder.start()
    try:
        play()
        time.sleep(seconds)
    finally:
        recording = recorder.stop()
    return recording.samples


def test_a_sound_is_heard_on_the_sink(output: PulseOutput, sound_server: pulse.PulseServer) -> None:
    samples = heard(sound_server, lambda: output.play("loud", LOUD))
    onsets = pulse.find_onsets(samples)
    assert len(onsets) >= 1
    peak = max(abs(v) for v in samples)
    assert 9000 < peak <= 12500  # the tone itself, at full volume


def test_the_streams_are_named_for_the_app_and_start_corked(
    qtbot: QtBot, output: PulseOutput, sound_server: pulse.PulseServer
) -> None:
    streams = sink_inputs(sound_server)
    assert len(streams) == 2
    assert all(s["properties"]["media.role"] == "event" for s in streams)
    assert output.corked() == [True, True]
    output.play("a", TONE)
    assert output.corked()[0] is False
    qtbot.waitUntil(lambda: output.corked() == [True, True], timeout=10_000)


def test_a_sound_over_another_gets_a_voice_of_its_own(output: PulseOutput) -> None:
    assert not output.broken()
    assert output.play("a", TONE)
    assert output.play("b", TONE)
    assert output.playing() == 2
    first, second = output._connection.voices
    assert first.started_ms <= second.started_ms


def test_when_every_voice_is_busy_the_oldest_sound_gives_way(output: PulseOutput) -> None:
    output.play("a", TONE)
    output.play("b", TONE)
    first, second = output._connection.voices
    assert output.play("c", TONE)
    assert output.playing() == 2
    # The first voice was cut and holds the newest sound now.
    assert first.started_ms >= second.started_ms


def test_stop_all_cuts_every_sound(output: PulseOutput, sound_server: pulse.PulseServer) -> None:
    long_tone = LOUD * 5  # 2 s

    def play_then_stop() -> None:
        output.play("a", long_tone)
        time.sleep(0.3)
        output.stop_all()

    samples = heard(sound_server, play_then_stop, seconds=2.2)
    assert output.playing() == 0
    loud = [i for i, v in enumerate(samples) if abs(v) > 6000]
    assert loud, "the tone was never heard"
    # Well under the 2 s of the tone: it stopped when asked (plus the server's latency).
    assert (loud[-1] - loud[0]) / pulse.RATE < 1.0
    assert output.play("c", TONE)


def test_the_volume_reaches_every_voice(
    output: PulseOutput, sound_server: pulse.PulseServer
) -> None:
    output.set_volume(0.343)
    expected = libpulse.Pulse().lib.pa_sw_volume_from_linear(0.343)

    def volumes() -> list[int]:
        found = []
        for stream in sink_inputs(sound_server):
            channels = stream["volume"]
            assert isinstance(channels, dict)
            found += [int(c["value"]) for c in channels.values()]
        return found

    deadline = time.monotonic() + 5
    while volumes() != [expected, expected] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert volumes() == [expected, expected]


def test_after_shutdown_nothing_plays(output: PulseOutput, sound_server: pulse.PulseServer) -> None:
    output.shutdown()
    assert output.broken()
    assert not output.play("a", TONE)
    assert sink_inputs(sound_server) == []


def test_without_a_server_there_is_no_pulse_output(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent/native")
    started = time.monotonic()
    assert PulseOutput.open() is None
    assert time.monotonic() - started < 1.0  # refused at once, not waited for


def test_the_player_takes_the_light_output_when_a_server_answers(
    qtbot: QtBot, sound_server: pulse.PulseServer
) -> None:
    parent = QObject()
    out = open_output(parent)
    assert isinstance(out, PulseOutput)
    out.shutdown()


def test_the_app_process_plays_cues_without_qtmultimedia(sound_server: pulse.PulseServer) -> None:
    # The point of this output: a cue player in a fresh process never maps QtMultimedia
    # or FFmpeg.
    child = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from stretchtimer import resources\n"
        "from stretchtimer.ui.audio import CuePlayer\n"
        "app = QApplication([])\n"
        "player = CuePlayer(resources.resource_root() / 'sounds')\n"
        "print('available', player.available())\n"
        "maps = open('/proc/self/maps').read()\n"
        "print('multimedia', 'libQt6Multimedia' in maps, 'libavcodec' in maps)\n"
        "print('modules', 'PySide6.QtMultimedia' in sys.modules)\n"
        "player.shutdown()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", child],
        env={**sound_server.env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert done.stdout.split("\n")[:3] == [
        "available True",
        "multimedia False False",
        "modules False",
    ], done.stderr


def test_a_server_that_goes_away_and_comes_back_is_used_again(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A server of this test's own, so the session's stays up for the other tests.
    with pulse.pulse_server(tmp_path) as server:
        monkeypatch.setenv("PULSE_SERVER", server.env["PULSE_SERVER"])
        monkeypatch.setenv("PULSE_COOKIE", server.env["PULSE_COOKIE"])
        out = PulseOutput.open(voices=2)
        assert out is not None
        assert out.play("a", TONE)
    # The server is gone: the sound is refused and the loss told once.
    failures: list[bool] = []
    out.failed.connect(lambda: failures.append(True))
    qtbot.waitUntil(out.broken, timeout=5000)
    assert not out.play("b", TONE)
    assert not out.play("c", TONE)
    assert failures == [True]
    monkeypatch.setattr(pulse_output, "REOPEN_AFTER_MS", 0)
    with pulse.pulse_server(tmp_path):
        assert out.play("d", TONE)
        assert not out.broken()
        samples = heard(server, lambda: out.play("e", LOUD))
        assert max(abs(v) for v in samples) > 9000
    out.shutdown()


def test_without_libpulse_the_player_falls_back_to_qtmultimedia(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, sound_server: pulse.PulseServer
) -> None:
    monkeypatch.setattr(libpulse, "SONAME", "libpulse-not-here.so.0")
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None)
    assert PulseOutput.open() is None
    parent = QObject()
    out = open_output(parent)
    from stretchtimer.ui.cue_output import CueOutput

    assert isinstance(out, CueOutput)
    assert out.play("a", TONE)
    out.shutdown()
