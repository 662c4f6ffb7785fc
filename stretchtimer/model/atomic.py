"""One way to write a file whole or not at all: a temporary name, fsync, then a rename.

A crash or a full disk mid-write leaves the old file (or none), never a truncated one.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from pathlib import Path


def write_atomically(
    path: Path,
    content: str | bytes,
    *,
    mode: int | None = None,
    replace: bool = True,
    make_folder: bool = True,
) -> None:
    """Write ``content`` to ``path`` in one step.

    Args:
        path: the file to write.
        content: text (written as UTF-8, newlines as given) or bytes.
        mode: permission bits for the new file; mkstemp's private 0600 when None.
        replace: when False an existing ``path`` is never replaced, not even by a racing
            writer: the file is linked into place, which fails if the name exists.
        make_folder: create a missing folder (False where a missing one is the
            person's mistake to report, as for an export).

    Raises:
        FileExistsError: ``replace`` is False and ``path`` exists.
        OSError: the folder cannot be written, the disk is full, ...
    """
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            temp.chmod(mode)
        if replace:
            temp.replace(path)
        else:
            _link_into_place(temp, path)
    finally:
        temp.unlink(missing_ok=True)
    # Make the new name itself durable; not every system lets a folder be opened for this.
    with suppress(OSError):
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _link_into_place(temp: Path, path: Path) -> None:
    try:
        os.link(temp, path)
    except FileExistsError:
        raise
    except OSError:
        # File systems without hard links: check, then rename (a narrow race, no better way).
        if path.exists():
            raise FileExistsError(path) from None
        temp.replace(path)


__all__ = ["write_atomically"]
