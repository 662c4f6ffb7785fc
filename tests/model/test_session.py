"""SessionMachine against a fake clock: every command in every phase, catch-up, cues."""

from __future__ import annotations

import pytest
from model_fakes import FakeClock, tiny_catalogue

from stretchtimer.model.plan import Phase, Plan, compile_plan
from stretchtimer.model.session import (
    Cue,
    CueKind,
    Event,
    Extended,
    ItemOutcome,
    Paused,
    Resumed,
    SessionFinished,
    SessionMachine,
    SessionState,
    SessionStatus,
    StepEnded,
    StepOutcome,
    StepStarted,
)

T0 = 1000.0


def make(**routine_over: object) -> tuple[SessionMachine, Plan]:
    cat = tiny_catalogue(**routine_over)
    plan = compile_plan(cat.routine("tiny"), cat)
    return SessionMachine(plan), plan


def started(events: list[Event]) -> list[int]:
    return [e.step.index for e in events if isinstance(e, StepStarted)]


def cues(events: list[Event], kind: CueKind | None = None) -> list[Cue]:
    return [e for e in events if isinstance(e, Cue) and (kind is None or e.kind is kind)]


def run_to(m: SessionMachine, index: int, clock: FakeClock) -> None:
    """Advance (exactly at deadlines) until step ``index`` is current."""
    while m.index < index:
        clock.now += m.remaining(clock.now)
        m.advance(clock.now)


def test_start_reports_first_step_and_phase_cue() -> None:
    m, plan = make()
    events = m.start(T0)
    assert m.state is SessionState.RUNNING
    assert isinstance(events[0], StepStarted) and events[0].step is plan.steps[0]
    assert cues(events, CueKind.PHASE_START)[0].at == T0
    assert m.remaining(T0) == 5
    assert m.start(T0 + 1) == []  # a second start does nothing


def test_whole_routine_runs_to_completion_with_exact_deadlines() -> None:
    m, plan = make()
    clock = FakeClock(T0)
    events = m.start(clock.now)
    while m.state is SessionState.RUNNING:
        clock.now += 0.05
        events += m.advance(clock.now)
    ends = [e for e in events if isinstance(e, StepEnded)]
    assert [e.step.index for e in ends] == list(range(len(plan.steps) - 1))
    for e in ends:
        assert e.at == pytest.approx(T0 + e.step.end)
        assert e.outcome is StepOutcome.COMPLETED
    finished = [e for e in events if isinstance(e, SessionFinished)]
    assert finished == [SessionFinished(T0 + plan.total_seconds, SessionStatus.COMPLETED)]
    assert cues(events, CueKind.FINISHED)
    summary = m.summary()
    assert summary.status is SessionStatus.COMPLETED
    assert [i.outcome for i in summary.items] == [ItemOutcome.COMPLETED] * 3
    assert summary.credited_hold_seconds == pytest.approx(10 + 4 * 8 + 12)
    assert summary.active_seconds == pytest.approx(plan.total_seconds)


def test_one_late_advance_catches_up_every_step_once_and_drops_stale_cues() -> None:
    m, plan = make()
    events = m.start(T0)
    # 40 s late: warm-up 5, breathing 10, solo 3+10, sided 3+8, into the switch (39..41).
    events += m.advance(T0 + 40)
    assert started(events) == [0, 1, 2, 3, 4, 5, 6]
    assert [e.step.index for e in events if isinstance(e, StepEnded)] == [0, 1, 2, 3, 4, 5]
    # Only cues within a second of now are reported; the rest were stale.
    late = [c for c in cues(events) if c.at > T0]
    assert all(T0 + 40 - c.at <= 1.0 for c in late)
    assert m.index == 6
    assert m.remaining(T0 + 40) == pytest.approx(plan.steps[6].end - 40)


def test_countdown_cues_at_three_two_one_before_end_of_hold() -> None:
    m, _plan = make()
    clock = FakeClock(T0)
    m.start(clock.now)
    run_to(m, 3, clock)  # hold of "solo", 10 s
    start = clock.now
    got: list[Cue] = []
    for _ in range(120):
        clock.now += 0.1
        got += cues(m.advance(clock.now), CueKind.COUNTDOWN)
    hold_counts = [(c.count, round(c.at - start, 6)) for c in got if c.step.index == 3]
    assert hold_counts == [(3, 7.0), (2, 8.0), (1, 9.0)]


def test_breath_cues_follow_the_pattern_in_breathing_blocks() -> None:
    m, _ = make(breaths_before=2, warmup_seconds=0)
    events = m.start(T0)
    for t in range(1, 21):
        events += m.advance(T0 + t)
    turns = [
        (c.kind, c.at - T0) for c in cues(events) if c.kind in (CueKind.INHALE, CueKind.EXHALE)
    ]
    assert turns[:4] == [
        (CueKind.INHALE, 0.0),
        (CueKind.EXHALE, 4.0),
        (CueKind.INHALE, 10.0),
        (CueKind.EXHALE, 14.0),
    ]


def test_flow_cues_every_pace_with_the_exercise_moves() -> None:
    m, _plan = make()
    clock = FakeClock(T0)
    m.start(clock.now)
    run_to(m, 13, clock)  # the flow "wave": 12 s, pace 3
    start = clock.now
    events: list[Event] = []
    while m.index == 13:
        clock.now += 0.25
        events += m.advance(clock.now)
    flows = [(c.count, c.text, c.at - start) for c in cues(events, CueKind.FLOW)]
    assert flows == [(1, "Down", 3.0), (2, "Up", 6.0), (3, "Down", 9.0)]
    # The move at offset 0 came with the step start.
    m2, _ = make()
    c2 = FakeClock(T0)
    m2.start(c2.now)
    while m2.index < 12:
        c2.now += m2.remaining(c2.now)
        m2.advance(c2.now)
    c2.now += m2.remaining(c2.now)
    first = cues(m2.advance(c2.now), CueKind.FLOW)
    assert [(c.count, c.text) for c in first] == [(0, "Up")]


def test_pause_freezes_time_and_resume_sets_a_new_deadline() -> None:
    m, _ = make()
    m.start(T0)
    m.advance(T0 + 2)
    events = m.pause(T0 + 2)
    assert events == [Paused(T0 + 2)]
    assert m.remaining(T0 + 500) == 3
    assert m.advance(T0 + 500) == []
    assert m.state is SessionState.PAUSED
    events = m.resume(T0 + 500)
    assert events[0] == Resumed(T0 + 500)
    assert m.remaining(T0 + 501) == 2
    events = m.advance(T0 + 503)
    assert started(events) == [1]
    assert m.summary().active_seconds == pytest.approx(5 + 0)


@pytest.mark.parametrize("phase_index", range(15))
def test_pause_and_resume_in_every_phase_preserves_remaining(phase_index: int) -> None:
    m, plan = make()
    clock = FakeClock(T0)
    m.start(clock.now)
    run_to(m, phase_index, clock)
    clock.now += plan.steps[phase_index].seconds / 2
    m.advance(clock.now)
    left = m.remaining(clock.now)
    m.pause(clock.now)
    clock.now += 3600
    assert m.advance(clock.now) == []
    m.resume(clock.now)
    assert m.remaining(clock.now) == pytest.approx(left)
    assert m.index == phase_index


def test_skip_ends_the_step_as_skipped_and_starts_the_next_now() -> None:
    m, _ = make()
    m.start(T0)
    events = m.skip(T0 + 1)
    assert [type(e) for e in events[:2]] == [StepEnded, StepStarted]
    ended = events[0]
    assert isinstance(ended, StepEnded) and ended.outcome is StepOutcome.SKIPPED
    assert m.index == 1 and m.remaining(T0 + 1) == 10


def test_skip_while_paused_stays_paused_with_the_full_next_step() -> None:
    m, _ = make()
    m.start(T0)
    m.pause(T0 + 1)
    m.skip(T0 + 2)
    assert m.state is SessionState.PAUSED
    assert m.index == 1 and m.remaining(T0 + 99) == 10


def test_skip_exercise_skips_every_rep_and_side() -> None:
    m, _plan = make()
    clock = FakeClock(T0)
    m.start(clock.now)
    run_to(m, 5, clock)  # first hold of "sided"
    clock.now += 3
    events = m.skip_exercise(clock.now)
    assert started(events) == [12]  # get_ready of "wave"
    for i in range(6, 12):
        assert m.outcome(i) is StepOutcome.SKIPPED
    summary = m.summary()
    assert summary.items[1].outcome is ItemOutcome.PARTIAL
    assert summary.items[1].credited_hold_seconds == pytest.approx(3)


def test_skip_exercise_outside_an_exercise_is_a_plain_skip() -> None:
    m, _ = make()
    m.start(T0)
    events = m.skip_exercise(T0 + 1)
    assert started(events) == [1]


def test_skip_an_exercise_untouched_counts_as_skipped() -> None:
    m, _ = make()
    clock = FakeClock(T0)
    m.start(clock.now)
    run_to(m, 2, clock)  # get_ready of "solo"
    m.skip_exercise(clock.now)
    assert m.summary().items[0].outcome is ItemOutcome.SKIPPED


def test_back_restarts_the_step_after_two_seconds() -> None:
    m, _ = make()
    clock = FakeClock(T0)
    m.start(clock.now)
    run_to(m, 3, clock)
    clock.now += 5
    events = m.back(clock.now)
    assert started(events) == [3]
    assert m.remaining(clock.now) == 10
    assert m.credited(3) == pytest.approx(5)


def test_back_within_two_seconds_goes_to_the_previous_step() -> None:
    m, _ = make()
    clock = FakeClock(T0)
    m.start(clock.now)
    run_to(m, 3, clock)
    clock.now += 1
    events = m.back(clock.now)
    assert started(events) == [2]
    assert m.outcome(3) is None  # it will be done again
    assert m.remaining(clock.now) == 3


def test_back_on_the_first_step_restarts_it() -> None:
    m, _ = make()
    m.start(T0)
    assert started(m.back(T0 + 0.5)) == [0]


def test_extend_adds_time_and_the_countdown_plays_again_at_the_new_end() -> None:
    m, _ = make()
    clock = FakeClock(T0)
    m.start(clock.now)
    run_to(m, 3, clock)
    start = clock.now
    got: list[Cue] = []
    for _ in range(85):
        clock.now += 0.1
        got += cues(m.advance(clock.now), CueKind.COUNTDOWN)
    assert [c.count for c in got] == [3, 2]
    events = m.extend(10, clock.now)
    assert isinstance(events[-1], Extended)
    assert m.remaining(clock.now) == pytest.approx(11.5)
    while m.index == 3:
        clock.now += 0.1
        got += cues(m.advance(clock.now), CueKind.COUNTDOWN)
    assert [c.count for c in got if c.step.index == 3] == [3, 2, 3, 2, 1]
    assert m.credited(3) == pytest.approx(20, abs=0.11)
    assert clock.now - start == pytest.approx(20, abs=0.11)


def test_extend_while_paused() -> None:
    m, _ = make()
    m.start(T0)
    m.pause(T0 + 1)
    m.extend(10, T0 + 2)
    assert m.remaining(T0 + 2) == 14


def test_extend_rejects_nonsense() -> None:
    m, _ = make()
    m.start(T0)
    for bad in (0, -5, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="positive"):
            m.extend(bad, T0)


def test_stop_finishes_once_with_status_stopped() -> None:
    m, _ = make()
    m.start(T0)
    m.advance(T0 + 20)
    events = m.stop(T0 + 20)
    assert events[-1] == SessionFinished(T0 + 20, SessionStatus.STOPPED)
    assert m.state is SessionState.FINISHED
    assert m.stop(T0 + 21) == []
    assert m.advance(T0 + 100) == []
    summary = m.summary()
    assert summary.status is SessionStatus.STOPPED
    assert summary.items[0].outcome is ItemOutcome.PARTIAL
    assert summary.items[2].outcome is ItemOutcome.NOT_REACHED


def test_commands_before_start_do_nothing() -> None:
    m, _ = make()
    for call in (m.pause, m.resume, m.skip, m.skip_exercise, m.back, m.stop, m.advance):
        assert call(T0) == []
    assert m.extend(5, T0) == []
    assert m.state is SessionState.IDLE


def test_a_clock_running_backwards_is_clamped() -> None:
    m, _ = make()
    m.start(T0)
    m.advance(T0 + 3)
    m.advance(T0 + 1)  # stale timestamp from a caller
    assert m.remaining(T0 + 1) == 2


def test_total_remaining_counts_the_rest_of_the_plan() -> None:
    m, plan = make()
    assert m.total_remaining(T0) == plan.total_seconds
    m.start(T0)
    m.advance(T0 + 7)
    assert m.total_remaining(T0 + 7) == pytest.approx(plan.total_seconds - 7)


def test_live_summary_includes_the_running_hold() -> None:
    m, _ = make()
    clock = FakeClock(T0)
    m.start(clock.now)
    run_to(m, 3, clock)
    clock.now += 4
    m.advance(clock.now)
    assert m.summary(clock.now).items[0].credited_hold_seconds == pytest.approx(4)
    assert m.summary().items[0].credited_hold_seconds == 0


def test_breath_and_flow_move_queries() -> None:
    m, _ = make()
    clock = FakeClock(T0)
    m.start(clock.now)
    assert m.breath(clock.now) is None  # warm-up has no pacer
    run_to(m, 1, clock)
    breath = m.breath(clock.now + 5)
    assert breath is not None and breath[0].value == "exhale"
    run_to(m, 13, clock)
    assert m.flow_move(clock.now + 4) == 1
    flow_breath = m.breath(clock.now + 4)
    assert flow_breath is not None and flow_breath[0].value == "exhale"


def test_zero_length_steps_pass_straight_through() -> None:
    m, plan = make(get_ready_seconds=0, switch_seconds=0)
    events = m.start(T0)
    events += m.advance(T0 + 15)  # warm-up 5 + breathing 10
    assert m.step.phase is Phase.HOLD
    assert plan.steps[2].phase is Phase.GET_READY and plan.steps[2].seconds == 0
    assert 2 in started(events)


def test_a_plan_must_end_with_done() -> None:
    _, plan = make()
    broken = Plan(plan.routine, plan.steps[:-1], plan.breathing)
    with pytest.raises(ValueError, match="done"):
        SessionMachine(broken)


def test_next_event_at_is_the_next_cue_or_step_end() -> None:
    m, _ = make(warmup_seconds=0)
    assert m.next_event_at(T0) is None  # not started
    m.start(T0)  # breathing block: inhale at 0 (already cued), exhale at 4, end at 10
    assert m.next_event_at(T0 + 1) == pytest.approx(T0 + 4)
    m.advance(T0 + 4)
    assert m.next_event_at(T0 + 4) == pytest.approx(T0 + 10)
    m.advance(T0 + 10.0)  # get-ready of "solo", 3 s: countdown 2 and 1, then the end
    assert m.next_event_at(T0 + 10) == pytest.approx(T0 + 11)
    m.pause(T0 + 10.5)
    assert m.next_event_at(T0 + 10.5) is None
