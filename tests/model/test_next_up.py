"""Plan.next_up: what "Next:" says after every step, pinned for every shipped routine.

The table ``next_up_table.txt`` has one row per step of every routine in
resources/exercises.json: the step, then what comes next. It was checked by hand against
the routines; after a deliberate change to the catalogue or the rule, rewrite it with
``python tests/model/test_next_up.py`` and read the diff before committing it.
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

import pytest
from model_fakes import tiny_catalogue

from stretchtimer import resources
from stretchtimer.model.catalogue import load_catalogue
from stretchtimer.model.plan import Dose, NextKind, NextUp, Phase, Plan, Side, Step, compile_plan

TABLE = Path(__file__).with_name("next_up_table.txt")


def shipped_plans() -> list[Plan]:
    cat = load_catalogue(resources.catalogue_path()).catalogue
    return [compile_plan(r, cat) for r in cat.routines.values()]


def describe_step(step: Step) -> str:
    what = step.exercise_id or "-"
    side = "" if step.side is Side.NONE else f" {step.side.value}"
    rep = f" rep {step.rep}/{step.reps}" if step.reps else ""
    return f"{step.index:>3} {step.phase.value} {what}{side}{rep}"


def describe_next(coming: NextUp | None) -> str:
    if coming is None:
        return "nothing"
    text = coming.kind.value
    if coming.exercise is not None:
        text += f" {coming.exercise.id}"
        if coming.side is not Side.NONE:
            text += f" {coming.side.value}"
        text += f" rep {coming.rep}/{coming.reps}"
    if coming.dose is not None:
        d = coming.dose
        text += f" [{d.hold_seconds:g} s x {d.reps}{' per side' if d.per_side else ''}"
        text += f"{' flow' if d.flow else ''}]"
    return text


def table_text() -> str:
    lines: list[str] = []
    for plan in shipped_plans():
        lines.append(f"[{plan.routine.id}]")
        for step in plan.steps:
            lines.append(f"{describe_step(step)} -> {describe_next(plan.next_up(step.index))}")
        lines.append("")
    return "\n".join(lines)


def test_every_step_of_every_shipped_routine_matches_the_table() -> None:
    want = TABLE.read_text(encoding="utf-8")
    got = table_text()
    if got != want:
        diff = "\n".join(
            difflib.unified_diff(want.splitlines(), got.splitlines(), "table", "now", lineterm="")
        )
        pytest.fail(f"next_up differs from {TABLE.name}:\n{diff}")


@pytest.mark.parametrize("plan", shipped_plans(), ids=lambda p: p.routine.id)
def test_next_up_never_skips_ahead_to_another_exercise(plan: Plan) -> None:
    """The rule in words, checked on every step: "next" is the step right after this one."""
    steps = plan.steps
    for step in steps[:-1]:
        coming = plan.next_up(step.index)
        assert coming is not None
        following = steps[step.index + 1]
        assert coming.step == following
        if following.phase is Phase.DONE:
            assert coming.kind is NextKind.END
        elif step.phase in (Phase.SWITCH_SIDES, Phase.REST, Phase.GET_READY):
            # Inside an exercise, what comes next is more of the same exercise.
            assert coming.exercise == step.exercise and coming.kind is not NextKind.EXERCISE
        if coming.kind is NextKind.OTHER_SIDE:
            assert (coming.rep, coming.exercise) == (step.rep, step.exercise)
            assert coming.side is Side.RIGHT
        if coming.kind is NextKind.NEXT_REP:
            assert coming.rep == step.rep + 1 and coming.exercise == step.exercise
        if coming.kind is NextKind.EXERCISE:
            assert following.phase is Phase.GET_READY and following.item != step.item
    assert plan.next_up(steps[-1].index) is None


def test_tiny_routine_in_full() -> None:
    cat = tiny_catalogue()
    plan = compile_plan(cat.routine("tiny"), cat)
    got = [(describe_step(s).split(maxsplit=1)[1], describe_next(plan.next_up(s.index)))
           for s in plan.steps]  # fmt: skip
    assert got == [
        ("warmup -", "breaths"),
        ("breathing -", "exercise solo rep 1/1 [10 s x 1]"),
        ("get_ready solo rep 1/1", "hold solo rep 1/1 [10 s x 1]"),
        ("hold solo rep 1/1", "exercise sided left rep 1/2 [8 s x 2 per side]"),
        ("get_ready sided left rep 1/2", "hold sided left rep 1/2 [8 s x 2 per side]"),
        ("hold sided left rep 1/2", "other_side sided right rep 1/2"),
        ("switch_sides sided right rep 1/2", "other_side sided right rep 1/2"),
        ("hold sided right rep 1/2", "rest sided left rep 2/2"),
        ("rest sided rep 1/2", "next_rep sided left rep 2/2"),
        ("hold sided left rep 2/2", "other_side sided right rep 2/2"),
        ("switch_sides sided right rep 2/2", "other_side sided right rep 2/2"),
        ("hold sided right rep 2/2", "exercise wave rep 1/1 [12 s x 1 flow]"),
        ("get_ready wave rep 1/1", "hold wave rep 1/1 [12 s x 1 flow]"),
        ("hold wave rep 1/1", "closing_breaths"),
        ("breathing -", "end"),
        ("done -", "nothing"),
    ]


def test_reps_without_a_rest_go_straight_to_the_next_rep() -> None:
    cat = tiny_catalogue(items=[{"exercise": "solo", "reps": 3}])
    plan = compile_plan(cat.routine("tiny"), cat)
    first_hold = next(s for s in plan.steps if s.phase is Phase.HOLD)
    coming = plan.next_up(first_hold.index)
    assert coming is not None and coming.kind is NextKind.NEXT_REP
    assert (coming.rep, coming.reps, coming.side) == (2, 3, Side.NONE)


def test_a_routine_without_closing_breaths_ends_after_its_last_hold() -> None:
    cat = tiny_catalogue(breaths_after=0, warmup_seconds=0)
    plan = compile_plan(cat.routine("tiny"), cat)
    coming = plan.next_up(plan.steps[-2].index)
    assert plan.steps[-2].phase is Phase.HOLD
    assert coming is not None and coming.kind is NextKind.END
    first = plan.next_up(0)  # the opening breaths come before any exercise
    assert first is not None and first.kind is NextKind.EXERCISE
    assert first.dose == Dose(hold_seconds=10, reps=1, per_side=False, flow=False)


def test_the_picture_during_a_rest_shows_the_side_that_comes_next() -> None:
    cat = tiny_catalogue()
    plan = compile_plan(cat.routine("tiny"), cat)
    sides = {s.index: plan.picture_side(s.index) for s in plan.steps}
    rest = next(s for s in plan.steps if s.phase is Phase.REST)
    assert rest.side is Side.NONE and sides[rest.index] is Side.LEFT
    switch = next(s for s in plan.steps if s.phase is Phase.SWITCH_SIDES)
    assert sides[switch.index] is Side.RIGHT
    assert all(sides[s.index] is s.side for s in plan.steps if s.phase is not Phase.REST)


def test_steps_without_an_exercise_show_the_first_one_to_come() -> None:
    cat = tiny_catalogue()
    plan = compile_plan(cat.routine("tiny"), cat)
    shown = [(s.phase.value, getattr(plan.shown_exercise(s.index), "id", None)) for s in plan.steps]
    assert shown[:3] == [("warmup", "solo"), ("breathing", "solo"), ("get_ready", "solo")]
    assert shown[-2:] == [("breathing", None), ("done", None)]
    assert all(
        e == s.exercise_id
        for (_, e), s in zip(shown, plan.steps, strict=True)
        if s.item is not None
    )


def test_outside_the_plan_there_is_nothing_next() -> None:
    cat = tiny_catalogue()
    plan = compile_plan(cat.routine("tiny"), cat)
    assert plan.next_up(-1) is None
    assert plan.next_up(len(plan.steps)) is None


if __name__ == "__main__":
    TABLE.write_text(table_text(), encoding="utf-8")
    print(f"wrote {TABLE}", file=sys.stderr)
