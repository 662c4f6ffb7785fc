"""The editor's model: changes to a routine, the loader's verdict placed by field, the files."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from stretchtimer import resources
from stretchtimer.model import routine_draft as draft
from stretchtimer.model import routine_files as files
from stretchtimer.model.catalogue import RoutineItem, load_file, parse_catalogue
from stretchtimer.model.routine_json import exercise_to_dict

BUILTIN = load_file(resources.catalogue_path(), require_illustration=True)


def test_moves_removes_and_adds_keep_every_other_item_in_order() -> None:
    r = BUILTIN.routine("midday-desk-break")
    ids = [i.exercise for i in r.items]
    assert [i.exercise for i in draft.moved(r, 0, 2).items] == [ids[1], ids[2], ids[0], *ids[3:]]
    assert [i.exercise for i in draft.moved(r, 1, 99).items] == [ids[0], *ids[2:], ids[1]]
    assert draft.moved(r, 99, 0) == r
    assert [i.exercise for i in draft.removed(r, 0).items] == ids[1:]
    assert [i.exercise for i in draft.added(r, "cobra", 1).items] == [ids[0], "cobra", *ids[1:]]
    changed = draft.with_item(r, 0, hold_seconds=33.0, reps=None)
    assert (changed.items[0].hold_seconds, changed.items[0].reps) == (33.0, None)


def test_every_problem_is_placed_beside_its_field_in_the_loaders_words() -> None:
    r = dataclasses.replace(BUILTIN.routine("quick-reset"), id="mine", name=" ", source="")
    r = draft.with_item(r, 1, hold_seconds=0.0, reps=99)
    problems = draft.draft_problems(r, BUILTIN, "mine.json")
    placed = {
        (draft.problem_place(p).item, draft.problem_place(p).field): p.message for p in problems
    }
    assert placed == {
        (None, "name"): "must not be empty",
        (1, "hold_seconds"): "must be more than 0 seconds, not 0.0",
        (1, "reps"): "must be from 1 to 50, not 99",
    }
    empty = draft.empty_routine("e", "E", "D")
    (only,) = draft.draft_problems(empty, BUILTIN, "e.json")
    assert (draft.problem_place(only), only.message) == (
        draft.Place(None, "items"), "must list at least one exercise",
    )  # fmt: skip


def test_an_edited_routine_may_keep_its_own_id() -> None:
    mine = dataclasses.replace(BUILTIN.routine("quick-reset"), id="mine")
    catalogue = dataclasses.replace(BUILTIN, routines={**BUILTIN.routines, "mine": mine})
    assert draft.draft_problems(dataclasses.replace(mine, name="Renamed"), catalogue, "m") == []


def test_new_ids_follow_the_name_and_never_clash() -> None:
    assert draft.new_id("Physio: back & hips!", set()) == "physio-back-hips"
    assert draft.new_id("Quick reset", BUILTIN.routines) == "quick-reset-2"
    assert draft.new_id("Übungen", set()) == "bungen"
    assert draft.new_id("日本", set()) == "my-routine"


def test_saving_replaces_only_that_routine_and_keeps_the_rest_of_the_file(tmp_path: Path) -> None:
    other = dataclasses.replace(BUILTIN.routine("quick-reset"), id="other")
    mine = dataclasses.replace(BUILTIN.routine("quick-reset"), id="mine")
    path = tmp_path / "routines" / "shared.json"
    stamp = files.save_routine(path, other, expected=None)
    stamp = files.save_routine(path, mine, expected=stamp)
    renamed = dataclasses.replace(mine, name="Renamed")
    stamp = files.save_routine(path, renamed, expected=stamp)
    assert stamp == files.stamp(path)
    loaded = parse_catalogue(path.read_text(), str(path), base=BUILTIN, source=str(path))
    assert [r.name for r in loaded.routines.values()] == [other.name, "Renamed"]


def test_a_file_changed_since_it_was_opened_is_not_overwritten(tmp_path: Path) -> None:
    mine = dataclasses.replace(BUILTIN.routine("quick-reset"), id="mine")
    path = tmp_path / "mine.json"
    stamp = files.save_routine(path, mine, expected=None)
    theirs = json.dumps(json.loads(path.read_text()) | {"exercises": []}, indent=1)
    path.write_text(theirs)
    with pytest.raises(files.ChangedOnDiskError):
        files.save_routine(path, mine, expected=stamp)
    assert path.read_text() == theirs
    path.unlink()
    with pytest.raises(files.ChangedOnDiskError):
        files.save_routine(path, mine, expected=stamp)
    new = tmp_path / "new.json"
    new.write_text("someone else's")
    with pytest.raises(files.ChangedOnDiskError):
        files.save_routine(new, mine, expected=None)


def test_delete_moves_the_file_aside_and_undo_puts_it_back(tmp_path: Path) -> None:
    mine = dataclasses.replace(BUILTIN.routine("quick-reset"), id="mine")
    path = tmp_path / "routines" / "mine.json"
    files.save_routine(path, mine, expected=None)
    # Another routine that needs an exercise this file holds keeps the file where it is.
    held = dataclasses.replace(BUILTIN.exercise("cobra"), id="held")
    document = json.loads(path.read_text())
    document["exercises"] = [exercise_to_dict(held)]
    path.write_text(json.dumps(document))
    content = path.read_bytes()
    user = dataclasses.replace(mine, id="user", name="Needs it", items=(RoutineItem("held"),))
    with pytest.raises(files.InUseError, match="Needs it"):
        files.delete_routine(path, mine, tmp_path, [mine, user, *BUILTIN.routines.values()])
    assert path.exists()
    deleted = files.delete_routine(path, mine, tmp_path, [mine, *BUILTIN.routines.values()])
    assert not path.exists() and deleted.aside.read_bytes() == content
    assert deleted.aside.parent == tmp_path / "deleted"
    files.undo_delete(deleted)
    assert path.read_bytes() == content
    again = files.delete_routine(path, mine, tmp_path, [])
    path.write_text("a new file of the same name")
    with pytest.raises(FileExistsError):
        files.undo_delete(again)
    assert again.aside.read_bytes() == content
