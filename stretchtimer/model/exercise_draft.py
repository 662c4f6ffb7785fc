"""An exercise being made or changed: its id, a copy of a built-in, and the loader's verdict.

As for routines (:mod:`stretchtimer.model.routine_draft`), the form never judges an
exercise by rules of its own: :func:`exercise_problems` asks the catalogue loader, and
:func:`problem_field` says which field of the form a problem belongs beside.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping

from stretchtimer.model.catalogue import Catalogue, CatalogueError, Exercise, Mode, Position, Sides
from stretchtimer.model.routine_draft import slug
from stretchtimer.model.routine_json import checked_catalogue_text
from stretchtimer.model.sharing.imports import free_id
from stretchtimer.model.untrusted import Problem

_INDEX = re.compile(r"\[(\d+)\]$")


def new_exercise_id(name: str, taken: Iterable[str]) -> str:
    return free_id(slug(name, fallback="my-exercise"), set(taken))


def blank_exercise(exercise_id: str, name: str, breathing: str, caution: str) -> Exercise:
    """A new exercise with the house's usual dose: a 20 s hold, three times, one side;
    the breathing hint and the caution are the person's language's defaults."""
    return Exercise(
        id=exercise_id, name=name, position=Position.SEATED, targets=(), mode=Mode.HOLD,
        hold_seconds=20.0, reps=3, sides=Sides.NONE, rest_seconds=5.0, instructions=(),
        breathing=breathing, caution=caution, source="",
    )  # fmt: skip


def customised(exercise: Exercise, name: str, taken: Iterable[str]) -> Exercise:
    """An editable copy of ``exercise`` called ``name``; its picture is copied separately."""
    return dataclasses.replace(
        exercise, id=new_exercise_id(name, taken), name=name, illustration=None, source=""
    )


def problem_field(problem: Problem) -> tuple[str, int | None]:
    """The form field a problem belongs to, and the entry of a list field it names."""
    found = _INDEX.search(problem.field)
    if found is None:
        return problem.field, None
    return problem.field[: found.start()], int(found.group(1))


def exercise_problems(
    exercise: Exercise, others: Mapping[str, Exercise], file: str
) -> list[Problem]:
    """What the loader would say of ``exercise`` saved in ``file`` (nothing when it loads).

    ``others`` are the exercises already known; the exercise's own earlier version among
    them is left out, as saving replaces it.
    """
    base = Catalogue(exercises={k: v for k, v in others.items() if k != exercise.id})
    try:
        checked_catalogue_text([exercise], [], file=file, base=base, source=file)
    except CatalogueError as exc:
        return exc.problems
    return []


def users_of(exercise_id: str, catalogue: Catalogue) -> list[str]:
    """The names of the routines that use the exercise, in the catalogue's order."""
    routines = catalogue.routines.values()
    return [r.name for r in routines if any(i.exercise == exercise_id for i in r.items)]
