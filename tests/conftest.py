"""Shared test set-up: Qt runs offscreen unless a test starts its own X display, widget
tests run with the app's translators, and the tests that make sound share one private
sound server (Qt connects to one per process).

The window fixtures for the view tests live here too (a second conftest module in
tests/ui would clash with tests/model's under mypy). They import Qt only when used, so
the model tests never load it.
"""

from __future__ import annotations

import locale
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# StretchTimer follows the system's language (model/language.py); the tests read English
# whatever the machine's locale, and a test of another language says so itself.
os.environ["LANGUAGE"] = "en"

sys.path.insert(0, str(Path(__file__).resolve().parent / "e2e"))
import pulse  # type: ignore[import-not-found, unused-ignore]

REQUIRE_ENV = "STRETCHTIMER_REQUIRE_E2E"

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _system_messages_follow_the_language() -> Iterator[None]:
    """After each test, the C library's own messages (``strerror``) in its language again.

    glibc keeps each message it has translated until the locale is set again, so a test
    that ran with ``LANGUAGE=de`` left "Datei oder Verzeichnis nicht gefunden" to every
    later test in the process. Setting another locale and back drops that cache (setting
    the same one again does not).
    """
    yield
    current = locale.setlocale(locale.LC_MESSAGES)
    locale.setlocale(locale.LC_MESSAGES, "C")
    locale.setlocale(locale.LC_MESSAGES, current)


@pytest.fixture(scope="session")
def english_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English plural forms ("1 day", "5 days"), compiled fresh from the repository."""
    out = tmp_path_factory.mktemp("i18n")
    tool = [sys.executable, str(ROOT / "tools" / "i18n.py"), "compile", "--out", str(out)]
    subprocess.run(tool, check=True, capture_output=True, timeout=60)
    return out


_TRANSLATORS: list[object] = []


@pytest.fixture(autouse=True)
def _speak_as_the_app(request: pytest.FixtureRequest) -> None:
    """Widget tests run with the app's translators (installed once, on the first of them);
    model tests never load Qt for it."""
    if _TRANSLATORS or "tests/ui/" not in request.node.path.as_posix():
        return
    from PySide6.QtCore import QLocale

    from stretchtimer.ui.i18n import install_translators

    app = request.getfixturevalue("qapp")
    folder = request.getfixturevalue("english_catalogue")
    _TRANSLATORS.extend(install_translators(app, QLocale("en_GB"), folder))


@pytest.fixture(scope="session")
def sound_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[pulse.PulseServer]:
    """A private null sink for the whole run: Qt connects to one sound server per process."""
    missing = [t for t in ("pulseaudio", "pactl") if shutil.which(t) is None]
    if missing:
        message = f"needs {', '.join(missing)} for an audio output (apt-get install pulseaudio)"
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(message)
        pytest.skip(message)
    with (
        pulse.pulse_server(tmp_path_factory.mktemp("pulse")) as server,
        pytest.MonkeyPatch.context() as mp,
    ):
        mp.setenv("PULSE_SERVER", server.env["PULSE_SERVER"])
        mp.setenv("PULSE_COOKIE", server.env["PULSE_COOKIE"])
        yield server


if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot
    from ui_fakes import FakeClock
    from window_kit import RecordingPlayer, RecordingRecorder

    from stretchtimer.ui.main_window import MainWindow


@pytest.fixture
def clock() -> FakeClock:
    from ui_fakes import FakeClock

    return FakeClock()


@pytest.fixture
def player() -> RecordingPlayer:
    from window_kit import RecordingPlayer

    return RecordingPlayer()


@pytest.fixture
def recorder() -> RecordingRecorder:
    from window_kit import RecordingRecorder

    return RecordingRecorder()


@pytest.fixture
def window(
    qtbot: QtBot, clock: FakeClock, player: RecordingPlayer, recorder: RecordingRecorder
) -> Iterator[MainWindow]:
    """The real window on the short test routine, a fake clock and recording stand-ins."""
    from window_kit import open_window

    w = open_window(qtbot, clock, player, recorder)
    yield w
    if w.driver is not None:
        w.driver.stop()
        assert not w.driver.is_timer_active
