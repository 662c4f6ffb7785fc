"""CueOutput on a private null sink: whole sounds in free voices, mixed by the server.

The voices are real QAudioSinks on the PulseAudio server of tests/ui/conftest.py; what
is heard is checked end to end in tests/e2e/test_sound_e2e.py.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator

import pulse  # type: ignore[import-not-found, unused-ignore]
import pytest
from PySide6.QtMultimedia import QtAudio
from pytestqt.qtbot import QtBot

from stretchtimer.ui.cue_output import CueOutput

# 0.4 s of a quiet square wave: long enough to still ring when the next one starts.
TONE = array("h", ([2000] * 50 + [-2000] * 50) * 176).tobytes()


@pytest.fixture
def output(qtbot: QtBot, sound_server: pulse.PulseServer) -> Iterator[CueOutput]:
    out = CueOutput(voices=2)
    yield out
    out.shutdown()
    assert not out._idle.isActive(), "a timer still runs"


def test_a_sound_over_another_gets_a_voice_of_its_own(output: CueOutput) -> None:
    assert not output.broken()
    assert output.play("a", TONE)
    assert output.play("b", TONE)
    assert output.playing() == 2
    first, second = output._voices
    assert first.started_ms <= second.started_ms


def test_when_every_voice_is_busy_the_oldest_sound_gives_way(output: CueOutput) -> None:
    output.play("a", TONE)
    output.play("b", TONE)
    oldest = output._voices[0]
    assert output.play("c", TONE)
    assert output.playing() == 2
    # The first voice was cut and holds the newest sound now, in a new stream.
    assert output._voices[0] is not oldest
    assert output._voices[0].started_ms >= output._voices[1].started_ms


def test_stop_all_cuts_every_sound(output: CueOutput) -> None:
    output.play("a", TONE)
    output.play("b", TONE)
    output.stop_all()
    assert output.playing() == 0
    assert output.play("c", TONE)


def test_the_volume_reaches_every_voice(output: CueOutput) -> None:
    output.set_volume(0.343)
    assert [round(v.sink.volume(), 3) for v in output._voices] == [0.343, 0.343]


def test_idle_voices_are_corked_and_a_sound_uncorks_its_voice(
    qtbot: QtBot, output: CueOutput
) -> None:
    def corked() -> bool:
        return all(v.sink.state() is QtAudio.State.SuspendedState for v in output._voices)

    qtbot.waitUntil(corked, timeout=10_000)
    output.play("a", TONE)
    assert output._voices[0].sink.state() is not QtAudio.State.SuspendedState
    qtbot.waitUntil(corked, timeout=10_000)


def test_after_shutdown_nothing_plays(output: CueOutput) -> None:
    output.shutdown()
    assert output.broken()
    assert not output.play("a", TONE)
