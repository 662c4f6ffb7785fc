"""Catalogue validation: every problem at once, each naming file, item and field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from model_fakes import TINY, exercise

from stretchtimer.model.catalogue import (
    CatalogueError,
    Mode,
    Position,
    Sides,
    load_catalogue,
    parse_catalogue,
)


def data(**over: Any) -> dict[str, Any]:
    d: dict[str, Any] = json.loads(json.dumps(TINY))
    d.update(over)
    return d


def problems_of(d: Any, **kw: Any) -> list[str]:
    with pytest.raises(CatalogueError) as info:
        parse_catalogue(json.dumps(d), "user.json", **kw)
    return [str(p) for p in info.value.problems]


def test_valid_file_builds_frozen_dataclasses() -> None:
    cat = parse_catalogue(json.dumps(TINY), "t.json")
    ex = cat.exercise("sided")
    assert ex.sides is Sides.BOTH and ex.position is Position.FLOOR and ex.mode is Mode.HOLD
    assert ex.instructions == ("Get into position.", "Hold.", "Come out slowly.")
    with pytest.raises(AttributeError):
        ex.reps = 5  # type: ignore[misc]
    assert cat.exercise("wave").flow_cues == ("Up", "Down")
    assert cat.routine("tiny").items[1].exercise == "sided"


def test_invalid_json_names_line_and_column() -> None:
    with pytest.raises(CatalogueError) as info:
        parse_catalogue('{"version": 1,\n  "exercises": [,]}', "bad.json")
    assert str(info.value) == "bad.json: invalid JSON at line 2, column 17: Expecting value"


def test_nan_is_rejected_even_though_python_json_accepts_it() -> None:
    with pytest.raises(CatalogueError, match="NaN is not allowed"):
        parse_catalogue('{"version": 1, "exercises": [{"hold_seconds": NaN}]}', "n.json")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        (
            "hold_seconds",
            0,
            "user.json: exercise 'solo': field 'hold_seconds': must be more than 0 seconds, not 0.0",
        ),
        ("hold_seconds", -3, "field 'hold_seconds': must be more than 0 seconds, not -3.0"),
        ("hold_seconds", 7200, "field 'hold_seconds': must be at most 3600 seconds, not 7200.0"),
        ("hold_seconds", "20", "field 'hold_seconds': must be a number, not '20'"),
        ("reps", 0, "field 'reps': must be from 1 to 50, not 0"),
        ("reps", 51, "field 'reps': must be from 1 to 50, not 51"),
        ("reps", True, "field 'reps': must be a whole number, not True"),
        ("reps", 2.5, "field 'reps': must be a whole number, not 2.5"),
        (
            "position",
            "sofa",
            "field 'position': must be one of floor, seated, standing, not 'sofa'",
        ),
        ("sides", "left", "field 'sides': must be one of none, both, not 'left'"),
        ("instructions", [], "field 'instructions': must not be empty"),
        ("instructions", ["ok", ""], "field 'instructions[1]': must be a non-empty string"),
        ("name", "  ", "field 'name': must not be empty"),
        ("rest_seconds", -1, "field 'rest_seconds': must be 0 or more seconds, not -1.0"),
        ("colour", "red", "exercise 'solo': field 'colour': unknown key"),
        ("pace_seconds", 3, "field 'pace_seconds': only allowed for mode 'flow'"),
    ],
)
def test_exercise_field_problems(field: str, value: Any, message: str) -> None:
    d = data()
    d["exercises"][0][field] = value
    found = problems_of(d)
    assert any(message in p for p in found), found


def test_missing_key_and_item_without_id_uses_index() -> None:
    d = data()
    del d["exercises"][1]["caution"]
    d["exercises"].append({"name": "No id"})
    found = problems_of(d)
    assert "user.json: exercise 'sided': field 'caution': missing" in found
    assert "user.json: exercise #3: field 'id': missing" in found


def test_every_problem_is_reported_at_once() -> None:
    d = data()
    d["exercises"][0]["reps"] = 0
    d["exercises"][1]["hold_seconds"] = -1
    d["routines"][0]["items"].append({"exercise": "nope"})
    d["routines"][0]["warmup_seconds"] = 99999
    found = problems_of(d)
    assert len(found) == 4, found
    assert (
        "user.json: routine 'tiny' items[3]: field 'exercise': names unknown exercise 'nope'"
        in found
    )
    assert (
        "user.json: routine 'tiny': field 'warmup_seconds': must be at most 3600 seconds, not 99999.0"
        in found
    )


def test_duplicate_ids() -> None:
    d = data()
    d["exercises"].append(exercise("solo"))
    d["routines"].append(dict(d["routines"][0]))
    found = problems_of(d)
    assert "user.json: exercise 'solo': field 'id': duplicate id" in found
    assert "user.json: routine 'tiny': field 'id': duplicate id" in found


def test_flow_needs_pace_and_cues() -> None:
    d = data()
    del d["exercises"][2]["pace_seconds"]
    d["exercises"][2]["flow_cues"] = []
    found = problems_of(d)
    assert (
        "user.json: exercise 'wave': field 'pace_seconds': missing (a flow needs a pace)" in found
    )
    assert any("field 'flow_cues': missing" in p for p in found)


def test_item_override_bounds_and_version() -> None:
    d = data(version=2)
    d["routines"][0]["items"][0].update(reps=99, hold_seconds=0)
    found = problems_of(d)
    assert "user.json: field 'version': must be 1, not 2" in found
    assert "user.json: routine 'tiny' items[0]: field 'reps': must be from 1 to 50, not 99" in found
    assert any("items[0]: field 'hold_seconds': must be more than 0" in p for p in found)


def test_top_level_must_be_an_object() -> None:
    assert problems_of([1, 2]) == ["user.json: the top level must be a JSON object"]


def test_require_illustration_for_builtin() -> None:
    d = data()
    del d["exercises"][0]["illustration"]
    assert (
        "user.json: exercise 'solo': field 'illustration': missing (every built-in exercise is illustrated)"
        in problems_of(d, require_illustration=True)
    )
    parse_catalogue(json.dumps(d), "user.json")  # user files may leave it out


def write(path: Path, content: Any) -> Path:
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def test_user_files_merge_and_bad_ones_are_skipped_with_a_message(tmp_path: Path) -> None:
    builtin = write(tmp_path / "builtin.json", TINY)
    user = tmp_path / "routines"
    user.mkdir()
    good = {
        "version": 1,
        "exercises": [exercise("mine", illustration="mine.svg")],
        "routines": [
            {
                "id": "mine-r",
                "name": "Mine",
                "description": "Mine.",
                "items": [{"exercise": "solo"}, {"exercise": "mine"}],
            }
        ],
    }
    write(user / "a-good.json", good)
    write(user / "b-broken.json", "{not json")
    bad = json.loads(json.dumps(good))
    bad["exercises"] = []
    bad["routines"][0]["id"] = "other"
    bad["routines"][0]["items"] = [{"exercise": "ghost"}]
    write(user / "c-dangling.json", bad)
    clash = {"version": 1, "routines": [dict(TINY["routines"][0])]}
    write(user / "d-clash.json", clash)
    result = load_catalogue(builtin, user)
    assert set(result.catalogue.routines) == {"tiny", "mine-r"}
    assert "mine" in result.catalogue.exercises
    msgs = [str(p) for p in result.problems]
    assert any(m.startswith(str(user / "b-broken.json") + ": invalid JSON at line 1") for m in msgs)
    assert (
        f"{user / 'c-dangling.json'}: routine 'other' items[0]: field 'exercise': names unknown exercise 'ghost'"
        in msgs
    )
    assert f"{user / 'd-clash.json'}: routine 'tiny': field 'id': duplicate id" in msgs
    assert result.catalogue.routine("mine-r").source == str(user / "a-good.json")


def test_unreadable_builtin_raises(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="cannot be read"):
        load_catalogue(tmp_path / "missing.json")


def test_the_built_in_catalogue_comes_with_the_merged_one_and_shares_its_entries() -> None:
    from stretchtimer import resources
    from stretchtimer.model.catalogue import load_catalogue

    loaded = load_catalogue(resources.catalogue_path())
    builtin = loaded.builtin
    assert builtin is not None and builtin is not loaded.catalogue
    assert builtin == loaded.catalogue
    some = next(iter(builtin.exercises))
    assert builtin.exercises[some] is loaded.catalogue.exercises[some]  # no second copy
    # The editor changes the merged catalogue in place; the built-in one stays as shipped.
    del loaded.catalogue.routines[next(iter(builtin.routines))]
    assert len(builtin.routines) == len(loaded.catalogue.routines) + 1
