"""The built wheel carries the resources and runs outside the checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

import stretchtimer

pytestmark = pytest.mark.slow

REPO = Path(stretchtimer.__file__).resolve().parent.parent


def test_wheel_contains_resources_and_its_cli_runs_outside_the_checkout(tmp_path: Path) -> None:
    if not (REPO / "pyproject.toml").exists():
        pytest.skip("not a source checkout")
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(REPO)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = dist.glob("stretchtimer-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "stretchtimer/_resources/exercises.json",
        "stretchtimer/_resources/safety.json",
        "stretchtimer/_resources/illustrations/cat-cow-2.svg",
        "stretchtimer/_resources/icons/stretchtimer.svg",
        "stretchtimer/_resources/sounds/hold_start.wav",
        "stretchtimer/_resources/i18n/stretchtimer_en.qm",
        "stretchtimer/_resources/i18n/catalogue/de.json",
        "stretchtimer/_resources/desktop/io.github.stretchtimer.StretchTimer.desktop",
        "stretchtimer/_resources/desktop/io.github.stretchtimer.StretchTimer.metainfo.xml",
    ):
        assert required in names, required
    assert not any(n.startswith(("tests/", "tools/", "bench/")) for n in names)

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    # The headless commands need platformdirs only; Qt is not imported for them.
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel), "platformdirs"],
        check=True,
        capture_output=True,
        timeout=300,
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    run = subprocess.run(
        [str(env_dir / "bin" / "stretchtimer"), "--data-dir", str(tmp_path / "data"), "routines"],
        cwd=outside,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "midday-desk-break" in run.stdout and "morning-back-stiffness" in run.stdout
    german = subprocess.run(
        [str(env_dir / "bin" / "stretchtimer"), "--data-dir", str(tmp_path / "data"), "routines"],
        cwd=outside, capture_output=True, text=True, timeout=60, check=False,
        env={**os.environ, "LANGUAGE": "de", "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    # The catalogue's translations are in the wheel, and need no Qt to be read.
    assert german.returncode == 0, german.stderr
    assert "Mittagspause am Schreibtisch" in german.stdout
    where = subprocess.run(
        [str(python), "-c", "from stretchtimer.resources import resource_root; print(resource_root())"],
        cwd=outside, capture_output=True, text=True, check=True, timeout=60,
    ).stdout.strip()  # fmt: skip
    assert where.startswith(str(env_dir)), where
    # The install compiled the bytecode: without it every start pays for compiling.
    package = Path(where).parent
    for module in ("app.py", "ui/main_window.py", "model/history/store.py"):
        source = package / module
        compiled = list((source.parent / "__pycache__").glob(f"{source.stem}.*.pyc"))
        assert compiled, f"{module} was installed without its bytecode"
