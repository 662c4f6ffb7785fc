"""Every command, given each mistake a user can make, ends with one clear line and no traceback.

The commands run as real processes, so what is checked is what a terminal shows: the exit
code, standard error, and the interpreter's own flush of standard output at exit. Root
ignores permission bits, so as root the permission cases run the command as ``nobody``.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from stretchtimer import paths
from stretchtimer.model.history import HistoryStore

NOBODY = 65534
WINDOW = ["--routine", "quick-reset", "--start", "--exit-when-done", "--time-scale", "1000"]
HEADLESS = {
    "routines": ["routines"],
    "exercises": ["exercises"],
    "plan": ["plan", "quick-reset"],
    "history": ["history"],
    "stats": ["stats"],
    "export": ["export", "--json", "{scratch}/out.json"],
    "routine-export": ["routine", "export", "quick-reset", "{scratch}/routine.json"],
    "routine-import": ["routine", "import", "{scratch}/routine.json"],
}
EVERY_ENTRY = {**HEADLESS, "window": WINDOW}


@dataclass
class Run:
    code: int
    out: str
    err: str


@dataclass
class Place:
    """A folder for one test that the command's user (maybe ``nobody``) can reach."""

    root: Path
    as_nobody: bool = False
    made: list[Path] = field(default_factory=list)

    def run(self, data: Path, args: list[str], *, stdout: str | None = None) -> Run:
        argv = [a.replace("{scratch}", str(self.root)) for a in args]
        command = [sys.executable, "-m", "stretchtimer", "--data-dir", str(data), *argv]
        if self.as_nobody:
            command = [
                "setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command,
            ]  # fmt: skip
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
        env.pop(paths.DATA_DIR_ENV, None)
        if stdout is None:
            done = subprocess.run(
                command, capture_output=True, text=True, env=env, cwd=self.root,
                timeout=120, check=False,
            )  # fmt: skip
            return Run(done.returncode, done.stdout, done.stderr)
        with Path(stdout).open("w") as out:
            done = subprocess.run(
                command, stdout=out, stderr=subprocess.PIPE, text=True, env=env, cwd=self.root,
                timeout=120, check=False,
            )  # fmt: skip
        return Run(done.returncode, "", done.stderr)


def one_clear_line(run: Run, *names: Path | str) -> str:
    assert "Traceback" not in run.err, run.err
    assert "Exception ignored" not in run.err, run.err
    lines = [line for line in run.err.splitlines() if line.strip()]
    assert len(lines) == 1, run.err
    for name in names:
        assert str(name) in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def place() -> Iterator[Place]:
    # Not pytest's tmp_path: its parent is private to the user running the tests, and the
    # permission cases may run the command as someone else.
    root = Path(tempfile.mkdtemp(prefix="stretchtimer-cli-"))
    root.chmod(0o755)
    try:
        yield Place(root)
    finally:
        for path in [root, *root.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(root)


@pytest.fixture
def locked_place(place: Place) -> Place:
    """A place where permission bits bind the command: as root, the command runs as nobody."""
    if os.name != "posix":
        pytest.skip("permission bits are a POSIX matter")
    if os.geteuid() != 0:
        return place
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permission bits cannot bind")
    place.as_nobody = True
    probe = place.root / "probe"
    probe.mkdir()
    probe.chmod(0o777)
    run = place.run(probe, ["routines"])
    if run.code != 0:
        pytest.skip(f"the tests cannot run as nobody here: {run.err.strip()[-200:]}")
    return place


# ----- the data folder ------------------------------------------------------------------------
@pytest.mark.parametrize("entry", EVERY_ENTRY)
def test_a_data_dir_that_is_a_file(place: Place, entry: str) -> None:
    data = place.root / "notes.txt"
    data.write_text("not a folder")
    run = place.run(data, EVERY_ENTRY[entry])
    assert run.code == 2
    assert "is a file, not a folder" in one_clear_line(run, data)
    assert data.read_text() == "not a folder"


@pytest.mark.parametrize("entry", EVERY_ENTRY)
def test_a_data_dir_below_a_file(place: Place, entry: str) -> None:
    blocker = place.root / "notes.txt"
    blocker.write_text("not a folder")
    data = blocker / "stretchtimer"
    run = place.run(data, EVERY_ENTRY[entry])
    assert run.code == 2
    assert "cannot be created" in one_clear_line(run, data, blocker)


@pytest.mark.parametrize("entry", EVERY_ENTRY)
def test_a_data_dir_without_permission(locked_place: Place, entry: str) -> None:
    data = locked_place.root / "data"
    data.mkdir()
    data.chmod(0o000)
    run = locked_place.run(data, EVERY_ENTRY[entry])
    assert run.code == 1
    assert "no permission" in one_clear_line(run, data)


@pytest.mark.parametrize("entry", EVERY_ENTRY)
def test_a_data_dir_that_cannot_be_created(locked_place: Place, entry: str) -> None:
    parent = locked_place.root / "read-only"
    parent.mkdir()
    parent.chmod(0o555)
    data = parent / "stretchtimer"
    run = locked_place.run(data, EVERY_ENTRY[entry])
    assert run.code == 1
    assert "cannot be created" in one_clear_line(run, data, parent)
    assert not data.exists()


# ----- the event log (a window option) --------------------------------------------------------
def test_an_event_log_that_is_a_folder(place: Place) -> None:
    log = place.root / "logs"
    log.mkdir()
    run = place.run(place.root / "data", [*WINDOW, "--event-log", str(log)])
    assert run.code == 2
    assert "is a folder" in one_clear_line(run, log)


def test_an_event_log_at_an_impossible_path(place: Place) -> None:
    blocker = place.root / "notes.txt"
    blocker.write_text("not a folder")
    log = blocker / "events.jsonl"
    run = place.run(place.root / "data", [*WINDOW, "--event-log", str(log)])
    assert run.code == 2
    one_clear_line(run, log)


# ----- arguments and output -------------------------------------------------------------------
@pytest.mark.parametrize("limit", ["9" * 30, "9" * 5000, "1000001"])
def test_a_huge_history_limit(place: Place, limit: str) -> None:
    data = place.root / "data"
    store, _ = HistoryStore.open(paths.history_path(data))
    store.close()
    run = place.run(data, ["history", "--limit", limit])
    assert run.code == 2
    assert "Traceback" not in run.err
    assert "argument --limit: must be at most 1000000" in run.err.splitlines()[-1]


def test_the_largest_history_limit_is_fine(place: Place) -> None:
    data = place.root / "data"
    store, _ = HistoryStore.open(paths.history_path(data))
    store.close()
    run = place.run(data, ["history", "--limit", "1000000"])
    assert (run.code, run.err) == (0, "")
    assert run.out == "No sessions recorded yet.\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("entry", HEADLESS)
def test_output_to_a_full_device(place: Place, entry: str) -> None:
    if entry == "routine-import":
        # Something to import, so that there is something to say.
        assert place.run(place.root / "data", HEADLESS["routine-export"]).code == 0
    run = place.run(place.root / "data", HEADLESS[entry], stdout="/dev/full")
    assert run.code == 1
    line = one_clear_line(run, "/dev/full")
    assert "No space left on device" in line


def test_export_never_replaces_something_that_is_not_a_file(place: Place) -> None:
    fifo = place.root / "pipe.json"
    os.mkfifo(fifo)
    run = place.run(place.root / "data", ["export", "--force", "--json", str(fifo)])
    assert run.code == 1
    assert "not a regular file" in one_clear_line(run, fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


@pytest.mark.parametrize("entry", ["routines", "plan", "history"])
def test_output_into_a_pipe_nobody_reads(place: Place, entry: str) -> None:
    # `stretchtimer routines | head -0`: the reader is gone before the first line.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "stretchtimer", "--data-dir", str(place.root), *HEADLESS[entry]],
            stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=120, check=False,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (0, "")
