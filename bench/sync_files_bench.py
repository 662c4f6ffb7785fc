"""Own files at scale: a computer with many routine files and pictures, and one joining it.

One data folder holds ``--routines`` routine files and ``--pictures`` pictures of 1 MB
(more than most people make) and publishes them; a new computer then takes them all in;
then a merge with nothing new, as the running app does it (what it read kept in memory)
and as ``stretchtimer sync now`` does it (read from the state file), and the merge after
one routine is edited. Each time is the median of several runs, in wall-clock and CPU
seconds (the machine may be busy with other work).

    python bench/sync_files_bench.py [--routines 200] [--pictures 20] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from stretchtimer.model.sync.file_merge import FilesReport
from stretchtimer.model.sync.file_state import FileState
from stretchtimer.model.sync.runner import run_file_sync

DEVICES = ("0ff1ce00-0000-4000-8000-00000000000a", "face0000-0000-4000-8000-00000000000b")
PNG = b"\x89PNG\r\n\x1a\n"


def routine(n: int, edit: int = 0) -> str:
    items = [{"exercise": e} for e in ("knee-to-chest", "cat-cow", "childs-pose", "bridge")]
    mine = {"id": f"mine-{n}", "name": f"Mine {n} {edit}", "description": "Mine.", "items": items}
    data = {"version": 1, "routines": [mine]}
    return json.dumps(data, indent=2)


def timed(data: Path, folder: Path, device: str, state: FileState | None) -> tuple[
    float, float, FilesReport, FileState
]:  # fmt: skip
    wall, cpu = time.perf_counter(), time.process_time()
    report, state = run_file_sync(
        folder, data, device=device, now_ms=time.time_ns() // 1_000_000, state=state
    )
    return time.perf_counter() - wall, time.process_time() - cpu, report, state


def _say(label: str, times: list[tuple[float, float]]) -> None:
    wall = statistics.median(w for w, _ in times)
    cpu = statistics.median(c for _, c in times)
    print(f"{label}: median {wall * 1000:.0f} ms ({cpu * 1000:.0f} ms of CPU)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--routines", type=int, default=200)
    parser.add_argument("--pictures", type=int, default=20)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="stretchtimer-files-bench-"))
    try:
        folder, office = root / "Sync", root / "office"
        (folder / "StretchTimer").mkdir(parents=True)
        (office / "routines").mkdir(parents=True)
        (office / "pictures").mkdir()
        for n in range(args.routines):
            (office / "routines" / f"mine-{n}.json").write_text(routine(n))
        for n in range(args.pictures):
            (office / "pictures" / f"mine-{n}.png").write_bytes(PNG + bytes([n]) * 2**20)
        wall, cpu, sent, _ = timed(office, folder, DEVICES[0], None)
        assert sent.files_out == args.routines + args.pictures, sent
        print(f"publish {sent.files_out} files: {wall * 1000:.0f} ms ({cpu * 1000:.0f} ms of CPU)")

        joining: list[tuple[float, float]] = []
        for run in range(args.runs):
            wall, cpu, got, _ = timed(root / f"home-{run}", folder, DEVICES[1], None)
            assert got.files_in == sent.files_out and not got.problems, got.problems[:3]
            joining.append((wall, cpu))
        _say(f"a new computer takes in {sent.files_out} files", joining)

        home = root / "home-0"
        state = timed(home, folder, DEVICES[1], None)[3]
        state = timed(home, folder, DEVICES[1], state)[3]  # the digests have settled
        warm = [timed(home, folder, DEVICES[1], state)[:2] for _ in range(max(args.runs, 5))]
        cold = [timed(home, folder, DEVICES[1], None)[:2] for _ in range(max(args.runs, 5))]
        _say("nothing new, as the app (state kept in memory)", warm)
        _say("nothing new, as `sync now` (state read from its file)", cold)

        edits: list[tuple[float, float]] = []
        office_state = None
        for edit in range(1, max(args.runs, 5) + 1):
            (office / "routines" / "mine-0.json").write_text(routine(0, edit))
            _, _, _, office_state = timed(office, folder, DEVICES[0], office_state)
            wall, cpu, got, state = timed(home, folder, DEVICES[1], state)
            assert got.files_in == 1, got
            edits.append((wall, cpu))
        _say("one routine edited elsewhere, taken in by the app", edits)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
