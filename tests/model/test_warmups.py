"""The warm-ups: one per position, chosen by the routine's first exercise, checked on load."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from model_fakes import tiny_catalogue

from stretchtimer import resources
from stretchtimer.model.catalogue import Position, load_catalogue
from stretchtimer.model.plan import Phase, compile_plan
from stretchtimer.model.safety import builtin_safety
from stretchtimer.model.warmups import (
    MAX_CUE_CHARS,
    Warmup,
    WarmupMove,
    load_warmups,
    parse_warmups,
    warmup_for,
)


def move(cue: str = "March", picture: str = "march.svg") -> dict[str, Any]:
    return {"cue": cue, "how": "Lift one foot, then the other.", "illustration": picture}


def doc(*warmups: dict[str, Any]) -> str:
    return json.dumps({"version": 1, "warmups": list(warmups)})


def warm(position: str = "floor", **over: Any) -> dict[str, Any]:
    return {"position": position, "name": "Warm-up", "move_seconds": 20, "moves": [move()], **over}


def test_a_good_file_gives_one_warm_up_per_position() -> None:
    found, problems = parse_warmups(doc(warm("floor"), warm("seated")), "w.json")
    assert problems == []
    assert set(found) == {Position.FLOOR, Position.SEATED}
    assert found[Position.FLOOR].moves == (WarmupMove("March", move()["how"], "march.svg"),)


@pytest.mark.parametrize(
    ("over", "field"),
    [
        ({"position": "upside down"}, "position"),
        ({"move_seconds": 0}, "move_seconds"),
        ({"move_seconds": True}, "move_seconds"),
        ({"moves": []}, "moves"),
        ({"moves": [move(cue="x" * (MAX_CUE_CHARS + 1))]}, "cue"),
        ({"moves": [move(picture="../../etc/passwd")]}, "illustration"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_each_mistake_names_the_file_the_item_and_the_field(
    over: dict[str, Any], field: str
) -> None:
    found, problems = parse_warmups(doc(warm(**over)), "w.json")
    assert found == {}
    assert len(problems) == 1
    assert problems[0].startswith("w.json: warm-up #0") and f"field '{field}'" in problems[0]


def test_a_second_warm_up_for_a_position_is_reported_and_the_first_kept() -> None:
    found, problems = parse_warmups(doc(warm(name="First"), warm(name="Second")), "w.json")
    assert found[Position.FLOOR].name == "First"
    assert problems == ["w.json: warm-up #1: field 'position': a second warm-up for floor"]


@pytest.mark.parametrize("text", ["{", "[]", '{"version": 1}', '{"version": 2, "warmups": []}'])
def test_a_broken_file_gives_problems_never_an_exception(text: str) -> None:
    found, problems = parse_warmups(text, "w.json")
    assert found == {} and problems and all(p.startswith("w.json") for p in problems)


def test_an_unreadable_file_is_one_problem(tmp_path: Path) -> None:
    found, problems = load_warmups(tmp_path / "missing.json")
    assert found == {} and len(problems) == 1 and "missing.json" in problems[0]


def test_the_moves_go_round_by_the_clock() -> None:
    w = Warmup(Position.FLOOR, "W", 20.0, tuple(WarmupMove(c, "How.", "p.svg") for c in "abc"))
    assert [w.move_at(t) for t in (-1, 0, 19.9, 20, 45, 60, 61, float("nan"))] == [
        0, 0, 0, 1, 2, 0, 0, 0,
    ]  # fmt: skip


def test_a_routine_gets_the_warm_up_of_its_first_exercises_position() -> None:
    cat = tiny_catalogue()  # its first exercise is done on the floor
    warmups = {
        Position.FLOOR: Warmup(Position.FLOOR, "Lying", 20.0, (WarmupMove("a", "b.", "c.svg"),)),
        Position.SEATED: Warmup(Position.SEATED, "Seated", 20.0, (WarmupMove("a", "b.", "c.svg"),)),
    }
    plan = compile_plan(cat.routine("tiny"), cat, warmups=warmups)
    assert plan.warmup is not None and plan.warmup.name == "Lying"
    assert compile_plan(cat.routine("tiny"), cat).warmup is None
    none = tiny_catalogue(warmup_seconds=0)
    assert warmup_for(none.routine("tiny"), none, warmups) is None


# ----- the shipped warm-ups ---------------------------------------------------------------
@pytest.fixture(scope="module")
def shipped() -> dict[Position, Warmup]:
    found, problems = load_warmups(resources.warmups_path())
    assert problems == []
    return found


def test_there_is_a_warm_up_for_every_position(shipped: dict[Position, Warmup]) -> None:
    assert set(shipped) == set(Position)
    for warmup in shipped.values():
        assert len(warmup.moves) >= 3
        for m in warmup.moves:
            assert m.how.endswith(".") and m.how[0].isupper()
            assert not re.search(r"colour|centre|programme", m.how + m.cue)


def test_every_routine_warms_up_for_as_long_as_the_safety_notice_asks(
    shipped: dict[Position, Warmup],
) -> None:
    notice = " ".join(builtin_safety().paragraphs)
    assert "a minute or two" in notice
    cat = load_catalogue(resources.catalogue_path()).catalogue
    for routine in cat.routines.values():
        plan = compile_plan(routine, cat, warmups=shipped)
        warm = [s for s in plan.steps if s.phase is Phase.WARMUP]
        assert warm and 60 <= warm[0].seconds <= 120, routine.id
        assert plan.warmup is not None
        # Every move is done at least once.
        assert warm[0].seconds >= plan.warmup.move_seconds * len(plan.warmup.moves), routine.id


def test_desk_routines_warm_up_seated_and_floor_routines_lying_down(
    shipped: dict[Position, Warmup],
) -> None:
    cat = load_catalogue(resources.catalogue_path()).catalogue
    expected = {
        "midday-desk-break": Position.SEATED,
        "neck-and-shoulders": Position.SEATED,
        "quick-reset": Position.STANDING,
        "legs-and-hips-standing": Position.STANDING,
        "morning-back-stiffness": Position.FLOOR,
    }
    for routine_id, position in expected.items():
        plan = compile_plan(cat.routine(routine_id), cat, warmups=shipped)
        assert plan.warmup is not None and plan.warmup.position is position, routine_id
