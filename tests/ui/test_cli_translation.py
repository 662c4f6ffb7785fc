"""The command line reads the window's compiled catalogues with a bare QTranslator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from stretchtimer.cli.translate import CliTranslator
from stretchtimer.model.days import counting_rule
from stretchtimer.model.settings import Settings

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>Cli</name>
  <message><source>Total: %1</source><translation>Gesamt: %1</translation></message>
  <message numerus="yes"><source>%n day(s)</source><translation>
    <numerusform>%n Tag</numerusform><numerusform>%n Tage</numerusform></translation></message>
</context>
<context><name>CountingRule</name>
  <message><source>A day counts when you complete a routine or hold stretches for %1 minutes or more in total; a day starts at %2.</source>
  <translation>Ein Tag zählt ab %1 Minuten; er beginnt um %2.</translation></message>
</context>
</TS>
"""


def compiled(tmp_path: Path) -> Path:
    (tmp_path / "stretchtimer_de.ts").write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(tmp_path / "stretchtimer_de.ts"),
         "-qm", str(tmp_path / "stretchtimer_de.qm")],
        check=True, timeout=60,
    )  # fmt: skip
    return tmp_path


def test_a_german_catalogue_translates_sentences_plurals_and_model_texts(tmp_path: Path) -> None:
    german = CliTranslator("de", compiled(tmp_path))
    assert german.translate("Cli", "Total: %1") == "Gesamt: %1"
    assert german.translate("Cli", "%n day(s)", None, 1) == "1 Tag"
    assert german.translate("Cli", "%n day(s)", None, 3) == "3 Tage"
    assert german.text(counting_rule(Settings(day_start_hour=4))) == (
        "Ein Tag zählt ab 3 Minuten; er beginnt um 04:00."
    )
    # A string the catalogue does not have yet is English, never empty.
    assert german.translate("Cli", "Sessions") == "Sessions"
    assert german.translate("Cli", "%n week(s) in a row (longest %1)", None, 2) == (
        "2 weeks in a row (longest %1)"
    )


def test_a_damaged_catalogue_leaves_the_command_line_in_english(tmp_path: Path) -> None:
    """A .qm cut short or written over is not read; the commands speak English, no error."""
    good = (compiled(tmp_path) / "stretchtimer_de.qm").read_bytes()
    for damaged in (good[: len(good) // 2], b"\0" * 40, b""):
        folder = tmp_path / f"damaged-{len(damaged)}"
        folder.mkdir()
        (folder / "stretchtimer_de.qm").write_bytes(damaged)
        german = CliTranslator("de", folder)
        assert german.translate("Cli", "Total: %1") == "Total: %1"
        assert german.translate("Cli", "%n day(s)", None, 2) == "2 days"
