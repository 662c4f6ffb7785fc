"""Which sound and which spoken phrase each session cue gets. Pure Python, no Qt.

The rules, in one place so the player, the tests and the docs agree:

* A step's start sounds once: the session's first step (warm-up, or a breathing or
  get-ready step when there is no warm-up) gets the start tone, a hold the bell, a side
  switch the chime, and every other step (rest, a later get-ready or breathing block) the
  step-end tone. The done step has no start sound; its ``FINISHED`` cue has the finale.
* Countdown ticks and breath tones follow the user's switches.
* Never two sounds at one instant. The machine reports an in-breath at offset 0 of a
  hold or breathing block, and a flow's first move at offset 0 of the hold, at the very
  instant the step's own start sound plays; a breath turn can also fall on a countdown
  second. A breath tone is therefore dropped when it comes at the same instant (within
  1 ms) as the previous cue that made a sound, and a flow's move 0 never sounds.
* One sound per poll. When a late poll catches up over several instants, the cues come
  in one batch; playing them all would be a burst of stale sounds, so only the latest
  one sounds (:meth:`CueSounds.pick_batch`). The session machine already drops cues more
  than a second old, so after a long stall nothing stale remains to be played anyway.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from stretchtimer.model.plan import Phase, Side, Step
from stretchtimer.model.session import Cue, CueKind

COINCIDENT_SECONDS = 0.001


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a phrase for Qt's translation tools without importing Qt into the model."""
    del context
    return text


class Sound(StrEnum):
    """The cue sounds; each value is the stem of its WAV file in ``resources/sounds``."""

    SESSION_START = "session_start"
    HOLD_START = "hold_start"
    SWITCH_SIDES = "switch_sides"
    TICK = "tick"
    STEP_END = "step_end"
    INHALE = "inhale"
    EXHALE = "exhale"
    FINISHED = "finished"


BREATH_SOUNDS = frozenset({Sound.INHALE, Sound.EXHALE})

# Spoken phrases: English templates, translated by the player with the "CuePlayer" context.
SAY_NAME = QT_TRANSLATE_NOOP("CuePlayer", "{name}")
SAY_NAME_LEFT = QT_TRANSLATE_NOOP("CuePlayer", "{name}, left side")
SAY_NAME_RIGHT = QT_TRANSLATE_NOOP("CuePlayer", "{name}, right side")
SAY_SWITCH = QT_TRANSLATE_NOOP("CuePlayer", "Switch sides")
SAY_REST = QT_TRANSLATE_NOOP("CuePlayer", "Rest")
SAY_BREATHE = QT_TRANSLATE_NOOP("CuePlayer", "Breathe slowly")
SAY_FINISHED = QT_TRANSLATE_NOOP("CuePlayer", "Well done")
SAY_COUNT = {
    3: QT_TRANSLATE_NOOP("CuePlayer", "three"),
    2: QT_TRANSLATE_NOOP("CuePlayer", "two"),
    1: QT_TRANSLATE_NOOP("CuePlayer", "one"),
}


def _is_first_step(step: Step) -> bool:
    return step.index == 0


def _start_sound(step: Step) -> Sound | None:
    phase = step.phase
    if phase is Phase.WARMUP:
        return Sound.SESSION_START
    if phase in (Phase.BREATHING, Phase.GET_READY) and _is_first_step(step):
        return Sound.SESSION_START
    if phase is Phase.HOLD:
        return Sound.HOLD_START
    if phase is Phase.SWITCH_SIDES:
        return Sound.SWITCH_SIDES
    if phase in (Phase.REST, Phase.GET_READY, Phase.BREATHING):
        return Sound.STEP_END
    return None


def sound_for(cue: Cue, *, ticks: bool, breath: bool, previous: Cue | None = None) -> Sound | None:
    """The sound for ``cue``, or None.

    Args:
        cue: a cue from the session machine.
        ticks: the countdown-tick switch.
        breath: the breath-tone switch.
        previous: the last cue that made a sound; a breath tone at the same instant is
            dropped so that two sounds never start together.
    """
    kind = cue.kind
    if kind is CueKind.PHASE_START:
        return _start_sound(cue.step)
    if kind is CueKind.FINISHED:
        return Sound.FINISHED
    if kind is CueKind.COUNTDOWN:
        return Sound.TICK if ticks else None
    if not breath:
        return None
    if previous is not None and abs(cue.at - previous.at) <= COINCIDENT_SECONDS:
        return None
    if kind is CueKind.INHALE:
        return Sound.INHALE
    if kind is CueKind.EXHALE:
        return Sound.EXHALE
    if kind is CueKind.FLOW:
        if cue.count == 0:
            return None  # the hold's own bell marks the first move
        return Sound.INHALE if cue.count % 2 == 0 else Sound.EXHALE
    return None


def speech_template(cue: Cue, *, countdown: bool) -> tuple[str, dict[str, str]] | None:
    """The phrase for ``cue`` as an English template and its arguments, or None."""
    step = cue.step
    if cue.kind is CueKind.COUNTDOWN:
        if countdown and cue.count in SAY_COUNT:
            return SAY_COUNT[cue.count], {}
        return None
    if cue.kind is CueKind.FINISHED:
        return SAY_FINISHED, {}
    if cue.kind is not CueKind.PHASE_START:
        return None
    if step.phase is Phase.GET_READY and step.exercise is not None:
        template = {Side.LEFT: SAY_NAME_LEFT, Side.RIGHT: SAY_NAME_RIGHT}.get(step.side, SAY_NAME)
        return template, {"name": step.exercise.name}
    fixed = {Phase.SWITCH_SIDES: SAY_SWITCH, Phase.REST: SAY_REST, Phase.BREATHING: SAY_BREATHE}
    if step.phase in fixed:
        return fixed[step.phase], {}
    return None


def speech_for(cue: Cue, *, countdown: bool) -> str | None:
    """The English phrase to say for ``cue``, or None (the player translates it)."""
    found = speech_template(cue, countdown=countdown)
    if found is None:
        return None
    template, args = found
    return template.format(**args)


class CueSounds:
    """Applies :func:`sound_for` along one session, remembering the last sounded cue."""

    def __init__(self, *, ticks: bool = True, breath: bool = False) -> None:
        self.ticks = ticks
        self.breath = breath
        self._previous: Cue | None = None

    def pick(self, cue: Cue) -> Sound | None:
        sound = sound_for(cue, ticks=self.ticks, breath=self.breath, previous=self._previous)
        if sound is not None:
            self._previous = cue
        return sound

    def pick_batch(self, cues: Iterable[Cue]) -> list[tuple[Cue, Sound]]:
        """The sound for one poll's cues: at most one, the latest (see the module notes)."""
        picked: list[tuple[Cue, Sound]] = []
        for cue in cues:
            sound = self.pick(cue)
            if sound is not None:
                picked = [(cue, sound)]
        return picked

    def reset(self) -> None:
        self._previous = None
