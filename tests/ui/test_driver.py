"""SessionDriver with a fake clock: polls, signals, stalls and its timer."""

# The tests assert one attribute's changing value in turn; mypy keeps the first narrowing.
# mypy: disable-error-code="comparison-overlap"

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from ui_fakes import SHORT, FakeClock, short_catalogue

from stretchtimer.model.plan import Phase, compile_plan
from stretchtimer.model.session import Cue, CueKind, SessionState, SessionSummary, StepStarted
from stretchtimer.ui.driver import STALL_SECONDS, SessionDriver, Snapshot, scaled_clock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def driver(clock: FakeClock) -> SessionDriver:
    cat = short_catalogue()
    return SessionDriver(compile_plan(SHORT, cat), clock)


def run_for(driver: SessionDriver, clock: FakeClock, seconds: float, step: float = 0.1) -> None:
    for _ in range(round(seconds / step)):
        clock.now += step
        driver.poll()


def test_start_emits_the_first_step_a_tick_and_arms_the_timer(
    driver: SessionDriver, clock: FakeClock, qtbot: QtBot
) -> None:
    steps: list[StepStarted] = []
    ticks: list[Snapshot] = []
    driver.step_started.connect(steps.append)
    driver.tick.connect(ticks.append)
    driver.start()
    assert [s.step.phase for s in steps] == [Phase.WARMUP]
    assert steps[0].at == clock.now
    assert ticks[-1].remaining == 4
    assert driver.is_timer_active
    driver.stop()
    assert not driver.is_timer_active


def test_a_whole_session_emits_each_step_once_and_finishes(
    driver: SessionDriver, clock: FakeClock
) -> None:
    started: list[int] = []
    finished: list[SessionSummary] = []
    driver.step_started.connect(lambda s: started.append(s.step.index))
    driver.finished.connect(finished.append)
    driver.start()
    run_for(driver, clock, 60)
    plan = driver.plan
    assert started == list(range(len(plan.steps)))
    assert len(finished) == 1 and finished[0].credited_hold_seconds == pytest.approx(4 * 5 + 10)
    assert not driver.is_timer_active


def test_cues_reach_the_signal_in_order(driver: SessionDriver, clock: FakeClock) -> None:
    got: list[Cue] = []
    driver.cues.connect(got.extend)
    driver.start()
    run_for(driver, clock, 60)
    kinds = [c.kind for c in got]
    assert kinds[0] is CueKind.PHASE_START
    assert kinds[-1] is CueKind.FINISHED
    assert kinds.count(CueKind.FINISHED) == 1
    times = [c.at for c in got]
    assert times == sorted(times)


def test_a_long_gap_pauses_as_of_the_last_poll_and_is_not_credited(
    driver: SessionDriver, clock: FakeClock
) -> None:
    stalls: list[float] = []
    states: list[SessionState] = []
    driver.stalled.connect(stalls.append)
    driver.state_changed.connect(states.append)
    driver.start()
    run_for(driver, clock, 4.5)  # into the breathing block
    before = driver.remaining()
    clock.now += 3600  # the lid was closed for an hour
    driver.poll()
    assert stalls == [pytest.approx(3600)]
    assert driver.state is SessionState.PAUSED
    assert states[-1] is SessionState.PAUSED
    assert driver.remaining() == pytest.approx(before)
    assert driver.summary().active_seconds == pytest.approx(4.5)
    assert not driver.is_timer_active


def test_a_gap_just_under_the_stall_limit_is_a_late_tick_not_a_stall(
    driver: SessionDriver, clock: FakeClock
) -> None:
    stalls: list[float] = []
    driver.stalled.connect(stalls.append)
    driver.start()
    clock.now += STALL_SECONDS * 0.9
    driver.poll()
    assert stalls == []
    assert driver.state is SessionState.RUNNING


def test_commands_are_forwarded(driver: SessionDriver, clock: FakeClock) -> None:
    driver.start()
    clock.now += 1
    driver.skip()
    assert driver.step.phase is Phase.BREATHING
    driver.toggle_pause()
    assert driver.state is SessionState.PAUSED
    assert not driver.is_timer_active
    driver.toggle_pause()
    assert driver.state is SessionState.RUNNING
    driver.extend(10)
    assert driver.remaining() == pytest.approx(20)
    driver.back()
    assert driver.step.phase is Phase.WARMUP
    driver.skip()
    driver.skip()
    driver.skip_exercise()
    assert driver.step.exercise_id == "cat-cow"
    driver.stop()
    assert driver.state is SessionState.FINISHED
    driver.skip()  # ignored after the end
    assert driver.state is SessionState.FINISHED


def test_timer_wakes_for_the_next_cue_and_sleeps_longer_when_hidden(
    driver: SessionDriver, clock: FakeClock
) -> None:
    driver.start()
    visible = driver._timer.interval()
    assert visible <= 168
    driver.set_visible(False)
    hidden = driver._timer.interval()
    # Hidden, the next wake-up is the next cue or step end (warm-up ends in 4 s).
    assert 3900 <= hidden <= 4001
    driver.stop()


def test_a_slow_poll_does_not_push_the_next_wake_up_late(
    driver: SessionDriver, clock: FakeClock
) -> None:
    driver.set_visible(False)
    # What the window does with a poll's signals takes time; on a busy machine, a lot.
    driver.tick.connect(lambda _snapshot: setattr(clock, "now", clock.now + 0.3))
    driver.start()
    # The warm-up ends 4 s after the start, and 0.3 s of that went on the slots.
    assert 3690 <= driver._timer.interval() <= 3701
    driver.stop()


def test_scaled_clock_runs_faster() -> None:
    base = FakeClock(10.0)
    fast = scaled_clock(base, 20.0)
    base.now += 0.5
    assert fast() == pytest.approx(20.0)
    assert scaled_clock(base, 1.0) is base
