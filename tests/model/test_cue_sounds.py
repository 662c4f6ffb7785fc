"""Cue -> sound and cue -> phrase rules, along whole sessions driven by a fake clock.

Also checks the shipped WAV files against their design (format, length, levels, silent
edges) and that ``tools/make_sounds.py`` regenerates them byte for byte.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import wave
from array import array
from dataclasses import replace
from pathlib import Path

import pytest
from model_fakes import FakeClock, exercise

from stretchtimer import resources
from stretchtimer.model.catalogue import Catalogue, parse_catalogue
from stretchtimer.model.cue_sounds import (
    CueSounds,
    Sound,
    sound_for,
    speech_for,
    speech_template,
)
from stretchtimer.model.plan import Phase, Plan, Side, compile_plan
from stretchtimer.model.session import (
    STALE_CUE_SECONDS,
    Cue,
    CueKind,
    Event,
    SessionMachine,
    SessionState,
)

S = Sound
POLL = 0.05

ROUTINE = {
    "version": 1,
    "exercises": [
        exercise("sided", name="Side bend", hold_seconds=12, reps=2, sides="both", rest_seconds=3),
        exercise("wave", name="Wave", mode="flow", hold_seconds=6, pace_seconds=2,
                 flow_cues=["Up", "Down"]),
    ],
    "routines": [
        {
            "id": "mini", "name": "Mini", "description": "Every kind of cue in under two minutes.",
            "warmup_seconds": 5, "breaths_before": 2, "breaths_after": 1,
            "get_ready_seconds": 4, "switch_seconds": 3,
            "items": [{"exercise": "sided"}, {"exercise": "wave"}],
        }
    ],
}  # fmt: skip

# The timeline of "mini" (session seconds): warm-up 0-5, breathing 5-25 (turns at 5, 9, 15,
# 19), get ready 25-29, holds of 12 s at 29, 44, 59, 74 (turns at +0, +4, +10; ticks at
# +9, +10, +11), switches at 41 and 71, rest at 56, get ready 86-90, flow 90-96 (moves at
# 90, 92, 94; ticks 93-95), breathing 96-106 (turns at 96, 100), done at 106.
DEFAULT_SEQUENCE = [
    (0, S.SESSION_START), (5, S.STEP_END), (25, S.STEP_END),
    (26, S.TICK), (27, S.TICK), (28, S.TICK), (29, S.HOLD_START),
    (38, S.TICK), (39, S.TICK), (40, S.TICK), (41, S.SWITCH_SIDES), (44, S.HOLD_START),
    (53, S.TICK), (54, S.TICK), (55, S.TICK), (56, S.STEP_END), (59, S.HOLD_START),
    (68, S.TICK), (69, S.TICK), (70, S.TICK), (71, S.SWITCH_SIDES), (74, S.HOLD_START),
    (83, S.TICK), (84, S.TICK), (85, S.TICK), (86, S.STEP_END),
    (87, S.TICK), (88, S.TICK), (89, S.TICK), (90, S.HOLD_START),
    (93, S.TICK), (94, S.TICK), (95, S.TICK), (96, S.STEP_END), (106, S.FINISHED),
]  # fmt: skip
# Breath tones that sound with ticks on: every turn except those at a step's first instant
# (5, 29, 44, 59, 74, 90, 96) and those on a countdown second (39, 54, 69, 84, 94).
BREATH_WITH_TICKS = [
    (9, S.EXHALE), (15, S.INHALE), (19, S.EXHALE), (33, S.EXHALE), (48, S.EXHALE),
    (63, S.EXHALE), (78, S.EXHALE), (92, S.EXHALE), (100, S.EXHALE),
]  # fmt: skip
# With ticks off, the turns on countdown seconds sound (flow move 2 is an in-breath).
BREATH_ON_COUNTDOWN_SECONDS = [
    (39, S.INHALE), (54, S.INHALE), (69, S.INHALE), (84, S.INHALE), (94, S.INHALE),
]  # fmt: skip


def mini_catalogue() -> Catalogue:
    return parse_catalogue(json.dumps(ROUTINE), "mini.json")


def mini_plan() -> Plan:
    cat = mini_catalogue()
    return compile_plan(cat.routine("mini"), cat)


def cues_of(events: list[Event]) -> list[Cue]:
    return [e for e in events if isinstance(e, Cue)]


def run_session(picker: CueSounds, poll: float = POLL) -> list[tuple[float, Sound]]:
    """Poll a machine like the driver does; every poll's cues are one batch."""
    clock = FakeClock()
    machine = SessionMachine(mini_plan())
    t0 = clock.now
    events = machine.start(clock.now)
    played: list[tuple[float, Sound]] = []
    while True:
        for cue, sound in picker.pick_batch(cues_of(events)):
            played.append((round(cue.at - t0, 3), sound))
        if machine.state is SessionState.FINISHED:
            return played
        events = machine.advance(clock.tick(poll))


def test_plan_is_the_timeline_the_tables_assume() -> None:
    plan = mini_plan()
    assert [(s.phase.value, s.start, s.seconds) for s in plan.steps] == [
        ("warmup", 0, 5), ("breathing", 5, 20), ("get_ready", 25, 4), ("hold", 29, 12),
        ("switch_sides", 41, 3), ("hold", 44, 12), ("rest", 56, 3), ("hold", 59, 12),
        ("switch_sides", 71, 3), ("hold", 74, 12), ("get_ready", 86, 4), ("hold", 90, 6),
        ("breathing", 96, 10), ("done", 106, 0),
    ]  # fmt: skip


def test_default_settings_sound_every_transition_and_tick_in_order() -> None:
    assert run_session(CueSounds(ticks=True, breath=False)) == DEFAULT_SEQUENCE


def test_ticks_off_leaves_only_transitions() -> None:
    played = run_session(CueSounds(ticks=False, breath=False))
    assert played == [p for p in DEFAULT_SEQUENCE if p[1] is not S.TICK]


def test_breath_tones_join_without_doubling_any_instant() -> None:
    played = run_session(CueSounds(ticks=True, breath=True))
    assert played == sorted(DEFAULT_SEQUENCE + BREATH_WITH_TICKS)


def test_breath_tones_take_the_countdown_seconds_when_ticks_are_off() -> None:
    played = run_session(CueSounds(ticks=False, breath=True))
    transitions = [p for p in DEFAULT_SEQUENCE if p[1] is not S.TICK]
    assert played == sorted(transitions + BREATH_WITH_TICKS + BREATH_ON_COUNTDOWN_SECONDS)


@pytest.mark.parametrize("ticks", [True, False])
@pytest.mark.parametrize("breath", [True, False])
@pytest.mark.parametrize("poll", [0.01, 0.05, 0.25, 0.9])
def test_never_two_sounds_at_one_instant_and_nothing_twice(
    ticks: bool, breath: bool, poll: float
) -> None:
    played = run_session(CueSounds(ticks=ticks, breath=breath), poll=poll)
    instants = [at for at, _ in played]
    assert len(instants) == len(set(instants))
    assert instants == sorted(instants)
    # However coarse the polling, the same cues sound (a poll never loses or repeats one).
    assert played == run_session(CueSounds(ticks=ticks, breath=breath), poll=0.01)


def test_a_stall_plays_at_most_one_sound_not_a_burst() -> None:
    clock = FakeClock()
    machine = SessionMachine(mini_plan())
    picker = CueSounds(ticks=True, breath=True)
    t0 = clock.now
    picker.pick_batch(cues_of(machine.start(t0)))
    picker.pick_batch(cues_of(machine.advance(clock.tick(2.0))))
    # Frozen from 2 s to 74 s: nine step boundaries and dozens of cues are crossed at once.
    events = machine.advance(t0 + 74.0)
    crossed = [e for e in events if not isinstance(e, Cue)]
    assert len(crossed) >= 9 * 2
    sounds = picker.pick_batch(cues_of(events))
    assert [(round(c.at - t0, 3), s) for c, s in sounds] == [(74.0, S.HOLD_START)]
    assert all(t0 + 74.0 - c.at <= STALE_CUE_SECONDS for c in cues_of(events))


def test_a_late_poll_over_a_tick_and_a_hold_start_sounds_only_the_hold() -> None:
    clock = FakeClock()
    machine = SessionMachine(mini_plan())
    picker = CueSounds()
    t0 = clock.now
    picker.pick_batch(cues_of(machine.start(t0)))
    picker.pick_batch(cues_of(machine.advance(t0 + 27.9)))
    events = machine.advance(t0 + 29.0)  # the poll at 28.0 never happened
    assert [c.kind for c in cues_of(events)] == [
        CueKind.COUNTDOWN,
        CueKind.PHASE_START,
        CueKind.INHALE,
    ]
    assert [s for _, s in picker.pick_batch(cues_of(events))] == [S.HOLD_START]


def _cue(
    kind: CueKind,
    phase: Phase,
    *,
    index: int = 3,
    count: int = 0,
    at: float = 50.0,
    side: Side = Side.NONE,
) -> Cue:
    step = next(s for s in mini_plan().steps if s.phase is phase)
    return Cue(kind, at, replace(step, index=index, side=side), count)


@pytest.mark.parametrize(
    ("phase", "index", "expected"),
    [
        (Phase.WARMUP, 0, S.SESSION_START),
        (Phase.BREATHING, 0, S.SESSION_START),
        (Phase.GET_READY, 0, S.SESSION_START),
        (Phase.BREATHING, 1, S.STEP_END),
        (Phase.GET_READY, 2, S.STEP_END),
        (Phase.HOLD, 3, S.HOLD_START),
        (Phase.HOLD, 0, S.HOLD_START),
        (Phase.SWITCH_SIDES, 4, S.SWITCH_SIDES),
        (Phase.REST, 6, S.STEP_END),
        (Phase.DONE, 13, None),
    ],
)
def test_phase_start_sounds(phase: Phase, index: int, expected: Sound | None) -> None:
    cue = _cue(CueKind.PHASE_START, phase, index=index)
    for ticks in (True, False):
        for breath in (True, False):
            assert sound_for(cue, ticks=ticks, breath=breath) is expected


def test_switches_and_flow_moves() -> None:
    tick = _cue(CueKind.COUNTDOWN, Phase.HOLD, count=2)
    assert sound_for(tick, ticks=True, breath=False) is S.TICK
    assert sound_for(tick, ticks=False, breath=True) is None
    done = _cue(CueKind.FINISHED, Phase.DONE, index=13)
    assert sound_for(done, ticks=False, breath=False) is S.FINISHED
    moves = [_cue(CueKind.FLOW, Phase.HOLD, count=k, at=90.0 + 2 * k) for k in range(5)]
    assert [sound_for(m, ticks=True, breath=True) for m in moves] == [
        None,
        S.EXHALE,
        S.INHALE,
        S.EXHALE,
        S.INHALE,
    ]
    assert [sound_for(m, ticks=True, breath=False) for m in moves] == [None] * 5
    inhale = _cue(CueKind.INHALE, Phase.HOLD, at=60.0)
    assert sound_for(inhale, ticks=True, breath=True) is S.INHALE
    assert sound_for(inhale, ticks=True, breath=True, previous=tick) is S.INHALE
    same_instant = _cue(CueKind.PHASE_START, Phase.HOLD, at=60.0005)
    assert sound_for(inhale, ticks=True, breath=True, previous=same_instant) is None


@pytest.mark.parametrize(
    ("kind", "phase", "side", "count", "countdown", "expected"),
    [
        (CueKind.PHASE_START, Phase.GET_READY, Side.NONE, 0, False, "Side bend"),
        (CueKind.PHASE_START, Phase.GET_READY, Side.LEFT, 0, False, "Side bend, left side"),
        (CueKind.PHASE_START, Phase.GET_READY, Side.RIGHT, 0, True, "Side bend, right side"),
        (CueKind.PHASE_START, Phase.SWITCH_SIDES, Side.RIGHT, 0, False, "Switch sides"),
        (CueKind.PHASE_START, Phase.REST, Side.NONE, 0, False, "Rest"),
        (CueKind.PHASE_START, Phase.BREATHING, Side.NONE, 0, False, "Breathe slowly"),
        (CueKind.PHASE_START, Phase.HOLD, Side.LEFT, 0, True, None),
        (CueKind.PHASE_START, Phase.WARMUP, Side.NONE, 0, True, None),
        (CueKind.COUNTDOWN, Phase.HOLD, Side.NONE, 3, True, "three"),
        (CueKind.COUNTDOWN, Phase.HOLD, Side.NONE, 2, True, "two"),
        (CueKind.COUNTDOWN, Phase.GET_READY, Side.NONE, 1, True, "one"),
        (CueKind.COUNTDOWN, Phase.HOLD, Side.NONE, 1, False, None),
        (CueKind.INHALE, Phase.HOLD, Side.NONE, 0, True, None),
        (CueKind.FLOW, Phase.HOLD, Side.NONE, 1, True, None),
        (CueKind.FINISHED, Phase.DONE, Side.NONE, 0, False, "Well done"),
    ],
)
def test_spoken_phrases(
    *, kind: CueKind, phase: Phase, side: Side, count: int, countdown: bool, expected: str | None
) -> None:
    index = {Phase.GET_READY: 2, Phase.DONE: 13, Phase.WARMUP: 0}.get(phase, 3)
    cue = _cue(kind, phase, index=index, count=count, side=side)
    assert speech_for(cue, countdown=countdown) == expected


def test_phrases_are_translatable_templates() -> None:
    cue = _cue(CueKind.PHASE_START, Phase.GET_READY, index=2, side=Side.LEFT)
    assert speech_template(cue, countdown=False) == ("{name}, left side", {"name": "Side bend"})


def test_the_mapping_never_imports_qt() -> None:
    code = (
        "import sys, stretchtimer.model.cue_sounds; "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# ----- the WAV files ------------------------------------------------------------------
DESIGN = {  # peak dBFS, maximum length (s)
    S.SESSION_START: (-4, 1.5), S.HOLD_START: (-3, 1.5), S.SWITCH_SIDES: (-4, 1.5),
    S.TICK: (-12, 0.2), S.STEP_END: (-6, 1.5), S.INHALE: (-18, 1.5), S.EXHALE: (-18, 1.5),
    S.FINISHED: (-3, 2.5),
}  # fmt: skip


def read_samples(path: Path) -> array[int]:
    with wave.open(str(path)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) == (1, 2, 44_100)
        samples = array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder != "little":
        samples.byteswap()
    return samples


@pytest.mark.parametrize("sound", list(Sound))
def test_shipped_wav_matches_its_design(sound: Sound) -> None:
    samples = read_samples(resources.sound_path(f"{sound.value}.wav"))
    peak_db, longest = DESIGN[sound]
    assert 0.05 < len(samples) / 44_100 <= longest
    peak = max(abs(v) for v in samples)
    assert peak == pytest.approx(32_767 * 10 ** (peak_db / 20), abs=2)
    assert samples[0] == 0
    assert not any(samples[-220:]), "the last 5 ms must be exact zeros"
    # No click: the attack ramps up; even the tick's is still low after a quarter millisecond.
    assert max(abs(v) for v in samples[:11]) < peak * 0.25


def test_sounds_are_distinct() -> None:
    """Loudest spectral line of the first 100 ms differs between every two transition cues."""
    import math

    def main_frequency(samples: array[int]) -> float:
        seg = samples[441:4410]
        best = (0.0, 0.0)
        for f in range(200, 2000, 5):
            w = 2 * math.pi * f / 44_100
            c = sum(v * math.cos(w * i) for i, v in enumerate(seg))
            s = sum(v * math.sin(w * i) for i, v in enumerate(seg))
            best = max(best, (math.hypot(c, s), float(f)))
        return best[1]

    found = {
        s: main_frequency(read_samples(resources.sound_path(f"{s.value}.wav")))
        for s in (S.SESSION_START, S.HOLD_START, S.SWITCH_SIDES, S.STEP_END, S.FINISHED)
    }
    assert found == {
        S.SESSION_START: pytest.approx(392, abs=5),
        S.HOLD_START: pytest.approx(587, abs=5),
        S.SWITCH_SIDES: pytest.approx(659, abs=5),
        S.STEP_END: pytest.approx(440, abs=5),
        S.FINISHED: pytest.approx(494, abs=5),
    }


def test_generator_reproduces_the_shipped_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = Path(__file__).resolve().parents[2] / "tools" / "make_sounds.py"
    spec = importlib.util.spec_from_file_location("make_sounds", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_sounds", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    assert module.main(["--out", str(tmp_path)]) == 0
    made = sorted(p.name for p in tmp_path.glob("*.wav"))
    assert made == sorted(f"{s.value}.wav" for s in Sound)
    for name in made:
        assert (tmp_path / name).read_bytes() == resources.sound_path(name).read_bytes(), name
