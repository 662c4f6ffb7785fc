"""The compile rule, exactly as specified, for a synthetic routine and every shipped one."""

from __future__ import annotations

from model_fakes import tiny_catalogue

from stretchtimer import resources
from stretchtimer.model.catalogue import Mode, Sides, load_catalogue
from stretchtimer.model.plan import Phase, Side, compile_plan


def test_tiny_routine_timeline_follows_the_rule() -> None:
    cat = tiny_catalogue()
    plan = compile_plan(cat.routine("tiny"), cat)
    got = [(s.phase.value, s.exercise_id, s.side.value, s.rep, s.seconds) for s in plan.steps]
    assert got == [
        ("warmup", None, "none", 0, 5),
        ("breathing", None, "none", 0, 10),
        ("get_ready", "solo", "none", 1, 3),
        ("hold", "solo", "none", 1, 10),
        ("get_ready", "sided", "left", 1, 3),
        ("hold", "sided", "left", 1, 8),
        ("switch_sides", "sided", "right", 1, 2),
        ("hold", "sided", "right", 1, 8),
        ("rest", "sided", "none", 1, 4),
        ("hold", "sided", "left", 2, 8),
        ("switch_sides", "sided", "right", 2, 2),
        ("hold", "sided", "right", 2, 8),
        ("get_ready", "wave", "none", 1, 3),
        ("hold", "wave", "none", 1, 12),
        ("breathing", None, "none", 0, 10),
        ("done", None, "none", 0, 0),
    ]
    starts = [s.start for s in plan.steps]
    assert starts == [sum(s.seconds for s in plan.steps[:i]) for i in range(len(plan.steps))]
    assert plan.total_seconds == 96
    assert [s.index for s in plan.steps] == list(range(len(plan.steps)))
    assert plan.steps[13].pace_seconds == 3
    assert plan.steps[3].pace_seconds is None


def test_optional_blocks_are_left_out_when_zero() -> None:
    cat = tiny_catalogue(warmup_seconds=0, breaths_before=0, breaths_after=0)
    phases = [s.phase for s in compile_plan(cat.routine("tiny"), cat).steps]
    assert Phase.WARMUP not in phases
    assert Phase.BREATHING not in phases
    assert phases[0] is Phase.GET_READY


def test_item_overrides_replace_exercise_defaults() -> None:
    cat = tiny_catalogue(
        items=[{"exercise": "sided", "hold_seconds": 30, "reps": 3, "rest_seconds": 0}]
    )
    plan = compile_plan(cat.routine("tiny"), cat)
    holds = [s for s in plan.steps if s.phase is Phase.HOLD]
    assert [(h.rep, h.side) for h in holds] == [
        (r, side) for r in (1, 2, 3) for side in (Side.LEFT, Side.RIGHT)
    ]
    assert all(h.seconds == 30 and h.reps == 3 for h in holds)
    assert not [s for s in plan.steps if s.phase is Phase.REST]


def test_next_exercise_step_looks_past_the_current_item() -> None:
    cat = tiny_catalogue()
    plan = compile_plan(cat.routine("tiny"), cat)
    nxt = plan.next_exercise_step(5)  # first hold of "sided"
    assert nxt is not None and nxt.exercise_id == "wave"
    assert plan.next_exercise_step(13) is None


def test_every_shipped_routine_compiles_by_the_rule() -> None:
    cat = load_catalogue(resources.catalogue_path()).catalogue
    assert len(cat.routines) >= 2
    for routine in cat.routines.values():
        plan = compile_plan(routine, cat)
        steps = list(plan.steps)
        expected: list[tuple[Phase, str | None, Side, int]] = []
        if routine.warmup_seconds > 0:
            expected.append((Phase.WARMUP, None, Side.NONE, 0))
        if routine.breaths_before > 0:
            expected.append((Phase.BREATHING, None, Side.NONE, 0))
        for item in routine.items:
            ex = cat.exercise(item.exercise)
            reps = item.reps or ex.reps
            rest = ex.rest_seconds if item.rest_seconds is None else item.rest_seconds
            sides = [Side.LEFT, Side.RIGHT] if ex.sides is Sides.BOTH else [Side.NONE]
            expected.append((Phase.GET_READY, ex.id, sides[0], 1))
            for rep in range(1, reps + 1):
                for side in sides:
                    if side is Side.RIGHT:
                        expected.append((Phase.SWITCH_SIDES, ex.id, side, rep))
                    expected.append((Phase.HOLD, ex.id, side, rep))
                if rep < reps and rest > 0:
                    expected.append((Phase.REST, ex.id, Side.NONE, rep))
        if routine.breaths_after > 0:
            expected.append((Phase.BREATHING, None, Side.NONE, 0))
        expected.append((Phase.DONE, None, Side.NONE, 0))
        assert [(s.phase, s.exercise_id, s.side, s.rep) for s in steps] == expected, routine.id
        assert plan.total_seconds == sum(s.seconds for s in steps)
        for s in steps:
            if s.phase is Phase.HOLD and s.exercise is not None:
                assert (s.pace_seconds is not None) == (s.exercise.mode is Mode.FLOW)
