"""Property tests: random command sequences at random times keep the machine's promises."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from model_fakes import tiny_catalogue

from stretchtimer.model.plan import Phase, compile_plan
from stretchtimer.model.session import (
    Event,
    Paused,
    Resumed,
    SessionFinished,
    SessionMachine,
    SessionState,
    StepEnded,
    StepStarted,
)

COMMANDS = ["advance", "pause", "resume", "skip", "skip_exercise", "back", "extend", "stop"]

commands = st.lists(
    st.tuples(
        st.sampled_from(COMMANDS),
        st.floats(min_value=0.0, max_value=12.0, allow_nan=False),
    ),
    min_size=1,
    max_size=60,
)


def hold_time_from_events(events: list[Event]) -> float:
    """Running time spent in hold steps, reconstructed from the event stream alone."""
    total = 0.0
    phase: Phase | None = None
    since: float | None = None
    paused = False
    for e in events:
        if isinstance(e, StepStarted):
            phase = e.step.phase
            since = None if paused else e.at
        elif isinstance(e, StepEnded | Paused):
            if phase is Phase.HOLD and since is not None:
                total += e.at - since
            since = None
            paused = paused or isinstance(e, Paused)
        elif isinstance(e, Resumed):
            paused = False
            since = e.at
    return total


@settings(max_examples=300, deadline=None)
@given(commands, st.booleans())
def test_random_sessions_keep_the_invariants(script: list[tuple[str, float]], flows: bool) -> None:
    cat = tiny_catalogue() if flows else tiny_catalogue(items=[{"exercise": "sided"}])
    plan = compile_plan(cat.routine("tiny"), cat)
    m = SessionMachine(plan)
    now = 500.0
    events: list[Event] = m.start(now)
    for name, gap in script:
        now += gap
        before = (m.index, m.remaining(now), m.state)
        got = m.extend(10, now) if name == "extend" else getattr(m, name)(now)
        if name == "advance" and before[2] is SessionState.PAUSED:
            assert got == []
            assert (m.index, m.remaining(now)) == before[:2]  # nothing moves while paused
        for e in got:
            assert e.at <= now + 1e-9
        events += got
        assert m.remaining(now) >= 0
        assert 0 <= m.progress(now) <= 1
    if m.state is SessionState.PAUSED:
        events += m.resume(now)
    events += m.stop(now + 1)

    finished = [e for e in events if isinstance(e, SessionFinished)]
    assert len(finished) == 1

    # Each step starts at most once unless the user went back.
    backs = sum(1 for name, _ in script if name == "back")
    starts = [e.step.index for e in events if isinstance(e, StepStarted)]
    if backs == 0:
        assert len(starts) == len(set(starts))
    # Starts never go backwards without a back command.
    if backs == 0:
        assert starts == sorted(starts)

    times = [e.at for e in events]
    assert all(b >= a - 1e-9 for a, b in itertools.pairwise(times))

    credited = m.summary().credited_hold_seconds
    assert credited == pytest.approx(hold_time_from_events(events), abs=1e-6)
    assert credited >= 0
