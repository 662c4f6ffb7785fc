"""Run every benchmark: ``python -m bench`` (from the repository root)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = [
    "light_bench.py", "window_bench.py", "history_bench.py", "cue_latency.py", "tray_idle_bench.py",
    "reminders_bench.py", "sync_bench.py", "sync_files_bench.py",
]  # fmt: skip


def main() -> int:
    failed = []
    for name in BENCHES:
        script = HERE / name
        if not script.exists():
            continue
        print(f"\n=== {name} ===", flush=True)
        if subprocess.run([sys.executable, str(script)], check=False).returncode != 0:
            failed.append(name)
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
