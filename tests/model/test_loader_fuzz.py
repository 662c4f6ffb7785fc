"""Fuzzing every loader of files from the data folder: random bytes and hostile JSON.

Whatever the file holds, a loader returns a value or raises its own error type (the
settings loader never raises at all), each message is short enough to show, and what
loads can be used: every routine compiles to a plan of at most 24 hours. The per-example
deadline is generous (1 s) so a busy machine does not fail it; a hang or a quadratic blow-up
still does.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from model_fakes import TINY

from stretchtimer import resources
from stretchtimer.model.catalogue import (
    MAX_ROUTINE_HOURS,
    Catalogue,
    CatalogueError,
    load_catalogue,
    load_file,
    parse_catalogue,
)
from stretchtimer.model.field_rules import MAX_PROBLEMS
from stretchtimer.model.plan import compile_plan
from stretchtimer.model.reminders import reminders_from_json
from stretchtimer.model.safety import SafetyNotice, load_safety, parse_safety
from stretchtimer.model.settings import (
    Settings,
    load_settings,
    settings_from_dict,
    settings_to_json,
)
from stretchtimer.model.untrusted import LoadError, Problem

FUZZ = settings(
    max_examples=100,
    deadline=1000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
MAX_MESSAGE = 600  # file path, item, field and message: short enough for a notice

# --- strategies ----------------------------------------------------------------------------

# Integers of 16 to 400 digits, either sign: cheap to draw, and past every range and float.
huge_ints = st.tuples(st.integers(15, 400), st.sampled_from([1, -1])).map(
    lambda t: t[1] * 10 ** t[0]
)
hostile = (
    huge_ints
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from([1e308, -0.0, 1e-320, 3600.0001, 0, 51, True])
    | st.text(min_size=1, max_size=3).map(lambda s: s * 700)  # long strings, long words
)
scalars = hostile | st.none() | st.integers(-1000, 100_000) | st.text(max_size=20)
keys = st.text(max_size=10) | st.text(min_size=1, max_size=2).map(lambda s: s * 200)
json_values = hostile | st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=25,
)


@st.composite
def deeply_nested(draw: st.DrawFn) -> str:
    depth = draw(st.integers(0, 3000))
    opener, closer = draw(st.sampled_from([("[", "]"), ('{"a": ', "}")]))
    inner = json.dumps(draw(scalars))
    return opener * depth + inner + closer * draw(st.sampled_from([depth, 0, depth // 2]))


def _document(value: Any) -> str:
    # NaN and Infinity are written as JSON's extensions, which the loaders must refuse.
    return json.dumps(value, allow_nan=True)


def _set_path(doc: Any, path: list[Any], value: Any) -> Any:
    """``doc`` with the value at ``path`` replaced (or a new key added)."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(doc, dict):
        return {**doc, head: _set_path(doc.get(head), rest, value)}
    if isinstance(doc, list) and doc:
        i = head % len(doc) if isinstance(head, int) else 0
        return [*doc[:i], _set_path(doc[i], rest, value), *doc[i + 1 :]]
    return value


def _paths(doc: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in ``doc``: each value, and a new key in each object."""
    found = [here]
    if isinstance(doc, dict):
        found.append((*here, "extra"))
        for key, value in doc.items():
            found += _paths(value, (*here, key))
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            found += _paths(value, (*here, i))
    return found


CATALOGUE_PATHS = _paths(TINY)


@st.composite
def mutated_catalogue(draw: st.DrawFn) -> str:
    """TINY with a few of its values (or new keys) replaced by hostile ones."""
    doc: Any = json.loads(json.dumps(TINY))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(CATALOGUE_PATHS))
        doc = _set_path(doc, list(path), draw(hostile | json_values))
    return _document(doc)


def mutated_object(template: dict[str, Any]) -> st.SearchStrategy[str]:
    names = sorted(template)
    values = hostile | json_values
    return st.dictionaries(st.sampled_from(names) | keys, values, max_size=6).map(
        lambda over: _document({**template, **over})
    )


def texts(structured: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return structured | deeply_nested()


def raw_bytes(structured: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    """Random bytes, and valid-looking JSON with bytes spliced in (bad UTF-8, cut short)."""

    def splice(args: tuple[bytes, bytes, int]) -> bytes:
        doc, junk, at = args
        at %= len(doc) + 1
        return doc[:at] + junk + doc[at:]

    spliced = st.tuples(structured.map(str.encode), st.binary(max_size=8), st.integers(0, 10**6))
    return st.binary(max_size=2000) | spliced.map(splice)


# --- checks --------------------------------------------------------------------------------


def _check_problems(problems: list[Problem]) -> None:
    assert 0 < len(problems) <= MAX_PROBLEMS + 1
    for p in problems:
        assert len(str(p)) < MAX_MESSAGE, str(p)[:200]


def _check_usable(catalogue: Catalogue, base: Catalogue | None = None) -> None:
    merged = Catalogue({**(base.exercises if base else {}), **catalogue.exercises},
                       dict(catalogue.routines))  # fmt: skip
    for routine in catalogue.routines.values():
        plan = compile_plan(routine, merged)
        assert plan.total_seconds <= MAX_ROUTINE_HOURS * 3600


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def builtin() -> Catalogue:
    return load_catalogue(resources.catalogue_path()).catalogue


def _fresh(workdir: Path) -> Path:
    """An empty folder for one example (the settings loader keeps damaged files aside)."""
    shutil.rmtree(workdir)
    workdir.mkdir()
    return workdir


# --- the catalogue and user routine files ----------------------------------------------------


@FUZZ
@given(text=texts(mutated_catalogue()))
def test_catalogue_text(builtin: Catalogue, text: str) -> None:
    try:
        catalogue = parse_catalogue(text, "user.json", base=builtin, source="user.json")
    except CatalogueError as exc:
        _check_problems(exc.problems)
    else:
        _check_usable(catalogue, builtin)


@FUZZ
@given(data=raw_bytes(mutated_catalogue()))
def test_catalogue_user_files(workdir: Path, data: bytes) -> None:
    folder = _fresh(workdir)
    (folder / "builtin.json").write_text(json.dumps(TINY), encoding="utf-8")
    (folder / "routines").mkdir()
    (folder / "routines" / "x.json").write_bytes(data)
    result = load_catalogue(folder / "builtin.json", folder / "routines")
    for p in result.problems:
        assert len(str(p)) < MAX_MESSAGE
    _check_usable(result.catalogue)
    try:
        load_file(folder / "routines" / "x.json")  # also as a file with no base to lean on
    except CatalogueError as exc:
        _check_problems(exc.problems)


# --- settings.json ---------------------------------------------------------------------------

SETTINGS_TEMPLATE = settings_to_json(Settings(reminders=reminders_from_json(
    {"daily": [{"time": "12:30", "days": ["mon", "fri"], "routine": "r"}],
     "active_break": {"minutes": 50}, "working_hours": {"mon": ["09:00", "17:00"]},
     "paused_until": "2030-01-01T00:00:00+00:00"}, "template")[0]))


def _check_settings(value: Settings, problems: list[str]) -> None:
    assert isinstance(value, Settings)
    assert 0 <= value.volume <= 100 and 1 <= value.weekly_goal_days <= 7
    for line in problems:
        assert len(line) < MAX_MESSAGE + 200, line[:200]  # + the "kept as <path>" tail


@FUZZ
@given(data=raw_bytes(texts(mutated_object(SETTINGS_TEMPLATE))))
def test_settings_file(workdir: Path, data: bytes) -> None:
    path = _fresh(workdir) / "settings.json"
    path.write_bytes(data)
    _check_settings(*load_settings(path))


@FUZZ
@given(text=texts(mutated_object(SETTINGS_TEMPLATE)))
def test_settings_text(workdir: Path, text: str) -> None:
    path = _fresh(workdir) / "settings.json"
    path.write_text(text, encoding="utf-8")
    _check_settings(*load_settings(path))


@FUZZ
@given(value=json_values)
def test_settings_from_any_value(value: Any) -> None:
    _check_settings(*settings_from_dict(value, "s.json"))


# --- safety.json -----------------------------------------------------------------------------

SAFETY_TEMPLATE = {"version": 1, "title": "T", "paragraphs": ["P."], "avoid_with_back_pain": ["A."]}


@FUZZ
@given(text=texts(mutated_object(SAFETY_TEMPLATE)))
def test_safety_text(text: str) -> None:
    try:
        assert isinstance(parse_safety(text, "safety.json"), SafetyNotice)
    except LoadError as exc:
        _check_problems(exc.problems)


@FUZZ
@given(data=raw_bytes(mutated_object(SAFETY_TEMPLATE)))
def test_safety_file(workdir: Path, data: bytes) -> None:
    path = _fresh(workdir) / "safety.json"
    path.write_bytes(data)
    try:
        assert isinstance(load_safety(path), SafetyNotice)
    except LoadError as exc:
        _check_problems(exc.problems)
