"""Hypothesis strategies for the user's own exercises and routines (valid ones only)."""

from __future__ import annotations

from hypothesis import strategies as st

from stretchtimer.model.catalogue import (
    MAX_BREATHS,
    Exercise,
    Mode,
    Position,
    Routine,
    RoutineItem,
    Sides,
)

# Doses small enough that six items stay within the loader's longest routine (24 hours):
# 6 items x 10 reps x 2 sides x (600 s hold + 600 s rest) is 40 hours, so holds and rests
# are kept to 300 s; the fields' own limits are the loader tests' business.
texts = st.text(min_size=1, max_size=30).filter(lambda s: s.strip() != "")
text_lists = st.lists(texts, min_size=1, max_size=3).map(tuple)
positive = st.floats(min_value=0.25, max_value=300, allow_nan=False)
some = st.floats(min_value=0.0, max_value=300, allow_nan=False)
reps = st.integers(min_value=1, max_value=10)
ids = st.from_regex(r"[a-z][a-z0-9-]{0,15}", fullmatch=True)


@st.composite
def exercises(draw: st.DrawFn, exercise_id: str, picture: str | None = None) -> Exercise:
    mode = draw(st.sampled_from(Mode))
    flow = mode is Mode.FLOW
    return Exercise(
        id=exercise_id,
        name=draw(texts),
        position=draw(st.sampled_from(Position)),
        targets=draw(text_lists),
        mode=mode,
        hold_seconds=draw(positive),
        reps=draw(reps),
        sides=draw(st.sampled_from(Sides)),
        rest_seconds=draw(some),
        instructions=draw(text_lists),
        breathing=draw(texts),
        caution=draw(texts),
        illustration=picture,
        tags=draw(st.lists(texts, max_size=2).map(tuple)),
        pace_seconds=draw(positive) if flow else None,
        flow_cues=draw(text_lists) if flow else (),
    )


@st.composite
def items(draw: st.DrawFn, exercise_ids: list[str]) -> RoutineItem:
    return RoutineItem(
        exercise=draw(st.sampled_from(exercise_ids)),
        hold_seconds=draw(st.none() | positive),
        reps=draw(st.none() | st.integers(min_value=1, max_value=4)),
        rest_seconds=draw(st.none() | st.floats(min_value=0, max_value=60)),
    )


@st.composite
def routines(draw: st.DrawFn, routine_id: str, exercise_ids: list[str]) -> Routine:
    breaths = st.integers(min_value=0, max_value=MAX_BREATHS)
    short = st.floats(min_value=0, max_value=120, allow_nan=False)
    return Routine(
        id=routine_id,
        name=draw(texts),
        description=draw(texts),
        items=tuple(draw(st.lists(items(exercise_ids), min_size=1, max_size=6))),
        warmup_seconds=draw(short),
        breaths_before=draw(breaths),
        breaths_after=draw(breaths),
        get_ready_seconds=draw(short),
        switch_seconds=draw(short),
    )
