"""One StretchTimer per data folder: a second launch hands its request to the first and exits.

Two Qt parts, each doing what it is good at. A ``QLockFile`` in the data folder decides
who runs: it is taken atomically, and a lock left by a killed instance is recognised and
taken over (Qt only removes a lock no live process holds). A ``QLocalServer`` in the
user's private runtime folder, named from the data folder's resolved path, carries the
second launch's request (``--routine ID --start``) to the first.

``claim()`` runs before the ``QApplication`` exists, so a second launch exits in a
fraction of a second without opening a display.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from stretchtimer.ui.desktop import Availability

MAX_MESSAGE_BYTES = 4096
ACK = b"ok\n"
CLAIM_SECONDS = 20.0  # how long a second launch waits for a busy first one to answer
_RETRY_SECONDS = 0.05


@dataclass(frozen=True)
class HandOver:
    """What a second launch asks of the running StretchTimer."""

    routine: str | None = None
    start: bool = False
    background: bool = False  # an autostart while running: nothing to show
    activation_token: str = ""  # lets the first window take the focus on Wayland

    def to_bytes(self) -> bytes:
        record = {
            "routine": self.routine,
            "start": self.start,
            "background": self.background,
            "activation_token": self.activation_token,
        }
        return json.dumps(record).encode("utf-8") + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> HandOver:
        """Parse a request; anything malformed raises ValueError (the socket is untrusted)."""
        if len(data) > MAX_MESSAGE_BYTES:
            raise ValueError("the request is too long")
        try:
            record: Any = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"the request is not JSON: {exc}") from exc
        if not isinstance(record, dict) or set(record) - {
            "routine", "start", "background", "activation_token",
        }:  # fmt: skip
            raise ValueError("the request has unknown fields")
        routine = record.get("routine")
        start = record.get("start", False)
        background = record.get("background", False)
        token = record.get("activation_token", "")
        if routine is not None and (not isinstance(routine, str) or not 0 < len(routine) <= 200):
            raise ValueError("field 'routine' must be a routine id")
        if not isinstance(start, bool) or not isinstance(background, bool):
            raise ValueError("fields 'start' and 'background' must be true or false")
        if not isinstance(token, str) or len(token) > 1024:
            raise ValueError("field 'activation_token' must be a short text")
        return cls(routine, start, background, token)


class Claim(Enum):
    PRIMARY = "primary"  # this process is the one instance: run the window
    HANDED_OVER = "handed_over"  # the running instance took the request: exit 0
    UNAVAILABLE = "unavailable"  # no lock possible here: run, unprotected, and say why
    FAILED = "failed"  # an instance holds the folder but does not answer: exit 1


@dataclass(frozen=True)
class ClaimResult:
    claim: Claim
    message: str = ""


def instance_key(data_dir: Path) -> str:
    """A short name for the data folder: the same for every path that leads to it."""
    resolved = str(data_dir.expanduser().resolve())
    return hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:16]


def private_runtime_dir() -> Path | None:
    """``$XDG_RUNTIME_DIR``, or a folder of our own in the temporary folder; None if unsafe."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_dir():
        return Path(runtime)
    uid = os.getuid()
    folder = Path(tempfile.gettempdir()) / f"stretchtimer-{uid}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return None
    # A folder someone else made (or opened to others) could hold a socket that is not ours.
    if info.st_uid != uid or info.st_mode & 0o077 or folder.is_symlink():
        return None
    return folder


def server_name(data_dir: Path, runtime_dir: Path | None) -> str:
    key = instance_key(data_dir)
    if sys.platform == "win32" or runtime_dir is None:
        return f"stretchtimer-{key}"  # a named pipe on Windows
    return str(runtime_dir / f"stretchtimer-{key}")


class SingleInstance(QObject):
    """The lock and the server of one data folder.

    Signals:
        handed_over(HandOver): a second launch asked for something (emitted in order).
    """

    handed_over = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        *,
        runtime_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.lock_path = data_dir / "instance.lock"
        if runtime_dir is None and sys.platform != "win32":
            runtime_dir = private_runtime_dir()
        self.name = server_name(data_dir, runtime_dir)
        self._lock = QLockFile(str(self.lock_path))
        # Only a dead owner makes the lock stale, never its age: we hold it for hours.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytearray] = {}

    # ----- the second launch's side (and the race to be first) ---------------------------
    def claim(self, request: HandOver, timeout: float = CLAIM_SECONDS) -> ClaimResult:
        """Become the instance, or hand ``request`` to the one that is. Blocks, briefly."""
        deadline = time.monotonic() + timeout
        while True:
            if self._lock.tryLock(0):
                return ClaimResult(Claim.PRIMARY)
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                return ClaimResult(Claim.UNAVAILABLE, self._lock_problem())
            # A live instance holds the folder; it may still be starting its server.
            if self._send(request, deadline):
                return ClaimResult(Claim.HANDED_OVER)
            if time.monotonic() >= deadline:
                break
            time.sleep(_RETRY_SECONDS)
        # Nobody answered all this time: the owner's process id may have been reused by an
        # unrelated process after a crash. Qt removes the lock only if no one holds it.
        if self._lock.removeStaleLockFile() and self._lock.tryLock(0):
            return ClaimResult(Claim.PRIMARY)
        info = self._lock.getLockInfo()  # (pid, host, app), or something falsy if unreadable
        who = f" (process {info[0]} on {info[1]})" if info and info[0] else ""
        return ClaimResult(
            Claim.FAILED,
            QCoreApplication.translate(
                "SingleInstance",
                "StretchTimer is already running with this data folder%1 but does not "
                "answer. Close it, or start with another --data-dir.",
            ).replace("%1", who),
        )

    def _send(self, request: HandOver, deadline: float) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(500):
            return False
        socket.write(request.to_bytes())
        if not socket.waitForBytesWritten(1000):
            return False
        reply = bytearray()
        while len(reply) < len(ACK):
            # The answer may already have been read in while waiting for the write.
            if not socket.bytesAvailable():
                left_ms = int((deadline - time.monotonic()) * 1000)
                if left_ms <= 0 or not socket.waitForReadyRead(left_ms):
                    break
            reply += bytes(socket.readAll().data())
        socket.abort()
        return reply.startswith(ACK)

    def _lock_problem(self) -> str:
        return QCoreApplication.translate(
            "SingleInstance",
            "Another StretchTimer could be opened on the same data folder, because the lock "
            "file %1 cannot be created.",
        ).replace("%1", str(self.lock_path))

    # ----- the first instance's side -----------------------------------------------------
    def listen(self) -> Availability:
        """Accept second launches' requests. Call once the QApplication exists."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the lock, so a socket file left here is a dead instance's.
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            return Availability.no(
                QCoreApplication.translate(
                    "SingleInstance",
                    "A second launch cannot reach this StretchTimer (%1), so it will say "
                    "StretchTimer does not answer.",
                ).replace("%1", server.errorString())
            )
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return Availability.yes()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._on_socket_ready_read(socket)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer and len(buffer) <= MAX_MESSAGE_BYTES:
            return
        line = bytes(buffer.split(b"\n", 1)[0])
        del self._buffers[socket]
        try:
            request = HandOver.from_bytes(line)
        except ValueError:
            socket.abort()
            return
        # The second launch closes the connection once it has read this.
        socket.write(ACK)
        socket.flush()
        self.handed_over.emit(request)

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()


__all__ = [
    "Claim",
    "ClaimResult",
    "HandOver",
    "SingleInstance",
    "instance_key",
    "private_runtime_dir",
    "server_name",
]
