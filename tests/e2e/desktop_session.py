"""A small real desktop for end-to-end tests: Xvfb, a session bus, openbox and a tray.

The tray is ``trayer``, a stand-alone XEmbed system tray (the freedesktop.org System Tray
Protocol that Xfce, MATE, LXDE and most panels of plain X sessions speak). It needs no
D-Bus service and no configuration, so it runs under Xvfb as it is. Qt's tray icon
uses XEmbed when no StatusNotifierItem watcher is on the session bus, as here.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xvfb_display import need_tools, xvfb

DESKTOP_TOOLS = ("Xvfb", "openbox", "trayer", "dbus-daemon", "xdotool", "xwininfo")


@dataclass
class Desktop:
    display: str
    env: dict[str, str]

    def run(self, *args: str, timeout: float = 20) -> str:
        done = subprocess.run(
            list(args), env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )
        return done.stdout.strip()

    def xdotool(self, *args: str) -> str:
        return self.run("xdotool", *args)

    def tree(self) -> str:
        return self.run("xwininfo", "-root", "-tree")

    def tray_icons(self) -> list[tuple[str, str]]:
        """(window id, name) of each client window embedded in trayer's panel."""
        lines = self.tree().splitlines()
        found: list[tuple[str, str]] = []
        inside, depth = False, 0
        for line in lines:
            indent = len(line) - len(line.lstrip())
            if '"panel": ("panel" "trayer")' in line:
                inside, depth = True, indent
                continue
            if inside and indent <= depth and line.strip():
                inside = False
            match = re.match(r'\s*(0x[0-9a-f]+) "([^"]*)": \(', line)
            # The icons are the panel's grandchildren: XEmbed socket, then the client.
            if inside and match and indent >= depth + 6:
                found.append((match.group(1), match.group(2)))
        return found

    def geometry(self, window: str) -> tuple[int, int, int, int]:
        info = self.run("xwininfo", "-id", window)
        values = {
            k: int(v)
            for k, v in re.findall(r"(Absolute upper-left [XY]|Width|Height):\s+(-?\d+)", info)
        }
        return (
            values["Absolute upper-left X"],
            values["Absolute upper-left Y"],
            values["Width"],
            values["Height"],
        )

    def screenshot(self, path: Path) -> None:
        self.run("import", "-window", "root", str(path), timeout=30)


def wait_for(predicate: object, timeout: float, what: str) -> None:
    assert callable(predicate)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _stop(proc: subprocess.Popen[Any]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _spawn(stack: ExitStack, args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stack.callback(_stop, proc)
    return proc


@contextmanager
def desktop(width: int = 1024, height: int = 640, *, tray: bool = True) -> Iterator[Desktop]:
    """Xvfb with openbox, a private session bus and (unless ``tray=False``) trayer."""
    need_tools(*DESKTOP_TOOLS)
    with ExitStack() as stack:
        display = stack.enter_context(xvfb(width, height))
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("WAYLAND_DISPLAY", None)
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        bus.stdout.close()
        stack.callback(_stop, bus)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        session = Desktop(display, env)
        _spawn(stack, ["openbox"], env)
        wait_for(
            lambda: "window id" in session.run("xprop", "-root", "_NET_SUPPORTING_WM_CHECK"),
            20,
            "openbox",
        )
        if tray:
            _spawn(
                stack,
                ["trayer", "--edge", "top", "--align", "right", "--widthtype", "request",
                 "--height", "24", "--SetDockType", "true", "--SetPartialStrut", "true",
                 "--transparent", "false", "--tint", "0x404040"],
                env,
            )  # fmt: skip
            wait_for(lambda: '"panel": ("panel" "trayer")' in session.tree(), 20, "trayer")
        yield session
