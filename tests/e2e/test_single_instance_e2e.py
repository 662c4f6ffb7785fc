"""One StretchTimer per data folder, with real processes of the real app.

A second launch hands over ``--routine ID --start`` and exits 0 before Qt opens a display;
a lock and socket left by ``kill -9`` are taken over; ten launches racing each other
leave one; another data folder is another instance; the headless commands never wait.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

CLAIM_TIMEOUT = 90  # a busy machine may take long to start ten Qt processes


@pytest.fixture
def env(tmp_path: Path) -> Iterator[dict[str, str]]:
    runtime = Path(tempfile.mkdtemp(prefix="st-run-", dir="/tmp"))  # a short socket path
    yield {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PULSE_SERVER": "unix:/nonexistent",
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    shutil.rmtree(runtime, ignore_errors=True)


def command(data: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "stretchtimer", "--data-dir", str(data), *extra]


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=60, check=False)


def read_log(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def wait_for(predicate: Any, timeout: float, what: str) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def second_launch(data: Path, env: dict[str, str], *extra: str) -> subprocess.CompletedProcess[str]:
    # No display at all: a launch that got as far as opening one would fail, so exit 0
    # shows it handed over before Qt started.
    headless = {**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":999"}
    return subprocess.run(
        command(data, *extra),
        env=headless,
        capture_output=True,
        text=True,
        timeout=CLAIM_TIMEOUT,
        check=False,
    )


def stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if proc.stderr is not None:
        proc.stderr.close()


def lock_owner(data: Path) -> int | None:
    """The process id QLockFile wrote on the first line of the lock."""
    try:
        return int((data / "instance.lock").read_text().split("\n", 1)[0])
    except (OSError, ValueError):
        return None


def start_first(data: Path, env: dict[str, str], log: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        command(data, "--event-log", str(log)), env=env, stderr=subprocess.PIPE, text=True
    )
    # It has won once its lock file is there, and is ready once a second launch gets an
    # answer (which waits for the first to listen).
    try:
        wait_for(lambda: lock_owner(data) == proc.pid, CLAIM_TIMEOUT, "the lock")
        assert second_launch(data, env, "--background").returncode == 0
        wait_for(lambda: any(e["event"] == "handed_over" for e in read_log(log)), 30, "hand-over")
    except BaseException:
        stop(proc)
        raise
    return proc


def test_a_second_launch_hands_over_the_routine_and_exits(
    tmp_path: Path, env: dict[str, str]
) -> None:
    data, log = tmp_path / "data", tmp_path / "events.jsonl"
    first = start_first(data, env, log)
    try:
        done = second_launch(data, env, "--routine", "quick-reset", "--start")
        assert done.returncode == 0, done.stderr
        assert done.stderr == "" and done.stdout == ""
        wait_for(lambda: any(e["event"] == "step" for e in read_log(log)), 30, "the session")
        handed = [json.loads(e["message"]) for e in read_log(log) if e["event"] == "handed_over"]
        assert handed[-1] == {"routine": "quick-reset", "start": True, "background": False}

        # With a session running, another request only raises the window.
        again = second_launch(data, env, "--routine", "midday-desk-break", "--start")
        assert again.returncode == 0, again.stderr
        wait_for(lambda: len([e for e in read_log(log) if e["event"] == "handed_over"]) == 3,
                 30, "the third hand-over")  # fmt: skip
        starts = [e for e in read_log(log) if e["event"] == "step" and e["step"] == 0]
        assert len(starts) == 1
        assert first.poll() is None

        # The headless commands need no lock and work while the window runs.
        listed = run(command(data, "routines"), env)
        assert listed.returncode == 0 and "quick-reset" in listed.stdout
        stats = run(command(data, "stats", "--json"), env)
        assert stats.returncode == 0, stats.stderr
    finally:
        stop(first)


def test_a_lock_and_socket_left_by_kill_9_are_replaced(tmp_path: Path, env: dict[str, str]) -> None:
    data, log = tmp_path / "data", tmp_path / "events.jsonl"
    first = start_first(data, env, log)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=20)
    stop(first)
    sockets = list(Path(env["XDG_RUNTIME_DIR"]).glob("stretchtimer-*"))
    assert len(sockets) == 1 and lock_owner(data) == first.pid  # both left behind

    log2 = tmp_path / "events2.jsonl"
    second = start_first(data, env, log2)
    try:
        assert second.poll() is None
        done = second_launch(data, env, "--routine", "quick-reset", "--start")
        assert done.returncode == 0, done.stderr
        wait_for(lambda: any(e["event"] == "step" for e in read_log(log2)), 30, "the session")
    finally:
        stop(second)


def test_ten_racing_launches_leave_exactly_one(tmp_path: Path, env: dict[str, str]) -> None:
    data = tmp_path / "data"
    racers = [
        subprocess.Popen(command(data, "--background"), env=env, stderr=subprocess.PIPE, text=True)
        for _ in range(10)
    ]
    try:
        wait_for(lambda: sum(p.poll() is not None for p in racers) >= 9, CLAIM_TIMEOUT,
                 "nine launches to hand over")  # fmt: skip
        time.sleep(2)  # a tenth that wrongly went on would still be running; wait for one
        running = [p for p in racers if p.poll() is None]
        exited = [p for p in racers if p.poll() is not None]
        assert len(running) == 1
        errors = [p.stderr.read() for p in exited if p.stderr is not None]
        assert [p.returncode for p in exited] == [0] * 9, errors
        # And the one left is the instance: it answers the next launch.
        assert second_launch(data, env, "--background").returncode == 0
        assert running[0].poll() is None
    finally:
        for proc in racers:
            stop(proc)


def test_another_data_folder_is_another_instance(tmp_path: Path, env: dict[str, str]) -> None:
    one = start_first(tmp_path / "one", env, tmp_path / "one.jsonl")
    try:
        two = start_first(tmp_path / "two", env, tmp_path / "two.jsonl")
        try:
            assert one.poll() is None and two.poll() is None
            request = ("--routine", "quick-reset", "--start")
            assert second_launch(tmp_path / "two", env, *request).returncode == 0
            wait_for(
                lambda: any(e["event"] == "step" for e in read_log(tmp_path / "two.jsonl")),
                30,
                "the session in the second",
            )
            assert not any(e["event"] == "step" for e in read_log(tmp_path / "one.jsonl"))
        finally:
            stop(two)
    finally:
        stop(one)
