"""Single instance in one process: the lock, the hand-over, stale leftovers, bad requests.

The real-process cases (a second launch of the app, kill -9, ten racing launches) are in
tests/e2e/test_single_instance_e2e.py.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stretchtimer.ui.desktop.line_socket import send_line
from stretchtimer.ui.desktop.single_instance import (
    ACK,
    MAX_MESSAGE_BYTES,
    Claim,
    HandOver,
    SingleInstance,
    instance_key,
    server_name,
)


@pytest.fixture
def runtime() -> Iterator[Path]:
    # Short: a Unix socket path must stay under about 100 bytes.
    folder = Path(tempfile.mkdtemp(prefix="st-", dir="/tmp"))
    yield folder
    for leftover in folder.iterdir():
        leftover.unlink()
    folder.rmdir()


@pytest.fixture
def primary(qtbot: QtBot, tmp_path: Path, runtime: Path) -> Iterator[SingleInstance]:
    first = SingleInstance(tmp_path, runtime_dir=runtime)
    assert first.claim(HandOver()).claim is Claim.PRIMARY
    assert first.listen().available
    yield first
    first.close()


SECOND_LAUNCH = """
import sys
from pathlib import Path
from stretchtimer.ui.desktop.single_instance import HandOver, SingleInstance
second = SingleInstance(Path(sys.argv[1]), runtime_dir=Path(sys.argv[2]))
print(second.claim(HandOver.from_bytes(sys.argv[3].encode()), timeout=10).claim.value)
"""


def claim_from_another_process(qtbot: QtBot, data: Path, runtime: Path, request: HandOver) -> Claim:
    """A second process claims while this one's event loop serves the first instance."""
    proc = subprocess.Popen(
        [sys.executable, "-c", SECOND_LAUNCH, str(data), str(runtime), request.to_bytes().decode()],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30000)
    finally:
        if proc.poll() is None:
            proc.kill()
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    return Claim(out.strip())


def test_a_second_claim_hands_its_request_to_the_first(
    qtbot: QtBot, tmp_path: Path, runtime: Path, primary: SingleInstance
) -> None:
    got: list[HandOver] = []
    primary.handed_over.connect(got.append)
    request = HandOver(routine="midday-desk-break", start=True, activation_token="tok")
    assert claim_from_another_process(qtbot, tmp_path, runtime, request) is Claim.HANDED_OVER
    qtbot.waitUntil(lambda: bool(got))
    assert got == [request]


def test_another_data_folder_is_another_instance(
    tmp_path: Path, runtime: Path, primary: SingleInstance
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    elsewhere = SingleInstance(other, runtime_dir=runtime)
    assert elsewhere.claim(HandOver(), timeout=1).claim is Claim.PRIMARY
    assert elsewhere.name != primary.name
    elsewhere.close()


def test_the_same_folder_by_another_path_is_the_same_instance(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    assert instance_key(tmp_path / "link") == instance_key(tmp_path / "real")
    assert instance_key(tmp_path / "real") != instance_key(tmp_path)
    assert server_name(tmp_path, Path("/run/user/1")).startswith("/run/user/1/stretchtimer-")


def test_a_holder_that_never_answers_fails_with_a_reason(tmp_path: Path, runtime: Path) -> None:
    first = SingleInstance(tmp_path, runtime_dir=runtime)
    assert first.claim(HandOver()).claim is Claim.PRIMARY  # holds the lock, never listens
    result = SingleInstance(tmp_path, runtime_dir=runtime).claim(HandOver(), timeout=0.3)
    assert result.claim is Claim.FAILED
    assert "does not answer" in result.message and str(os.getpid()) in result.message
    first.close()


def test_a_lock_and_socket_left_by_a_killed_instance_are_taken_over(
    qtbot: QtBot, tmp_path: Path, runtime: Path
) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    (tmp_path / "instance.lock").write_text(f"{dead}\npython3\n{os.uname().nodename}\n")
    name = server_name(tmp_path, runtime)
    leftover = socket.socket(socket.AF_UNIX)
    leftover.bind(name)
    leftover.close()  # the file stays, as after kill -9
    assert Path(name).exists()

    first = SingleInstance(tmp_path, runtime_dir=runtime)
    assert first.claim(HandOver(), timeout=1).claim is Claim.PRIMARY
    assert first.listen().available
    got: list[HandOver] = []
    first.handed_over.connect(got.append)
    request = HandOver(routine="quick-reset")
    assert claim_from_another_process(qtbot, tmp_path, runtime, request) is Claim.HANDED_OVER
    qtbot.waitUntil(lambda: bool(got))
    first.close()


def test_no_lock_possible_means_unavailable_with_a_reason(tmp_path: Path, runtime: Path) -> None:
    missing = tmp_path / "not-there"
    result = SingleInstance(missing, runtime_dir=runtime).claim(HandOver(), timeout=0.2)
    assert result.claim is Claim.UNAVAILABLE and "instance.lock" in result.message


def hung_up(sock: socket.socket) -> bool:
    """Whether the server closed this connection (without waiting for it)."""
    try:
        return sock.recv(4096) == b""
    except BlockingIOError:
        return False
    except ConnectionResetError:
        return True


def test_a_garbled_request_is_dropped_and_the_server_keeps_serving(
    qtbot: QtBot, tmp_path: Path, runtime: Path, primary: SingleInstance
) -> None:
    got: list[HandOver] = []
    primary.handed_over.connect(got.append)
    with socket.socket(socket.AF_UNIX) as raw:
        raw.connect(primary.name)
        raw.setblocking(False)
        raw.sendall(b'{"routine": 5}\n')
        qtbot.waitUntil(lambda: hung_up(raw))
    assert got == []
    request = HandOver(background=True)
    assert claim_from_another_process(qtbot, tmp_path, runtime, request) is Claim.HANDED_OVER
    qtbot.waitUntil(lambda: got == [HandOver(background=True)])


def test_a_request_without_an_end_or_too_long_never_holds_up_the_others(
    qtbot: QtBot, tmp_path: Path, runtime: Path, primary: SingleInstance
) -> None:
    """The GUI thread never waits on a peer: one that sends half a line and stays connected,
    or one that sends more than a request may be, does not stop the next launch's."""
    got: list[HandOver] = []
    primary.handed_over.connect(got.append)
    with socket.socket(socket.AF_UNIX) as slow, socket.socket(socket.AF_UNIX) as flood:
        slow.connect(primary.name)
        slow.sendall(b'{"routine": "quick')
        flood.connect(primary.name)
        flood.setblocking(False)
        flood.sendall(b"x" * (MAX_MESSAGE_BYTES + 10))
        qtbot.waitUntil(lambda: hung_up(flood))
        request = HandOver(routine="quick-reset", start=True)
        assert claim_from_another_process(qtbot, tmp_path, runtime, request) is Claim.HANDED_OVER
        qtbot.waitUntil(lambda: got == [request])
    assert Path(primary.name).exists()
    primary.close()
    assert not Path(primary.name).exists()  # a clean exit leaves no socket behind


def test_requests_round_trip() -> None:
    request = HandOver(routine="r", start=True, background=False, activation_token="t")
    assert HandOver.from_bytes(request.to_bytes().strip()) == request


@pytest.mark.parametrize(
    "data",
    [
        b"not json",
        b"[1]",
        b'{"routine": ""}',
        b'{"routine": 3}',
        b'{"start": "yes"}',
        b'{"command": "rm"}',
        b'{"activation_token": ' + b'"' + b"x" * 2000 + b'"}',
        b"\xff\xfe",
        b"{" * 5000,
    ],
)
def test_malformed_requests_are_refused(data: bytes) -> None:
    with pytest.raises(ValueError):
        HandOver.from_bytes(data)


def test_a_second_launch_leaves_as_soon_as_it_is_answered(runtime: Path) -> None:
    """The answer is one line: the second launch does not wait for the first to hang up."""
    path = str(runtime / "answers")
    holding = threading.Event()
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(path)
        listener.listen(1)

        def answer_and_hold() -> None:
            conn, _ = listener.accept()
            with conn:
                conn.recv(4096)
                conn.sendall(ACK)
                holding.set()
                # Held far longer than a second launch should take; closed only then.
                time.sleep(30)
                holding.clear()

        server = threading.Thread(target=answer_and_hold, daemon=True)
        server.start()
        reply = send_line(path, HandOver().to_bytes(), time.monotonic() + 120)
        assert reply == ACK
        assert holding.is_set()  # answered while the connection was still open
