"""SessionDriver: the one place that owns a clock and a timer for a running session."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from stretchtimer.model.breathing import Breath
from stretchtimer.model.plan import Plan, Step
from stretchtimer.model.session import (
    Cue,
    Event,
    Paused,
    Resumed,
    SessionFinished,
    SessionMachine,
    SessionState,
    SessionSummary,
    StepEnded,
    StepStarted,
)

Clock = Callable[[], float]

# While the window is visible the ring and pacer move at 6 frames a second: a ring that
# turns once in 20-30 s and a breath of 4-6 s still move evenly, and a running session
# stays under 1 % of a core (8 fps measured 1.2 %, 6 fps 0.85 %; bench/window_bench.py).
# Otherwise the timer wakes only for cues and step ends.
FRAME_SECONDS = 1 / 6
HIDDEN_SECONDS = 5.0
# A gap between polls this many times the expected wake-up (a suspend, a frozen machine)
# pauses the session instead of crediting the gap.
STALL_SECONDS = 3.0


def system_clock() -> float:
    """Monotonic seconds that keep counting through a suspend where the OS allows it.

    CLOCK_BOOTTIME includes time asleep, so a suspend shows up as a gap and pauses the
    session; plain CLOCK_MONOTONIC would silently freeze it mid-hold.
    """
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        return time.clock_gettime(boottime)
    return time.monotonic()


def scaled_clock(base: Clock, scale: float) -> Clock:
    """A clock running ``scale`` times faster than ``base`` (for demos and tests)."""
    if scale == 1.0:
        return base
    origin = base()

    def clock() -> float:
        return origin + (base() - origin) * scale

    return clock


@dataclass(frozen=True)
class Snapshot:
    """What the session page shows at one instant."""

    step: Step
    state: SessionState
    remaining: float
    duration: float
    progress: float
    total_remaining: float
    overall_progress: float
    breath: Breath | None
    breath_fraction: float
    flow_move: int | None


class SessionDriver(QObject):
    """Feeds a SessionMachine from an injected clock and re-emits what happens as signals.

    The machine stays inside: the window reads the session through the properties here
    and hears about it through the signals, which carry the model's own events with the
    instants (on this driver's clock) at which they happened.

    Signals:
        tick(Snapshot): time moved; the page redraws what changed.
        step_started(StepStarted): a new step began (also after back/skip).
        step_ended(StepEnded): a step ended (completed, skipped, rewound or stopped).
        cues(tuple[Cue, ...]): the cues of one poll or command, in order, each once; the
            player sounds only the latest of them (a late poll's catch-up is no burst).
        state_changed(SessionState): running, paused or finished.
        stalled(float): a gap of that many seconds was seen; the session paused itself.
        finished(SessionSummary): the session ended (completed or stopped).
    """

    tick = Signal(object)
    step_started = Signal(object)
    step_ended = Signal(object)
    cues = Signal(object)
    state_changed = Signal(object)
    stalled = Signal(float)
    finished = Signal(object)

    def __init__(
        self,
        plan: Plan,
        clock: Clock = system_clock,
        *,
        time_scale: float = 1.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._machine = SessionMachine(plan)
        self._clock = clock
        self._scale = time_scale
        self._visible = True
        self._last_poll: float | None = None
        self._expected_gap = FRAME_SECONDS * time_scale
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    # ----- commands (from buttons and shortcuts) ---------------------------------------
    def start(self) -> None:
        now = self._clock()
        self._last_poll = now
        self._dispatch(self._machine.start(now), now)
        self._schedule(now)

    def toggle_pause(self) -> None:
        if self._machine.state is SessionState.RUNNING:
            self.pause()
        elif self._machine.state is SessionState.PAUSED:
            self.resume()

    def pause(self) -> None:
        self._command(self._machine.pause)

    def resume(self) -> None:
        self._command(self._machine.resume)

    def skip(self) -> None:
        self._command(self._machine.skip)

    def skip_exercise(self) -> None:
        self._command(self._machine.skip_exercise)

    def back(self) -> None:
        self._command(self._machine.back)

    def extend(self, seconds: float = 10.0) -> None:
        self._command(lambda now: self._machine.extend(seconds, now))

    def stop(self) -> None:
        self._command(self._machine.stop)

    def set_visible(self, visible: bool) -> None:
        """A hidden or minimised window needs no frames, only cues and step ends."""
        if visible == self._visible:
            return
        self._visible = visible
        if self._machine.state is SessionState.RUNNING:
            self.poll()

    @property
    def is_timer_active(self) -> bool:
        return self._timer.isActive()

    @property
    def plan(self) -> Plan:
        return self._machine.plan

    @property
    def state(self) -> SessionState:
        return self._machine.state

    @property
    def step(self) -> Step:
        """The current step of the plan."""
        return self._machine.step

    def remaining(self) -> float:
        """Seconds left in the current step, now."""
        return self._machine.remaining(self._clock())

    def summary(self) -> SessionSummary:
        return self._machine.summary(self._clock())

    def snapshot(self) -> Snapshot:
        return self._snapshot(self._clock())

    # ----- the poll ------------------------------------------------------------------
    def poll(self) -> None:
        """Read the clock once, move the machine, emit what happened, plan the next wake-up."""
        now = self._clock()
        last = self._last_poll
        self._last_poll = now
        if (
            last is not None
            and self._machine.state is SessionState.RUNNING
            and now - last > max(STALL_SECONDS * self._scale, 4 * self._expected_gap)
        ):
            # Credit nothing after the last poll we saw: pause as of then.
            self._dispatch(self._machine.pause(last), now)
            self.stalled.emit(now - last)
            self._schedule(now)
            return
        self._dispatch(self._machine.advance(now), now)
        self._schedule(now)

    def _on_timer_timeout(self) -> None:
        self.poll()

    # ----- internals -----------------------------------------------------------------
    def _command(self, command: Callable[[float], list[Event]]) -> None:
        if self._machine.state in (SessionState.IDLE, SessionState.FINISHED):
            return
        now = self._clock()
        self._last_poll = now
        self._dispatch(command(now), now)
        self._schedule(now)

    def _dispatch(self, events: list[Event], now: float) -> None:
        finished = False
        cues = tuple(e for e in events if isinstance(e, Cue))
        for event in events:
            if isinstance(event, StepStarted):
                self.step_started.emit(event)
            elif isinstance(event, StepEnded):
                self.step_ended.emit(event)
            elif isinstance(event, Paused | Resumed):
                self.state_changed.emit(self._machine.state)
            elif isinstance(event, SessionFinished):
                finished = True
        if cues:
            self.cues.emit(cues)
        # Extended needs nothing of its own: the next tick shows the longer countdown.
        if self._machine.state is not SessionState.IDLE:
            self.tick.emit(self._snapshot(now))
        if finished:
            self._timer.stop()
            self.state_changed.emit(self._machine.state)
            self.finished.emit(self._machine.summary(now))

    def _schedule(self, now: float) -> None:
        if self._machine.state is not SessionState.RUNNING:
            self._timer.stop()
            return
        due = self._machine.next_event_at(now)
        wait = (due - now) if due is not None else HIDDEN_SECONDS * self._scale
        frame = FRAME_SECONDS * self._scale if self._visible else HIDDEN_SECONDS * self._scale
        wait = max(0.0, min(wait, frame))
        self._expected_gap = max(wait, FRAME_SECONDS * self._scale)
        # The wait runs from the clock as it is now: what this poll did since it read the
        # clock (slow on a busy machine) must not make the next wake-up that much late.
        wait = max(0.0, wait - (self._clock() - now))
        # Wake a hair after the instant so the machine sees the deadline as passed.
        msec = math.ceil(wait / self._scale * 1000) + 1
        self._timer.start(msec)

    def _snapshot(self, now: float) -> Snapshot:
        m = self._machine
        breath = m.breath(now)
        total = m.plan.total_seconds
        left = m.total_remaining(now)
        return Snapshot(
            step=m.step,
            state=m.state,
            remaining=m.remaining(now),
            duration=m.step_duration,
            progress=m.progress(now),
            total_remaining=left,
            overall_progress=0.0 if total <= 0 else min(1.0, max(0.0, 1 - left / total)),
            breath=breath[0] if breath else None,
            breath_fraction=breath[1] if breath else 0.0,
            flow_move=m.flow_move(now),
        )
