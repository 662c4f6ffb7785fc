"""The session state machine: walks a plan against a clock it is handed, never reads one.

Every method takes ``now`` in monotonic seconds. A step's end is a deadline; pausing
stores what remains and resuming sets a new deadline, so nothing depends on how often
``advance`` is called. A late ``advance`` catches up through every step that ended, at
the instant it ended, and reports each event once; cues more than ``STALE_CUE_SECONDS``
old are dropped rather than played in a burst.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from stretchtimer.model.breathing import Breath
from stretchtimer.model.plan import Phase, Plan, Step

STALE_CUE_SECONDS = 1.0
BACK_RESTART_SECONDS = 2.0
COUNTDOWN_FROM = 3
# Phases whose last seconds are counted down: the hold, and the get-ready before it.
COUNTDOWN_PHASES = frozenset({Phase.HOLD, Phase.GET_READY})
BREATH_PHASES = frozenset({Phase.HOLD, Phase.BREATHING})


class SessionState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class SessionStatus(StrEnum):
    COMPLETED = "completed"
    STOPPED = "stopped"


class StepOutcome(StrEnum):
    COMPLETED = "completed"
    SKIPPED = "skipped"
    REWOUND = "rewound"
    STOPPED = "stopped"


class ItemOutcome(StrEnum):
    COMPLETED = "completed"
    PARTIAL = "partial"
    SKIPPED = "skipped"
    NOT_REACHED = "not_reached"


class CueKind(StrEnum):
    PHASE_START = "phase_start"
    COUNTDOWN = "countdown"
    INHALE = "inhale"
    EXHALE = "exhale"
    FLOW = "flow"
    FINISHED = "finished"


@dataclass(frozen=True)
class StepStarted:
    step: Step
    at: float


@dataclass(frozen=True)
class StepEnded:
    step: Step
    at: float
    outcome: StepOutcome


@dataclass(frozen=True)
class Cue:
    """Something to hear (and see). ``count`` is 3-2-1 for countdowns, the move index for flows.

    ``at`` is the instant on the session clock; ``offset`` is how far into its step the cue
    falls (an extension included), so ``step.start + offset`` is its place in the plan.
    """

    kind: CueKind
    at: float
    step: Step
    count: int = 0
    text: str = ""
    offset: float = 0.0


@dataclass(frozen=True)
class Paused:
    at: float


@dataclass(frozen=True)
class Resumed:
    at: float


@dataclass(frozen=True)
class Extended:
    step: Step
    seconds: float
    at: float


@dataclass(frozen=True)
class SessionFinished:
    at: float
    status: SessionStatus


Event = StepStarted | StepEnded | Cue | Paused | Resumed | Extended | SessionFinished


@dataclass(frozen=True)
class ItemSummary:
    item: int
    exercise_id: str
    exercise_name: str
    planned_hold_seconds: float
    credited_hold_seconds: float
    outcome: ItemOutcome


@dataclass(frozen=True)
class SessionSummary:
    """What a session did, for the summary page and the history store."""

    routine_id: str
    routine_name: str
    status: SessionStatus | None
    planned_seconds: float
    active_seconds: float
    credited_hold_seconds: float
    items: tuple[ItemSummary, ...]


class SessionMachine:
    """Runs one plan. Commands and ``advance`` return the events they caused, in order."""

    def __init__(self, plan: Plan) -> None:
        if not plan.steps or plan.steps[-1].phase is not Phase.DONE:
            raise ValueError("a plan must end with a done step")
        self.plan = plan
        self.state = SessionState.IDLE
        self.status: SessionStatus | None = None
        self.index = 0
        self._duration = 0.0
        self._deadline = 0.0
        self._origin = 0.0  # when the current step would have begun without pauses
        self._remaining = 0.0
        self._segment_start = 0.0
        self._cursor = -math.inf
        self._last_now = -math.inf
        self._credited = [0.0] * len(plan.steps)
        self._outcomes: list[StepOutcome | None] = [None] * len(plan.steps)
        self.started_at: float | None = None
        self.finished_at: float | None = None

    # ----- queries ---------------------------------------------------------------------
    @property
    def step(self) -> Step:
        return self.plan.steps[self.index]

    @property
    def step_duration(self) -> float:
        """The current step's length including any extension."""
        return self._duration

    def remaining(self, now: float) -> float:
        if self.state is SessionState.RUNNING:
            return max(0.0, self._deadline - max(now, self._last_now))
        if self.state is SessionState.PAUSED:
            return self._remaining
        return 0.0

    def elapsed(self, now: float) -> float:
        """Running time spent in the current step."""
        return self._duration - self.remaining(now)

    def progress(self, now: float) -> float:
        """0..1 through the current step."""
        if self._duration <= 0:
            return 1.0
        return min(1.0, max(0.0, self.elapsed(now) / self._duration))

    def total_remaining(self, now: float) -> float:
        """Time left in the whole routine if nothing more is skipped or paused."""
        if self.state is SessionState.IDLE:
            return self.plan.total_seconds
        if self.state is SessionState.FINISHED:
            return 0.0
        later = sum(
            s.seconds for s in self.plan.steps[self.index + 1 :] if self._outcomes[s.index] is None
        )
        return self.remaining(now) + later

    def breath(self, now: float) -> tuple[Breath, float] | None:
        """The breath to pace now, for holds and breathing blocks; flows breathe with the move."""
        step = self.step
        if self.state not in (SessionState.RUNNING, SessionState.PAUSED):
            return None
        if step.phase not in BREATH_PHASES:
            return None
        elapsed = self.elapsed(now)
        if step.pace_seconds:
            move = int(elapsed // step.pace_seconds)
            fraction = (elapsed - move * step.pace_seconds) / step.pace_seconds
            return (Breath.INHALE if move % 2 == 0 else Breath.EXHALE), min(1.0, fraction)
        return self.plan.breathing.at(elapsed)

    def flow_move(self, now: float) -> int | None:
        """Index of the current movement of a flow hold (for frames and cue text)."""
        step = self.step
        if step.phase is not Phase.HOLD or not step.pace_seconds:
            return None
        return int(self.elapsed(now) // step.pace_seconds)

    def next_event_at(self, now: float) -> float | None:
        """When the next cue or step end is due while running (for precise timer wake-ups)."""
        if self.state is not SessionState.RUNNING:
            return None
        elapsed = self.elapsed(now)
        upcoming = self._cue_offsets(max(elapsed, self._cursor), self._duration)
        if upcoming:
            return min(self._deadline, self._origin + upcoming[0][0])
        return self._deadline

    def credited(self, step_index: int) -> float:
        return self._credited[step_index]

    def outcome(self, step_index: int) -> StepOutcome | None:
        return self._outcomes[step_index]

    # ----- commands --------------------------------------------------------------------
    def start(self, now: float) -> list[Event]:
        if self.state is not SessionState.IDLE:
            return []
        now = self._clamp(now)
        self.started_at = now
        self.state = SessionState.RUNNING
        return self._begin(0, now, now)

    def advance(self, now: float) -> list[Event]:
        now = self._clamp(now)
        events: list[Event] = []
        while self.state is SessionState.RUNNING:
            events += self._time_cues(min(now, self._deadline), now)
            if now < self._deadline:
                break
            at = self._deadline
            events += self._end(at, StepOutcome.COMPLETED)
            events += self._begin(self.index + 1, at, now)
        return events

    def pause(self, now: float) -> list[Event]:
        events = self.advance(now)
        if self.state is not SessionState.RUNNING:
            return events
        now = self._last_now
        self._remaining = max(0.0, self._deadline - now)
        self._credit(now)
        self.state = SessionState.PAUSED
        return [*events, Paused(now)]

    def resume(self, now: float) -> list[Event]:
        if self.state is not SessionState.PAUSED:
            return []
        now = self._clamp(now)
        self._deadline = now + self._remaining
        self._origin = now - (self._duration - self._remaining)
        self._segment_start = now
        self.state = SessionState.RUNNING
        return [Resumed(now), *self.advance(now)]

    def skip(self, now: float) -> list[Event]:
        """End this step now and go on to the next."""
        events = self._catch_up(now)
        if not self._active():
            return events
        now = self._last_now
        events += self._end(now, StepOutcome.SKIPPED)
        events += self._begin(self.index + 1, now, now)
        return events

    def skip_exercise(self, now: float) -> list[Event]:
        """Skip what is left of the current exercise (every rep and side)."""
        events = self._catch_up(now)
        if not self._active():
            return events
        item = self.step.item
        if item is None:
            return events + self.skip(now)
        now = self._last_now
        events += self._end(now, StepOutcome.SKIPPED)
        following = self.index + 1
        while self.plan.steps[following].item == item:
            self._outcomes[following] = StepOutcome.SKIPPED
            following += 1
        events += self._begin(following, now, now)
        return events

    def back(self, now: float) -> list[Event]:
        """Restart this step, or go to the previous one when less than 2 s into this one."""
        events = self._catch_up(now)
        if not self._active():
            return events
        now = self._last_now
        target = self.index
        if self.elapsed(now) < BACK_RESTART_SECONDS:
            earlier = [s.index for s in self.plan.steps[: self.index] if s.seconds > 0]
            if earlier:
                target = earlier[-1]
        events += self._end(now, StepOutcome.REWOUND)
        for later in range(target, self.index + 1):
            self._outcomes[later] = None  # they will be done again
        events += self._begin(target, now, now)
        return events

    def extend(self, seconds: float, now: float) -> list[Event]:
        """Add ``seconds`` to the current step (the "+10 s" button)."""
        if not (math.isfinite(seconds) and seconds > 0):
            raise ValueError(f"extend needs a positive number of seconds, not {seconds}")
        events = self._catch_up(now)
        if not self._active():
            return events
        self._duration += seconds
        if self.state is SessionState.RUNNING:
            self._deadline += seconds  # origin stays: the step just got longer
        else:
            self._remaining += seconds
        return [*events, Extended(self.step, seconds, self._last_now)]

    def stop(self, now: float) -> list[Event]:
        events = self._catch_up(now)
        if not self._active():
            return events
        now = self._last_now
        events += self._end(now, StepOutcome.STOPPED)
        self.state = SessionState.FINISHED
        self.status = SessionStatus.STOPPED
        self.finished_at = now
        return [*events, SessionFinished(now, SessionStatus.STOPPED)]

    # ----- summary ---------------------------------------------------------------------
    def summary(self, now: float | None = None) -> SessionSummary:
        """Planned and credited hold time per exercise; live values while running."""
        live = 0.0
        if self.state is SessionState.RUNNING and now is not None:
            live = max(0.0, max(now, self._last_now) - self._segment_start)

        def credited(step: Step) -> float:
            extra = live if step.index == self.index else 0.0
            return self._credited[step.index] + extra

        items: list[ItemSummary] = []
        for item_index, item in enumerate(self.plan.routine.items):
            steps = self.plan.item_steps(item_index)
            holds = [s for s in steps if s.phase is Phase.HOLD]
            credit = sum(credited(s) for s in holds)
            outcomes = [self._outcomes[s.index] for s in holds]
            if all(o is StepOutcome.COMPLETED for o in outcomes):
                outcome = ItemOutcome.COMPLETED
            elif credit > 0:
                outcome = ItemOutcome.PARTIAL
            elif any(self._outcomes[s.index] is not None for s in steps) or any(
                s.index == self.index and self.state is not SessionState.IDLE for s in steps
            ):
                outcome = ItemOutcome.SKIPPED
            else:
                outcome = ItemOutcome.NOT_REACHED
            exercise = holds[0].exercise if holds else None
            items.append(
                ItemSummary(
                    item=item_index,
                    exercise_id=item.exercise,
                    exercise_name=exercise.name if exercise else item.exercise,
                    planned_hold_seconds=sum(s.seconds for s in holds),
                    credited_hold_seconds=credit,
                    outcome=outcome,
                )
            )
        return SessionSummary(
            routine_id=self.plan.routine.id,
            routine_name=self.plan.routine.name,
            status=self.status,
            planned_seconds=self.plan.total_seconds,
            active_seconds=sum(self._credited) + live,
            credited_hold_seconds=sum(i.credited_hold_seconds for i in items),
            items=tuple(items),
        )

    # ----- internals -------------------------------------------------------------------
    def _clamp(self, now: float) -> float:
        # A monotonic clock never runs backwards; a caller's stale timestamp must not either.
        self._last_now = max(now, self._last_now)
        return self._last_now

    def _active(self) -> bool:
        return self.state in (SessionState.RUNNING, SessionState.PAUSED)

    def _catch_up(self, now: float) -> list[Event]:
        if self.state is SessionState.RUNNING:
            return self.advance(now)
        self._clamp(now)
        return []

    def _credit(self, until: float) -> None:
        if self.state is SessionState.RUNNING:
            self._credited[self.index] += max(0.0, until - self._segment_start)
            self._segment_start = until

    def _end(self, at: float, outcome: StepOutcome) -> list[Event]:
        self._credit(at)
        self._outcomes[self.index] = outcome
        return [StepEnded(self.step, at, outcome)]

    def _begin(self, index: int, at: float, now: float) -> list[Event]:
        self.index = index
        step = self.step
        self._duration = step.seconds
        self._cursor = -math.inf
        if self.state is SessionState.RUNNING:
            self._deadline = at + step.seconds
            self._origin = at
            self._segment_start = at
        else:
            self._remaining = step.seconds
        events: list[Event] = [StepStarted(step, at)]
        fresh = now - at <= STALE_CUE_SECONDS
        if step.phase is Phase.DONE:
            self._outcomes[index] = StepOutcome.COMPLETED
            self.state = SessionState.FINISHED
            self.status = SessionStatus.COMPLETED
            self.finished_at = at
            if fresh:
                events.append(Cue(CueKind.FINISHED, at, step))
            events.append(SessionFinished(at, SessionStatus.COMPLETED))
            return events
        if fresh:
            events.append(Cue(CueKind.PHASE_START, at, step))
        if self.state is SessionState.RUNNING:
            events += self._time_cues(at, now)
        return events

    def _time_cues(self, until: float, now: float) -> list[Event]:
        """Cues of the current step with offsets in (cursor, elapsed at ``until``]."""
        elapsed = self._duration - (self._deadline - until)
        low, self._cursor = self._cursor, max(self._cursor, elapsed)
        if elapsed <= low:
            return []
        events: list[Event] = []
        for offset, kind, count, text in self._cue_offsets(low, elapsed):
            at = self._origin + offset
            if now - at <= STALE_CUE_SECONDS:
                events.append(Cue(kind, at, self.step, count, text, offset))
        return events

    def _cue_offsets(self, low: float, high: float) -> list[tuple[float, CueKind, int, str]]:
        """The current step's timed cues with ``low < offset <= high``, in order."""
        step = self.step
        found: list[tuple[float, CueKind, int, str]] = []
        if step.phase in COUNTDOWN_PHASES:
            for count in range(COUNTDOWN_FROM, 0, -1):
                offset = self._duration - count
                if offset > 0:
                    found.append((offset, CueKind.COUNTDOWN, count, str(count)))
        if step.phase in BREATH_PHASES:
            if step.pace_seconds and step.exercise is not None:
                moves = step.exercise.flow_cues
                k = max(0, math.floor(low / step.pace_seconds)) if low > 0 else 0
                while k * step.pace_seconds <= high:
                    text = moves[k % len(moves)] if moves else ""
                    found.append((k * step.pace_seconds, CueKind.FLOW, k, text))
                    k += 1
            else:
                # Only the turns in this window: a long hold must not cost more per poll.
                for offset, breath in self.plan.breathing.turns(max(0.0, low), high + 1e-9):
                    kind = CueKind.INHALE if breath is Breath.INHALE else CueKind.EXHALE
                    found.append((offset, kind, 0, breath.value))
        found = [f for f in found if low < f[0] <= high and f[0] < self._duration]
        return sorted(found, key=lambda f: f[0])
