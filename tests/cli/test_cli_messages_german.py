"""The commands' own sentences, counts, numbers and times in German, and in English as before.

The German catalogue here is a small one compiled for the test (the shipped ones are
filled in by translators), so each assertion names a sentence this test translated.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from stretchtimer import app, paths, resources
from stretchtimer.model.history import HistoryStore
from stretchtimer.model.session import ItemOutcome, ItemSummary, SessionStatus, SessionSummary

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>Cli</name>
  <message numerus="yes"><source>Exported %n session(s) to %1</source><translation>
    <numerusform>%n Sitzung nach %1 exportiert</numerusform>
    <numerusform>%n Sitzungen nach %1 exportiert</numerusform></translation></message>
  <message numerus="yes"><source>Routine %1: %2 (%n exercise(s))</source><translation>
    <numerusform>Ablauf %1: %2 (%n Übung)</numerusform>
    <numerusform>Ablauf %1: %2 (%n Übungen)</numerusform></translation></message>
  <message><source>Imported from %1:</source>
    <translation>Importiert aus %1:</translation></message>
  <message><source>completed</source><translation>abgeschlossen</translation></message>
  <message><source>reminders paused until %1</source>
    <translation>Erinnerungen pausiert bis %1</translation></message>
  <message><source>Reminders: off</source><translation>Erinnerungen: aus</translation></message>
  <message><source>%1 already exists; add --force to replace it</source>
    <translation>%1 gibt es schon; mit --force wird sie ersetzt</translation></message>
  <message><source>warning: %1</source><translation>Warnung: %1</translation></message>
</context>
<context><name>StatsWords</name>
  <message><source>Stiffness</source><translation>Steifheit</translation></message>
  <message><source>%1 before</source><translation>%1 vorher</translation></message>
</context>
</TS>
"""

STARTED = datetime(2024, 6, 10, 6, 0, tzinfo=UTC)  # 08:00 in Berlin


@pytest.fixture(scope="module")
def german_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("i18n")
    (folder / "stretchtimer_de.ts").write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(folder / "stretchtimer_de.ts"),
         "-qm", str(folder / "stretchtimer_de.qm")],
        check=True, timeout=60,
    )  # fmt: skip
    return folder


@pytest.fixture(params=["de", "en"])
def language(
    request: pytest.FixtureRequest, german_catalogue: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    """The language the terminal asks for; the commands read the test's German catalogue."""
    monkeypatch.setenv("LANGUAGE", request.param)
    monkeypatch.setattr(resources, "translations_dir", lambda: german_catalogue)
    return str(request.param)


def run(data: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = app.main(["--data-dir", str(data), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def add_session(data: Path, *, before: int | None = None, after: int | None = None) -> None:
    store, _ = HistoryStore.open(paths.history_path(data))
    with store:
        sid = store.begin_session(
            "morning-back", "Morning back", STARTED, "Europe/Berlin", date(2024, 6, 10), 600
        )
        part = ItemSummary(0, "ex-0", "Exercise 0", 60.0, 300.0, ItemOutcome.COMPLETED)
        summary = SessionSummary(
            "morning-back", "Morning back", SessionStatus.COMPLETED, 600.0, 360.0, 300.0, (part,)
        )
        store.finish(sid, summary)
        if before is not None or after is not None:
            store.set_checkin(sid, before=before, after=after)


def test_export_counts_sessions_with_the_language_s_plural(
    tmp_path: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    add_session(data)
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert run(data, "export", "--json", str(one), capsys=capsys)[1] == {
        "de": f"1 Sitzung nach {one} exportiert\n",
        "en": f"Exported 1 session to {one}\n",
    }[language]
    add_session(data)
    assert run(data, "export", "--json", str(two), capsys=capsys)[1] == {
        "de": f"2 Sitzungen nach {two} exportiert\n",
        "en": f"Exported 2 sessions to {two}\n",
    }[language]
    code, out, err = run(data, "export", "--json", str(two), capsys=capsys)
    assert (code, out) == (1, "")
    assert err == {
        "de": f"stretchtimer: {two} gibt es schon; mit --force wird sie ersetzt\n",
        "en": f"stretchtimer: {two} already exists; add --force to replace it\n",
    }[language]
    # The file itself is a machine format: English keys whatever the language.
    assert "routine_id" in json.loads(two.read_text(encoding="utf-8"))["sessions"][0]


def test_stats_write_averages_with_the_language_s_decimal_mark(
    tmp_path: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    add_session(data, before=4)
    add_session(data, before=5)
    code, out, err = run(data, "stats", capsys=capsys)
    assert (code, err) == (0, "")
    line = next(li for li in out.splitlines() if li.startswith(("Stiffness", "Steifheit")))
    expected = {"de": "Steifheit:", "en": "Stiffness:"}[language]
    assert line.startswith(expected)
    assert {"de": "4,5 vorher", "en": "4.5 before"}[language] in line
    as_json = json.loads(run(data, "stats", "--json", capsys=capsys)[1])
    assert as_json["stiffness_before_average"] == 4.5  # JSON keeps its own number format


def test_history_dates_times_and_status_follow_the_language(
    tmp_path: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    add_session(data)
    code, out, _ = run(data, "history", capsys=capsys)
    assert code == 0
    row = out.splitlines()[1].split()
    assert row[:2] == {"de": ["10.06.2024", "08:00"], "en": ["2024-06-10", "08:00"]}[language]
    assert {"de": "abgeschlossen", "en": "completed"}[language] in row


def test_a_pause_names_the_weekday_in_the_language(
    tmp_path: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    code, out, _ = run(data, "reminders", "pause", "90", capsys=capsys)
    assert code == 0
    pattern = {
        "de": r"Erinnerungen pausiert bis (Mo|Di|Mi|Do|Fr|Sa|So)\. \d\d:\d\d",
        "en": r"reminders paused until (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d:\d\d",
    }[language]
    assert re.fullmatch(pattern, out.strip()), out


def test_an_imported_routine_counts_its_exercises_right_for_one_and_two(
    tmp_path: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    sender, data = tmp_path / "sender", tmp_path / "data"
    paths.user_routines_dir(sender).mkdir(parents=True)
    for count in (1, 2):
        routine = {
            "id": f"r{count}", "name": f"Routine {count}", "description": "Shared.",
            "items": [{"exercise": "knee-to-chest"}, {"exercise": "cat-cow"}][:count],
        }  # fmt: skip
        mine = paths.user_routines_dir(sender) / f"r{count}.json"
        mine.write_text(json.dumps({"version": 1, "routines": [routine]}), encoding="utf-8")
        shared = tmp_path / f"r{count}.stretchtimer.json"
        code, _, err = run(sender, "routine", "export", f"r{count}", str(shared), capsys=capsys)
        assert (code, err) == (0, ""), err
        code, out, err = run(data, "routine", "import", str(shared), capsys=capsys)
        assert (code, err) == (0, ""), err
        lines = out.splitlines()
        if language == "de":
            word = "Übung" if count == 1 else "Übungen"
            assert lines[0] == f"Importiert aus {shared}:"
            assert lines[1].startswith(f"  Ablauf r{count}: ")
            assert lines[1].endswith(f"({count} {word})")
        else:
            word = "exercise" if count == 1 else "exercises"
            assert lines[0] == f"Imported from {shared}:"
            assert lines[1].startswith(f"  Routine r{count}: ")
            assert lines[1].endswith(f"({count} {word})")


def test_a_warning_is_introduced_in_the_language(
    tmp_path: Path, language: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"weekly_goal_days": "many"}', encoding="utf-8")
    code, _, err = run(data, "stats", capsys=capsys)
    assert code == 0
    assert err.startswith({"de": "Warnung: ", "en": "warning: "}[language]), err


def test_english_commands_start_without_qt(tmp_path: Path) -> None:
    """Numbers and dates in English are Python's own: no Qt is loaded to write them."""
    code = (
        "import sys\n"
        "from stretchtimer import app\n"
        f"app.main(['--data-dir', {str(tmp_path)!r}, 'stats'])\n"
        f"app.main(['--data-dir', {str(tmp_path)!r}, 'reminders'])\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60,
        env={"LANGUAGE": "en", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
