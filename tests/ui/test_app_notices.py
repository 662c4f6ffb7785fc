"""A problem in a user file reaches the terminal once, however many parts hear of it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

WINDOW = ["--routine", "quick-reset", "--start", "--exit-when-done", "--time-scale", "1000"]


def test_a_broken_routine_file_is_printed_once_on_stderr(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "routines").mkdir(parents=True)
    (data / "routines" / "broken.json").write_text('{"version": 1, "routines": [{}]}')
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULSE_SERVER": "unix:/nonexistent"}
    done = subprocess.run(
        [sys.executable, "-m", "stretchtimer", "--data-dir", str(data), *WINDOW],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for field in ("id", "name", "description", "items"):
        said = [line for line in done.stderr.splitlines() if f"field '{field}'" in line]
        assert len(said) == 1, done.stderr
