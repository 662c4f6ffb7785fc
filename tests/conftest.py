"""Shared test set-up: Qt runs offscreen unless a test starts its own X display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


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
