"""Every shipped translation is complete and faithful to the source.

``tools/i18n.py check`` runs lupdate on copies of ``resources/i18n/stretchtimer_*.ts``
(English aside, which holds only plurals), so a string added to the code without being
translated fails here before anyone sees it in English in a German window.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TOOL = ROOT / "tools" / "i18n.py"


def _check(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), "check", "--dir", str(folder)],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip


def test_every_shipped_language_is_complete() -> None:
    shipped = sorted(p.name for p in I18N.glob("stretchtimer_*.ts"))
    assert {"stretchtimer_de.ts", "stretchtimer_fr.ts"} <= set(shipped)
    result = _check(I18N)
    assert result.returncode == 0, result.stdout + result.stderr
    languages = [p.removeprefix("stretchtimer_").removesuffix(".ts") for p in shipped]
    for language in languages:
        if language != "en":
            assert f"{language}: " in result.stdout  # each one really was judged


def _message(ts: str, source: str) -> re.Match[str]:
    # Only a source that is in one context says for sure which message gets broken.
    assert ts.count(f"<source>{source}</source>") == 1, source
    found = re.search(
        r"<message( numerus=\"yes\")?>\s*<source>" + re.escape(source) + r"</source>.*?</message>",
        ts,
        re.S,
    )
    assert found is not None, source
    return found


def _broken(ts: str, source: str, old: str, new: str) -> str:
    found = _message(ts, source)
    block = found.group(0)
    assert old in block, (source, old)
    return ts[: found.start()] + block.replace(old, new, 1) + ts[found.end() :]


def test_the_check_fails_on_each_kind_of_gap(tmp_path: Path) -> None:
    german = (I18N / "stretchtimer_de.ts").read_text(encoding="utf-8")
    broken = {
        # A string the code has and the catalogue lacks (as if added since the last update).
        "stretchtimer_de.ts": german.replace(
            _message(german, "Start without answering").group(0), ""
        ),
        "stretchtimer_xa.ts": _broken(
            german, "Well done!", "<translation>", '<translation type="unfinished">'
        ),
        "stretchtimer_xb.ts": _broken(german, "Deleted %1 of %2.", "vom %2", "vom %3"),
        "stretchtimer_xc.ts": _broken(
            german, "%n week(s)", "<numerusform>%n Wochen</numerusform>", ""
        ),
        "stretchtimer_xd.ts": _broken(german, "&amp;Save", "&amp;Speichern", "Speichern"),
        "stretchtimer_xe.ts": _broken(german, "&amp;New", "&amp;Neu", "Ne&amp;u"),
        # A new language (Spanish, say) is judged as soon as its file exists.
        "stretchtimer_es.ts": '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="es_ES"></TS>\n',
    }
    for name, text in broken.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = _check(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    found = _by_language(result.stdout)
    # The dropped string is back from the source, and counted as missing.
    total = int(found["xa"][0].split(" of ")[1].split()[0])
    assert total > 500
    assert found["de"][0] == f"{total - 1} of {total} translated, 1 missing, 0 problems"
    assert "missing [SessionPage] 'Start without answering'" in found["de"]
    assert "missing [SummaryPage] 'Well done!'" in found["xa"]
    assert (
        "stretchtimer_xb.ts: [SessionList] 'Deleted %1 of %2.': placeholders differ in "
        "'%1 vom %3 gelöscht.'" in found["xb"]
    )
    # lupdate pads a short plural with an empty form, which counts as missing.
    assert "missing [HistoryWords] '%n week(s)'" in found["xc"]
    assert (
        "stretchtimer_xd.ts: [EditorPage] '&Save': keyboard accelerator (&) lost in 'Speichern'"
        in found["xd"]
    )
    assert (
        "stretchtimer_xe.ts: [EditorPage + RoutineForm + ItemOverrides] 'Ne&u' and 'A&ufwärmen' both use &u"
        in found["xe"]
    )
    assert found["es"][0] == f"0 of {total} translated, {total} missing, 0 problems"


def _by_language(out: str) -> dict[str, list[str]]:
    """The check's output as each language's lines: the tally first, then what it lacks."""
    found: dict[str, list[str]] = {}
    current: list[str] = []
    for line in out.splitlines():
        if not line.startswith(" "):
            language, tally = line.split(": ", 1)
            current = found.setdefault(language, [tally])
        else:
            current.append(line.strip())
    return found


def test_export_then_import_fills_the_gaps(tmp_path: Path) -> None:
    french = (I18N / "stretchtimer_fr.ts").read_text(encoding="utf-8")
    gap = _message(french, "Well done!").group(0)
    (tmp_path / "stretchtimer_fr.ts").write_text(french.replace(gap, ""), encoding="utf-8")
    todo = tmp_path / "todo.json"
    base = [sys.executable, str(TOOL), "--dir", str(tmp_path)]
    subprocess.run([*base, "export-missing", "fr", str(todo)], check=True, timeout=300,
                   capture_output=True)  # fmt: skip
    document = json.loads(todo.read_text(encoding="utf-8"))
    assert document["messages"] == [
        {"context": "SummaryPage", "source": "Well done!", "numerus": False, "translation": ""}
    ]
    document["messages"][0]["translation"] = "Bravo\u00a0!"
    todo.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    subprocess.run([*base, "import", str(todo)], check=True, timeout=300, capture_output=True)
    result = _check(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
