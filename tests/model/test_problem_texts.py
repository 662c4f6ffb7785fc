"""Every problem found in a person's file is a sentence the translation tools can find.

The bad files below go through every loader of a person's files; each problem they give
must carry a :class:`Text` (and every part of it) whose source is marked with
``QT_TRANSLATE_NOOP("Problem", ...)`` somewhere in the package, with as many values as
the source has placeholders, and its English must read exactly as it always has.
"""

from __future__ import annotations

import ast
import copy
import json
import os
import pickle
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from model_fakes import TINY, exercise

import stretchtimer
from stretchtimer import resources
from stretchtimer.model.catalogue import (
    Catalogue,
    CatalogueError,
    load_catalogue,
    parse_catalogue,
)
from stretchtimer.model.catalogue_i18n import english_reference, parse_translation
from stretchtimer.model.exercise_files import read_chosen_picture
from stretchtimer.model.field_rules import MAX_PROBLEMS
from stretchtimer.model.reminders import reminders_from_json
from stretchtimer.model.safety import builtin_safety, parse_safety
from stretchtimer.model.settings import load_settings, settings_from_dict
from stretchtimer.model.sharing import prepare_file_import
from stretchtimer.model.sharing.bundle import parse_bundle
from stretchtimer.model.sharing.pictures import content_problem, name_problem
from stretchtimer.model.sharing.workrave import parse_workrave
from stretchtimer.model.texts import Text
from stretchtimer.model.untrusted import LoadError, Message, Problem, read_json
from stretchtimer.model.warmups import load_warmups

PACKAGE = Path(stretchtimer.__file__).parent
_PLACEHOLDER = re.compile(r"%(\d)")


@cache
def marked_sources() -> frozenset[str]:
    """Every literal ``QT_TRANSLATE_NOOP("Problem", "...")`` in the package, as lupdate reads."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
                and [type(a) for a in node.args] == [ast.Constant, ast.Constant]
                and node.args[0].value == "Problem"  # type: ignore[attr-defined]
            ):
                found.add(node.args[1].value)  # type: ignore[attr-defined]
    return frozenset(found)


def texts_in(text: Text) -> Iterator[Text]:
    yield text
    for value in text.values:
        if isinstance(value, Text):
            yield from texts_in(value)


def old_english(problem: Problem) -> str:
    """How a problem was worded before it could be translated."""
    where = problem.file
    if problem.item:
        where += f": {problem.item}"
    if problem.field:
        where += f": field '{problem.field}'"
    return f"{where}: {problem.message}"


def assert_translatable(message: str) -> None:
    assert isinstance(message, Message), repr(message)
    for text in texts_in(message.text):
        assert text.context == "Problem", text
        assert text.source in marked_sources(), text.source
        numbers = {int(n) for n in _PLACEHOLDER.findall(text.source)}
        assert numbers == set(range(1, len(text.values) + 1)), text
    assert message == message.text.english()


def assert_problems(problems: list[Problem]) -> None:
    assert problems
    for problem in problems:
        assert_translatable(problem.message)
        if " " in problem.item:  # "routine 'mine'", not a bare id or field name
            assert_translatable(problem.item)
        sentence = problem.sentence()
        assert sentence.source in marked_sources()
        assert str(problem) == sentence.english() == old_english(problem)


def catalogue_problems(text: str, base: Catalogue | None = None) -> list[Problem]:
    with pytest.raises(CatalogueError) as info:
        parse_catalogue(text, "mine.json", base=base, require_illustration=True)
    return info.value.problems


def routine(**over: Any) -> dict[str, Any]:
    base = {"id": "r", "name": "R", "description": "D.", "items": [{"exercise": "solo"}]}
    return {**base, **over}


BAD_CATALOGUES: list[dict[str, Any]] = [
    {"version": 1, "exercises": [7, exercise("a", name="", hold_seconds=0, reps=99)]},
    {"version": 1, "exercises": [exercise("a", position="upside down", colour="red")]},
    {"version": 1, "exercises": [exercise("a", name="x" * 500, targets=[], tags=["", 3])]},
    {"version": 1, "exercises": [exercise("a", hold_seconds="long", rest_seconds=-1)]},
    {"version": 1, "exercises": [exercise("a", hold_seconds=10**20, reps=2.5)]},
    {"version": 1, "exercises": [exercise("a", name="\ud800", illustration="../x.svg")]},
    {"version": 1, "exercises": [exercise("a", mode="flow"), exercise("b", pace_seconds=2)]},
    {"version": 1, "exercises": [exercise("a"), exercise("a"), {"id": "c"}]},
    {"version": 1, "exercises": [{k: v for k, v in exercise("a").items() if k != "illustration"}]},
    {"version": 1, "exercises": [exercise("a", instructions=["x"] * 60)]},
    {"version": 1, "routines": [routine(items=[]), routine(id="q", items=[{"exercise": "no"}])]},
    {"version": 1, "routines": [routine(items=[7]), "routine", routine(), routine()]},
    {"version": 1, "routines": [routine(items=[{"exercise": "solo", "hold_seconds": 3600}] * 30)]},
    {"version": 1, "routines": [routine(breaths_before=99, warmup_seconds=float("nan"))]},
]


@pytest.fixture(scope="module")
def base() -> Catalogue:
    return parse_catalogue(json.dumps(TINY), "tiny.json")


@pytest.mark.parametrize("doc", BAD_CATALOGUES)
def test_every_catalogue_problem_is_translatable(doc: dict[str, Any], base: Catalogue) -> None:
    text = json.dumps(doc).replace("NaN", "1e999")
    assert_problems(catalogue_problems(text, base))


@pytest.mark.parametrize(
    "text", ["[1]", "{", '{"a": NaN}', "[" * 40 + "]" * 40, '{"version": 1, "x": 1e999}']
)
def test_every_json_problem_is_translatable(text: str) -> None:
    assert_problems(catalogue_problems(text))


def test_more_problems_than_are_listed_are_counted_translatably() -> None:
    doc = {"version": 1, "exercises": [exercise(f"e{i}", name="") for i in range(MAX_PROBLEMS + 5)]}
    problems = catalogue_problems(json.dumps(doc))
    assert str(problems[-1]) == "mine.json: 5 more problems are not listed"
    assert_problems(problems)


def read_problems(path: Path, limit: int = 100) -> list[Problem]:
    with pytest.raises(LoadError) as info:
        read_json(path, limit=limit)
    return info.value.problems


def test_every_problem_reading_a_file_is_translatable(tmp_path: Path) -> None:
    assert_problems(read_problems(tmp_path / "missing.json"))
    assert_problems(read_problems(tmp_path))
    os.mkfifo(tmp_path / "fifo")
    assert_problems(read_problems(tmp_path / "fifo"))
    (tmp_path / "big.json").write_text("[" + "1," * 100 + "1]")
    assert_problems(read_problems(tmp_path / "big.json"))
    (tmp_path / "latin1.json").write_bytes(b'"\xe9"')
    assert_problems(read_problems(tmp_path / "latin1.json"))


def test_every_user_routine_budget_problem_is_translatable(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "a.json").write_text(" " * (4 * 1024 * 1024 + 1))
    (folder / "b.json").write_text("{}")
    problems = load_catalogue(resources.catalogue_path(), folder).problems
    assert any("not read: the files before it use all" in str(p) for p in problems)
    assert_problems(problems)


def test_every_safety_problem_is_translatable() -> None:
    for text in ("[]", '{"version": 2, "title": "", "paragraphs": [], "x": 1}'):
        with pytest.raises(LoadError) as info:
            parse_safety(text, "safety.json")
        assert_problems(info.value.problems)


def test_every_catalogue_translation_problem_is_translatable() -> None:
    loaded = load_catalogue(resources.catalogue_path())
    warmups, _ = load_warmups(resources.warmups_path())
    reference = english_reference(
        loaded.catalogue, loaded.builtin_exercises, warmups=warmups, safety=builtin_safety()
    )
    folder = resources.catalogue_translations_dir()
    german = json.loads((folder / "de.json").read_text(encoding="utf-8"))
    doc = copy.deepcopy(german)
    doc["exercises"]["cobra"]["instructions"].pop()
    doc["exercises"]["sphinx"]["flow_cues"] = ["Hoch"]
    doc["exercises"]["cobra"]["name"] = ["Kobra"]
    doc["exercises"]["cat-cow"]["instructions"] = "Eins"
    doc["exercises"]["no-such-stretch"] = {"name": "Nein"}
    doc["routines"]["quick-reset"] = "Schnell"
    doc["tags"]["gentle"] = 7
    doc["safety"] = {"title": 1}
    doc["colours"] = {}
    doc["targets"] = []
    bad: list[Any] = [doc, {**german, "language": "fr"}, []]
    texts = [json.dumps(b) for b in bad] + ["{"]
    for text in texts:
        _, problems = parse_translation(text, "de.json", "de", reference)
        assert_problems(problems)


def test_every_bundle_problem_is_translatable() -> None:
    bad = {
        "format": "other",
        "version": 9,
        "catalogue": [],
        "extra": 1,
        "pictures": {"../x.png": "", "a.gif": "", "b.png": 3, "c.png": "!!", "d.svg": "PHA+"},
    }
    for data in (json.dumps(bad).encode(), b"\xff{", b"{", b"[]", b'{"a": NaN}'):
        with pytest.raises(CatalogueError) as info:
            parse_bundle(data, "shared.json")
        assert_problems(info.value.problems)
    too_many = {"format": "other", "version": 1, "pictures": {f"p{i}.png": "" for i in range(999)}}
    with pytest.raises(CatalogueError) as info:
        parse_bundle(json.dumps(too_many).encode(), "shared.json")
    assert_problems(info.value.problems)


WORKRAVE_BAD = [
    b"<exercises><exercise><title></title><sequence/><sequence/></exercise></exercises>",
    b"""<exercises><exercise><title>A</title><description>Do it.</description>
    <sequence duration="x"><image src="/etc/a.png" mirrorx="maybe" duration="-1"/><text/>
    <image duration="nan"/><image src="b.png" duration="99999"/></sequence></exercise>
    <exercise><title>B</title><description>Do.</description><sequence>
    <image src="c.png"/></sequence></exercise></exercises>""",
    b"<exercises><exercise/></exercises>",
    b"<exercises/>",
    b"<other/>",
    b"<exercises>",
    b"\x00",
    b'<!DOCTYPE x [<!ENTITY a "b">]><exercises/>',
]


@pytest.mark.parametrize("data", WORKRAVE_BAD)
def test_every_workrave_problem_is_translatable(data: bytes, tmp_path: Path) -> None:
    (tmp_path / "b.png").write_bytes(b"not a png")
    (tmp_path / "c.png").mkdir()
    with pytest.raises(CatalogueError) as info:
        parse_workrave(data, tmp_path / "exercises.xml", "en")
    assert_problems(info.value.problems)


def test_every_problem_of_a_file_to_import_is_translatable(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "huge.xml").write_text("<exercises>" + " " * (5 * 1024 * 1024) + "</exercises>")
    for name in ("notes.txt", "huge.xml", "nothing-here"):
        with pytest.raises(CatalogueError) as info:
            prepare_file_import(
                tmp_path / name, language="en", current=Catalogue(), data_dir=tmp_path
            )
        assert_problems(info.value.problems)


def test_every_picture_problem_is_translatable(tmp_path: Path) -> None:
    for name, data in [
        ("a.png", b"x"),
        ("a.jpg", b"x"),
        ("a.svg", b"x"),
        ("a.svg", b"<!DOCTYPE svg><svg/>"),
        ("a.png", b"\x89PNG\r\n\x1a\n" * (600 * 1024)),
    ]:
        found = content_problem(name, data)
        assert found is not None
        assert_translatable(found)
        (tmp_path / name).write_bytes(data)
        with pytest.raises(CatalogueError) as info:
            read_chosen_picture(tmp_path / name)
        assert_problems(info.value.problems)
    for name in ("../a.png", "a.gif"):
        found = name_problem(name)
        assert found is not None
        assert_translatable(found)
    (tmp_path / "a.gif").write_bytes(b"GIF89a")
    with pytest.raises(CatalogueError) as info:
        read_chosen_picture(tmp_path / "a.gif")
    assert_problems(info.value.problems)


HOSTILE_REMINDERS: list[Any] = [
    [],
    {
        "enabled": "yes",
        "streak_nudge": 1,
        "colour": 1,
        "daily": [
            7,
            {"time": "25:00"},
            {"time": "09:00", "days": ["someday"]},
            {"time": "09:00", "routine": 7, "x": 1},
            {"time": "09:00", "skip_when_done": "often"},
        ],
        "active_break": {"minutes": 1, "y": 2},
        "working_hours": {"mon": ["17:00", "09:00"], "someday": 1},
        "streak_nudge_at": "late",
        "paused_until": "2030-01-01T00:00",
    },
    {
        "daily": {"time": "09:00"},
        "active_break": {"minutes": 50, "routine": 7, "natural_break_minutes": 999},
        "working_hours": [],
    },
    {"daily": [{"time": "09:00"}] * 60, "active_break": 1},
]


@pytest.mark.parametrize("data", HOSTILE_REMINDERS)
def test_every_reminders_problem_is_translatable(data: Any) -> None:
    _, problems = reminders_from_json(data, "settings.json")
    assert problems
    for line in problems:
        assert_translatable(line)


@pytest.mark.parametrize(
    "data",
    [[], {"volume": "loud", "nonsense": 1, "reminders": [], "pinned_routines": [1]}],
)
def test_every_settings_problem_is_translatable(data: Any) -> None:
    _, problems = settings_from_dict(data, "settings.json")
    assert problems
    for line in problems:
        assert_translatable(line)


def test_every_damaged_settings_file_problem_is_translatable(tmp_path: Path) -> None:
    damaged = tmp_path / "settings.json"
    damaged.write_text("{")
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    for path in (damaged, fifo):
        _, problems = load_settings(path)
        assert len(problems) == 1
        assert_translatable(problems[0])
    assert str(problems[0]).startswith(f"{fifo}: is not a regular file (it is a FIFO)")


def test_each_part_of_a_problem_is_translated_and_names_stay_as_written() -> None:
    doc = {"version": 1, "routines": [routine(items=[])]}
    [problem] = catalogue_problems(json.dumps(doc))
    asked: list[tuple[str, str]] = []

    def shout(context: str, source: str) -> str:
        asked.append((context, source))
        return source.upper()

    assert problem.sentence().words(shout) == (
        "mine.json: ROUTINE 'r': FIELD 'items': MUST LIST AT LEAST ONE EXERCISE"
    )
    assert asked == [
        ("Problem", "%1: %2: field '%3': %4"),
        ("Problem", "routine %1"),
        ("Problem", "must list at least one exercise"),
    ]


def test_a_problem_survives_copying_and_pickling_with_its_sentence() -> None:
    [problem] = catalogue_problems(json.dumps({"version": 1, "routines": [routine(items=[])]}))
    for again in (copy.deepcopy(problem), pickle.loads(pickle.dumps(problem))):
        assert again == problem
        assert_translatable(again.message)
