"""``stretchtimer routine export`` and ``routine import`` as a terminal shows them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stretchtimer import app, paths, resources
from stretchtimer.model.catalogue import load_catalogue
from stretchtimer.model.plan import compile_plan

PNG = b"\x89PNG\r\n\x1a\n" + bytes(8)
MINE = {
    "version": 1,
    "exercises": [{
        "id": "physio-one", "name": "Physio one", "position": "seated", "targets": ["neck"],
        "mode": "hold", "hold_seconds": 12.5, "reps": 2, "sides": "both", "rest_seconds": 3,
        "instructions": ["Sit tall."], "breathing": "Slowly.", "caution": "Gently.",
        "illustration": "physio-one.png",
    }],
    "routines": [{
        "id": "prescribed", "name": "Prescribed", "description": "From the physio.",
        "items": [{"exercise": "physio-one", "reps": 3}, {"exercise": "knee-to-chest"}],
    }],
}  # fmt: skip


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = app.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def sender(tmp_path: Path) -> Path:
    data = tmp_path / "sender"
    paths.user_routines_dir(data).mkdir(parents=True)
    (paths.user_routines_dir(data) / "prescribed.json").write_text(json.dumps(MINE))
    paths.user_pictures_dir(data).mkdir()
    (paths.user_pictures_dir(data) / "physio-one.png").write_bytes(PNG)
    return data


def test_export_then_import_in_another_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "prescribed.stretchtimer.json"
    code, out, err = run(
        ["--data-dir", str(sender(tmp_path)), "routine", "export", "prescribed", str(shared)],
        capsys,
    )
    assert (code, err) == (0, "")
    assert out == f"Exported prescribed with 1 own exercise and 1 picture to {shared}\n"

    receiver = tmp_path / "receiver"
    code, out, err = run(["routine", "import", str(shared), "--data-dir", str(receiver)], capsys)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Imported from {shared}:",
        "  Routine prescribed: Prescribed (2 exercises)",
        "  Exercise physio-one: Physio one",
        "  Picture physio-one.png",
    ]
    assert (paths.user_pictures_dir(receiver) / "physio-one.png").read_bytes() == PNG
    result = load_catalogue(resources.catalogue_path(), paths.user_routines_dir(receiver))
    assert result.problems == []
    sent = load_catalogue(resources.catalogue_path(), paths.user_routines_dir(tmp_path / "sender"))
    got = compile_plan(result.catalogue.routine("prescribed"), result.catalogue)
    assert got.steps == compile_plan(sent.catalogue.routine("prescribed"), sent.catalogue).steps

    code, out, _ = run(["--data-dir", str(receiver), "routine", "import", str(shared)], capsys)
    assert code == 0
    assert "  Renamed routine prescribed to prescribed-2: prescribed is taken" in out
    assert "  Picture physio-one.png (already there, the same file)" in out


def test_a_dry_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared = tmp_path / "s.json"
    run(
        ["--data-dir", str(sender(tmp_path)), "routine", "export", "prescribed", str(shared)],
        capsys,
    )
    receiver = tmp_path / "receiver"
    code, out, _ = run(
        ["--data-dir", str(receiver), "routine", "import", "--dry-run", str(shared)], capsys
    )
    assert code == 0
    assert out.startswith(f"Would import from {shared}:\n")
    assert not receiver.exists()


def test_export_never_overwrites_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.json"
    target.write_text("mine")
    argv = ["--data-dir", str(tmp_path / "d"), "routine", "export", "quick-reset", str(target)]
    code, _, err = run(argv, capsys)
    assert code == 1
    assert err == f"stretchtimer: {target} already exists; add --force to replace it\n"
    assert target.read_text() == "mine"
    code, _, _ = run([*argv, "--force"], capsys)
    assert code == 0
    assert json.loads(target.read_text())["format"] == "stretchtimer-routine"


def test_exporting_to_a_folder_or_an_unknown_routine_is_a_usage_mistake(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        ["--data-dir", str(tmp_path), "routine", "export", "quick-reset", str(tmp_path)], capsys
    )
    assert code == 2
    assert err == f"stretchtimer: cannot export to {tmp_path}: it is a folder; give a file name\n"
    code, _, err = run(["--data-dir", str(tmp_path), "routine", "export", "nope", "x.json"], capsys)
    assert code == 2
    assert err.startswith("stretchtimer: unknown routine 'nope'; valid routines: back-pain-relief")


def test_a_bad_file_imports_nothing_and_lists_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "exercises.xml"
    bad.write_text("<exercises><exercise><title>x</title></exercise></exercises>")
    data = tmp_path / "d"
    code, out, err = run(["--data-dir", str(data), "routine", "import", str(bad)], capsys)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        f"stretchtimer: nothing imported: {bad} has 2 problems",
        f"  {bad}: exercise 1 (x): field 'description': missing",
        f"  {bad}: exercise 1 (x): field 'sequence': missing",
    ]
    assert not data.exists()


def test_a_workrave_file_is_told_by_its_content_and_notes_are_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    xml = tmp_path / "my-exercises.txt"
    xml.write_text(
        "<exercises><exercise><title>Ausblick</title><title xml:lang='en'>Look away</title>"
        "<description>Look far.</description><sequence duration='8'>"
        "<image src='gone.png' duration='8'/></sequence></exercise></exercises>"
    )
    data = tmp_path / "d"
    code, out, err = run(
        ["--data-dir", str(data), "routine", "import", "--language", "en", str(xml)], capsys
    )
    assert code == 0
    assert "  Exercise look-away: Look away" in out
    assert err == (
        "warning: exercise 1 (Look away): picture 'gone.png' is not beside the file; "
        "imported without it\n"
    )
