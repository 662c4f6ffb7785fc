"""The shipped catalogue: the fixed exercise ids, complete texts, seed doses and routine lengths."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from stretchtimer import resources
from stretchtimer.model.catalogue import Catalogue, Exercise, Mode, Position, load_catalogue
from stretchtimer.model.plan import compile_plan

# id: (name, position, mode, sides). The illustrations are drawn for exactly these ids.
EXERCISES: dict[str, tuple[str, str, str, str]] = {
    "knee-to-chest": ("Knee to chest", "floor", "hold", "both"),
    "double-knee-hug": ("Double knee hug (lower-back stretch)", "floor", "hold", "none"),
    "knees-to-side-rotation": ("Knees-to-side rotation", "floor", "hold", "both"),
    "supine-twist": ("Horizontal back twist", "floor", "hold", "both"),
    "cat-cow": ("Cat–cow", "floor", "flow", "none"),
    "cobra": ("Cobra", "floor", "hold", "none"),
    "sphinx": ("Sphinx", "floor", "hold", "none"),
    "childs-pose": ("Child's pose", "floor", "hold", "none"),
    "prayer-pose": ("Prayer stretch", "floor", "hold", "none"),
    "spinal-rocks": ("Spinal rocks", "floor", "flow", "none"),
    "pelvic-tilt": ("Pelvic tilt", "floor", "flow", "none"),
    "bridge": ("Bridge", "floor", "hold", "none"),
    "reverse-russian-twist": ("Reverse Russian twist", "floor", "flow", "none"),
    "bird-dog": ("Bird dog", "floor", "hold", "both"),
    "downward-dog": ("Downward dog", "floor", "hold", "none"),
    "hamstring-stretch": ("Lying hamstring stretch", "floor", "hold", "both"),
    "hip-flexor-stretch": ("Kneeling hip flexor stretch", "floor", "hold", "both"),
    "cow-face": ("Cow face pose", "floor", "hold", "both"),
    "seated-piriformis": ("Seated piriformis stretch", "floor", "hold", "both"),
    "neck-side-tilt": ("Neck side tilt", "seated", "hold", "both"),
    "neck-turn": ("Neck turn", "seated", "hold", "both"),
    "chin-tucks": ("Chin tucks", "seated", "hold", "none"),
    "shoulder-rolls": ("Shoulder rolls", "seated", "flow", "none"),
    "shoulder-blade-squeeze": ("Shoulder-blade squeeze", "seated", "hold", "none"),
    "seated-chest-opener": ("Seated chest opener", "seated", "hold", "none"),
    "upper-back-hug": ("Upper-back hug stretch", "seated", "hold", "none"),
    "seated-spinal-twist": ("Seated spinal twist", "seated", "hold", "both"),
    "seated-figure-four": ("Seated figure four", "seated", "hold", "both"),
    "wrist-flexor-stretch": ("Wrist flexor stretch", "seated", "hold", "both"),
    "wrist-extensor-stretch": ("Wrist extensor stretch", "seated", "hold", "both"),
    "doorway-chest-stretch": ("Doorway chest stretch", "standing", "hold", "none"),
    "overhead-side-reach": ("Overhead side reach", "standing", "hold", "both"),
    "standing-quad-stretch": ("Standing quad stretch", "standing", "hold", "both"),
    "standing-calf-stretch": ("Standing calf stretch", "standing", "hold", "both"),
    "standing-hip-flexor": ("Standing hip flexor stretch", "standing", "hold", "both"),
    "hip-drop": ("Hip drop stretch", "standing", "hold", "both"),
}

# Planned minutes each routine promises on its card (inclusive bounds).
ROUTINE_MINUTES: dict[str, tuple[float, float]] = {
    "midday-desk-break": (5, 8),
    "morning-back-stiffness": (10, 15),
    "back-pain-relief": (13, 17),  # the source's 15-minutes-a-day programme
    "sciatica-relief": (8, 15),
    # Every routine opens with the minute of warm-up the safety notice asks for.
    "neck-and-shoulders": (4, 6),
    "quick-reset": (2.5, 3.5),
    "core-and-mobility": (10, 15),
    "legs-and-hips-standing": (4, 8),
}
REQUIRED_ROUTINES = {
    "midday-desk-break", "morning-back-stiffness", "back-pain-relief",
    "sciatica-relief", "neck-and-shoulders", "quick-reset",
}  # fmt: skip

# Where each routine is meant to be done decides which positions it may use.
ROUTINE_POSITIONS: dict[str, set[str]] = {
    "midday-desk-break": {"seated", "standing"},
    "neck-and-shoulders": {"seated", "standing"},
    "quick-reset": {"standing"},
    "morning-back-stiffness": {"floor"},
    "legs-and-hips-standing": {"standing"},
}

# The areas a routine is about must each be stretched by at least one of its exercises.
ROUTINE_FOCUS: dict[str, set[str]] = {
    "midday-desk-break": {"neck", "shoulders", "chest", "upper back", "hip flexors", "forearms"},
    "morning-back-stiffness": {"lower back", "hips"},
    "back-pain-relief": {"glutes", "hamstrings", "hip flexors", "mid back", "inner thighs"},
    "sciatica-relief": {"piriformis", "glutes", "hamstrings", "spine"},
    "neck-and-shoulders": {"neck", "shoulders", "upper back"},
    "quick-reset": {"hip flexors", "chest"},
}

# Doses named in the source articles, as inclusive ranges: (hold seconds, reps) for holds;
# for flows, the number of moves the cues ask for (per side when the cues alternate sides).
HOLD_DOSES: dict[str, tuple[tuple[float, float], tuple[int, int]]] = {
    "knee-to-chest": ((20, 20), (3, 3)),
    "cobra": ((10, 10), (5, 5)),
    "childs-pose": ((20, 20), (3, 3)),
    "seated-piriformis": ((20, 20), (3, 3)),
    "bridge": ((6, 6), (8, 12)),
    "sphinx": ((20, 30), (2, 3)),
    "prayer-pose": ((20, 30), (2, 3)),
    "supine-twist": ((20, 30), (1, 3)),
    "hip-drop": ((20, 30), (2, 3)),
    "knees-to-side-rotation": ((5, 10), (2, 3)),
    "cow-face": ((30, 60), (1, 3)),
}
FLOW_ROUNDS: dict[str, tuple[int, int]] = {
    "cat-cow": (10, 10),
    "pelvic-tilt": (8, 12),
    "reverse-russian-twist": (10, 15),
}
FLOW_SECONDS: dict[str, tuple[float, float]] = {"spinal-rocks": (60, 120)}
# Brief squeeze-and-release moves, not static stretches, so the 15-30 s rule does not apply.
SHORT_HOLDS = {"chin-tucks", "shoulder-blade-squeeze"}
BRITISH = re.compile(r"colour|centre|programme|organis|realis|favour|behaviour|mobilis|stabilis")


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    result = load_catalogue(resources.catalogue_path())
    assert result.problems == []
    return result.catalogue


def _texts(ex: Exercise) -> list[str]:
    return [ex.name, ex.breathing, ex.caution, *ex.instructions, *ex.targets, *ex.tags,
            *ex.flow_cues]  # fmt: skip


def _moves(ex: Exercise) -> float:
    assert ex.pace_seconds is not None
    return ex.hold_seconds / ex.pace_seconds


def test_the_file_has_no_duplicate_keys() -> None:
    # json keeps the last of two equal keys silently; in a hand-edited file that hides edits.
    def check(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), f"duplicate key in {keys}"
        return dict(pairs)

    json.loads(resources.catalogue_path().read_text(encoding="utf-8"), object_pairs_hook=check)


def test_exactly_the_fixed_exercise_ids_with_their_names_and_shapes(cat: Catalogue) -> None:
    assert len(cat.exercises) >= 30
    assert set(cat.exercises) == set(EXERCISES)
    got = {
        ex.id: (ex.name, ex.position.value, ex.mode.value, ex.sides.value)
        for ex in cat.exercises.values()
    }
    assert got == EXERCISES


@pytest.mark.parametrize("exercise_id", sorted(EXERCISES))
def test_every_exercise_is_fully_written(cat: Catalogue, exercise_id: str) -> None:
    ex = cat.exercise(exercise_id)
    assert 3 <= len(ex.instructions) <= 6
    for step in ex.instructions:
        assert step.strip() == step and step[0].isupper() and step.endswith((".", "!"))
        assert not re.match(r"\(?\d+[.):]|step \d", step, re.IGNORECASE), "the app numbers steps"
    assert ex.breathing.strip() and ex.caution.strip()
    assert "stop" in ex.caution.lower(), "a caution says which sensation means stop"
    assert ex.targets and all(t == t.lower() and t.strip() for t in ex.targets)
    assert ex.tags and all(t == t.lower() and t.strip() for t in ex.tags)
    assert ex.illustration == f"{ex.id}.svg"
    for text in _texts(ex):
        assert text.strip(), exercise_id
        assert not BRITISH.search(text.lower()), f"use American spelling: {text!r}"


@pytest.mark.parametrize(
    "exercise_id", sorted(i for i, shape in EXERCISES.items() if shape[2] == "flow")
)
def test_flows_run_whole_rounds_of_short_cues(cat: Catalogue, exercise_id: str) -> None:
    ex = cat.exercise(exercise_id)
    assert ex.mode is Mode.FLOW and ex.pace_seconds is not None
    assert len(ex.flow_cues) == 2, "each flow is drawn as two frames, one per cue"
    # Shown large and possibly spoken, so a cue must read at a glance.
    assert all(len(cue) <= 40 for cue in ex.flow_cues)
    rounds = _moves(ex) / len(ex.flow_cues)
    assert rounds == int(rounds), "a flow must not stop halfway through a round"


@pytest.mark.parametrize("exercise_id", sorted(HOLD_DOSES))
def test_seed_hold_doses_are_the_defaults(cat: Catalogue, exercise_id: str) -> None:
    ex = cat.exercise(exercise_id)
    (lo_s, hi_s), (lo_r, hi_r) = HOLD_DOSES[exercise_id]
    assert ex.mode is Mode.HOLD
    assert lo_s <= ex.hold_seconds <= hi_s
    assert lo_r <= ex.reps <= hi_r


@pytest.mark.parametrize("exercise_id", sorted(FLOW_ROUNDS))
def test_seed_flow_doses_are_the_defaults(cat: Catalogue, exercise_id: str) -> None:
    ex = cat.exercise(exercise_id)
    lo, hi = FLOW_ROUNDS[exercise_id]
    # Cues alternate two moves; a round is one of each (one per side for the twist).
    assert lo <= _moves(ex) / 2 <= hi


@pytest.mark.parametrize("exercise_id", sorted(FLOW_SECONDS))
def test_seed_flow_lengths_are_the_defaults(cat: Catalogue, exercise_id: str) -> None:
    lo, hi = FLOW_SECONDS[exercise_id]
    assert lo <= cat.exercise(exercise_id).hold_seconds <= hi


def test_other_static_holds_last_15_to_30_seconds(cat: Catalogue) -> None:
    others = [
        ex for ex in cat.exercises.values()
        if ex.mode is Mode.HOLD and ex.id not in HOLD_DOSES and ex.id not in SHORT_HOLDS
    ]  # fmt: skip
    assert len(others) >= 15
    assert {ex.id: ex.hold_seconds for ex in others if not 15 <= ex.hold_seconds <= 30} == {}


def test_routines_keep_the_seed_doses(cat: Catalogue) -> None:
    off = []
    for routine in cat.routines.values():
        for item in routine.items:
            if item.exercise not in HOLD_DOSES:
                continue
            ex = cat.exercise(item.exercise)
            hold = ex.hold_seconds if item.hold_seconds is None else item.hold_seconds
            reps = ex.reps if item.reps is None else item.reps
            (lo_s, hi_s), (lo_r, hi_r) = HOLD_DOSES[item.exercise]
            if not (lo_s <= hold <= hi_s and lo_r <= reps <= hi_r):
                off.append((routine.id, item.exercise, hold, reps))
    assert off == []


def test_the_required_routines_exist_and_use_known_exercises(cat: Catalogue) -> None:
    assert len(cat.routines) >= 6
    assert set(cat.routines) >= REQUIRED_ROUTINES
    assert set(cat.routines) == set(ROUTINE_MINUTES), "give every routine a length range"
    for routine in cat.routines.values():
        assert routine.name.strip() and routine.description.strip()
        assert routine.items
        assert {item.exercise for item in routine.items} <= set(cat.exercises)


@pytest.mark.parametrize("routine_id", sorted(ROUTINE_MINUTES))
def test_planned_length_is_inside_the_promised_range(cat: Catalogue, routine_id: str) -> None:
    lo, hi = ROUTINE_MINUTES[routine_id]
    minutes = compile_plan(cat.routine(routine_id), cat).total_seconds / 60
    assert lo <= minutes <= hi


@pytest.mark.parametrize("routine_id", sorted(ROUTINE_POSITIONS))
def test_routines_use_only_positions_that_fit_their_setting(
    cat: Catalogue, routine_id: str
) -> None:
    used = {cat.exercise(item.exercise).position.value for item in cat.routine(routine_id).items}
    assert used <= ROUTINE_POSITIONS[routine_id]


def test_desk_routines_never_ask_for_the_floor(cat: Catalogue) -> None:
    for routine_id in ("midday-desk-break", "neck-and-shoulders", "quick-reset"):
        positions = {cat.exercise(i.exercise).position for i in cat.routine(routine_id).items}
        assert Position.FLOOR not in positions, routine_id


@pytest.mark.parametrize("routine_id", sorted(ROUTINE_FOCUS))
def test_routines_cover_their_focus_areas(cat: Catalogue, routine_id: str) -> None:
    targets = {t for i in cat.routine(routine_id).items for t in cat.exercise(i.exercise).targets}
    assert ROUTINE_FOCUS[routine_id] - targets == set()


def test_every_exercise_appears_in_some_routine(cat: Catalogue) -> None:
    used = {item.exercise for routine in cat.routines.values() for item in routine.items}
    assert set(cat.exercises) - used == set()


def test_no_routine_repeats_an_exercise(cat: Catalogue) -> None:
    for routine in cat.routines.values():
        ids = [item.exercise for item in routine.items]
        assert len(ids) == len(set(ids)), routine.id
