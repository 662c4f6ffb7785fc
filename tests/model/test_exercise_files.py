"""The user's own exercises: the loader's verdict by field, their files and their pictures."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from stretchtimer import paths, resources
from stretchtimer.model import exercise_draft as draft
from stretchtimer.model import exercise_files as files
from stretchtimer.model.catalogue import CatalogueError, Exercise, Mode, load_catalogue, load_file
from stretchtimer.model.routine_files import ChangedOnDiskError, InUseError, stamp
from stretchtimer.model.routine_json import catalogue_text, routine_to_dict
from stretchtimer.model.sharing.pictures import Picture

BUILTIN = load_file(resources.catalogue_path(), require_illustration=True)
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


def mine(name: str = "Wall angel") -> Exercise:
    ex = draft.blank_exercise(
        draft.new_exercise_id(name, BUILTIN.exercises), name, "Breathe out.", "Never into pain."
    )
    return dataclasses.replace(ex, targets=("shoulders",), instructions=("Stand tall.",))


def load(data: Path) -> tuple[dict[str, Exercise], list[str]]:
    result = load_catalogue(resources.catalogue_path(), paths.user_routines_dir(data))
    return result.catalogue.exercises, [str(p) for p in result.problems]


def test_a_routine_may_use_an_exercise_kept_in_a_file_read_after_its_own(tmp_path: Path) -> None:
    # The editor lets any routine use any exercise; "a.json" sorts before "z.json".
    folder = paths.user_routines_dir(tmp_path)
    folder.mkdir()
    ex = mine()
    (folder / "z.json").write_text(catalogue_text([ex], []))
    routine = dataclasses.replace(BUILTIN.routine("quick-reset"), id="a", name="A", source="")
    items = (dataclasses.replace(routine.items[0], exercise=ex.id),)
    text = json.dumps({"version": 1, "routines": [routine_to_dict(
        dataclasses.replace(routine, items=items))]})  # fmt: skip
    (folder / "a.json").write_text(text)
    result = load_catalogue(resources.catalogue_path(), folder)
    assert result.problems == []
    assert result.catalogue.routine("a").items[0].exercise == ex.id
    assert result.catalogue.exercise(ex.id).source == str(folder / "z.json")


def test_a_bad_file_is_still_reported_once_after_the_passes(tmp_path: Path) -> None:
    folder = paths.user_routines_dir(tmp_path)
    folder.mkdir()
    (folder / "bad.json").write_text('{"version": 1, "routines": [{"id": "x"}]}')
    (folder / "good.json").write_text(catalogue_text([mine()], []))
    exercises, problems = load(tmp_path)
    assert "wall-angel" in exercises
    assert problems == [
        f"{folder / 'bad.json'}: routine 'x': field 'name': missing",
        f"{folder / 'bad.json'}: routine 'x': field 'description': missing",
        f"{folder / 'bad.json'}: routine 'x': field 'items': missing",
    ]


def test_each_problem_is_placed_beside_its_field_in_the_loaders_words() -> None:
    ex = dataclasses.replace(
        mine(), name=" ", targets=(), instructions=("Stand tall.", " "), mode=Mode.FLOW
    )
    placed = {
        draft.problem_field(p): p.message
        for p in draft.exercise_problems(ex, BUILTIN.exercises, "f")
    }
    assert placed == {
        ("name", None): "must not be empty",
        ("targets", None): "must not be empty",
        ("instructions", 1): "must be a non-empty string",
        ("pace_seconds", None): "missing (a flow needs a pace)",
        ("flow_cues", None): "missing (a flow needs its movement cues)",
    }
    assert draft.exercise_problems(mine(), BUILTIN.exercises, "f") == []


def test_a_new_exercise_with_its_picture_lands_in_the_own_file(tmp_path: Path) -> None:
    pictures = paths.user_pictures_dir(tmp_path)
    pictures.mkdir()
    (pictures / "wall-angel.png").write_bytes(b"someone else's")
    ex = mine()
    path = files.exercise_file(tmp_path, ex)
    assert path == paths.user_routines_dir(tmp_path) / files.OWN_FILE
    saved = files.save_exercise(
        path, ex, expected=None, picture=Picture(".png", PNG), pictures_dir=pictures
    )
    assert saved.exercise.illustration == "wall-angel-copy1.png"
    assert (pictures / "wall-angel.png").read_bytes() == b"someone else's"
    assert (pictures / "wall-angel-copy1.png").read_bytes() == PNG
    assert saved.stamp == stamp(path)
    exercises, problems = load(tmp_path)
    assert problems == []
    assert exercises["wall-angel"] == saved.exercise
    assert exercises["wall-angel"].source == str(path)
    assert files.exercise_file(tmp_path, exercises["wall-angel"]) == path


def test_saving_replaces_only_its_own_entry(tmp_path: Path) -> None:
    path = files.exercise_file(tmp_path, mine())
    first = files.save_exercise(path, mine(), expected=None)
    other = mine("Neck roll")
    second = files.save_exercise(path, other, expected=first.stamp)
    changed = dataclasses.replace(first.exercise, hold_seconds=45.0)
    files.save_exercise(path, changed, expected=second.stamp)
    exercises, _ = load(tmp_path)
    assert exercises["wall-angel"].hold_seconds == 45.0
    assert exercises["neck-roll"] == other


def test_a_file_changed_by_another_program_is_not_overwritten(tmp_path: Path) -> None:
    path = files.exercise_file(tmp_path, mine())
    saved = files.save_exercise(path, mine(), expected=None)
    theirs = path.read_text().replace("Wall angel", "Changed elsewhere")
    path.write_text(theirs)
    with pytest.raises(ChangedOnDiskError):
        files.save_exercise(path, mine(), expected=saved.stamp)
    with pytest.raises(ChangedOnDiskError):
        files.delete_exercise(path, "wall-angel", expected=saved.stamp, users=[])
    assert path.read_text() == theirs


def test_an_exercise_routines_use_is_not_deleted(tmp_path: Path) -> None:
    path = files.exercise_file(tmp_path, mine())
    saved = files.save_exercise(path, mine(), expected=None)
    with pytest.raises(InUseError, match="Morning, Noon"):
        files.delete_exercise(path, "wall-angel", expected=saved.stamp, users=["Morning", "Noon"])
    assert "wall-angel" in load(tmp_path)[0]
    files.delete_exercise(path, "wall-angel", expected=saved.stamp, users=[])
    assert "wall-angel" not in load(tmp_path)[0]


def test_users_of_names_the_routines_that_use_an_exercise() -> None:
    expected = [r.name for r in BUILTIN.routines.values()
                if "knee-to-chest" in {i.exercise for i in r.items}]  # fmt: skip
    assert expected and draft.users_of("knee-to-chest", BUILTIN) == expected
    assert draft.users_of("no-such", BUILTIN) == []


def test_a_chosen_picture_is_checked_before_it_is_taken(tmp_path: Path) -> None:
    good = tmp_path / "IMG 0042.JPEG"
    good.write_bytes(b"\xff\xd8\xff\xe0rest")
    assert files.read_chosen_picture(good) == Picture(".jpg", b"\xff\xd8\xff\xe0rest")
    cases = {
        "notes.txt": (b"hello", "is not a PNG, JPEG or SVG file"),
        "fake.png": (b"GIF89a", "is not a PNG picture"),
        "big.png": (PNG + b"\0" * (4 * 1024 * 1024), "is larger than 4 MB"),
        "dtd.svg": (b'<!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg"/>', "declares a DTD"),
    }
    for name, (data, words) in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(CatalogueError) as caught:
            files.read_chosen_picture(tmp_path / name)
        (problem,) = caught.value.problems
        assert problem.file == str(tmp_path / name)
        assert words in problem.message, problem.message
    (tmp_path / "folder.png").mkdir()
    with pytest.raises(CatalogueError, match="not a regular file"):
        files.read_chosen_picture(tmp_path / "folder.png")
