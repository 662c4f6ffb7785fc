"""Workrave's exercises.xml as the user's own exercises and one routine holding them."""

from __future__ import annotations

from pathlib import Path

import pytest

from stretchtimer import paths, resources
from stretchtimer.model.catalogue import CatalogueError, Sides, load_catalogue, load_file
from stretchtimer.model.plan import Phase, compile_plan
from stretchtimer.model.sharing import ImportWords, apply_import, prepare_file_import

BUILTIN = load_file(resources.catalogue_path(), require_illustration=True)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(16)

EXERCISES = """<?xml version="1.0" encoding="UTF-8"?>
<exercises>
  <exercise>
    <title>Arm circles</title>
    <title xml:lang="de">Armkreisen</title>
    <title xml:lang="nl">Armen draaien</title>
    <description>Stand up straight and let your arms hang.
Circle both arms slowly backwards.</description>
    <description xml:lang="de">Aufrecht stehen. Die Arme langsam kreisen.</description>
    <sequence duration="20">
      <image src="arms-1.png" duration="2"/>
      <image src="arms-2.png" duration="2"/>
      <image src="none" duration="1"/>
    </sequence>
  </exercise>
  <exercise>
    <title xml:lang="en">Side bend</title>
    <title xml:lang="de-AT">Seitbeuge</title>
    <description xml:lang="en">Lean to one side,

and then the other.</description>
    <sequence duration="30">
      <image src="bend.png" duration="15"/>
      <image src="bend.png" duration="15" mirrorx="yes"/>
    </sequence>
  </exercise>
  <exercise>
    <title>Look away</title>
    <description>Look at something far away.</description>
    <sequence>
      <image src="none" duration="4"/>
      <image src="missing.png" duration="6"/>
    </sequence>
  </exercise>
</exercises>
"""


def workrave_folder(tmp_path: Path, text: str = EXERCISES) -> Path:
    folder = tmp_path / "workrave"
    folder.mkdir()
    (folder / "exercises.xml").write_text(text, encoding="utf-8")
    for name in ("arms-1.png", "arms-2.png", "bend.png"):
        (folder / name).write_bytes(PNG + name.encode())
    return folder / "exercises.xml"


def test_each_exercise_becomes_one_of_the_users_with_a_routine_of_them_all(
    tmp_path: Path,
) -> None:
    source = workrave_folder(tmp_path)
    data = tmp_path / "data"
    plan = prepare_file_import(source, language="en_GB", current=BUILTIN, data_dir=data)
    arms, bend, look = plan.exercises
    assert (arms.id, arms.name, arms.hold_seconds, arms.sides) == (
        "arm-circles", "Arm circles", 20.0, Sides.NONE,
    )  # fmt: skip
    assert arms.instructions == (
        "Stand up straight and let your arms hang.",
        "Circle both arms slowly backwards.",
    )
    assert arms.illustration == "arm-circles.png"
    # A mirrored frame: both sides, each half of the sequence, the picture kept once.
    assert (bend.sides, bend.hold_seconds, bend.illustration) == (Sides.BOTH, 15.0, "side-bend.png")
    assert bend.instructions == ("Lean to one side,", "and then the other.")
    # No sequence duration: the frames' durations add up; no picture beside the file.
    assert (look.hold_seconds, look.illustration) == (10.0, None)
    assert plan.notes == (
        "exercise 3 (Look away): picture 'missing.png' is not beside the file; imported without it",
    )
    (routine,) = plan.routines
    assert [i.exercise for i in routine.items] == ["arm-circles", "side-bend", "look-away"]

    apply_import(plan, data)
    pictures = paths.user_pictures_dir(data)
    assert sorted(p.name for p in pictures.iterdir()) == [
        "arm-circles-2.png", "arm-circles.png", "side-bend.png",
    ]  # fmt: skip
    assert (pictures / "arm-circles-2.png").read_bytes() == PNG + b"arms-2.png"
    loaded = load_catalogue(resources.catalogue_path(), paths.user_routines_dir(data))
    assert loaded.problems == []
    steps = compile_plan(loaded.catalogue.routine("workrave-exercises"), loaded.catalogue).steps
    holds = [(s.exercise_id, s.side.value, s.seconds) for s in steps if s.phase is Phase.HOLD]
    assert holds == [
        ("arm-circles", "none", 20.0), ("side-bend", "left", 15.0),
        ("side-bend", "right", 15.0), ("look-away", "none", 10.0),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("de_DE", ["Armkreisen", "Seitbeuge", "Look away"]),
        ("nl", ["Armen draaien", "Side bend", "Look away"]),
        ("fr", ["Arm circles", "Side bend", "Look away"]),
    ],
)
def test_the_apps_language_is_preferred_then_english(
    tmp_path: Path, language: str, names: list[str]
) -> None:
    source = workrave_folder(tmp_path)
    plan = prepare_file_import(source, language=language, current=BUILTIN, data_dir=tmp_path)
    assert [e.name for e in plan.exercises] == names


def test_a_second_import_renames_instead_of_overwriting(tmp_path: Path) -> None:
    source = workrave_folder(tmp_path)
    data = tmp_path / "data"
    apply_import(prepare_file_import(source, language="en", current=BUILTIN, data_dir=data), data)
    current = load_catalogue(resources.catalogue_path(), paths.user_routines_dir(data)).catalogue
    again = prepare_file_import(source, language="en", current=current, data_dir=data)
    assert [(r.kind, r.new) for r in again.renamed] == [
        ("exercise", "arm-circles-2"), ("exercise", "side-bend-2"), ("exercise", "look-away-2"),
        ("routine", "workrave-exercises-2"),
    ]  # fmt: skip
    # The pictures are the very same files, so they are used again rather than copied.
    assert again.pictures == ()
    assert again.file_name == "workrave-exercises-2.json"


ONE = "<exercises><exercise>{}</exercise></exercises>"
GOOD_TITLE = "<title>T</title><description>D.</description>"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '<!DOCTYPE x [<!ENTITY e "boom">]><exercises/>',
            "declares a DTD or entities, which are not allowed",
        ),
        (
            '<?xml version="1.0"?>\n<!doctype exercises SYSTEM "file:///etc/passwd"><exercises/>',
            "declares a DTD or entities",
        ),
        (
            "<exercises><exercise>&e;</exercise></exercises>",
            "invalid XML at line 1, column 22: undefined entity",
        ),
        ("<exercises><exercise>", "invalid XML at line 1, column 22: no element found"),
        ("<routines/>", "the root must be <exercises>, not <routines>"),
        ("<exercises/>", "field 'exercise': the file holds no <exercise>"),
        (
            ONE.format("<description>D.</description><sequence duration='5'/>"),
            "exercise 1: field 'title': missing",
        ),
        (
            ONE.format("<title> </title><description>D.</description><sequence duration='5'/>"),
            "exercise 1: field 'title': must not be empty",
        ),
        (
            ONE.format("<title>T</title><sequence duration='5'/>"),
            "exercise 1 (T): field 'description': missing",
        ),
        (ONE.format(GOOD_TITLE), "exercise 1 (T): field 'sequence': missing"),
        (
            ONE.format(GOOD_TITLE + "<sequence duration='-3'/>"),
            "exercise 1 (T): field 'sequence/@duration': must be more than 0 seconds, not '-3'",
        ),
        (
            ONE.format(GOOD_TITLE + "<sequence duration='nan'/>"),
            "field 'sequence/@duration': must be a finite number of seconds, not 'nan'",
        ),
        (
            ONE.format(GOOD_TITLE + "<sequence duration='9999'/>"),
            "field 'sequence/@duration': must be at most 3600 seconds, not '9999'",
        ),
        (
            ONE.format(GOOD_TITLE + "<sequence duration='lots'/>"),
            "field 'sequence/@duration': must be a number of seconds, not 'lots'",
        ),
        (
            ONE.format(GOOD_TITLE + "<sequence><image src='none'/></sequence>"),
            "field 'sequence/@duration': missing (and no frame has a duration)",
        ),
        (
            ONE.format(GOOD_TITLE + "<sequence duration='5'><image duration='5'/></sequence>"),
            "field 'sequence/image[1]/@src': missing",
        ),
        (
            ONE.format(
                GOOD_TITLE
                + "<sequence duration='5'><image src='a.png' mirrorx='maybe'/></sequence>"
            ),
            "field 'sequence/image[1]/@mirrorx': must be yes or no, not 'maybe'",
        ),
        (
            ONE.format(GOOD_TITLE + "<sequence duration='5'><video/></sequence>"),
            "field 'sequence/image[1]': must be an <image>, not <video>",
        ),
        (
            ONE.format(
                GOOD_TITLE + "<sequence duration='5'><image src='../../etc/x.png'/></sequence>"
            ),
            "must name a file beside exercises.xml, not '../../etc/x.png'",
        ),
        (
            ONE.format(GOOD_TITLE + "<sequence duration='5'><image src='fake.png'/></sequence>"),
            "field 'sequence/image[1]/@src': 'fake.png' is not a PNG picture",
        ),
    ],
)
def test_a_bad_file_is_reported_by_file_exercise_and_field_and_nothing_is_written(
    tmp_path: Path, text: str, expected: str
) -> None:
    source = workrave_folder(tmp_path, text)
    (source.parent / "fake.png").write_bytes(b"GIF89a")
    data = tmp_path / "data"
    with pytest.raises(CatalogueError) as caught:
        prepare_file_import(source, language="en", current=BUILTIN, data_dir=data)
    assert expected in str(caught.value)
    assert str(caught.value).startswith(str(source))
    assert not data.exists()


def test_every_problem_of_a_file_is_reported_at_once_and_good_exercises_are_not_half_imported(
    tmp_path: Path,
) -> None:
    text = EXERCISES.replace('<sequence duration="30">', '<sequence duration="0">').replace(
        "<title>Look away</title>", ""
    )
    source = workrave_folder(tmp_path, text)
    with pytest.raises(CatalogueError) as caught:
        prepare_file_import(source, language="en", current=BUILTIN, data_dir=tmp_path / "d")
    assert [f"{p.item}: {p.field}" for p in caught.value.problems] == [
        "exercise 2 (Side bend): sequence/@duration",
        "exercise 3: title",
    ]
    assert not (tmp_path / "d").exists()


def test_what_the_file_does_not_say_is_written_in_the_callers_language(tmp_path: Path) -> None:
    german = {
        "Breathe slowly and evenly; never hold your breath.": "Atme ruhig.",
        "Move gently, within what is comfortable, and stop if anything hurts.": "Sanft.",
        "Workrave exercises": "Workrave-Übungen",
        "The exercises of %1, imported from Workrave.": "Die Übungen aus %1.",
    }
    seen: list[str] = []

    def translate(context: str, source: str) -> str:
        seen.append(context)
        return german[source]

    words = ImportWords().translated(translate)
    plan = prepare_file_import(
        workrave_folder(tmp_path), language="de", current=BUILTIN, data_dir=tmp_path / "data",
        words=words,
    )  # fmt: skip
    assert set(seen) == {"WorkraveImport"}
    assert {(e.breathing, e.caution) for e in plan.exercises} == {("Atme ruhig.", "Sanft.")}
    [routine] = plan.routines
    assert (routine.name, routine.description) == ("Workrave-Übungen", "Die Übungen aus exercises.xml.")
    # Without words, English, as before.
    (tmp_path / "again").mkdir()
    english = prepare_file_import(
        workrave_folder(tmp_path / "again"), language="en", current=BUILTIN,
        data_dir=tmp_path / "data2",
    )  # fmt: skip
    assert english.routines[0].name == "Workrave exercises"
