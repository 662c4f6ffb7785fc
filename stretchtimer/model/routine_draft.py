"""A routine being edited: the changes a person makes, and the loader's verdict on it.

The editor never judges a routine by rules of its own: :func:`draft_problems` asks the
catalogue loader, and :func:`problem_place` says which field of the form each problem
belongs beside.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass

from stretchtimer.model.catalogue import Catalogue, CatalogueError, Routine, RoutineItem
from stretchtimer.model.routine_json import checked_catalogue_text
from stretchtimer.model.sharing.imports import free_id
from stretchtimer.model.untrusted import Problem

_ITEM = re.compile(r" items\[(\d+)\]$")


def slug(text: str, fallback: str = "my-routine") -> str:
    """An id made from a name: lower case, words joined by hyphens."""
    made = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")
    return made or fallback


def new_id(name: str, taken: Iterable[str]) -> str:
    return free_id(slug(name), set(taken))


def empty_routine(routine_id: str, name: str, description: str) -> Routine:
    return Routine(id=routine_id, name=name, description=description, items=(), source="")


def moved(routine: Routine, index: int, to: int) -> Routine:
    """``routine`` with item ``index`` moved to position ``to`` (clamped)."""
    items = list(routine.items)
    if not 0 <= index < len(items):
        return routine
    item = items.pop(index)
    items.insert(max(0, min(to, len(items))), item)
    return dataclasses.replace(routine, items=tuple(items))


def removed(routine: Routine, index: int) -> Routine:
    items = routine.items[:index] + routine.items[index + 1 :]
    return dataclasses.replace(routine, items=items)


def added(routine: Routine, exercise_id: str, at: int | None = None) -> Routine:
    items = list(routine.items)
    items.insert(len(items) if at is None else at, RoutineItem(exercise_id))
    return dataclasses.replace(routine, items=tuple(items))


def with_item(routine: Routine, index: int, **changes: float | int | None) -> Routine:
    """``routine`` with item ``index``'s overrides changed (None: the exercise's default)."""
    items = list(routine.items)
    items[index] = dataclasses.replace(items[index], **changes)  # type: ignore[arg-type]
    return dataclasses.replace(routine, items=tuple(items))


@dataclass(frozen=True)
class Place:
    """Where a problem shows in the form: a routine field, or a field of one item."""

    item: int | None
    field: str


def problem_place(problem: Problem) -> Place:
    found = _ITEM.search(problem.item)
    if found is not None:
        return Place(int(found.group(1)), problem.field)
    items = re.fullmatch(r"items\[(\d+)\]", problem.field)
    if items is not None:
        return Place(int(items.group(1)), "")
    return Place(None, problem.field)


def grouped_problems(
    problems: Iterable[Problem],
) -> tuple[dict[str, str], dict[int, dict[str, str]]]:
    """The first problem of each routine field, and of each field of each item."""
    own: dict[str, str] = {}
    per_item: dict[int, dict[str, str]] = {}
    for problem in problems:
        place = problem_place(problem)
        if place.item is None:
            own.setdefault(place.field, problem.message)
        else:
            per_item.setdefault(place.item, {}).setdefault(place.field, problem.message)
    return own, per_item


def draft_problems(routine: Routine, catalogue: Catalogue, file: str) -> list[Problem]:
    """What the loader would say of ``routine`` saved as ``file`` (nothing when it loads).

    The routine's own earlier version in ``catalogue`` is left out: saving replaces it.
    """
    base = Catalogue(
        exercises=catalogue.exercises,
        routines={k: v for k, v in catalogue.routines.items() if k != routine.id},
    )
    try:
        checked_catalogue_text([], [routine], file=file, base=base, source=file)
    except CatalogueError as exc:
        return exc.problems
    return []
