"""What every headless command gets: where data lives, where to print, and the exit codes."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from stretchtimer import paths, resources
from stretchtimer.cli.locale_format import LocaleFormat
from stretchtimer.cli.output import Output
from stretchtimer.cli.translate import CliTranslator
from stretchtimer.cli.words import Cli
from stretchtimer.model.catalogue import LoadResult, load_catalogue
from stretchtimer.model.catalogue_i18n import (
    CatalogueTranslation,
    english_reference,
    load_translation,
    translate_catalogue,
)
from stretchtimer.model.language import resolve_language
from stretchtimer.model.settings import language_setting
from stretchtimer.model.texts import fill
from stretchtimer.model.untrusted import Problem

if TYPE_CHECKING:
    from stretchtimer.model.safety import SafetyNotice
    from stretchtimer.model.warmups import Warmups

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a Ctrl+C


@dataclass(frozen=True)
class Loaded:
    """The catalogue in the user's language, the translation it used, and what was skipped."""

    result: LoadResult
    translation: CatalogueTranslation
    translation_problems: list[Problem] = field(default_factory=list)


@dataclass
class CliContext:
    """Where data lives and where to print; commands never touch ``sys.stdout`` themselves.

    ``language`` is the one StretchTimer speaks (the setting, else the system's), found
    on first use; the window and the commands read it the same way.
    """

    data_dir: Path
    out: Output = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)
    chosen_language: str | None = None

    @cached_property
    def language(self) -> str:
        if self.chosen_language is not None:
            return self.chosen_language
        choice = language_setting(paths.settings_path(self.data_dir))
        return resolve_language(choice, os.environ)

    @cached_property
    def translator(self) -> CliTranslator:
        return CliTranslator(self.language, resources.translations_dir())

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """``source`` in the user's language (the window's catalogues; see cli/translate.py)."""
        return self.translator.translate(context, source, disambiguation, n)

    @cached_property
    def words(self) -> Cli:
        """The counted phrases, with the plural forms of the user's language."""
        return Cli(self.translator)

    @cached_property
    def locale(self) -> LocaleFormat:
        """Numbers, dates and times as the user's language writes them."""
        return LocaleFormat(self.language)

    def load(self) -> LoadResult:
        return self.load_localised().result

    def load_localised(
        self, *, warmups: Warmups | None = None, safety: SafetyNotice | None = None
    ) -> Loaded:
        """The catalogue, its built-in items in the user's language; problems are warned.

        The window passes its warm-ups and safety notice, so their translations are
        checked against them too; a command needs neither.
        """
        result = load_catalogue(resources.catalogue_path(), paths.user_routines_dir(self.data_dir))
        for problem in result.problems:
            skipped = self.translate("Cli", "skipped: %1")
            self.warn(fill(skipped, self.translator.problem(problem)))
        reference = english_reference(
            result.catalogue, result.builtin_exercises, warmups=warmups, safety=safety
        )
        translation, problems = load_translation(
            resources.catalogue_translations_dir(), self.language, reference
        )
        for problem in problems:
            prefix = self.translate("Cli", "translation: %1")
            self.warn(fill(prefix, self.translator.problem(problem)))
        catalogue = translate_catalogue(result.catalogue, translation, result.builtin_exercises)
        return Loaded(replace(result, catalogue=catalogue), translation, problems)

    def say(self, line: str) -> None:
        """One line of the command's output."""
        self.out.write(line + "\n")

    def warn(self, line: str) -> None:
        print(fill(self.translate("Cli", "warning: %1"), str(line)), file=self.err)

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
    "Loaded",
]
