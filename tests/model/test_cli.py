"""The headless command line: routines, exercises, plan, and the data-dir options."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from stretchtimer import app, cli, resources
from stretchtimer.model.catalogue import load_catalogue
from stretchtimer.model.plan import compile_plan


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = app.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_routines_lists_each_with_its_real_length(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["--data-dir", str(tmp_path), "routines"], capsys)
    assert code == 0
    cat = load_catalogue(resources.catalogue_path()).catalogue
    for routine in cat.routines.values():
        total = round(compile_plan(routine, cat).total_seconds)
        line = next(li for li in out.splitlines() if li.startswith(routine.id + " "))
        assert f"{total // 60}:{total % 60:02d}" in line
        assert routine.name in line


def test_exercises_lists_the_catalogue(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["exercises", "--data-dir", str(tmp_path)], capsys)
    assert code == 0
    assert "knee-to-chest" in out and "20s x3 per side" in out
    assert len(out.splitlines()) >= 31


def test_plan_json_follows_the_compile_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["--data-dir", str(tmp_path), "plan", "midday-desk-break", "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    cat = load_catalogue(resources.catalogue_path()).catalogue
    plan = compile_plan(cat.routine("midday-desk-break"), cat)
    assert data["routine"] == "midday-desk-break"
    assert data["total_seconds"] == plan.total_seconds
    assert [s["phase"] for s in data["steps"]] == [s.phase.value for s in plan.steps]
    assert set(data["steps"][0]) == {
        "index",
        "phase",
        "exercise",
        "side",
        "rep",
        "reps",
        "start",
        "seconds",
    }
    starts = [s["start"] for s in data["steps"]]
    ends = [s["start"] + s["seconds"] for s in data["steps"]]
    assert starts[1:] == ends[:-1]
    assert data["steps"][-1]["phase"] == "done"
    assert 5 * 60 <= data["total_seconds"] <= 8 * 60


def test_plan_as_a_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--data-dir", str(tmp_path), "plan", "quick-reset"], capsys)
    assert code == 0
    assert out.splitlines()[0].split()[:4] == ["#", "AT", "LENGTH", "PHASE"]
    assert out.rstrip().splitlines()[-1].startswith("Total: ")


def test_unknown_routine_exits_2_listing_valid_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["--data-dir", str(tmp_path), "plan", "nope"], capsys)
    assert code == 2
    assert "unknown routine 'nope'" in err and "midday-desk-break" in err and "quick-reset" in err


def test_user_routines_come_from_the_data_dir_env(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "routines").mkdir()
    (tmp_path / "routines" / "mine.json").write_text(json.dumps({
        "version": 1,
        "routines": [{"id": "my-own", "name": "My own", "description": "Mine.", "items": [{"exercise": "cobra"}]}],
    }))  # fmt: skip
    (tmp_path / "routines" / "broken.json").write_text('{"version": 1, "routines": [{"id": 5}]}')
    monkeypatch.setenv("STRETCHTIMER_DATA_DIR", str(tmp_path))
    code, out, err = run(["routines"], capsys)
    assert code == 0
    assert "my-own" in out
    assert (
        f"warning: skipped: {tmp_path / 'routines' / 'broken.json'}: routine #0: field 'id'" in err
    )


def test_a_broken_pipe_is_quiet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Closed(io.StringIO):
        def write(self, s: str) -> int:
            raise BrokenPipeError

    ctx = cli.CliContext(data_dir=tmp_path, out=Closed(), err=io.StringIO())
    args = cli.build_parser().parse_args(["routines"])
    assert cli.run_command(args, ctx) == 0


def test_start_needs_a_routine(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        app.main(["--start"])
    assert exit_info.value.code == 2
    assert "--start needs --routine ID" in capsys.readouterr().err


def test_ctrl_c_in_a_command_ends_it_quietly_with_130(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from stretchtimer.cli import catalogue

    def interrupted(*_: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(catalogue, "cmd_routines", interrupted)
    code, _, err = run(["--data-dir", str(tmp_path), "routines"], capsys)
    assert (code, err) == (130, "")
