"""Keep the interface's translation catalogues in step with the source, and compile them.

    python tools/i18n.py update     # pyside6-lupdate: refresh resources/i18n/*.ts
    python tools/i18n.py compile [--out DIR]   # pyside6-lrelease: build the .qm files
    python tools/i18n.py status     # each language: missing or unfinished strings
    python tools/i18n.py check      # the same, failing on any gap or broken placeholder
    python tools/i18n.py export-missing LANG FILE   # what LANG lacks, as JSON to fill in
    python tools/i18n.py import FILE                # write a filled-in FILE back

``status`` and ``check`` compare each catalogue with the source as it is now (lupdate runs
on a copy), so strings added since the last ``update`` count as missing. See
docs/translating.md.

English is the source language; its catalogue holds only the plural forms ("1 day",
"2 days"), which the source text ("%n day(s)") cannot spell on its own.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

import ts_files

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = ROOT / "stretchtimer"
PREFIX = "stretchtimer"
# Contexts shown at once, so their keyboard accelerators must differ: the settings
# dialog's General tab, and the routine editor's page with its form and overrides.
TOGETHER = (
    ("SettingsDialog", "DesktopSettingsGroup", "SyncSection"),
    ("EditorPage", "RoutineForm", "ItemOverrides"),
)


def qt_tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment, or from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; it comes with PySide6-Essentials")
    return found


def catalogues(folder: Path = I18N) -> list[Path]:
    return sorted(folder.glob(f"{PREFIX}_*.ts"))


def translated(folder: Path = I18N) -> list[Path]:
    """The catalogues a translator fills in: all but English, which holds only plurals."""
    return [ts for ts in catalogues(folder) if ts.stem != f"{PREFIX}_en"]


def sources() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def update(only: list[Path] | None = None) -> None:
    for ts in catalogues() if only is None else only:
        extra = ["-pluralonly"] if ts.stem == f"{PREFIX}_en" else []
        subprocess.run(
            [qt_tool("pyside6-lupdate"), *extra, "-no-obsolete", "-locations", "none",
             *sources(), "-ts", str(ts)],
            check=True,
        )  # fmt: skip


def compile_all(out: Path | None = None, folder: Path = I18N) -> list[Path]:
    """Compile every catalogue to ``.qm`` in ``out`` (beside the sources by default)."""
    built = []
    for ts in catalogues(folder):
        qm = (out or ts.parent) / f"{ts.stem}.qm"
        qm.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
        )
        built.append(qm)
    return built


def reports(folder: Path) -> list[ts_files.Report]:
    shipped = translated(folder)
    now, forms = ts_files.refreshed(shipped, sources(), qt_tool("pyside6-lupdate"))
    return [ts_files.judge(ts, now[ts], forms[ts], ts_files.language_code(ts, PREFIX), TOGETHER)
            for ts in shipped]  # fmt: skip


def status(folder: Path, *, strict: bool) -> int:
    found = reports(folder)
    for report in found:
        done = report.total - len(report.missing)
        print(f"{report.language}: {done} of {report.total} translated, "
              f"{len(report.missing)} missing, {len(report.problems)} problems")  # fmt: skip
        for message in report.missing:
            print(f"  missing [{message.context}] {message.source!r}")
        for problem in report.problems:
            print(f"  {problem}")
        if report.stale and not strict:
            print(f"  {len(report.stale)} strings no longer in the source (update drops them)")
    if strict and not found:
        print(f"no translated catalogues in {folder}")
    return 0 if all(r.ok for r in found) or not strict else 1


def catalogue_for(language: str, folder: Path) -> Path:
    ts = folder / f"{PREFIX}_{language}.ts"
    if not ts.is_file():
        raise SystemExit(f"{ts} does not exist; start a language with the steps in "
                         "docs/translating.md")  # fmt: skip
    return ts


def export_missing(language: str, out: Path, folder: Path) -> int:
    ts = catalogue_for(language, folder)
    now, forms = ts_files.refreshed([ts], sources(), qt_tool("pyside6-lupdate"))
    report = ts_files.judge(ts, now[ts], forms[ts], language, TOGETHER)
    entries = [{"context": m.context, "source": m.source, "numerus": m.numerus,
                "translation": [""] * forms[ts] if m.numerus else ""}
               for m in report.missing]  # fmt: skip
    document = {"language": language, "plural_forms": forms[ts], "messages": entries}
    out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(entries)} strings for {language} written to {out}")
    return 0


def import_file(path: Path, folder: Path) -> int:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        language, entries = str(document["language"]), list(document["messages"])
        if not all(isinstance(e, dict) and {"context", "source"} <= e.keys() for e in entries):
            raise ValueError("every message needs a context and a source")
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SystemExit(f"{path}: not a file written by export-missing: {error}") from None
    ts = catalogue_for(language, folder)
    filled = ts_files.set_translations(ts, entries, lambda t: update([t]))
    print(f"{filled} of {len(entries)} strings written to {ts}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action",
                        choices=("update", "compile", "status", "check", "export-missing",
                                 "import"))  # fmt: skip
    parser.add_argument("args", nargs="*", help="LANG FILE for export-missing, FILE for import")
    parser.add_argument("--out", type=Path, help="compile into this folder instead")
    parser.add_argument("--dir", type=Path, default=I18N, help="the catalogues' folder")
    args = parser.parse_args()
    wanted = {"export-missing": 2, "import": 1}.get(args.action, 0)
    if len(args.args) != wanted:
        parser.error(f"{args.action} takes {wanted} argument(s)")
    if args.action == "update":
        update(None if args.dir == I18N else catalogues(args.dir))
    elif args.action == "compile":
        for qm in compile_all(args.out, args.dir):
            print(qm)
    elif args.action in ("status", "check"):
        return status(args.dir, strict=args.action == "check")
    elif args.action == "export-missing":
        return export_missing(args.args[0], Path(args.args[1]), args.dir)
    else:
        return import_file(Path(args.args[0]), args.dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
