"""Sync when things go wrong, with real processes, files and file systems: a kill -9 in the
middle of writing segments, a segment cut short or damaged, a full disk, a folder that
goes away. The local history is never harmed, and sync goes on when it can."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from sync_data import cli, fill, intact, stats, whole_segments
from xvfb_display import REQUIRE_ENV

from stretchtimer.model.sync.segments import SUFFIX

pytestmark = pytest.mark.e2e


def as_root() -> list[str]:
    """How to run ``mount``: directly as root, else through ``sudo`` without a password."""
    if os.geteuid() == 0 and shutil.which("mount"):
        return []
    if (
        shutil.which("sudo")
        and subprocess.run(
            ["sudo", "-n", "true"], capture_output=True, timeout=30, check=False
        ).returncode
        == 0
    ):
        return ["sudo", "-n"]
    message = "this test mounts a small tmpfs and a bind mount: it needs root (or sudo)"
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(message)
    pytest.skip(message)


@contextmanager
def mounted(target: Path, *args: str) -> Iterator[None]:
    target.mkdir(parents=True, exist_ok=True)
    subprocess.run([*as_root(), "mount", *args, str(target)], check=True, timeout=30)
    try:
        yield
    finally:
        unmount(target)


def unmount(target: Path) -> None:
    # Not os.path.ismount: a bind mount within one file system does not look like one.
    done = subprocess.run(
        [*as_root(), "umount", str(target)], check=False, timeout=30, capture_output=True
    )
    if done.returncode != 0 and "not mounted" not in done.stderr.decode(errors="replace"):
        subprocess.run([*as_root(), "umount", "-l", str(target)], check=False, timeout=30)


def segments_in(folder: Path) -> list[Path]:
    return [p for p in folder.rglob(f"*{SUFFIX}") if not p.name.startswith(".")]


def test_a_kill_in_the_middle_of_writing_segments_harms_nothing(tmp_path: Path) -> None:
    office, home, shared = tmp_path / "office", tmp_path / "home", tmp_path / "Sync"
    shared.mkdir()
    fill(office, 6000)  # about 7 MB of segments to write: several files
    proc = subprocess.Popen(
        [sys.executable, "-m", "stretchtimer", "--data-dir", str(office), "sync", "enable",
         str(shared)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        end = time.monotonic() + 120
        while not segments_in(shared) and proc.poll() is None and time.monotonic() < end:
            time.sleep(0.002)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    written = whole_segments(shared)  # every file under a segment's name is whole
    assert 0 < written < 12000, "the kill did not land while segments were being written"
    assert intact(office) == 6000
    done = cli(office, "sync", "now")
    assert done.returncode == 0, done.stderr
    assert whole_segments(shared) >= 12000
    done = cli(home, "sync", "enable", str(shared))
    assert done.returncode == 0, done.stderr
    assert intact(home) == 6000
    assert stats(home) == stats(office)


def test_a_segment_cut_short_or_damaged_is_not_read_until_it_is_whole(tmp_path: Path) -> None:
    office, home = tmp_path / "office", tmp_path / "home"
    ours, theirs = tmp_path / "office-copy", tmp_path / "home-copy"  # each machine's copy
    ours.mkdir()
    fill(office, 40)
    assert cli(office, "sync", "enable", str(ours)).returncode == 0
    shutil.copytree(ours, theirs)
    [segment] = segments_in(theirs)
    whole = segment.read_bytes()
    for broken in (whole[: len(whole) // 2], whole[:-40] + bytes(40)):
        segment.write_bytes(broken)
        done = cli(home, "sync", "enable", str(theirs))
        assert done.returncode == 0, done.stderr
        assert "still arriving or cut short" in done.stderr or "checksum" in done.stderr
        assert intact(home) == 0
    segment.write_bytes(whole)
    done = cli(home, "sync", "now")
    assert (done.returncode, done.stderr) == (0, "")
    assert intact(home) == 40
    assert stats(home) == stats(office)


def test_a_full_disk_in_the_sync_folder_loses_nothing(tmp_path: Path) -> None:
    as_root()
    office, home, shared = tmp_path / "office", tmp_path / "home", tmp_path / "small-disk"
    fill(office, 2000)  # about 2.4 MB of segments, on a disk of 512 kB
    owner = f"uid={os.getuid()},gid={os.getgid()},mode=0700"
    with mounted(shared, "-t", "tmpfs", "-o", f"size=512k,{owner}", "tmpfs"):
        done = cli(office, "sync", "enable", str(shared))
        assert done.returncode == 1
        assert "No space left on device" in done.stderr
        assert "could not be sent; tried again next time" in done.stderr
        whole_segments(shared)  # what was written is whole; the cut-off file is gone
        assert not [p for p in shared.rglob("*.tmp")]
        assert intact(office) == 2000
        subprocess.run(
            [*as_root(), "mount", "-o", "remount,size=64m", str(shared)], check=True, timeout=30
        )
        done = cli(office, "sync", "now")
        assert (done.returncode, done.stderr) == (0, "")
        assert whole_segments(shared) >= 4000
        assert cli(home, "sync", "enable", str(shared)).returncode == 0
        assert intact(home) == 2000
        assert stats(home) == stats(office)


def test_a_sync_folder_that_goes_away_is_left_alone_and_sync_resumes(tmp_path: Path) -> None:
    as_root()
    office, home = tmp_path / "office", tmp_path / "home"
    share, mount_point = tmp_path / "server-share", tmp_path / "mnt"
    share.mkdir()
    fill(office, 30)
    with mounted(mount_point, "--bind", str(share)):
        assert cli(office, "sync", "enable", str(mount_point)).returncode == 0
    # The share is gone; its mount point stays behind, empty.
    fill(office, 12, start=date(2024, 1, 1))
    done = cli(office, "sync", "now")
    assert done.returncode == 1
    assert "has no StretchTimer folder" in done.stderr
    assert list(mount_point.iterdir()) == []  # nothing written onto the bare mount point
    assert intact(office) == 42
    status = cli(office, "sync", "status")
    assert "not there now" in status.stdout and "has no StretchTimer folder" in status.stdout
    with mounted(mount_point, "--bind", str(share)):
        done = cli(office, "sync", "now")
        assert (done.returncode, done.stderr) == (0, "")
        assert cli(home, "sync", "enable", str(mount_point)).returncode == 0
        assert intact(home) == 42
        assert stats(home) == stats(office)
