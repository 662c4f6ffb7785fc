"""Sharing a routine as one file: export, import, id clashes, and hostile files."""

from __future__ import annotations

import base64
import dataclasses
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sharing_strategies import exercises, ids, routines

from stretchtimer import paths, resources
from stretchtimer.model.catalogue import (
    Catalogue,
    CatalogueError,
    Exercise,
    Routine,
    load_catalogue,
    load_file,
)
from stretchtimer.model.plan import compile_plan
from stretchtimer.model.routine_json import catalogue_text
from stretchtimer.model.sharing import (
    ImportPlan,
    apply_import,
    export_bundle,
    prepare_file_import,
)
from stretchtimer.model.sharing.bundle import Bundle, import_bundle

BUILTIN = load_file(resources.catalogue_path(), require_illustration=True)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle r="4"/></svg>'


def load(data: Path) -> Catalogue:
    result = load_catalogue(resources.catalogue_path(), paths.user_routines_dir(data))
    assert result.problems == []
    return result.catalogue


def write_own(
    data: Path, own: list[Exercise], routine: Routine, pictures: dict[str, bytes]
) -> None:
    folder = paths.user_routines_dir(data)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{routine.id}.json").write_text(catalogue_text(own, [routine]), encoding="utf-8")
    paths.user_pictures_dir(data).mkdir(parents=True, exist_ok=True)
    for name, content in pictures.items():
        (paths.user_pictures_dir(data) / name).write_bytes(content)


def export_import(sender: Path, receiver: Path, routine_id: str) -> tuple[Bundle, ImportPlan]:
    catalogue = load(sender)
    bundle = export_bundle(routine_id, catalogue, BUILTIN, paths.user_pictures_dir(sender))
    shared = receiver.parent / f"{receiver.name}-shared.json"
    shared.write_text(bundle.text, encoding="utf-8")
    plan = prepare_file_import(shared, language="en", current=load(receiver), data_dir=receiver)
    apply_import(plan, receiver)
    return bundle, plan


@st.composite
def shared_routines(draw: st.DrawFn) -> tuple[list[Exercise], Routine]:
    own_ids = draw(
        st.lists(ids.filter(lambda i: i not in BUILTIN.exercises), max_size=3, unique=True)
    )
    own = [draw(exercises(i, draw(st.none() | st.just(f"{i}.png")))) for i in own_ids]
    usable = own_ids + draw(st.lists(st.sampled_from(sorted(BUILTIN.exercises)), min_size=1))
    routine_id = draw(ids.filter(lambda i: i not in BUILTIN.routines))
    return own, draw(routines(routine_id, usable))


@settings(max_examples=30, deadline=None)
@given(shared_routines())
def test_export_then_import_reproduces_the_routine_and_its_plan(
    case: tuple[list[Exercise], Routine],
) -> None:
    own, routine = case
    pictures = {e.illustration: PNG + e.id.encode() for e in own if e.illustration}
    with tempfile.TemporaryDirectory() as scratch:
        sender, receiver = Path(scratch, "sender"), Path(scratch, "receiver")
        write_own(sender, own, routine, pictures)
        sent = load(sender)
        _, plan = export_import(sender, receiver, routine.id)
        assert plan.renamed == ()
        received = load(receiver)
        got = received.routine(routine.id)
        assert dataclasses.replace(got, source="") == dataclasses.replace(routine, source="")
        assert compile_plan(got, received).steps == compile_plan(routine, sent).steps
        used = {i.exercise for i in routine.items}
        for ex in own:
            if ex.illustration and ex.id in used:
                picture = paths.user_pictures_dir(receiver) / ex.illustration
                assert picture.read_bytes() == pictures[ex.illustration]


def own_exercise(exercise_id: str, picture: str | None = None) -> Exercise:
    base = BUILTIN.exercise("knee-to-chest")
    return dataclasses.replace(base, id=exercise_id, name="Doctor's stretch", illustration=picture)


def test_an_id_clash_is_renamed_and_nothing_is_overwritten(tmp_path: Path) -> None:
    sender, receiver = tmp_path / "a", tmp_path / "b"
    mine = own_exercise("doctors-stretch", "doctor.png")
    first = BUILTIN.routine("quick-reset").items[0]
    routine = Routine("prescribed", "Prescribed", "From the physio.", (
        first, dataclasses.replace(first, exercise=mine.id),
    ))  # fmt: skip
    write_own(sender, [mine], routine, {"doctor.png": PNG, "doctor-2.png": PNG + b"2"})
    # The receiver already has an exercise, a routine and a picture of those names.
    theirs = own_exercise("doctors-stretch", "doctor.png")
    theirs = dataclasses.replace(theirs, name="Their own")
    write_own(
        receiver,
        [theirs],
        dataclasses.replace(routine, items=routine.items[1:]),
        {
            "doctor.png": SVG,
        },
    )
    before = {p: p.read_bytes() for p in receiver.rglob("*") if p.is_file()}

    bundle, plan = export_import(sender, receiver, "prescribed")

    assert bundle.exercises == ("doctors-stretch",)
    assert bundle.pictures == ("doctor.png", "doctor-2.png")
    assert [(r.kind, r.old, r.new) for r in plan.renamed] == [
        ("exercise", "doctors-stretch", "doctors-stretch-2"),
        ("picture", "doctor.png", "doctor-copy1.png"),
        ("routine", "prescribed", "prescribed-2"),
    ]
    for path, content in before.items():
        assert path.read_bytes() == content
    received = load(receiver)
    assert received.exercise("doctors-stretch").name == "Their own"
    assert received.exercise("doctors-stretch-2").name == "Doctor's stretch"
    assert received.exercise("doctors-stretch-2").illustration == "doctor-copy1.png"
    pictures = paths.user_pictures_dir(receiver)
    assert (pictures / "doctor-copy1.png").read_bytes() == PNG
    assert (pictures / "doctor-copy1-2.png").read_bytes() == PNG + b"2"
    items = received.routine("prescribed-2").items
    assert [i.exercise for i in items] == [first.exercise, "doctors-stretch-2"]


def test_importing_the_same_file_twice_adds_a_second_copy_and_reuses_same_pictures(
    tmp_path: Path,
) -> None:
    sender, receiver = tmp_path / "a", tmp_path / "b"
    mine = own_exercise("doctors-stretch", "doctor.svg")
    routine = Routine("prescribed", "Prescribed", "From the physio.", (
        BUILTIN.routine("quick-reset").items[0],
        dataclasses.replace(BUILTIN.routine("quick-reset").items[0], exercise=mine.id),
    ))  # fmt: skip
    write_own(sender, [mine], routine, {"doctor.svg": SVG})
    export_import(sender, receiver, "prescribed")
    _, again = export_import(sender, receiver, "prescribed")
    assert again.reused_pictures == ("doctor.svg",)
    assert again.pictures == ()
    assert [r.new for r in again.renamed] == ["doctors-stretch-2", "prescribed-2"]
    assert load(receiver).exercise("doctors-stretch-2").illustration == "doctor.svg"


def bundle_bytes(**changes: object) -> bytes:
    routine = BUILTIN.routine("quick-reset")
    document: dict[str, object] = {
        "format": "stretchtimer-routine",
        "version": 1,
        "catalogue": {
            "version": 1,
            "exercises": [],
            "routines": [{"id": "r", "name": "R", "description": "D",
                          "items": [{"exercise": routine.items[0].exercise}]}],
        },
        "pictures": {},
    }  # fmt: skip
    document.update(changes)
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"format": "other"},
            "shared.json: field 'format': must be 'stretchtimer-routine', not 'other'",
        ),
        ({"version": 2}, "shared.json: field 'version': must be 1, not 2"),
        ({"extra": 1}, "shared.json: field 'extra': unknown key"),
        (
            {"pictures": {"../x.png": ""}},
            "shared.json: picture '../x.png': field 'pictures': '../x.png' is not a plain picture file name",
        ),
        (
            {"pictures": {"a.png": "!!"}},
            "shared.json: picture 'a.png': field 'pictures': is not valid base64",
        ),
        (
            {"pictures": {"a.png": base64.b64encode(b"GIF89a").decode()}},
            "shared.json: picture 'a.png': field 'pictures': 'a.png' is not a PNG picture",
        ),
        (
            {
                "pictures": {
                    "a.svg": base64.b64encode(b'<!DOCTYPE svg [<!ENTITY x "y">]><svg/>').decode()
                }
            },
            "shared.json: picture 'a.svg': field 'pictures': 'a.svg' declares a DTD or entities, which are not allowed",
        ),
        (
            {
                "catalogue": {
                    "version": 1,
                    "routines": [
                        {
                            "id": "r",
                            "name": "R",
                            "description": "D",
                            "items": [{"exercise": "nope"}],
                        }
                    ],
                }
            },
            "shared.json: routine 'r' items[0]: field 'exercise': names unknown exercise 'nope'",
        ),
        (
            {"catalogue": {"version": 1, "routines": []}},
            "shared.json: field 'routines': must hold one routine, not 0",
        ),
    ],
)
def test_a_bad_bundle_is_refused_by_file_item_and_field(
    tmp_path: Path, changes: dict[str, object], expected: str
) -> None:
    with pytest.raises(CatalogueError) as caught:
        import_bundle(bundle_bytes(**changes), "shared.json", current=BUILTIN, data_dir=tmp_path)
    assert str(caught.value) == expected
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{not json", "invalid JSON at line 1, column 2"),
        (b'{"a":' + b"[" * 100000 + b"]" * 100000 + b"}", "invalid JSON"),
        (b'{"a": "\xff"}', "is not UTF-8 text"),
        (b"\xff\xfe{\x00", "is neither a StretchTimer routine file nor Workrave XML"),
        (b"plain words", "is neither a StretchTimer routine file nor Workrave XML"),
    ],
)
def test_a_file_that_is_not_a_bundle_is_named(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(content)
    with pytest.raises(CatalogueError) as caught:
        prepare_file_import(path, language="en", current=BUILTIN, data_dir=tmp_path / "d")
    assert str(caught.value).startswith(f"{path}: {expected}")


def test_a_folder_or_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="is not a regular file"):
        prepare_file_import(tmp_path, language="en", current=BUILTIN, data_dir=tmp_path)
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(49 * 1024 * 1024)
    with pytest.raises(CatalogueError, match="is larger than 48 MB"):
        prepare_file_import(huge, language="en", current=BUILTIN, data_dir=tmp_path)


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    mine = own_exercise("doctors-stretch", "doctor.png")
    routine = Routine("prescribed", "Prescribed", "D", (
        dataclasses.replace(BUILTIN.routine("quick-reset").items[0], exercise=mine.id),
    ))  # fmt: skip
    sender = tmp_path / "a"
    write_own(sender, [mine], routine, {"doctor.png": PNG})
    bundle = export_bundle("prescribed", load(sender), BUILTIN, paths.user_pictures_dir(sender))
    receiver = tmp_path / "b"
    plan = import_bundle(bundle.text.encode(), "s.json", current=BUILTIN, data_dir=receiver)
    # Something else takes the routine's file name between the check and the write.
    paths.user_routines_dir(receiver).mkdir(parents=True)
    (paths.user_routines_dir(receiver) / "prescribed.json").write_text("theirs")
    with pytest.raises(FileExistsError):
        apply_import(plan, receiver)
    assert list(paths.user_pictures_dir(receiver).iterdir()) == []
    assert (paths.user_routines_dir(receiver) / "prescribed.json").read_text() == "theirs"


def test_a_missing_picture_is_exported_without_it_and_imported_without_a_name(
    tmp_path: Path,
) -> None:
    mine = own_exercise("doctors-stretch", "gone.png")
    routine = Routine("prescribed", "Prescribed", "D", (
        dataclasses.replace(BUILTIN.routine("quick-reset").items[0], exercise=mine.id),
    ))  # fmt: skip
    write_own(tmp_path / "a", [mine], routine, {})
    bundle = export_bundle("prescribed", load(tmp_path / "a"), BUILTIN, tmp_path / "nowhere")
    assert bundle.missing_pictures == ("gone.png",)
    plan = import_bundle(bundle.text.encode(), "s.json", current=BUILTIN, data_dir=tmp_path / "b")
    assert plan.exercises[0].illustration is None
    assert plan.notes == ("exercise 'doctors-stretch': its picture 'gone.png' is not in the file",)
