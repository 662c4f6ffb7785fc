"""The command line speaks the window's language: a terminal with ``LANGUAGE=de``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def stretchtimer(args: list[str], data: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LANG")}
    return subprocess.run(
        [sys.executable, "-m", "stretchtimer", "--data-dir", str(data), *args],
        capture_output=True, text=True, timeout=60, cwd=ROOT, check=False,
        env={**clean, "PYTHONIOENCODING": "utf-8", **env},
    )  # fmt: skip


@pytest.mark.parametrize("env", [{"LANGUAGE": "de"}, {"LANG": "de_DE.UTF-8"}])
def test_routines_and_exercises_are_named_in_german(tmp_path: Path, env: dict[str, str]) -> None:
    done = stretchtimer(["routines"], tmp_path, **env)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    line = next(li for li in done.stdout.splitlines() if li.startswith("quick-reset "))
    assert line.endswith("Kurz durchstarten")
    done = stretchtimer(["exercises"], tmp_path, **env)
    line = next(li for li in done.stdout.splitlines() if li.startswith("cat-cow "))
    assert line.endswith("Katze–Kuh")


def test_a_plan_names_its_exercises_in_german(tmp_path: Path) -> None:
    done = stretchtimer(["plan", "neck-and-shoulders"], tmp_path, LANGUAGE="de")
    assert done.returncode == 0, done.stderr
    assert "Schulterkreisen" in done.stdout and "Kinn zurückziehen" in done.stdout
    assert "Shoulder rolls" not in done.stdout
    as_json = json.loads(
        stretchtimer(["plan", "quick-reset", "--json"], tmp_path, LANGUAGE="de").stdout
    )
    assert as_json["name"] == "Kurz durchstarten"
    assert as_json["routine"] == "quick-reset"  # ids are never translated


def test_the_language_setting_wins_over_the_system(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"language": "de"}), encoding="utf-8")
    done = stretchtimer(["routines"], tmp_path, LANG="en_GB.UTF-8")
    assert "Kurz durchstarten" in done.stdout
    (tmp_path / "settings.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    done = stretchtimer(["routines"], tmp_path, LANGUAGE="de")
    assert "Quick reset" in done.stdout and "Kurz durchstarten" not in done.stdout
