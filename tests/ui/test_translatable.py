"""Every interface string is visible to Qt's translation tools.

``pyside6-lupdate`` finds a string only when the context is a literal (``self.tr`` in a
class, or ``QCoreApplication.translate("Context", ...)``); a string it cannot place lands
in the empty context, where no translator would ever see it belong anywhere.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import stretchtimer

PACKAGE = Path(stretchtimer.__file__).parent


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(found).exists():
        pytest.fail("pyside6-lupdate is missing; it comes with PySide6-Essentials")
    return found


def test_lupdate_places_every_string_in_a_named_context(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    ts = tmp_path / "all.ts"
    result = subprocess.run(
        [_lupdate(), *sources, "-ts", str(ts)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    output = (result.stdout + result.stderr).lower()
    assert "warning" not in output, result.stdout + result.stderr
    root = ET.parse(ts).getroot()
    contexts = {c.findtext("name") or "": c.findall("message") for c in root.findall("context")}
    unnamed = [m.findtext("source") for m in contexts.get("", [])]
    assert not unnamed, f"strings lupdate cannot place in a context: {unnamed}"
    # Sentences that live in the model are marked too (QT_TRANSLATE_NOOP, no Qt import).
    assert "CountingRule" in contexts
    total = sum(len(messages) for messages in contexts.values())
    assert total > 200  # the interface really was scanned


def test_the_english_catalogue_spells_every_plural(tmp_path: Path) -> None:
    """A new ``%n`` string needs its English forms in resources/i18n/stretchtimer_en.ts
    (``python tools/i18n.py update``, then fill in the two forms)."""
    shipped = PACKAGE.parent / "resources" / "i18n" / "stretchtimer_en.ts"
    ts = tmp_path / shipped.name
    ts.write_bytes(shipped.read_bytes())
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run(
        [_lupdate(), "-pluralonly", "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        forms = [f.text or "" for f in message.iter("numerusform")]
        unfinished = message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        if unfinished or len(forms) != 2 or not all("%n" in f for f in forms):
            missing.append(message.findtext("source"))
    assert not missing, f"English plural forms missing or without %n: {missing}"


def test_every_context_is_a_class_or_a_literal_context(tmp_path: Path) -> None:
    """``parent.tr(...)`` in a function files its string under the context "parent", while
    at run time Qt looks it up under the parent's class: the translation is never found."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))
    known = set(re.findall(r"^\s*class (\w+)", text, re.M))
    known |= set(re.findall(r"""(?:translate|QT_TRANSLATE_NOOP)\(\s*["'](\w+)["']""", text))
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    ts = tmp_path / "all.ts"
    subprocess.run([_lupdate(), *sources, "-ts", str(ts)], capture_output=True, check=True,
                   timeout=120)  # fmt: skip
    contexts = {c.findtext("name") or "" for c in ET.parse(ts).getroot().iter("context")}
    assert contexts - known == set()
