"""Paths: the command that starts this StretchTimer again, and the default data folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from stretchtimer import paths


def fake_interpreter(folder: Path, script: str | None, mode: int = 0o755) -> Path:
    folder.mkdir(parents=True)
    python = folder / "python"
    python.write_text("")
    if script is not None:
        path = folder / "stretchtimer"
        path.write_text(script)
        path.chmod(mode)
    return python


def test_the_installed_script_beside_the_interpreter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    python = fake_interpreter(
        tmp_path / "venv" / "bin", "#!/x/python\nfrom stretchtimer.app import main\n"
    )
    monkeypatch.setattr(sys, "executable", str(python))
    assert paths.launch_command() == [str(tmp_path / "venv" / "bin" / "stretchtimer")]


@pytest.mark.parametrize(
    ("script", "mode"),
    [(None, 0o755), ("#!/bin/sh\necho someone else's program\n", 0o755),
     ("from stretchtimer.app import main\n", 0o644)],
)  # fmt: skip
def test_otherwise_this_interpreter_runs_the_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: str | None, mode: int
) -> None:
    python = fake_interpreter(tmp_path / "bin", script, mode)
    monkeypatch.setattr(sys, "executable", str(python))
    assert paths.launch_command() == [str(python), "-m", "stretchtimer"]


def test_default_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    assert paths.is_default_data_dir(paths.data_dir())
    assert not paths.is_default_data_dir(tmp_path)


def test_data_dir_args_only_for_another_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    assert paths.data_dir_args(paths.data_dir()) == []
    assert paths.data_dir_args(tmp_path / "d") == ["--data-dir", str(tmp_path / "d")]
