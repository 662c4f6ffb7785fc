"""One StretchTimer per data folder: a second launch hands its request to the first and exits.

A ``QLockFile`` in the data folder decides who runs: it is taken atomically, and a lock
left by a killed instance is recognised and taken over (Qt only removes a lock no live
process holds). A Unix socket in the user's private runtime folder, named from the data
folder's resolved path, carries the second launch's request (``--routine ID --start``,
one JSON line) to the first, which answers ``ok``. The socket is Python's, watched by a
``QSocketNotifier`` (``line_socket``): QtNetwork would cost the first screen megabytes.

``claim()`` runs before the ``QApplication`` exists, so a second launch exits in a
fraction of a second without opening a display.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal

from stretchtimer.ui.desktop import Availability
from stretchtimer.ui.desktop.line_socket import HAS_UNIX_SOCKETS, LineServer, send_line

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
    data = str(data_dir.expanduser().resolve()).encode("utf-8")
    # The checksums of the path and of it reversed make 64 bits, ample to tell a person's
    # data folders apart; hashlib would map OpenSSL's library (3.3 MiB resident) for this.
    return f"{zlib.crc32(data):08x}{zlib.crc32(data[::-1]):08x}"


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
    """The socket's path: in the private runtime folder, else (as before) the temporary one."""
    folder = runtime_dir if runtime_dir is not None else Path(tempfile.gettempdir())
    return str(folder / f"stretchtimer-{instance_key(data_dir)}")


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
        self._server: LineServer | None = None

    # ----- the second launch's side (and the race to be first) ---------------------------
    def claim(self, request: HandOver, timeout: float = CLAIM_SECONDS) -> ClaimResult:
        """Become the instance, or hand ``request`` to the one that is. Blocks, briefly."""
        deadline = time.monotonic() + timeout
        while True:
            if self._lock.tryLock(0):
                return ClaimResult(Claim.PRIMARY)
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                return ClaimResult(Claim.UNAVAILABLE, self._lock_problem())
            if not HAS_UNIX_SOCKETS:
                break  # nothing to hand the request over with: say it is running
            # A live instance holds the folder; it may still be starting its server.
            if send_line(self.name, request.to_bytes(), deadline).startswith(ACK):
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

    def _lock_problem(self) -> str:
        return QCoreApplication.translate(
            "SingleInstance",
            "Another StretchTimer could be opened on the same data folder, because the lock "
            "file %1 cannot be created.",
        ).replace("%1", str(self.lock_path))

    # ----- the first instance's side -----------------------------------------------------
    def listen(self) -> Availability:
        """Accept second launches' requests. Call once the QApplication exists."""
        server = LineServer(_parse_request, reply=ACK, limit=MAX_MESSAGE_BYTES, parent=self)
        try:
            server.listen(self.name)
        except OSError as exc:
            server.deleteLater()
            return Availability.no(
                QCoreApplication.translate(
                    "SingleInstance",
                    "A second launch cannot reach this StretchTimer (%1), so it will say "
                    "StretchTimer does not answer.",
                ).replace("%1", str(exc))
            )
        server.received.connect(self.handed_over)
        self._server = server
        return Availability.yes()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()


def _parse_request(line: bytes) -> HandOver | None:
    """A request from the socket, or None for one that is malformed (it is dropped)."""
    try:
        return HandOver.from_bytes(line)
    except ValueError:
        return None


__all__ = [
    "Claim",
    "ClaimResult",
    "HandOver",
    "SingleInstance",
    "instance_key",
    "private_runtime_dir",
    "server_name",
]
