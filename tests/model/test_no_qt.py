"""The model never imports Qt: checked by importing it in a clean interpreter and by its source."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import stretchtimer.model

MODEL_DIR = Path(stretchtimer.model.__file__).parent


def _module_name(path: Path) -> str:
    parts = path.relative_to(MODEL_DIR).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(("stretchtimer", "model", *parts))


def test_importing_every_model_module_loads_no_qt() -> None:
    modules = sorted(_module_name(p) for p in MODEL_DIR.rglob("*.py"))
    assert "stretchtimer.model.history.connection" in modules  # subpackages are walked too
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "import stretchtimer.cli\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_model_source_has_no_qt_import() -> None:
    for path in MODEL_DIR.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(("PySide6", "shiboken6", "stretchtimer.ui")), (
                    f"{path.name} imports {name}"
                )
