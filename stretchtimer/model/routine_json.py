"""Routines and exercises written back in the catalogue's JSON format, and written safely.

The loader (:mod:`stretchtimer.model.catalogue`) is the one judge of these files: what is
written here is parsed by it again before it is trusted, so the two cannot drift apart.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from stretchtimer.model.catalogue import (
    FORMAT_VERSION,
    Catalogue,
    Exercise,
    Mode,
    Routine,
    RoutineItem,
    parse_catalogue,
)


def _number(value: float) -> float | int:
    # 20 reads better than 20.0 in a file a person may open; both load as 20.0.
    return int(value) if float(value).is_integer() else value


def exercise_to_dict(exercise: Exercise) -> dict[str, Any]:
    """``exercise`` as one entry of a catalogue file's ``exercises`` list."""
    out: dict[str, Any] = {
        "id": exercise.id,
        "name": exercise.name,
        "position": exercise.position.value,
        "targets": list(exercise.targets),
        "mode": exercise.mode.value,
        "hold_seconds": _number(exercise.hold_seconds),
        "reps": exercise.reps,
        "sides": exercise.sides.value,
        "rest_seconds": _number(exercise.rest_seconds),
        "instructions": list(exercise.instructions),
        "breathing": exercise.breathing,
        "caution": exercise.caution,
    }
    if exercise.illustration is not None:
        out["illustration"] = exercise.illustration
    if exercise.tags:
        out["tags"] = list(exercise.tags)
    if exercise.mode is Mode.FLOW:
        if exercise.pace_seconds is not None:
            out["pace_seconds"] = _number(exercise.pace_seconds)
        out["flow_cues"] = list(exercise.flow_cues)
    return out


def item_to_dict(item: RoutineItem) -> dict[str, Any]:
    out: dict[str, Any] = {"exercise": item.exercise}
    if item.hold_seconds is not None:
        out["hold_seconds"] = _number(item.hold_seconds)
    if item.reps is not None:
        out["reps"] = item.reps
    if item.rest_seconds is not None:
        out["rest_seconds"] = _number(item.rest_seconds)
    return out


def routine_to_dict(routine: Routine) -> dict[str, Any]:
    """``routine`` as one entry of a catalogue file's ``routines`` list (``source`` is where
    a routine was read from, not part of it, so it is not written)."""
    return {
        "id": routine.id,
        "name": routine.name,
        "description": routine.description,
        "warmup_seconds": _number(routine.warmup_seconds),
        "breaths_before": routine.breaths_before,
        "breaths_after": routine.breaths_after,
        "get_ready_seconds": _number(routine.get_ready_seconds),
        "switch_seconds": _number(routine.switch_seconds),
        "items": [item_to_dict(i) for i in routine.items],
    }


def catalogue_document(
    exercises: Iterable[Exercise], routines: Iterable[Routine]
) -> dict[str, Any]:
    return {
        "version": FORMAT_VERSION,
        "exercises": [exercise_to_dict(e) for e in exercises],
        "routines": [routine_to_dict(r) for r in routines],
    }


def catalogue_text(exercises: Iterable[Exercise], routines: Iterable[Routine]) -> str:
    """A complete catalogue file holding ``exercises`` and ``routines``."""
    document = catalogue_document(exercises, routines)
    return json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def checked_catalogue_text(
    exercises: Iterable[Exercise],
    routines: Iterable[Routine],
    *,
    file: str,
    base: Catalogue,
    source: str,
) -> tuple[str, Catalogue]:
    """The file's text and what the loader makes of it; raises ``CatalogueError`` when the
    loader would refuse it, with its words, so nothing unloadable is ever written."""
    text = catalogue_text(exercises, routines)
    return text, parse_catalogue(text, file, base=base, source=source)

