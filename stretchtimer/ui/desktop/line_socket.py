"""One-line requests over a Unix socket, served on the GUI thread without ever blocking it.

A plain ``AF_UNIX`` stream socket (Python's ``socket``) watched by ``QSocketNotifier``s:
the listener and every connection are non-blocking, each connection may send one line of
at most ``limit`` bytes, and the server answers that line with ``reply`` and waits for the
peer to hang up. This is all the single-instance guard needs, without loading QtNetwork.
"""

from __future__ import annotations

import contextlib
import socket
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, Signal

HAS_UNIX_SOCKETS = hasattr(socket, "AF_UNIX")
_BACKLOG = 8
_ACCEPTS_PER_WAKE = 16  # a burst of launches cannot keep the GUI thread in one callback


def send_line(path: str, line: bytes, deadline: float, *, connect_timeout: float = 0.5) -> bytes:
    """Send ``line`` to the server at ``path`` and return its one-line answer (what came
    before ``deadline``, a ``time.monotonic`` instant, if it never ended); ``b""`` if
    nobody listens there. Blocks: for a second launch, before any window exists."""
    if not HAS_UNIX_SOCKETS:
        return b""
    reply = bytearray()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        try:
            sock.settimeout(connect_timeout)
            sock.connect(path)
            sock.settimeout(1.0)
            sock.sendall(line)
            while (left := deadline - time.monotonic()) > 0:
                sock.settimeout(left)
                chunk = sock.recv(4096)
                reply += chunk
                if not chunk or b"\n" in chunk:
                    break
        except (OSError, ValueError):  # nobody there, too slow, a path too long
            pass
    return bytes(reply)


@dataclass(eq=False)
class _Peer:
    sock: socket.socket
    notifier: QSocketNotifier
    buffer: bytearray = field(default_factory=bytearray)
    answered: bool = False


class LineServer(QObject):
    """Serves ``path``: each connection's first line goes to ``parse``; what it returns is
    answered with ``reply`` and then emitted, and ``None`` (a refused request) drops the
    connection.

    Signals:
        received(object): what ``parse`` made of a line, after it was answered.
    """

    received = Signal(object)

    def __init__(
        self,
        parse: Callable[[bytes], object | None],
        *,
        reply: bytes,
        limit: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._parse = parse
        self._reply = reply
        self._limit = limit
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._path = ""
        self._peers: set[_Peer] = set()

    def listen(self, path: str) -> None:
        """Listen at ``path``, replacing a socket file left there. Raises OSError."""
        if not HAS_UNIX_SOCKETS:
            raise OSError("this system has no Unix sockets")
        # The caller holds the instance lock, so a socket file left here is a dead
        # instance's; anything else at that path is not ours to remove.
        with contextlib.suppress(FileNotFoundError):
            if stat.S_ISSOCK(Path(path).lstat().st_mode):
                Path(path).unlink()
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.bind(path)
            Path(path).chmod(0o600)  # the user's own launches only
            listener.listen(_BACKLOG)
            listener.setblocking(False)
        except (OSError, ValueError) as exc:
            listener.close()
            raise OSError(str(exc)) from exc
        self._listener, self._path = listener, path
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_listener_activated)

    def close(self) -> None:
        for peer in list(self._peers):
            self._forget(peer)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
            with contextlib.suppress(OSError):
                Path(self._path).unlink()

    def _on_listener_activated(self) -> None:
        assert self._listener is not None
        for _ in range(_ACCEPTS_PER_WAKE):
            try:
                conn, _address = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return  # out of file descriptors, say: the notifier calls again
            conn.setblocking(False)
            notifier = QSocketNotifier(conn.fileno(), QSocketNotifier.Type.Read, self)
            peer = _Peer(conn, notifier)
            self._peers.add(peer)
            notifier.activated.connect(lambda *_args, p=peer: self._on_peer_ready(p))
            self._on_peer_ready(peer)  # the line may be there already

    def _on_peer_ready(self, peer: _Peer) -> None:
        if peer not in self._peers:
            return
        while True:
            try:
                # After the answer, whatever more comes is read and thrown away.
                chunk = peer.sock.recv(4096 if peer.answered else self._limit + 1)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                self._forget(peer)
                return
            if not chunk:  # the peer hung up
                self._forget(peer)
                return
            if peer.answered:
                continue
            peer.buffer += chunk
            if b"\n" in peer.buffer or len(peer.buffer) > self._limit:
                break
        line = bytes(peer.buffer.split(b"\n", 1)[0])
        peer.buffer.clear()
        request = self._parse(line)
        if request is None:
            self._forget(peer)
            return
        peer.answered = True
        try:
            # A few bytes into an empty socket buffer: never more than the kernel takes.
            peer.sock.send(self._reply)
        except OSError:
            self._forget(peer)
        # Answered first, so the second launch can exit while this one acts on it.
        self.received.emit(request)

    def _forget(self, peer: _Peer) -> None:
        self._peers.discard(peer)
        peer.notifier.setEnabled(False)
        peer.notifier.deleteLater()
        peer.sock.close()
