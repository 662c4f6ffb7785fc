"""Exercise and routine catalogue: frozen dataclasses, loaded and validated from JSON.

Validation collects every problem in a file at once; each names the file, the item (its id,
or its index when it has no usable id) and the field, so a person can fix the file in one go.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

MAX_SECONDS = 3600.0
MIN_REPS, MAX_REPS = 1, 50
MAX_BREATHS = 50
FORMAT_VERSION = 1


class Position(StrEnum):
    FLOOR = "floor"
    SEATED = "seated"
    STANDING = "standing"


class Mode(StrEnum):
    HOLD = "hold"
    FLOW = "flow"


class Sides(StrEnum):
    NONE = "none"
    BOTH = "both"


@dataclass(frozen=True)
class Exercise:
    id: str
    name: str
    position: Position
    targets: tuple[str, ...]
    mode: Mode
    hold_seconds: float
    reps: int
    sides: Sides
    rest_seconds: float
    instructions: tuple[str, ...]
    breathing: str
    caution: str
    illustration: str | None = None
    tags: tuple[str, ...] = ()
    pace_seconds: float | None = None
    flow_cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class RoutineItem:
    exercise: str
    hold_seconds: float | None = None
    reps: int | None = None
    rest_seconds: float | None = None


@dataclass(frozen=True)
class Routine:
    id: str
    name: str
    description: str
    items: tuple[RoutineItem, ...]
    warmup_seconds: float = 0.0
    breaths_before: int = 0
    breaths_after: int = 0
    get_ready_seconds: float = 8.0
    switch_seconds: float = 5.0
    source: str = "built-in"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a catalogue file."""

    file: str
    item: str
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.item:
            where += f": {self.item}"
        if self.field:
            where += f": field '{self.field}'"
        return f"{where}: {self.message}"


class CatalogueError(Exception):
    """A catalogue file that cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Catalogue:
    exercises: dict[str, Exercise] = field(default_factory=dict)
    routines: dict[str, Routine] = field(default_factory=dict)

    def exercise(self, exercise_id: str) -> Exercise:
        return self.exercises[exercise_id]

    def routine(self, routine_id: str) -> Routine:
        return self.routines[routine_id]


@dataclass
class LoadResult:
    """The merged catalogue and the problems of the files that were skipped."""

    catalogue: Catalogue
    problems: list[Problem] = field(default_factory=list)


_EXERCISE_REQUIRED: dict[str, type | tuple[type, ...]] = {
    "id": str, "name": str, "position": str, "targets": list, "mode": str,
    "hold_seconds": (int, float), "reps": int, "sides": str, "rest_seconds": (int, float),
    "instructions": list, "breathing": str, "caution": str,
}  # fmt: skip
_EXERCISE_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "illustration": str, "tags": list, "pace_seconds": (int, float), "flow_cues": list,
}  # fmt: skip
_ROUTINE_REQUIRED: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "name": str,
    "description": str,
    "items": list,
}
_ROUTINE_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "warmup_seconds": (int, float), "breaths_before": int, "breaths_after": int,
    "get_ready_seconds": (int, float), "switch_seconds": (int, float),
}  # fmt: skip
_ITEM_REQUIRED: dict[str, type | tuple[type, ...]] = {"exercise": str}
_ITEM_OPTIONAL: dict[str, type | tuple[type, ...]] = {
    "hold_seconds": (int, float),
    "reps": int,
    "rest_seconds": (int, float),
}
_TYPE_NAMES = {str: "a string", list: "a list", int: "a whole number", dict: "an object"}


def _type_name(expected: type | tuple[type, ...]) -> str:
    if isinstance(expected, tuple):
        return "a number"
    return _TYPE_NAMES.get(expected, expected.__name__)


def _is_type(value: Any, expected: type | tuple[type, ...]) -> bool:
    # bool is an int subclass in Python, but "reps": true is a mistake, not a count.
    if isinstance(value, bool):
        return False
    return isinstance(value, expected)


class _Checker:
    """Collects problems for one file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def add(self, item: str, field_name: str, message: str) -> None:
        self.problems.append(Problem(self.file, item, field_name, message))

    def fields(
        self,
        obj: Mapping[str, Any],
        item: str,
        required: Mapping[str, type | tuple[type, ...]],
        optional: Mapping[str, type | tuple[type, ...]],
    ) -> bool:
        ok = True
        for key in obj:
            if key not in required and key not in optional:
                self.add(item, key, "unknown key")
                ok = False
        for key, expected in {**required, **optional}.items():
            if key not in obj:
                if key in required:
                    self.add(item, key, "missing")
                    ok = False
                continue
            if not _is_type(obj[key], expected):
                self.add(item, key, f"must be {_type_name(expected)}, not {obj[key]!r}")
                ok = False
        return ok

    def seconds(self, item: str, field_name: str, value: float, *, allow_zero: bool) -> None:
        if math.isnan(value) or math.isinf(value):
            self.add(item, field_name, f"must be a finite number of seconds, not {value}")
        elif value < 0 or (value == 0 and not allow_zero):
            bound = "0 or more" if allow_zero else "more than 0"
            self.add(item, field_name, f"must be {bound} seconds, not {value}")
        elif value > MAX_SECONDS:
            self.add(item, field_name, f"must be at most {MAX_SECONDS:.0f} seconds, not {value}")

    def count(self, item: str, field_name: str, value: int, low: int, high: int) -> None:
        if not low <= value <= high:
            self.add(item, field_name, f"must be from {low} to {high}, not {value}")

    def text_list(self, item: str, field_name: str, values: list[Any], *, nonempty: bool) -> None:
        if nonempty and not values:
            self.add(item, field_name, "must not be empty")
        for i, v in enumerate(values):
            if not isinstance(v, str) or not v.strip():
                self.add(item, f"{field_name}[{i}]", "must be a non-empty string")

    def text(self, item: str, field_name: str, value: str) -> None:
        if not value.strip():
            self.add(item, field_name, "must not be empty")

    def choice(self, item: str, field_name: str, value: str, enum: type[StrEnum]) -> None:
        allowed = [m.value for m in enum]
        if value not in allowed:
            self.add(item, field_name, f"must be one of {', '.join(allowed)}, not {value!r}")


def _label(kind: str, index: int, obj: Any) -> str:
    if isinstance(obj, dict) and isinstance(obj.get("id"), str) and obj["id"].strip():
        return f"{kind} '{obj['id']}'"
    return f"{kind} #{index}"


def _check_exercise(c: _Checker, obj: Any, label: str, require_illustration: bool) -> bool:
    if not isinstance(obj, dict):
        c.add(label, "", "must be an object")
        return False
    before = len(c.problems)
    if not c.fields(obj, label, _EXERCISE_REQUIRED, _EXERCISE_OPTIONAL):
        return False
    c.text(label, "id", obj["id"])
    c.text(label, "name", obj["name"])
    c.choice(label, "position", obj["position"], Position)
    c.choice(label, "mode", obj["mode"], Mode)
    c.choice(label, "sides", obj["sides"], Sides)
    c.seconds(label, "hold_seconds", float(obj["hold_seconds"]), allow_zero=False)
    c.seconds(label, "rest_seconds", float(obj["rest_seconds"]), allow_zero=True)
    c.count(label, "reps", obj["reps"], MIN_REPS, MAX_REPS)
    c.text_list(label, "targets", obj["targets"], nonempty=True)
    c.text_list(label, "instructions", obj["instructions"], nonempty=True)
    c.text_list(label, "tags", obj.get("tags", []), nonempty=False)
    c.text(label, "breathing", obj["breathing"])
    c.text(label, "caution", obj["caution"])
    if obj["mode"] == Mode.FLOW:
        if "pace_seconds" not in obj:
            c.add(label, "pace_seconds", "missing (a flow needs a pace)")
        else:
            c.seconds(label, "pace_seconds", float(obj["pace_seconds"]), allow_zero=False)
        if not obj.get("flow_cues"):
            c.add(label, "flow_cues", "missing (a flow needs its movement cues)")
        else:
            c.text_list(label, "flow_cues", obj["flow_cues"], nonempty=True)
    else:
        for key in ("pace_seconds", "flow_cues"):
            if key in obj:
                c.add(label, key, "only allowed for mode 'flow'")
    if "illustration" in obj:
        c.text(label, "illustration", obj["illustration"])
    elif require_illustration:
        c.add(label, "illustration", "missing (every built-in exercise is illustrated)")
    return len(c.problems) == before


def _build_exercise(obj: Mapping[str, Any]) -> Exercise:
    pace = obj.get("pace_seconds")
    return Exercise(
        id=obj["id"],
        name=obj["name"],
        position=Position(obj["position"]),
        targets=tuple(obj["targets"]),
        mode=Mode(obj["mode"]),
        hold_seconds=float(obj["hold_seconds"]),
        reps=obj["reps"],
        sides=Sides(obj["sides"]),
        rest_seconds=float(obj["rest_seconds"]),
        instructions=tuple(obj["instructions"]),
        breathing=obj["breathing"],
        caution=obj["caution"],
        illustration=obj.get("illustration"),
        tags=tuple(obj.get("tags", ())),
        pace_seconds=None if pace is None else float(pace),
        flow_cues=tuple(obj.get("flow_cues", ())),
    )


def _check_routine(c: _Checker, obj: Any, label: str, known: Iterable[str]) -> bool:
    if not isinstance(obj, dict):
        c.add(label, "", "must be an object")
        return False
    before = len(c.problems)
    if not c.fields(obj, label, _ROUTINE_REQUIRED, _ROUTINE_OPTIONAL):
        return False
    c.text(label, "id", obj["id"])
    c.text(label, "name", obj["name"])
    c.text(label, "description", obj["description"])
    for key in ("warmup_seconds", "get_ready_seconds", "switch_seconds"):
        if key in obj:
            c.seconds(label, key, float(obj[key]), allow_zero=True)
    for key in ("breaths_before", "breaths_after"):
        if key in obj:
            c.count(label, key, obj[key], 0, MAX_BREATHS)
    if not obj["items"]:
        c.add(label, "items", "must list at least one exercise")
    known_ids = set(known)
    for i, item in enumerate(obj["items"]):
        where = f"items[{i}]"
        if not isinstance(item, dict):
            c.add(label, where, "must be an object")
            continue
        item_label = f"{label} {where}"
        if not c.fields(item, item_label, _ITEM_REQUIRED, _ITEM_OPTIONAL):
            continue
        if item["exercise"] not in known_ids:
            c.add(item_label, "exercise", f"names unknown exercise {item['exercise']!r}")
        if "hold_seconds" in item:
            c.seconds(item_label, "hold_seconds", float(item["hold_seconds"]), allow_zero=False)
        if "rest_seconds" in item:
            c.seconds(item_label, "rest_seconds", float(item["rest_seconds"]), allow_zero=True)
        if "reps" in item:
            c.count(item_label, "reps", item["reps"], MIN_REPS, MAX_REPS)
    return len(c.problems) == before


def _build_routine(obj: Mapping[str, Any], source: str) -> Routine:
    def opt_float(o: Mapping[str, Any], key: str) -> float | None:
        return None if key not in o else float(o[key])

    items = tuple(
        RoutineItem(
            exercise=it["exercise"],
            hold_seconds=opt_float(it, "hold_seconds"),
            reps=it.get("reps"),
            rest_seconds=opt_float(it, "rest_seconds"),
        )
        for it in obj["items"]
    )
    defaults = Routine(id="", name="", description="", items=())
    return Routine(
        id=obj["id"],
        name=obj["name"],
        description=obj["description"],
        items=items,
        warmup_seconds=float(obj.get("warmup_seconds", defaults.warmup_seconds)),
        breaths_before=obj.get("breaths_before", defaults.breaths_before),
        breaths_after=obj.get("breaths_after", defaults.breaths_after),
        get_ready_seconds=float(obj.get("get_ready_seconds", defaults.get_ready_seconds)),
        switch_seconds=float(obj.get("switch_seconds", defaults.switch_seconds)),
        source=source,
    )


def _json_with_position(text: str, file: str) -> Any:
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise CatalogueError(
            [
                Problem(
                    file,
                    "",
                    "",
                    f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}",
                )
            ]
        ) from exc
    except ValueError as exc:
        raise CatalogueError([Problem(file, "", "", f"invalid JSON: {exc}")]) from exc


def _reject_constant(name: str) -> Any:
    # json accepts NaN/Infinity by default; they are never a valid duration.
    raise ValueError(f"{name} is not allowed")


def parse_catalogue(
    text: str,
    file: str,
    *,
    base: Catalogue | None = None,
    require_illustration: bool = False,
    source: str = "built-in",
) -> Catalogue:
    """Parse one catalogue file; raise :class:`CatalogueError` listing every problem.

    ``base`` holds exercises and routines already loaded: items may reference its
    exercises, and reusing one of its ids is an error (a user file cannot silently
    replace a built-in exercise).
    """
    c = _Checker(file)
    data = _json_with_position(text, file)
    if not isinstance(data, dict):
        raise CatalogueError([Problem(file, "", "", "the top level must be a JSON object")])
    for key in data:
        if key not in ("version", "exercises", "routines"):
            c.add("", key, "unknown key")
    version = data.get("version")
    if version != FORMAT_VERSION:
        c.add("", "version", f"must be {FORMAT_VERSION}, not {version!r}")
    raw_exercises = data.get("exercises", [])
    raw_routines = data.get("routines", [])
    if not isinstance(raw_exercises, list):
        c.add("", "exercises", "must be a list")
        raw_exercises = []
    if not isinstance(raw_routines, list):
        c.add("", "routines", "must be a list")
        raw_routines = []

    base = base or Catalogue()
    exercises: dict[str, Exercise] = {}
    for i, obj in enumerate(raw_exercises):
        label = _label("exercise", i, obj)
        if not _check_exercise(c, obj, label, require_illustration):
            continue
        if obj["id"] in exercises or obj["id"] in base.exercises:
            c.add(label, "id", "duplicate id")
            continue
        exercises[obj["id"]] = _build_exercise(obj)

    known = set(base.exercises) | {
        o["id"] for o in raw_exercises if isinstance(o, dict) and isinstance(o.get("id"), str)
    }
    routines: dict[str, Routine] = {}
    for i, obj in enumerate(raw_routines):
        label = _label("routine", i, obj)
        if not _check_routine(c, obj, label, known):
            continue
        if obj["id"] in routines or obj["id"] in base.routines:
            c.add(label, "id", "duplicate id")
            continue
        routines[obj["id"]] = _build_routine(obj, source)

    if c.problems:
        raise CatalogueError(c.problems)
    return Catalogue(exercises=exercises, routines=routines)


def load_file(
    path: Path, *, base: Catalogue | None = None, require_illustration: bool = False,
    source: str = "built-in",
) -> Catalogue:  # fmt: skip
    """Read and parse one catalogue file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError([Problem(str(path), "", "", f"cannot be read: {exc}")]) from exc
    return parse_catalogue(
        text, str(path), base=base, require_illustration=require_illustration, source=source
    )


def merge(base: Catalogue, extra: Catalogue) -> Catalogue:
    return Catalogue(
        exercises={**base.exercises, **extra.exercises},
        routines={**base.routines, **extra.routines},
    )


def load_catalogue(builtin: Path, user_dir: Path | None = None) -> LoadResult:
    """The built-in catalogue merged with every valid user file in ``user_dir``.

    The built-in file must be valid (it ships with the app; a problem there is a bug and
    raises). A bad user file is reported in ``problems`` and skipped.
    """
    catalogue = load_file(builtin, require_illustration=True)
    problems: list[Problem] = []
    if user_dir is not None and user_dir.is_dir():
        for path in sorted(user_dir.glob("*.json")):
            try:
                extra = load_file(path, base=catalogue, source=str(path))
            except CatalogueError as exc:
                problems.extend(exc.problems)
                continue
            catalogue = merge(catalogue, extra)
    return LoadResult(catalogue, problems)
