"""Routines and exercises written in the catalogue format load back exactly."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sharing_strategies import exercises, ids, routines

from stretchtimer import resources
from stretchtimer.model.atomic import write_atomically
from stretchtimer.model.catalogue import (
    Catalogue,
    CatalogueError,
    Exercise,
    Routine,
    load_file,
    merge,
    parse_catalogue,
)
from stretchtimer.model.plan import compile_plan
from stretchtimer.model.routine_json import (
    catalogue_text,
    checked_catalogue_text,
    routine_to_dict,
)

BUILTIN = load_file(resources.catalogue_path(), require_illustration=True)


@st.composite
def own_catalogues(draw: st.DrawFn) -> tuple[list[Exercise], Routine]:
    own_ids = draw(
        st.lists(ids.filter(lambda i: i not in BUILTIN.exercises), max_size=3, unique=True)
    )
    own = [draw(exercises(i, draw(st.none() | st.just(f"{i}.png")))) for i in own_ids]
    usable = own_ids + draw(st.lists(st.sampled_from(sorted(BUILTIN.exercises)), min_size=1))
    routine_id = draw(ids.filter(lambda i: i not in BUILTIN.routines))
    return own, draw(routines(routine_id, usable))


@settings(max_examples=150, deadline=None)
@given(own_catalogues())
def test_written_routines_and_exercises_load_back_exactly(
    case: tuple[list[Exercise], Routine],
) -> None:
    own, routine = case
    text = catalogue_text(own, [routine])
    loaded = parse_catalogue(text, "mine.json", base=BUILTIN, source="mine.json")
    assert list(loaded.exercises.values()) == own
    assert loaded.routines[routine.id] == dataclasses.replace(routine, source="mine.json")
    everything = merge(BUILTIN, loaded)
    before = compile_plan(routine, merge(BUILTIN, Catalogue({e.id: e for e in own})))
    after = compile_plan(loaded.routines[routine.id], everything)
    assert after.steps == before.steps


def test_a_built_in_routine_is_written_as_the_file_has_it() -> None:
    shipped = json.loads(resources.catalogue_path().read_text(encoding="utf-8"))
    routine = BUILTIN.routine("midday-desk-break")
    raw = next(r for r in shipped["routines"] if r["id"] == "midday-desk-break")
    written = routine_to_dict(routine)
    # Only the settings the file leaves to their defaults are spelt out in what is written.
    assert {k: v for k, v in written.items() if k in raw} == raw


def test_what_the_loader_would_refuse_is_refused_in_its_words() -> None:
    routine = dataclasses.replace(BUILTIN.routine("quick-reset"), id="mine", name="  ")
    with pytest.raises(CatalogueError) as caught:
        checked_catalogue_text([], [routine], file="mine.json", base=BUILTIN, source="mine.json")
    assert [str(p) for p in caught.value.problems] == [
        "mine.json: routine 'mine': field 'name': must not be empty"
    ]


def test_an_atomic_write_never_overwrites_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "a.json"
    write_atomically(target, "one", replace=False)
    with pytest.raises(FileExistsError):
        write_atomically(target, "two", replace=False)
    assert target.read_text() == "one"
    write_atomically(target, b"three", replace=True)
    assert target.read_text() == "three"
    assert [p.name for p in target.parent.iterdir()] == ["a.json"]
