"""CuePlayer: loading, settings, one warning when sound cannot play, superseding, speech.

QSoundEffect needs an audio output to load anything, so the tests that play run against
a private PulseAudio null sink (tests/e2e/pulse.py) started for this test run; the
no-output case runs in a child process pointed at a sound server that does not exist.
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
from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtMultimedia import QSoundEffect
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


@pytest.fixture(scope="session")
def sound_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[pulse.PulseServer]:
    """A private null sink for the whole run: Qt connects to one sound server per process."""
    missing = [t for t in ("pulseaudio", "pactl") if shutil.which(t) is None]
    if missing:
        message = f"needs {', '.join(missing)} for an audio output (apt-get install pulseaudio)"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(message)
        pytest.skip(message)
    with (
        pulse.pulse_server(tmp_path_factory.mktemp("pulse")) as server,
        pytest.MonkeyPatch.context() as mp,
    ):
        mp.setenv("PULSE_SERVER", server.env["PULSE_SERVER"])
        mp.setenv("PULSE_COOKIE", server.env["PULSE_COOKIE"])
        yield server


class RecordingPlayer(CuePlayer):
    """Records what it would start and stop instead of driving the sound device."""

    def __init__(self, sounds_dir: Path, **kw: str) -> None:
        self.calls: list[tuple[str, str]] = []
        super().__init__(sounds_dir, **kw)  # type: ignore[arg-type]

    def _name(self, effect: QSoundEffect) -> str:
        return Path(effect.source().toLocalFile()).stem

    def _start(self, effect: QSoundEffect) -> None:
        self.calls.append(("start", self._name(effect)))

    def _stop(self, effect: QSoundEffect) -> None:
        self.calls.append(("stop", self._name(effect)))


@pytest.fixture
def make_player(
    qtbot: QtBot, sound_server: pulse.PulseServer
) -> Iterator[Callable[..., CuePlayer]]:
    made: list[CuePlayer] = []

    def make(cls: type[CuePlayer] = CuePlayer, sounds_dir: Path = SOUNDS, **kw: str) -> CuePlayer:
        player = cls(sounds_dir, **kw)  # type: ignore[arg-type]
        made.append(player)
        return player

    yield make
    for player in made:
        player.shutdown()
        assert not [t for t in player.findChildren(QTimer) if t.isActive()], "a timer still runs"


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


def wait_loaded(qtbot: QtBot, player: CuePlayer) -> None:
    def settled() -> bool:
        return all(player.effect(s).status() is not QSoundEffect.Status.Loading for s in Sound)

    qtbot.waitUntil(settled, timeout=5000)


def test_every_sound_is_preloaded_from_its_file(
    qtbot: QtBot, make_player: Callable[..., CuePlayer]
) -> None:
    player = make_player()
    warnings: list[str] = []
    player.warning.connect(warnings.append)
    # Loaded before the constructor returns, so the first cue is as quick as the rest.
    assert all(player.effect(s).status() is QSoundEffect.Status.Ready for s in Sound)
    for sound in Sound:
        path = SOUNDS / f"{sound.value}.wav"
        assert player.effect(sound).source() == QUrl.fromLocalFile(str(path))
        with wave.open(str(path)) as wav:
            assert player.tone_seconds(sound) == wav.getnframes() / 44_100
    wait_loaded(qtbot, player)
    assert {s: player.effect(s).status() for s in Sound} == dict.fromkeys(
        Sound, QSoundEffect.Status.Ready
    )
    assert player.available()
    assert player.problem() is None
    assert warnings == []


def test_real_effects_play_and_shutdown_stops_them(
    qtbot: QtBot, make_player: Callable[..., CuePlayer]
) -> None:
    player = make_player()
    wait_loaded(qtbot, player)
    assert player.play_cue(HOLD) is Sound.HOLD_START
    bell = player.effect(Sound.HOLD_START)
    qtbot.waitUntil(bell.isPlaying, timeout=3000)
    player.shutdown()
    assert not bell.isPlaying()
    assert player.play_cue(SWITCH) is None


@pytest.mark.parametrize(("volume", "gain"), [(0, 0.0), (50, 0.125), (70, 0.343), (100, 1.0)])
def test_volume_follows_a_perceptual_curve(
    make_player: Callable[..., CuePlayer], volume: int, gain: float
) -> None:
    assert perceptual_gain(volume) == pytest.approx(gain)
    player = make_player(RecordingPlayer)
    player.apply_settings(Settings(volume=volume))
    for sound in Sound:
        assert player.effect(sound).volume() == pytest.approx(gain, abs=0.01)
        assert not player.effect(sound).isMuted()


def test_muted_plays_nothing_and_says_nothing(make_player: Callable[..., CuePlayer]) -> None:
    player = make_player(RecordingPlayer, speech_engine="mock")
    assert isinstance(player, RecordingPlayer)
    player.apply_settings(Settings(muted=True, voice_prompts=True, voice_countdown=True))
    assert all(player.effect(s).isMuted() for s in Sound)
    assert [player.play_cue(c) for c in (TICK, HOLD, SWITCH, REST)] == [None] * 4
    assert player.calls == []
    assert player.spoken_phrase_pending() is None
    player.apply_settings(Settings(muted=False))
    assert player.play_cue(REST) is Sound.STEP_END
    assert player.calls == [("start", "step_end")]


def test_switches_decide_ticks_and_breath_tones(make_player: Callable[..., CuePlayer]) -> None:
    player = make_player(RecordingPlayer)
    inhale = cue(CueKind.INHALE, Phase.HOLD, at=20.0)
    player.apply_settings(Settings(tick_sounds=False, breath_sounds=False))
    assert player.play_cue(TICK) is None
    assert player.play_cue(inhale) is None
    player.apply_settings(Settings(tick_sounds=True, breath_sounds=True))
    QCoreApplication.processEvents()
    assert player.play_cue(TICK) is Sound.TICK
    QCoreApplication.processEvents()
    assert player.play_cue(inhale) is Sound.INHALE


def test_a_later_cue_in_the_same_turn_supersedes_the_earlier(
    make_player: Callable[..., CuePlayer],
) -> None:
    player = make_player(RecordingPlayer)
    assert isinstance(player, RecordingPlayer)
    # A late poll hands over the last tick and the hold's start together.
    assert player.play_cue(TICK) is Sound.TICK
    assert player.play_cue(HOLD) is Sound.HOLD_START
    assert player.calls == [("start", "tick"), ("stop", "tick"), ("start", "hold_start")]
    QCoreApplication.processEvents()  # the turn ends
    player.calls.clear()
    assert player.play_cue(cue(CueKind.COUNTDOWN, Phase.HOLD, at=19.0, count=3)) is Sound.TICK
    assert player.calls == [("start", "tick")]


def test_a_breath_turn_at_the_hold_start_is_not_a_second_sound(
    make_player: Callable[..., CuePlayer],
) -> None:
    player = make_player(RecordingPlayer)
    assert isinstance(player, RecordingPlayer)
    player.apply_settings(Settings(breath_sounds=True))
    assert player.play_cue(HOLD) is Sound.HOLD_START
    assert player.play_cue(cue(CueKind.INHALE, Phase.HOLD, at=HOLD.at)) is None
    assert player.calls == [("start", "hold_start")]


def broken_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "sounds"
    shutil.copytree(SOUNDS, folder)
    (folder / "tick.wav").write_bytes(b"RIFF\x00\x00\x00\x00WAVEnot really a sound" * 20)
    (folder / "hold_start.wav").unlink()
    return folder


def test_a_broken_or_missing_wav_warns_once_and_the_rest_still_play(
    qtbot: QtBot, make_player: Callable[..., CuePlayer], tmp_path: Path
) -> None:
    folder = broken_copy(tmp_path)
    warnings: list[str] = []
    player = make_player(RecordingPlayer, sounds_dir=folder)
    assert isinstance(player, RecordingPlayer)
    player.warning.connect(warnings.append)
    wait_loaded(qtbot, player)
    qtbot.waitUntil(lambda: bool(warnings), timeout=3000)
    assert player.effect(Sound.TICK).status() is QSoundEffect.Status.Error
    assert player.effect(Sound.HOLD_START).status() is QSoundEffect.Status.Error
    assert player.tone_seconds(Sound.HOLD_START) == 0.0
    assert len(warnings) == 1
    assert "damaged" in warnings[0] and str(folder) in warnings[0]
    assert not player.available()
    assert player.play_cue(TICK) is None
    QCoreApplication.processEvents()
    assert player.play_cue(HOLD) is None
    assert player.play_cue(SWITCH) is Sound.SWITCH_SIDES
    assert player.calls == [("start", "switch_sides")]
    assert len(warnings) == 1


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
for now in range(1, 40):
    events += machine.advance(float(now))
results = []
for event in events:
    if isinstance(event, Cue):
        app.processEvents()
        results.append(player.play_cue(event))
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
    player = make_player(RecordingPlayer, speech_engine="mock")
    player.apply_settings(Settings(voice_prompts=True, voice_countdown=True))
    assert player.voice_available()
    spoken: list[str] = []
    player.speaking.connect(spoken.append)
    assert player.play_cue(REST) is Sound.STEP_END
    assert player.spoken_phrase_pending() == "Rest"
    assert player._speech_timer.remainingTime() > player.tone_seconds(Sound.STEP_END) * 1000 - 100
    # Within the same turn a countdown supersedes both the tone and the waiting phrase.
    three = cue(CueKind.COUNTDOWN, Phase.HOLD, at=41.0, count=3)
    assert player.play_cue(three) is Sound.TICK
    assert player.spoken_phrase_pending() == "three"
    assert player._speech_timer.remainingTime() <= player.tone_seconds(Sound.TICK) * 1000 + 5
    with qtbot.waitSignal(player.speaking, timeout=3000) as said:
        pass
    assert said.args == ["three"]
    assert spoken == ["three"]
    assert player.spoken_phrase_pending() is None


def test_phrases_follow_the_voice_switches(make_player: Callable[..., CuePlayer]) -> None:
    player = make_player(RecordingPlayer, speech_engine="mock")
    three = cue(CueKind.COUNTDOWN, Phase.HOLD, at=41.0, count=3)
    player.play_cue(SWITCH)
    assert player.spoken_phrase_pending() is None  # voice is off by default
    player.apply_settings(Settings(voice_prompts=True, voice_countdown=False))
    QCoreApplication.processEvents()
    player.play_cue(three)
    assert player.spoken_phrase_pending() is None
    QCoreApplication.processEvents()
    player.play_cue(replace(SWITCH, at=50.0))
    assert player.spoken_phrase_pending() == "Switch sides"
    speech = player.findChild(QTextToSpeech)
    assert speech is not None and speech.engine() == "mock"
    player.apply_settings(Settings(voice_prompts=True, volume=50))
    assert speech.volume() == pytest.approx(perceptual_gain(50), abs=0.01)
    player.apply_settings(Settings(voice_prompts=False))
    assert player.spoken_phrase_pending() is None
    # A phrase goes with its tone when a later cue of the same turn supersedes both.
    player.apply_settings(Settings(voice_prompts=True, voice_countdown=False))
    QCoreApplication.processEvents()
    player.play_cue(REST)
    assert player.spoken_phrase_pending() == "Rest"
    assert player.play_cue(three) is Sound.TICK
    assert player.spoken_phrase_pending() is None
