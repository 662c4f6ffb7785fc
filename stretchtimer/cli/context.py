"""What every headless command gets: where data lives, where to print, and the exit codes."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from stretchtimer import paths, resources
from stretchtimer.cli.output import Output
from stretchtimer.model.catalogue import LoadResult, load_catalogue

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl+C


@dataclass
class CliContext:
    """Where data lives and where to print; commands never touch ``sys.stdout`` themselves."""

    data_dir: Path
    out: Output = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    def load(self) -> LoadResult:
        result = load_catalogue(resources.catalogue_path(), paths.user_routines_dir(self.data_dir))
        for problem in result.problems:
            self.warn(f"skipped: {problem}")
        return result

    def say(self, line: str) -> None:
        """One line of the command's output."""
        self.out.write(line + "\n")

    def warn(self, line: str) -> None:
        print(f"warning: {line}", file=self.err)

    def fail(self, line: str, code: int = EXIT_FAILED) -> int:
        """Report why the command cannot go on; returns the exit code to end with."""
        print(f"stretchtimer: {line}", file=self.err)
        return code


__all__ = [
    "EXIT_FAILED",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_USAGE",
    "CliContext",
]
