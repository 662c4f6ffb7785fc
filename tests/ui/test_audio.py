"""CuePlayer: decoding, settings, one warning when sound cannot play, batches, speech.

Most tests hand the player a FakeOutput that records what it is asked to play (the
output has tests of its own); the one that plays for real, and every
player built, run against a private PulseAudio null sink (tests/e2e/pulse.py) started
for this test run. The no-output case runs in a child process pointed at a sound server
that does not exist.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import wave
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from stretchtimer import resources
from stretchtimer.model.catalogue import Catalogue, Routine, RoutineItem, load_catalogue
from stretchtimer.model.cue_sounds import Sound
from stretchtimer.model.plan import Phase, Plan, compile_plan
from stretchtimer.model.session import Cue, CueKind
from stretchtimer.model.settings import Settings
from stretchtimer.ui.audio import CuePlayer, perceptual_gain

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "e2e"))
import pulse  # type: ignore[import-not-found, unused-ignore]

SOUNDS = resources.resource_root() / "sounds"
REQUIRE_ENV = "STRETCHTIMER_REQUIRE_E2E"


class FakeOutput(QObject):
    """Records what the player asks of its audio output (the output is tested on its own)."""

    failed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, object]] = []
        self.gain = 1.0

    def broken(self) -> bool:
        return False

    def play(self, name: str, pcm: bytes) -> bool:
        self.calls.append(("play", name))
        return True

    def stop_all(self) -> None:
        self.calls.append(("stop_all", None))

    def set_volume(self, gain: float) -> None:
        self.gain = gain

    def shutdown(self) -> None:
        self.calls.append(("shutdown", None))


@pytest.fixture
def make_player(
    qtbot: QtBot, sound_server: pulse.PulseServer
) -> Iterator[Callable[..., CuePlayer]]:
    made: list[CuePlayer] = []

    def make(sounds_dir: Path = SOUNDS, **kw: object) -> CuePlayer:
        player = CuePlayer(sounds_dir, **kw)  # type: ignore[arg-type]
        made.append(player)
        return player

    yield make
    for player in made:
        player.shutdown()
        assert not [t for t in player.findChildren(QTimer) if t.isActive()], "a timer still runs"


def played(output: FakeOutput) -> list[str]:
    return [str(arg) for call, arg in output.calls if call == "play"]


def plan() -> Plan:
    catalogue: Catalogue = load_catalogue(resources.catalogue_path()).catalogue
    routine = Routine(
        id="audio", name="Audio", description="For the player tests.", warmup_seconds=5,
        breaths_before=1, get_ready_seconds=4, switch_seconds=3,
        items=(RoutineItem("neck-side-tilt", hold_seconds=12, reps=2, rest_seconds=3),),
    )  # fmt: skip
    return compile_plan(routine, catalogue)


def cue(
    kind: CueKind, phase: Phase, *, at: float = 100.0, count: int = 0, first: bool = False
) -> Cue:
    steps = plan().steps
    step = next(s for s in steps if s.phase is phase and (s.index == 0) is first)
    return Cue(kind, at, step, count)


HOLD = cue(CueKind.PHASE_START, Phase.HOLD, at=10.0)
TICK = cue(CueKind.COUNTDOWN, Phase.HOLD, at=9.0, count=1)
SWITCH = cue(CueKind.PHASE_START, Phase.SWITCH_SIDES, at=22.0)
REST = cue(CueKind.PHASE_START, Phase.REST, at=40.0)


def one(player: CuePlayer, c: Cue) -> Sound | None:
    return player.play_cues([c])[0]


def test_every_sound_is_decoded_when_built(make_player: Callable[..., CuePlayer]) -> None:
    player = make_player(output=FakeOutput())
    warnings: list[str] = []
    player.warning.connect(warnings.append)
    for sound in Sound:
        with wave.open(str(SOUNDS / f"{sound.value}.wav")) as wav:
            assert player.tone_seconds(sound) == wav.getnframes() / 44_100
    QCoreApplication.processEvents()
    assert player.available()
    assert player.problem() is None
    assert warnings == []


def test_the_real_output_plays_and_shutdown_stops_it(
    make_player: Callable[..., CuePlayer],
) -> None:
    player = make_player()
    output = player.output
    assert output is not None and not output.broken()
    assert one(player, HOLD) is Sound.HOLD_START
    assert one(player, cue(CueKind.COUNTDOWN, Phase.HOLD, at=12.0, count=1)) is Sound.TICK
    assert output.playing() == 2  # the tick rings over the bell, in a voice of its own
    player.shutdown()
    assert output.playing() == 0
    assert one(player, SWITCH) is None


@pytest.mark.parametrize(("volume", "gain"), [(0, 0.0), (50, 0.125), (70, 0.343), (100, 1.0)])
def test_volume_follows_a_perceptual_curve(
    make_player: Callable[..., CuePlayer], volume: int, gain: float
) -> None:
    assert perceptual_gain(volume) == pytest.approx(gain)
    output = FakeOutput()
    player = make_player(output=output)
    player.apply_settings(Settings(volume=volume))
    assert output.gain == pytest.approx(gain, abs=0.001)


def test_muted_plays_nothing_and_says_nothing(make_player: Callable[..., CuePlayer]) -> None:
    output = FakeOutput()
    player = make_player(speech_engine="mock", output=output)
    player.apply_settings(Settings(muted=True, voice_prompts=True, voice_countdown=True))
    assert ("stop_all", None) in output.calls
    assert [one(player, c) for c in (TICK, HOLD, SWITCH, REST)] == [None] * 4
    assert played(output) == []
    assert player.spoken_phrase_pending() is None
    player.apply_settings(Settings(muted=False))
    assert one(player, REST) is Sound.STEP_END
    assert played(output) == ["step_end"]


def test_switches_decide_ticks_and_breath_tones(make_player: Callable[..., CuePlayer]) -> None:
    player = make_player(output=FakeOutput())
    inhale = cue(CueKind.INHALE, Phase.HOLD, at=20.0)
    player.apply_settings(Settings(tick_sounds=False, breath_sounds=False))
    assert one(player, TICK) is None
    assert one(player, inhale) is None
    player.apply_settings(Settings(tick_sounds=True, breath_sounds=True))
    assert one(player, TICK) is Sound.TICK
    assert one(player, inhale) is Sound.INHALE


def test_only_the_latest_cue_of_a_batch_sounds(make_player: Callable[..., CuePlayer]) -> None:
    output = FakeOutput()
    player = make_player(output=output)
    # A late poll hands over the last tick and the hold's start together.
    assert player.play_cues([TICK, HOLD]) == [None, Sound.HOLD_START]
    assert played(output) == ["hold_start"]
    # The next poll's tick is a batch of its own and sounds over the bell's tail.
    assert one(player, cue(CueKind.COUNTDOWN, Phase.HOLD, at=19.0, count=3)) is Sound.TICK
    assert played(output) == ["hold_start", "tick"]


def test_a_breath_turn_at_the_hold_start_is_not_a_second_sound(
    make_player: Callable[..., CuePlayer],
) -> None:
    output = FakeOutput()
    player = make_player(output=output)
    player.apply_settings(Settings(breath_sounds=True))
    same_instant = cue(CueKind.INHALE, Phase.HOLD, at=HOLD.at)
    assert player.play_cues([HOLD, same_instant]) == [Sound.HOLD_START, None]
    assert played(output) == ["hold_start"]


def broken_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "sounds"
    shutil.copytree(SOUNDS, folder)
    (folder / "tick.wav").write_bytes(b"RIFF\x00\x00\x00\x00WAVEnot really a sound" * 20)
    (folder / "hold_start.wav").unlink()
    return folder


NO_SERVER_SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from stretchtimer import resources
from stretchtimer.model.catalogue import load_catalogue
from stretchtimer.model.plan import compile_plan
from stretchtimer.model.session import SessionMachine, Cue
from stretchtimer.ui.audio import CuePlayer
app = QCoreApplication([])
player = CuePlayer(Path(sys.argv[1]))
warnings = []
player.warning.connect(warnings.append)
catalogue = load_catalogue(resources.catalogue_path()).catalogue
machine = SessionMachine(compile_plan(next(iter(catalogue.routines.values())), catalogue))
events = machine.start(0.0)
for now in range(1, 120):  # past the minute of warm-up
    events += machine.advance(float(now))
results = []
for event in events:
    if isinstance(event, Cue):
        app.processEvents()
        results.append(player.play_cues([event])[0])
player.shutdown()
print(json.dumps({"warnings": warnings, "results": results, "available": player.available()}))
"""


@pytest.mark.parametrize("damaged", [False, True])
def test_without_a_sound_server_one_warning_and_silence(tmp_path: Path, damaged: bool) -> None:
    folder = broken_copy(tmp_path) if damaged else SOUNDS
    env = {**os.environ, "PULSE_SERVER": f"unix:{tmp_path / 'no-such-server'}",
           "QT_QPA_PLATFORM": "offscreen"}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", NO_SERVER_SCRIPT, str(folder)],
        env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(report["results"]) > 5
    assert set(report["results"]) == {None}
    assert report["available"] is False
    assert len(report["warnings"]) == 1
    assert report["warnings"][0].startswith("No sound output was found")


def test_a_phrase_waits_for_its_tone_and_a_newer_one_replaces_it(
    qtbot: QtBot, make_player: Callable[..., CuePlayer]
) -> None:
    player = make_player(speech_engine="mock", output=FakeOutput())
    player.apply_settings(Settings(voice_prompts=True, voice_countdown=True))
    assert player.voice_available()
    spoken: list[str] = []
    player.speaking.connect(spoken.append)
    assert one(player, REST) is Sound.STEP_END
    assert player.spoken_phrase_pending() == "Rest"
    assert player._speech_timer.remainingTime() > player.tone_seconds(Sound.STEP_END) * 1000 - 100
    # A countdown in the next poll replaces the waiting phrase and waits for its own tick.
    three = cue(CueKind.COUNTDOWN, Phase.HOLD, at=41.0, count=3)
    assert one(player, three) is Sound.TICK
    assert player.spoken_phrase_pending() == "three"
    assert player._speech_timer.remainingTime() <= player.tone_seconds(Sound.TICK) * 1000 + 5
    with qtbot.waitSignal(player.speaking, timeout=3000) as said:
        pass
    assert said.args == ["three"]
    assert spoken == ["three"]
    assert player.spoken_phrase_pending() is None


def test_phrases_follow_the_voice_switches(make_player: Callable[..., CuePlayer]) -> None:
    player = make_player(speech_engine="mock", output=FakeOutput())
    three = cue(CueKind.COUNTDOWN, Phase.HOLD, at=41.0, count=3)
    one(player, SWITCH)
    assert player.spoken_phrase_pending() is None  # voice is off by default
    player.apply_settings(Settings(voice_prompts=True, voice_countdown=False))
    one(player, three)
    assert player.spoken_phrase_pending() is None
    one(player, replace(SWITCH, at=50.0))
    assert player.spoken_phrase_pending() == "Switch sides"
    speech = player.findChild(QTextToSpeech)
    assert speech is not None and speech.engine() == "mock"
    player.apply_settings(Settings(voice_prompts=True, volume=50))
    assert speech.volume() == pytest.approx(perceptual_gain(50), abs=0.01)
    player.apply_settings(Settings(voice_prompts=False))
    assert player.spoken_phrase_pending() is None
    # A phrase goes with its tone when a later cue of the same batch supersedes both.
    player.apply_settings(Settings(voice_prompts=True, voice_countdown=False))
    assert player.play_cues([REST, three]) == [None, Sound.TICK]
    assert player.spoken_phrase_pending() is None


def test_a_sample_tone_plays_at_the_chosen_volume_and_the_cues_keep_theirs(
    make_player: Callable[..., CuePlayer],
) -> None:
    output = FakeOutput()
    player = make_player(output=output)
    player.apply_settings(Settings(volume=70))
    assert player.play_sample(30) is True
    assert played(output) == ["sample"]
    assert output.gain == pytest.approx(perceptual_gain(30))
    # Cancelled: the next cue plays at the settings' volume again.
    assert player.play_cues([SWITCH]) == [Sound.SWITCH_SIDES]
    assert output.gain == pytest.approx(perceptual_gain(70))


def test_a_sample_phrase_is_said_when_a_voice_exists_and_refused_when_none(
    make_player: Callable[..., CuePlayer], qtbot: QtBot
) -> None:
    spoken = make_player(speech_engine="mock", output=FakeOutput())
    assert spoken.say_sample("Switch sides") is True
    silent = make_player(speech_engine="no-such-engine", output=FakeOutput())
    assert silent.say_sample("Switch sides") is False


def test_a_language_with_no_voice_of_its_own_is_silent_and_named(
    make_player: Callable[..., CuePlayer], qtbot: QtBot
) -> None:
    # Qt's mock engine has English, Norwegian and Finnish voices, and no German one.
    before = QLocale()
    try:
        QLocale.setDefault(QLocale("de_DE"))
        german = make_player(speech_engine="mock", output=FakeOutput())
        assert german.say_sample("Seite wechseln") is False
        assert german.missing_voice() == "Deutsch"
        QLocale.setDefault(QLocale("fi_FI"))
        finnish = make_player(speech_engine="mock", output=FakeOutput())
        assert finnish.say_sample("Vaihda puolta") is True
        assert finnish.missing_voice() is None
    finally:
        QLocale.setDefault(before)
