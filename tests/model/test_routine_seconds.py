"""The catalogue's length check adds up a routine exactly as the plan lays it out."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from model_fakes import tiny_catalogue

from stretchtimer import resources
from stretchtimer.model.catalogue import Routine, RoutineItem, load_catalogue, routine_seconds
from stretchtimer.model.plan import compile_plan


def test_every_shipped_routine() -> None:
    cat = load_catalogue(resources.catalogue_path()).catalogue
    for routine in cat.routines.values():
        expected = compile_plan(routine, cat).total_seconds
        assert routine_seconds(routine, cat.exercises) == pytest.approx(expected), routine.id


seconds = st.floats(min_value=0, max_value=3600, allow_nan=False)
items = st.builds(
    RoutineItem,
    exercise=st.sampled_from(["solo", "sided", "wave"]),
    hold_seconds=st.none() | st.floats(min_value=0.5, max_value=3600),
    reps=st.none() | st.integers(1, 50),
    rest_seconds=st.none() | seconds,
)


@settings(max_examples=200, deadline=1000)
@given(
    items=st.lists(items, min_size=1, max_size=8),
    warmup=seconds,
    breaths=st.tuples(st.integers(0, 50), st.integers(0, 50)),
    get_ready=seconds,
    switch=seconds,
)
def test_any_routine(
    items: list[RoutineItem],
    warmup: float,
    breaths: tuple[int, int],
    get_ready: float,
    switch: float,
) -> None:
    cat = tiny_catalogue()
    routine = Routine(
        id="r", name="R", description="R.", items=tuple(items), warmup_seconds=warmup,
        breaths_before=breaths[0], breaths_after=breaths[1], get_ready_seconds=get_ready,
        switch_seconds=switch,
    )  # fmt: skip
    expected = compile_plan(routine, cat).total_seconds
    assert routine_seconds(routine, cat.exercises) == pytest.approx(expected)
