"""A private Xvfb display for end-to-end tests, and the rule for when they may skip."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

REQUIRE_ENV = "STRETCHTIMER_REQUIRE_E2E"


def need_tools(*tools: str) -> None:
    """Skip when a tool is missing, unless CI demands the end-to-end tests run."""
    missing = [t for t in tools if shutil.which(t) is None]
    if not missing:
        return
    message = f"end-to-end test needs {', '.join(missing)} (apt-get install them; .ci/run does)"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(message)
    pytest.skip(message)


@contextmanager
def xvfb(width: int = 1280, height: int = 800) -> Iterator[str]:
    """Start Xvfb on a free display number and yield the DISPLAY value."""
    need_tools("Xvfb")
    read_fd, write_fd = os.pipe()
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                f"{width}x{height}x24",
                "-nolisten",
                "tcp",
            ],
            pass_fds=(write_fd,),
            stdout=log,
            stderr=log,
        )
        os.close(write_fd)
        try:
            with os.fdopen(read_fd) as pipe:
                number = pipe.readline().strip()
            if not number:
                log.seek(0)
                pytest.fail(f"Xvfb did not start: {log.read().decode(errors='replace')}")
            yield f":{number}"
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
