"""Compile a routine into a flat timeline of steps."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from stretchtimer.model.breathing import BreathingPattern
from stretchtimer.model.catalogue import Catalogue, Exercise, Mode, Routine, Sides
from stretchtimer.model.warmups import Warmup, Warmups, warmup_for


class Phase(StrEnum):
    WARMUP = "warmup"
    BREATHING = "breathing"
    GET_READY = "get_ready"
    HOLD = "hold"
    SWITCH_SIDES = "switch_sides"
    REST = "rest"
    DONE = "done"


class Side(StrEnum):
    NONE = "none"
    LEFT = "left"
    RIGHT = "right"


@dataclass(frozen=True)
class Step:
    """One phase of the timeline. ``item`` indexes the routine's items (None outside them)."""

    index: int
    phase: Phase
    seconds: float
    start: float
    exercise: Exercise | None = None
    item: int | None = None
    side: Side = Side.NONE
    rep: int = 0
    reps: int = 0
    pace_seconds: float | None = None

    @property
    def exercise_id(self) -> str | None:
        return None if self.exercise is None else self.exercise.id

    @property
    def end(self) -> float:
        return self.start + self.seconds


class NextKind(StrEnum):
    """What the step after the current one is, as "Next: ..." tells it."""

    HOLD = "hold"  # the get-ready is over: this exercise's first hold
    OTHER_SIDE = "other_side"  # the same repetition on the other side
    REST = "rest"  # a rest, then the next repetition
    NEXT_REP = "next_rep"  # the next repetition of this exercise
    EXERCISE = "exercise"  # a new exercise
    BREATHS = "breaths"  # slow breaths before the exercises
    CLOSING_BREATHS = "closing_breaths"  # slow breaths after them
    END = "end"  # nothing but the end of the routine


@dataclass(frozen=True)
class Dose:
    """How much of an exercise a routine asks for: each hold, how many, per side or not."""

    hold_seconds: float
    reps: int
    per_side: bool
    flow: bool


@dataclass(frozen=True)
class NextUp:
    """The answer to "what comes next?" after one step.

    ``step`` is the very next step. ``exercise``, ``side``, ``rep`` and ``reps`` describe
    the hold that comes next when an exercise is involved (for a rest: the hold after it),
    so ``side`` is also the side a picture shows during a rest. ``dose`` is the whole dose
    of that exercise when it is about to begin (``HOLD`` and ``EXERCISE``).
    """

    kind: NextKind
    step: Step
    exercise: Exercise | None = None
    side: Side = Side.NONE
    rep: int = 0
    reps: int = 0
    dose: Dose | None = None


@dataclass(frozen=True)
class Plan:
    """A routine's timeline. ``warmup`` holds the moves of its warm-up step, when known."""

    routine: Routine
    steps: tuple[Step, ...]
    breathing: BreathingPattern
    warmup: Warmup | None = None

    @property
    def total_seconds(self) -> float:
        return self.steps[-1].end if self.steps else 0.0

    def item_steps(self, item: int) -> list[Step]:
        return [s for s in self.steps if s.item == item]

    def next_up(self, index: int) -> NextUp | None:
        """What follows step ``index``: None at the done step (and outside the plan)."""
        if not 0 <= index < len(self.steps) - 1:
            return None
        current, following = self.steps[index], self.steps[index + 1]
        if following.phase is Phase.DONE:
            return NextUp(NextKind.END, following)
        if following.phase is Phase.BREATHING:
            after_items = any(s.item is not None for s in self.steps[: index + 1])
            kind = NextKind.CLOSING_BREATHS if after_items else NextKind.BREATHS
            return NextUp(kind, following)
        hold = next(s for s in self.steps[index + 1 :] if s.phase is Phase.HOLD)
        dose: Dose | None = None
        if following.phase is Phase.GET_READY:
            kind, dose = NextKind.EXERCISE, self.dose(hold)
        elif following.phase is Phase.REST:
            kind = NextKind.REST
        elif following.phase is Phase.SWITCH_SIDES:
            kind = NextKind.OTHER_SIDE
        elif following.phase is not Phase.HOLD:
            # compile_plan puts a warm-up first or nowhere.
            raise ValueError(f"{self.routine.id}: step {index + 1} is a late {following.phase}")
        elif current.phase is Phase.GET_READY:
            kind, dose = NextKind.HOLD, self.dose(hold)
        elif following.rep == current.rep:
            kind = NextKind.OTHER_SIDE
        else:
            kind = NextKind.NEXT_REP
        return NextUp(kind, following, hold.exercise, hold.side, hold.rep, hold.reps, dose)

    def dose(self, hold: Step) -> Dose:
        """The dose of the exercise ``hold`` belongs to, as this plan has it."""
        return Dose(
            hold_seconds=hold.seconds,
            reps=hold.reps,
            per_side=hold.side is not Side.NONE,
            flow=hold.pace_seconds is not None,
        )

    def picture_side(self, index: int) -> Side:
        """The side a picture shows during step ``index``: a rest shows the side to come."""
        step = self.steps[index]
        if step.phase is Phase.REST:
            coming = self.next_up(index)
            return Side.NONE if coming is None else coming.side
        return step.side

    def shown_exercise(self, index: int) -> Exercise | None:
        """The exercise a picture shows during step ``index``: its own or, for the warm-up
        and the opening breaths, the first one to come (None after the last exercise)."""
        own = self.steps[index].exercise
        if own is not None:
            return own
        coming = self.next_exercise_step(index)
        return None if coming is None else coming.exercise

    def next_exercise_step(self, index: int) -> Step | None:
        """The first step after ``index`` that belongs to a different item (for "Next: …")."""
        current = self.steps[index].item if 0 <= index < len(self.steps) else None
        for step in self.steps[index + 1 :]:
            if step.item is not None and step.item != current:
                return step
        return None


class _Builder:
    def __init__(self) -> None:
        self.steps: list[Step] = []
        self.t = 0.0

    def add(
        self,
        phase: Phase,
        seconds: float,
        *,
        exercise: Exercise | None = None,
        item: int | None = None,
        side: Side = Side.NONE,
        rep: int = 0,
        reps: int = 0,
        pace_seconds: float | None = None,
    ) -> None:
        self.steps.append(
            Step(
                len(self.steps),
                phase,
                seconds,
                self.t,
                exercise,
                item,
                side,
                rep,
                reps,
                pace_seconds,
            )
        )
        self.t += seconds


def compile_plan(
    routine: Routine,
    catalogue: Catalogue,
    breathing: BreathingPattern | None = None,
    warmups: Warmups | None = None,
) -> Plan:
    """The timeline of ``routine``: warm-up, breaths, then each item's phases, breaths, done.

    With ``warmups`` the plan carries the warm-up that suits the routine's position.
    """
    pattern = breathing or BreathingPattern()
    b = _Builder()
    if routine.warmup_seconds > 0:
        b.add(Phase.WARMUP, routine.warmup_seconds)
    if routine.breaths_before > 0:
        b.add(Phase.BREATHING, routine.breaths_before * pattern.cycle_seconds)
    for item_index, item in enumerate(routine.items):
        ex = catalogue.exercise(item.exercise)
        hold = item.hold_seconds if item.hold_seconds is not None else ex.hold_seconds
        reps = item.reps if item.reps is not None else ex.reps
        rest = item.rest_seconds if item.rest_seconds is not None else ex.rest_seconds
        sides = (Side.LEFT, Side.RIGHT) if ex.sides is Sides.BOTH else (Side.NONE,)
        pace = ex.pace_seconds if ex.mode is Mode.FLOW else None
        b.add(Phase.GET_READY, routine.get_ready_seconds, exercise=ex, item=item_index,
              side=sides[0], rep=1, reps=reps)  # fmt: skip
        for rep in range(1, reps + 1):
            for side in sides:
                if side is Side.RIGHT:
                    b.add(Phase.SWITCH_SIDES, routine.switch_seconds, exercise=ex,
                          item=item_index, side=side, rep=rep, reps=reps)  # fmt: skip
                b.add(Phase.HOLD, hold, exercise=ex, item=item_index, side=side, rep=rep,
                      reps=reps, pace_seconds=pace)  # fmt: skip
            if rep < reps and rest > 0:
                b.add(Phase.REST, rest, exercise=ex, item=item_index, rep=rep, reps=reps)
    if routine.breaths_after > 0:
        b.add(Phase.BREATHING, routine.breaths_after * pattern.cycle_seconds)
    b.add(Phase.DONE, 0.0)
    warmup = warmup_for(routine, catalogue, warmups) if warmups else None
    return Plan(routine=routine, steps=tuple(b.steps), breathing=pattern, warmup=warmup)
