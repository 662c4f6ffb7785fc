"""The screen-reader side of a desktop for end-to-end tests: the AT-SPI bus and a reader.

The bus launcher (Debian's ``at-spi2-core``) registers ``org.a11y.Bus`` on the test's
private session bus and starts the accessibility bus and its registry; Qt's bridge finds
them there. The reader is ``atspi_walker.py`` run by the system's python3, which has
``python3-pyatspi``: the same library Orca reads applications with.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pytest
from xvfb_display import REQUIRE_ENV

LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")
WALKER = Path(__file__).resolve().parent / "atspi_walker.py"
APP_NAME = "StretchTimer"

Node = dict[str, Any]

# Roles that say nothing (Qt gives a plain painted widget "filler"): what the focus or an
# action can reach says what it is (button, list, chart, a named group ...).
CONTAINER_ROLES = frozenset({"unknown", "invalid", "filler", "redundant object"})


def need_stack() -> None:
    """Skip when the AT-SPI stack is missing, unless CI demands the end-to-end tests run."""
    missing = []
    if not LAUNCHER.exists():
        missing.append("at-spi2-core")
    if (
        not SYSTEM_PYTHON.exists()
        or subprocess.run(
            [str(SYSTEM_PYTHON), str(WALKER), "check"],
            capture_output=True, timeout=60, check=False,
        ).returncode
        != 0
    ):
        missing.append("python3-pyatspi")
    if not missing:
        return
    message = f"the screen-reader test needs {', '.join(missing)} (apt-get install; .ci/run does)"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(message)
    pytest.skip(message)


@dataclass
class Listener:
    """Events of the app as a screen reader receives them, read from a file as they come."""

    proc: subprocess.Popen[str]
    out: Path

    def events(self) -> list[Node]:
        lines = self.out.read_text().splitlines() if self.out.exists() else []
        return [json.loads(line) for line in lines if line.strip()]


@dataclass
class Reader:
    env: dict[str, str]

    def tree(self, timeout: float = 60) -> list[Node]:
        """Every showing object of the app, or [] while the app is not on the bus yet."""
        done = subprocess.run(
            [str(SYSTEM_PYTHON), str(WALKER), "tree", APP_NAME],
            env=self.env, capture_output=True, text=True, timeout=timeout, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        found = json.loads(done.stdout)
        return found if isinstance(found, list) else []

    @contextmanager
    def listening(self, out: Path, *events: str) -> Iterator[Listener]:
        with out.open("w") as sink:
            proc = subprocess.Popen(
                [str(SYSTEM_PYTHON), str(WALKER), "listen", APP_NAME, *events],
                env=self.env, stdin=subprocess.PIPE, stdout=sink, stderr=subprocess.DEVNULL,
                text=True,
            )  # fmt: skip
            listener = Listener(proc, out)
            try:
                end = time.monotonic() + 30
                while not any(e.get("ready") for e in listener.events()):
                    assert proc.poll() is None, "the event listener stopped"
                    assert time.monotonic() < end, "the event listener never got ready"
                    time.sleep(0.05)
                yield listener
            finally:
                stdin: IO[str] | None = proc.stdin
                if stdin is not None:
                    stdin.close()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


@contextmanager
def atspi_bus(env: dict[str, str]) -> Iterator[Reader]:
    """The accessibility bus on the session bus of ``env``; yields a reader for the app."""
    need_stack()
    launcher = subprocess.Popen(
        [str(LAUNCHER), "--launch-immediately"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        end = time.monotonic() + 20
        while True:
            asked = subprocess.run(
                ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                 "/org/a11y/bus", "org.a11y.Bus.GetAddress"],
                env=env, capture_output=True, text=True, timeout=10, check=False,
            )  # fmt: skip
            if "unix:" in asked.stdout:
                break
            assert time.monotonic() < end, f"the AT-SPI bus never started: {asked.stderr}"
            time.sleep(0.1)
        yield Reader(env)
    finally:
        launcher.terminate()
        try:
            launcher.wait(timeout=10)
        except subprocess.TimeoutExpired:
            launcher.kill()
            launcher.wait()


def unnamed_controls(tree: list[Node]) -> list[str]:
    """Each object the focus or an action reaches that lacks a real role or a name."""
    found = []
    for node in tree:
        focusable = "focusable" in node["states"]
        actionable = any(a != "SetFocus" for a in node["actions"])
        if not (focusable or actionable):
            continue
        if node["role"] in CONTAINER_ROLES or not node["name"].strip():
            found.append(f"{node['role']} {node['name']!r} at {node['path']}")
    return found


def find(tree: list[Node], **wanted: Any) -> list[Node]:
    return [n for n in tree if all(n.get(k) == v for k, v in wanted.items())]
