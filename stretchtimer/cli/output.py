"""Printing for the headless commands: the one table layout, durations, and a guarded stdout."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol


class Output(Protocol):
    """Where a command prints: ``sys.stdout`` or anything else with ``write`` and ``flush``."""

    def write(self, text: str, /) -> int: ...

    def flush(self) -> None: ...


class OutputError(Exception):
    """Writing the command's output failed (a full disk, a device that refuses it)."""

    def __init__(self, where: str, cause: OSError) -> None:
        super().__init__(f"cannot write to {where}: {cause.strerror or cause}")
        self.where = where


class GuardedOutput:
    """Standard output that turns a failed write into :class:`OutputError` naming where it went.

    After a failure the file descriptor is pointed at the null device, so the interpreter's
    own flush at exit cannot fail a second time with a traceback.
    """

    def __init__(self, stream: Output | None = None) -> None:
        self._stream = stream if stream is not None else sys.stdout

    def write(self, text: str, /) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._silence()
            raise
        except OSError as exc:
            where = self.where()
            self._silence()
            raise OutputError(where, exc) from exc

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._silence()
            raise
        except OSError as exc:
            where = self.where()
            self._silence()
            raise OutputError(where, exc) from exc

    def where(self) -> str:
        fd = self._fileno()
        if fd is not None:
            try:
                # Linux names what the descriptor is open on, e.g. /dev/full.
                return f"standard output ({Path(f'/proc/self/fd/{fd}').readlink()})"
            except OSError:
                pass
        return "standard output"

    def _fileno(self) -> int | None:
        fileno = getattr(self._stream, "fileno", None)
        if fileno is None:
            return None
        try:
            return int(fileno())
        except (OSError, ValueError):
            return None

    def _silence(self) -> None:
        fd = self._fileno()
        if fd is None:
            return
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, fd)
        finally:
            os.close(null)


def print_table(out: Output, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Columns padded to their widest cell, two spaces apart, no trailing blanks."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        line = "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip()
        out.write(line + "\n")


__all__ = [
    "GuardedOutput",
    "Output",
    "OutputError",
    "print_table",
]
