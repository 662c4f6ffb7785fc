"""Keep the interface's translation catalogues in step with the source, and compile them.

    python tools/i18n.py update     # pyside6-lupdate: refresh resources/i18n/*.ts
    python tools/i18n.py compile [--out DIR]   # pyside6-lrelease: build the .qm files

English is the source language; its catalogue holds only the plural forms ("1 day",
"2 days"), which the source text ("%n day(s)") cannot spell on its own.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = ROOT / "stretchtimer"
PREFIX = "stretchtimer"


def qt_tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, or from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; it comes with PySide6-Essentials")
    return found


def catalogues() -> list[Path]:
    return sorted(I18N.glob(f"{PREFIX}_*.ts"))


def update() -> None:
    sources = sorted(str(p) for p in SOURCES.rglob("*.py"))
    for ts in catalogues():
        extra = ["-pluralonly"] if ts.stem == f"{PREFIX}_en" else []
        subprocess.run(
            [qt_tool("pyside6-lupdate"), *extra, "-no-obsolete", "-locations", "none",
             *sources, "-ts", str(ts)],
            check=True,
        )  # fmt: skip


def compile_all(out: Path | None = None) -> list[Path]:
    """Compile every catalogue to ``.qm`` in ``out`` (beside the sources by default)."""
    built = []
    for ts in catalogues():
        qm = (out or ts.parent) / f"{ts.stem}.qm"
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
        )
        built.append(qm)
    return built


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "compile"))
    parser.add_argument("--out", type=Path, help="compile into this folder instead")
    args = parser.parse_args()
    if args.action == "update":
        update()
    else:
        for qm in compile_all(args.out):
            print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
