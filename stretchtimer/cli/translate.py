"""The command line in the window's language, through the window's own Qt catalogues.

A ``QTranslator`` reads a compiled ``.qm`` without any ``QCoreApplication``, so the
commands use the very translations the window does. Qt is loaded only for a language
other than English that has a catalogue; in English (or before a language's catalogue
exists, or without Qt installed) the source text is printed as it is, and the command
starts as fast as ever.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from stretchtimer.model.language import ENGLISH
from stretchtimer.model.texts import Text
from stretchtimer.model.untrusted import LoadError, Message, Problem

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

CATALOGUE_PREFIX = "stretchtimer"
_COUNT = re.compile(r"%n")
# English plurals spelled out the way the source text marks them: "%n day(s)".
_PLURAL_MARK = re.compile(r"(?<=\w)\((s|es)\)")


class CliTranslator:
    """``translate(context, source, disambiguation, n)`` as ``QCoreApplication`` has it."""

    def __init__(self, language: str, folder: Path) -> None:
        self.language = language
        self._folder = folder
        self._qt: QTranslator | None = None
        self._loaded = language == ENGLISH

    def _translator(self) -> QTranslator | None:
        if not self._loaded:
            self._loaded = True
            qm = self._folder / f"{CATALOGUE_PREFIX}_{self.language}.qm"
            if qm.is_file():
                try:
                    from PySide6.QtCore import QTranslator  # noqa: PLC0415
                except ImportError:
                    # The commands run without Qt installed; they then speak English.
                    return None
                translator = QTranslator()
                if translator.load(str(qm)):
                    self._qt = translator
        return self._qt

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        translator = self._translator()
        found = translator.translate(context, source, disambiguation, n) if translator else ""
        if found:
            # QTranslator leaves %n for QCoreApplication to fill; there is none here.
            return _COUNT.sub(str(n), found) if n >= 0 else found
        if n < 0:
            return source
        # No catalogue: English, where "(s)" is the plural ending of the word before it.
        text = _PLURAL_MARK.sub(lambda m: "" if n == 1 else m[1], source)
        return _COUNT.sub(str(n), text)

    def text(self, text: Text) -> str:
        """A sentence from the model, translated and filled in."""
        return text.words(self.translate)

    def problem(self, problem: Problem | str) -> str:
        """A problem found in a file (or a problem's sentence alone), translated.

        A plain ``str`` that was never a model sentence is printed as it is.
        """
        if isinstance(problem, Problem):
            return self.text(problem.sentence())
        if isinstance(problem, Message):
            return self.text(problem.text)
        return problem

    def error(self, error: LoadError, separator: str = "\n") -> str:
        """Every problem of ``error``, translated, one after the other."""
        return separator.join(self.problem(p) for p in error.problems)


__all__ = ["CliTranslator"]
