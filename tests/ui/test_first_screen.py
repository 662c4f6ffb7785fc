"""The first frame waits for nothing it does not show.

Each case starts the real app in a fresh interpreter (offscreen), and at the main
window's first paint writes down the page on screen and every module loaded so far.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = r"""
import json, os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            page = obj.stack.currentWidget()
            found = {"page": type(page).__name__, "modules": sorted(sys.modules)}
            print("FIRST " + json.dumps(found), flush=True)
            os._exit(0)
        return False

probe = FirstPaint()
app.installEventFilter(probe)
from stretchtimer.app import main
main(sys.argv[1:])
"""

# Built on first use, so never before the first frame: the history page and its store
# (sqlite3), sync, the editor, the settings dialog, sound (QtMultimedia and the player),
# and the command line's subcommands with their parsers.
NOT_ON_THE_FIRST_SCREEN = (
    "sqlite3",
    "stretchtimer.model.history.store",
    "stretchtimer.model.sync",
    "stretchtimer.ui.pages.history",
    "stretchtimer.ui.pages.editor",
    "stretchtimer.ui.settings_dialog",
    "stretchtimer.ui.audio",
    "PySide6.QtMultimedia",
    "stretchtimer.cli.history",
    "stretchtimer.cli.sync",
    "stretchtimer.cli.catalogue",
    "stretchtimer.cli.routines",
    "stretchtimer.cli.reminders",
    "stretchtimer.cli.desktop",
)


def first_frame(data: Path, *args: str) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(data), *args],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    for line in done.stdout.splitlines():
        if line.startswith("FIRST "):
            found: dict[str, object] = json.loads(line[6:])
            return found
    pytest.fail(f"the window never painted (exit {done.returncode}):\n{done.stderr[-2000:]}")


def test_the_routine_list_is_painted_before_history_editor_settings_sound_or_commands(
    tmp_path: Path,
) -> None:
    found = first_frame(tmp_path)
    assert found["page"] == "PickerPage"
    modules = found["modules"]
    assert isinstance(modules, list)
    loaded = [
        m for m in modules if any(m == h or m.startswith(h + ".") for h in NOT_ON_THE_FIRST_SCREEN)
    ]
    assert loaded == []


def test_with_start_the_first_frame_is_the_session_page(tmp_path: Path) -> None:
    found = first_frame(tmp_path, "--routine", "quick-reset", "--start")
    assert found["page"] == "SessionPage"
