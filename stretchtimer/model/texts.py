"""Sentences the model hands to people, marked for Qt's translation tools without Qt.

The model cannot translate (it never imports Qt), so a sentence leaves it as a
:class:`Text`: its translation context, its English source with ``%1`` placeholders, and
the values. The window translates the source and fills it in; the command line prints
the English. ``pyside6-lupdate`` finds every source through :func:`QT_TRANSLATE_NOOP`,
the name it looks for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_PLACEHOLDER = re.compile(r"%(\d)")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` as translatable in ``context``; returns it unchanged."""
    del context
    return source


def fill(text: str, *values: str) -> str:
    """Each ``%1``, ``%2`` ... of ``text`` replaced by the matching value, in one pass.

    One pass, so a value that itself contains "%2" (a file name, a name from a user's
    routine) stays as it is; a placeholder with no value is left alone.
    """

    def value(match: re.Match[str]) -> str:
        n = int(match[1])
        return values[n - 1] if 1 <= n <= len(values) else match[0]

    return _PLACEHOLDER.sub(value, text)


@dataclass(frozen=True)
class Text:
    """A sentence for a person: translation context, English source, placeholder values.

    A value may itself be a :class:`Text` (a problem's sentence inside "file: field 'x':
    ..."), so each part is translated on its own; :meth:`words` fills one in with any
    translation of sources.
    """

    context: str
    source: str
    values: tuple[str | Text, ...] = ()

    def words(self, translate: Callable[[str, str], str]) -> str:
        """The sentence with ``translate(context, source)`` applied to it and every part."""
        parts = (v.words(translate) if isinstance(v, Text) else v for v in self.values)
        return fill(translate(self.context, self.source), *parts)

    def english(self) -> str:
        return self.words(_source)


def _source(context: str, source: str) -> str:
    del context
    return source


__all__ = ["QT_TRANSLATE_NOOP", "Text", "fill"]
