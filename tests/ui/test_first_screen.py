"""The first frame waits for nothing it does not show, and idle carries no page unused.

Each case starts the real app in a fresh interpreter (offscreen), and at the main
window's first paint (or, with ``STRETCHTIMER_PROBE_SETTLED``, once everything built after
the first frame is in place) writes down the page on screen and every module loaded so far.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import stretchtimer

PROBE = r"""
import json, linecache, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
settled = bool(os.environ.get("STRETCHTIMER_PROBE_SETTLED"))

def write_down(window):
    page = window.stack.currentWidget()
    found = {
        "page": type(page).__name__,
        "modules": sorted(sys.modules),
        "sources_read": sorted(linecache.cache),
    }
    print("FIRST " + json.dumps(found), flush=True)
    os._exit(0)

def when_settled(window):
    # Settled: the history is open and the editor can be opened (both after the first frame).
    if window.standing.history is None or window.picker.editor_button.isHidden():
        QTimer.singleShot(10, lambda: when_settled(window))
    else:
        QTimer.singleShot(200, lambda: write_down(window))

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            app.removeEventFilter(self)
            if settled:
                QTimer.singleShot(0, lambda: when_settled(obj))
            else:
                write_down(obj)
        return False

probe = FirstPaint()
app.installEventFilter(probe)
from stretchtimer.app import main
main(sys.argv[1:])
"""

# Built on first use: the pages the routine list does not show (history, the editor, the
# session and its summary), the settings dialog, sound (QtMultimedia and the player),
# sync.
BUILT_ON_FIRST_USE = (
    "stretchtimer.ui.pages.history",
    "stretchtimer.ui.pages.editor",
    "stretchtimer.ui.pages.session",
    "stretchtimer.ui.pages.summary",
    "stretchtimer.ui.settings_dialog",
    "stretchtimer.ui.audio",
    "PySide6.QtMultimedia",
    # Sync's model: loaded by the first merge, and with no sync folder there is none.
    "stretchtimer.model.sync",
)

# Started once the first frame is shown: the reminders with their desktop watchers (D-Bus
# notifications, idle and full-screen detection, X11 through ctypes).
AFTER_THE_FIRST_FRAME = (
    "stretchtimer.ui.reminders.hookup",
    "stretchtimer.ui.desktop.notifications",
    "stretchtimer.ui.desktop.signals",
    "stretchtimer.ui.desktop.x11",
    "stretchtimer.ui.desktop.dbus_call",
    "ctypes",
)

# Never before the first frame: all of the above, the history store (sqlite3), sync, and
# the command line's subcommands with their parsers.
NOT_ON_THE_FIRST_SCREEN = (
    *BUILT_ON_FIRST_USE,
    *AFTER_THE_FIRST_FRAME,
    "sqlite3",
    "stretchtimer.model.history.store",
    "stretchtimer.model.sync",
    "stretchtimer.cli.history",
    "stretchtimer.cli.sync",
    "stretchtimer.cli.catalogue",
    "stretchtimer.cli.routines",
    "stretchtimer.cli.reminders",
    "stretchtimer.cli.reminder_edits",
    "stretchtimer.cli.desktop",
    # The single-instance guard's socket is Python's: Qt's network module costs megabytes.
    "PySide6.QtNetwork",
)


def first_frame(data: Path, *args: str, settled: bool = False) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("STRETCHTIMER_PROBE_SETTLED", None)
    if settled:
        env["STRETCHTIMER_PROBE_SETTLED"] = "1"
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
    assert among(modules, NOT_ON_THE_FIRST_SCREEN) == []


def among(modules: list[str], heads: tuple[str, ...]) -> list[str]:
    """The modules that are one of ``heads`` or inside one."""
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in heads)]


def test_idle_on_the_routine_list_the_pages_not_yet_used_are_not_built(tmp_path: Path) -> None:
    found = first_frame(tmp_path, settled=True)
    assert found["page"] == "PickerPage"
    modules = found["modules"]
    assert isinstance(modules, list)
    assert among(modules, BUILT_ON_FIRST_USE) == []
    assert "PySide6.QtNetwork" not in modules  # nothing on the routine list needs it
    assert "_hashlib" not in modules  # OpenSSL's library: 3.3 MiB for the instance's name
    # What comes after the first frame has come: the reminders and the history store.
    assert "stretchtimer.ui.reminders.hookup" in among(modules, AFTER_THE_FIRST_FRAME)
    assert "stretchtimer.model.history.store" in modules


def test_idle_holds_no_source_text_of_the_app_or_the_standard_library(tmp_path: Path) -> None:
    # PySide6's import hook would read every module's source (7 MiB kept in linecache).
    found = first_frame(tmp_path, settled=True)
    sources = found["sources_read"]
    assert isinstance(sources, list)
    package = Path(stretchtimer.__file__).parent
    # The package's own __init__ is read: the probe imports it with PySide6 loaded.
    ours = [s for s in sources if Path(s).is_relative_to(package)]
    assert ours == [str(package / "__init__.py")]
    # What PySide6 itself imports before the app's first import is read as in a bare
    # window (two or three modules); the app's own imports are not (76 before).
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    standard = [s for s in sources if Path(s).is_relative_to(stdlib) and "site-packages" not in s]
    assert len(standard) <= 5, standard


def test_with_start_the_first_frame_is_the_session_page(tmp_path: Path) -> None:
    found = first_frame(tmp_path, "--routine", "quick-reset", "--start")
    assert found["page"] == "SessionPage"
