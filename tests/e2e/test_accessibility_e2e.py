"""StretchTimer as a screen reader meets it: the real AT-SPI stack on a private session bus.

The app runs in Xvfb with Qt's accessibility bridge on; a pyatspi reader (the library Orca
uses) walks each page's tree, reads the countdown while it runs and listens for the
announcements a phase change and the end of a session make. Keys are typed with xdotool,
as a person who does not use a mouse types them.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from atspi_stack import Node, Reader, atspi_bus, find, unnamed_controls
from desktop_session import Desktop, desktop

pytestmark = pytest.mark.e2e

ROUTINE = {
    "version": 1,
    "routines": [
        {
            "id": "a11y-short",
            "name": "Screen reader check",
            "description": "A short routine for the screen-reader test.",
            "warmup_seconds": 0,
            "breaths_before": 0,
            "breaths_after": 0,
            "get_ready_seconds": 3,
            "items": [{"exercise": "chin-tucks", "hold_seconds": 15, "reps": 1}],
        }
    ],
}


@dataclass
class App:
    desk: Desktop
    reader: Reader
    proc: subprocess.Popen[str]
    log: Path
    window: str = ""

    def events(self) -> list[dict[str, Any]]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text().splitlines() if line.strip()]

    def key(self, *keys: str) -> None:
        self.desk.xdotool("windowfocus", "--sync", self.window)
        for key in keys:
            self.desk.xdotool("key", "--window", self.window, key)

    def tree_when(self, ready: Callable[[list[Node]], bool], what: str) -> list[Node]:
        """The app's tree as soon as ``ready`` holds for it (Qt updates it as pages change)."""
        end = time.monotonic() + 30
        tree: list[Node] = []
        while time.monotonic() < end:
            assert self.proc.poll() is None, "the app quit"
            tree = self.reader.tree()
            if tree and ready(tree):
                return tree
            time.sleep(0.2)
        shown = "\n".join(f"{n['role']} {n['name']!r}" for n in tree)
        raise AssertionError(f"timed out waiting for {what}; the tree:\n{shown}")


def _has(role: str, name: str) -> Callable[[list[Node]], bool]:
    return lambda tree: bool(find(tree, role=role, name=name))


def _wait(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < end, f"timed out waiting for {what}"
        time.sleep(0.05)


@pytest.fixture
def screen() -> Iterator[tuple[Desktop, Reader]]:
    with desktop(1280, 800, tray=False) as desk, atspi_bus(desk.env) as reader:
        yield desk, reader


@contextmanager
def running(screen: tuple[Desktop, Reader], tmp_path: Path, *args: str) -> Iterator[App]:
    desk, reader = screen
    data = tmp_path / "data"
    (data / "routines").mkdir(parents=True, exist_ok=True)
    (data / "routines" / "a11y.json").write_text(json.dumps(ROUTINE))
    log = tmp_path / f"events-{len(list(tmp_path.glob('events-*')))}.jsonl"
    env = {
        **desk.env,
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "PULSE_SERVER": "unix:/nonexistent",  # no sound needed here
    }
    command = [sys.executable, "-m", "stretchtimer", "--data-dir", str(data)]
    proc = subprocess.Popen(
        [*command, "--event-log", str(log), *args],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    app = App(desk, reader, proc, log)
    try:
        end = time.monotonic() + 30
        while not app.window:
            assert proc.poll() is None, f"the app quit: {proc.communicate()[1]}"
            assert time.monotonic() < end, "the window never appeared"
            found = desk.xdotool("search", "--onlyvisible", "--name", "^StretchTimer$")
            app.window = found.split("\n")[0]
            time.sleep(0.1)
        yield app
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.communicate(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.communicate()


def _report(findings: dict[str, list[str]]) -> str:
    lines = []
    for page, problems in findings.items():
        lines += [f"{page}: {p}" for p in problems]
    return "\n".join(lines)


def _dump(page: str, tree: list[Node]) -> None:
    """With STRETCHTIMER_A11Y_DUMP=DIR, keep each page's tree for a person to read."""
    folder = os.environ.get("STRETCHTIMER_A11Y_DUMP")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        (Path(folder) / f"{page}.json").write_text(json.dumps(tree, indent=1))


def _cards(tree: list[Node]) -> list[Node]:
    return [n for n in tree if "Last done" in n["description"] or "Not done" in n["description"]]


def test_every_page_reads_as_controls_with_names(
    screen: tuple[Desktop, Reader], tmp_path: Path
) -> None:
    findings: dict[str, list[str]] = {}
    with running(screen, tmp_path) as app:
        picker = app.tree_when(_has("push button", "Settings"), "the routine list")
        _dump("picker", picker)
        findings["picker"] = unnamed_controls(picker)
        cards = _cards(picker)
        assert cards, "no routine card on the routine list"
        for card in cards:
            if card["role"] != "push button" or "Press" not in card["actions"]:
                findings["picker"].append(
                    f"card {card['name']!r} is a {card['role']} with actions {card['actions']}"
                )

        app.key("ctrl+h")
        history = app.tree_when(_has("push button", "Back to the routines"), "the history")
        _dump("history", history)
        findings["history"] = unnamed_controls(history)

        app.key("Escape")
        app.tree_when(lambda t: bool(_cards(t)), "the routine list again")
        app.key("ctrl+comma")
        settings = app.tree_when(
            lambda t: any(n["role"] == "dialog" for n in t), "the settings dialog"
        )
        _dump("settings", settings)
        findings["settings"] = unnamed_controls(
            [n for n in settings if n["path"][:1] == _dialog_path(settings)]
        )
        app.desk.xdotool("key", "Escape")
        app.tree_when(lambda t: not any(n["role"] == "dialog" for n in t), "the dialog to close")

        app.key("ctrl+e")
        editor = app.tree_when(_has("push button", "Customise"), "the editor")
        _dump("editor", editor)
        findings["editor"] = unnamed_controls(editor)
    findings = {page: found for page, found in findings.items() if found}
    assert not findings, "controls without a role or a name:\n" + _report(findings)


def _dialog_path(tree: list[Node]) -> list[int]:
    return next(n["path"][:1] for n in tree if n["role"] == "dialog")


TIME_LEFT = re.compile(r"^\d+:\d\d left$")


def test_a_session_reads_its_live_values_and_announces_each_step(
    screen: tuple[Desktop, Reader], tmp_path: Path
) -> None:
    findings: dict[str, list[str]] = {}
    reader = screen[1]
    with (
        reader.listening(tmp_path / "announcements.jsonl", "object:announcement") as heard,
        running(screen, tmp_path, "--routine", "a11y-short") as app,
    ):
        preview = app.tree_when(_has("push button", "Start"), "the preview")
        _dump("preview", preview)
        findings["preview"] = unnamed_controls(preview)
        app.key("Return")
        asking = app.tree_when(_has("push button", "Start without answering"), "the check-in")
        _dump("checkin", asking)
        findings["check-in"] = unnamed_controls(asking)
        app.key("5")
        _wait(lambda: any(e.get("phase") == "hold" for e in app.events()), 20, "the hold")

        session = app.tree_when(_has("push button", "Pause"), "the session page")
        _dump("session", session)
        findings["session"] = unnamed_controls(session)
        left = [n for n in session if TIME_LEFT.match(n["name"])]
        if not left:
            findings["session"].append("no label reads the time left (\"0:12 left\")")
        if not find(session, name="Hold"):
            findings["session"].append("no label reads the phase (\"Hold\")")
        first = _countdown(session)
        time.sleep(1.2)
        second = _countdown(reader.tree())
        if first is None or second is None:
            findings["session"].append("no object reads the countdown's seconds")
        elif first == second:
            findings["session"].append(f"the countdown read {first!r} twice, a second apart")

        summary = app.tree_when(_has("push button", "Back to routines"), "the summary")
        _dump("summary", summary)
        findings["summary"] = unnamed_controls(summary)
        said = [e["data"] for e in heard.events() if e.get("type") == "object:announcement"]
        _dump("announcements", [{"said": s} for s in said])
    if not any("Hold" in s for s in said):
        findings["session"].append(f"the hold was not announced; heard {said}")
    if not any("finished" in s.lower() or "done" in s.lower() for s in said):
        findings["session"].append(f"the end was not announced; heard {said}")
    if len(said) != len(set(said)):
        findings["session"].append(f"an announcement was made twice: {said}")
    findings = {page: found for page, found in findings.items() if found}
    assert not findings, "what a screen reader misses:\n" + _report(findings)


COUNTDOWN_WORDS = re.compile(r"\b(\d+) seconds? left")


def _countdown(tree: list[Node]) -> str | None:
    """What the countdown's name says now: a reader speaks the name, the value must be it."""
    for node in tree:
        if COUNTDOWN_WORDS.search(node["name"]):
            return str(node["name"])
    return None
