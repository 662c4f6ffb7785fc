"""Reading JSON that nobody vouches for: files in the data folder, hand-edited or hostile.

Only regular files are read, and they are opened so that a FIFO or a device can never block
(a FIFO, ``/dev/zero`` or a directory is refused after ``fstat``, before any read). A size
cap bounds what is read, nesting is bounded before the decoder can recurse, a number too
large to use becomes a :class:`HugeNumber` so the validator can name its field, and NaN or
Infinity is refused. Every failure is a :class:`LoadError` naming the file.

A problem's sentence is a :class:`Message`: the English words, and the :class:`Text` the
window and the command line translate. Its sources are marked in context "Problem".
"""

from __future__ import annotations

import json
import math
import os
import re
import reprlib
import stat
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any

from stretchtimer.model.texts import QT_TRANSLATE_NOOP, Text

MAX_DEPTH = 32
# Fifteen digits survive a round trip through float; nothing StretchTimer reads needs more.
MAX_INT_DIGITS = 15
_SHORT = 24  # a number's text longer than this is shown by its head and its length
_MAX_QUOTE = 100


PROBLEM = "Problem"


class Message(str):
    """What is wrong, in English (it is a ``str``), with ``text`` to translate it from."""

    text: Text

    def __new__(cls, text: Text) -> Message:
        message = super().__new__(cls, text.english())
        message.text = text
        return message

    def __reduce__(self) -> tuple[type[Message], tuple[Text]]:
        # A str subclass is otherwise copied and pickled from its English alone.
        return (Message, (self.text,))


def said(source: str, *values: object) -> Message:
    """A problem's sentence: ``source`` marked in context "Problem", and its ``%1`` values.

    A value that is a :class:`Message`, a :class:`Problem` or a one-problem
    :class:`LoadError` stays translatable inside the sentence; any other value (a file
    name, a number, a quote from the file) is shown as it is.
    """
    return Message(Text(PROBLEM, source, tuple(map(_part, values))))


def _part(value: object) -> str | Text:
    if isinstance(value, Message):
        return value.text
    if isinstance(value, Problem):
        return value.sentence()
    if isinstance(value, LoadError) and len(value.problems) == 1:
        return value.problems[0].sentence()
    return str(value)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file: the file, the item (id or #index), the field, what."""

    file: str
    # Messages wherever StretchTimer words them (the item "exercise 'x'" too); any other
    # str is shown as written.
    item: str
    field: str
    message: str

    def sentence(self) -> Text:
        """Where and what, to translate: file names, ids and field names stay as written."""
        item, what = _part(self.item), _part(self.message)
        if self.item and self.field:
            where = QT_TRANSLATE_NOOP("Problem", "%1: %2: field '%3': %4")
            return Text(PROBLEM, where, (self.file, item, self.field, what))
        if self.item:
            return Text(
                PROBLEM, QT_TRANSLATE_NOOP("Problem", "%1: %2: %3"), (self.file, item, what)
            )
        if self.field:
            where = QT_TRANSLATE_NOOP("Problem", "%1: field '%2': %3")
            return Text(PROBLEM, where, (self.file, self.field, what))
        return Text(PROBLEM, QT_TRANSLATE_NOOP("Problem", "%1: %2"), (self.file, what))

    def __str__(self) -> str:
        return self.sentence().english()


class LoadError(Exception):
    """A file that cannot be used; ``problems`` lists every reason found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class MissingFileError(LoadError):
    """The file does not exist (for loaders where that simply means "use the defaults")."""


class NotRegularFileError(LoadError):
    """The path is a FIFO, a device, a directory...: nothing was read from it."""


@dataclass(frozen=True)
class HugeNumber:
    """A number in a file too large to convert safely; it fails every field's check."""

    text: str

    def __repr__(self) -> str:
        if len(self.text) <= _SHORT:
            return self.text
        return f"{self.text[:12]}…({sum(map(str.isdigit, self.text))} digits)"


_quote = reprlib.Repr()
_quote.maxstring = 60
_quote.maxother = 60
_quote.maxlong = 40
_quote.maxlevel = 3
for _name in ("maxlist", "maxtuple", "maxdict", "maxset"):
    setattr(_quote, _name, 6)


def quoted(value: Any) -> str:
    """``repr(value)`` cut to a readable length, for quoting file content in a message."""
    text = repr(value) if isinstance(value, HugeNumber) else _quote.repr(value)
    return text if len(text) <= _MAX_QUOTE else text[: _MAX_QUOTE - 1] + "…"


def size_text(size: int) -> str:
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            value = size / scale
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{size} bytes"


_KINDS: list[tuple[Callable[[int], bool], str]] = [
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("Problem", "a directory")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("Problem", "a FIFO")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("Problem", "a character device")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("Problem", "a block device")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Problem", "a socket")),
]


def _kind(mode: int) -> Message:
    other = QT_TRANSLATE_NOOP("Problem", "not a plain file")
    return said(next((name for test, name in _KINDS if test(mode)), other))


# O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, forever.
_OPEN_FLAGS = os.O_RDONLY
for _flag in ("O_NONBLOCK", "O_NOCTTY", "O_CLOEXEC", "O_BINARY"):
    _OPEN_FLAGS |= getattr(os, _flag, 0)


def read_text(path: Path, *, limit: int) -> str:
    """The UTF-8 text of the regular file at ``path``, at most ``limit`` bytes of it.

    Raises :class:`MissingFileError` when there is no file, :class:`LoadError` otherwise.
    """
    file = str(path)

    def fail(message: Message) -> LoadError:
        return LoadError([Problem(file, "", "", message)])

    def unreadable(exc: OSError) -> LoadError:
        return fail(said(QT_TRANSLATE_NOOP("Problem", "cannot be read: %1"), exc.strerror or exc))

    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError as exc:
        message = said(QT_TRANSLATE_NOOP("Problem", "cannot be read: %1"), exc.strerror)
        raise MissingFileError([Problem(file, "", "", message)]) from exc
    except OSError as exc:
        raise unreadable(exc) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = _kind(info.st_mode)
            only_files = QT_TRANSLATE_NOOP(
                "Problem", "is not a regular file (it is %1); only plain files are read"
            )
            message = said(only_files, kind)
            raise NotRegularFileError([Problem(file, "", "", message)])
        data = b""
        if info.st_size <= limit:
            # A file can grow between fstat and read; reading one byte past the cap tells.
            with os.fdopen(fd, "rb", closefd=False) as handle:
                data = handle.read(limit + 1)
    except OSError as exc:
        raise unreadable(exc) from exc
    finally:
        os.close(fd)
    if info.st_size > limit or len(data) > limit:
        size = max(info.st_size, len(data))
        too_large = QT_TRANSLATE_NOOP("Problem", "is too large (%1); files over %2 are not read")
        raise fail(said(too_large, size_text(size), size_text(limit)))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        not_utf8 = QT_TRANSLATE_NOOP("Problem", "cannot be read: it is not UTF-8 text (byte %1)")
        raise fail(said(not_utf8, exc.start)) from exc


# A JSON string (possessive, so an unterminated one costs no backtracking), then the rest.
_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+(?:"|\Z)', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def nesting_depth(text: str) -> int:
    """How deeply arrays and objects nest in ``text``, counted without recursing."""
    if text.count("[") + text.count("{") == 0:
        return 0
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    # Where the running count goes below zero the decoder has already stopped (a closer
    # with no opener is a syntax error), so the maximum bounds how deep it can recurse.
    return max(0, max(accumulate(map(_STEP.__getitem__, brackets)), default=0))


class _RefusedError(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    # json accepts NaN and Infinity by default; no file of ours may contain them.
    raise _RefusedError(name)


def _parse_int(text: str) -> int | HugeNumber:
    digits = len(text) - text.startswith("-")
    return HugeNumber(text) if digits > MAX_INT_DIGITS else int(text)


def _parse_float(text: str) -> float | HugeNumber:
    value = float(text)
    return value if math.isfinite(value) else HugeNumber(text)


def parse_json(text: str, file: str, *, max_depth: int = MAX_DEPTH) -> Any:
    """Decode ``text``; raise :class:`LoadError` saying where and why it is not usable JSON."""

    def fail(message: Message) -> LoadError:
        return LoadError([Problem(file, "", "", message)])

    if nesting_depth(text) > max_depth:
        too_deep = QT_TRANSLATE_NOOP("Problem", "invalid JSON: nested more than %1 levels deep")
        raise fail(said(too_deep, max_depth))
    try:
        return json.loads(
            text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_refuse_constant
        )
    except json.JSONDecodeError as exc:
        at = QT_TRANSLATE_NOOP("Problem", "invalid JSON at line %1, column %2: %3")
        raise fail(said(at, exc.lineno, exc.colno, exc.msg)) from exc
    except _RefusedError as exc:
        refused = QT_TRANSLATE_NOOP("Problem", "invalid JSON: %1 is not allowed")
        raise fail(said(refused, exc.args[0])) from exc


def keep_aside(path: Path, suffix: str = ".bad") -> Path:
    """Rename a damaged file to ``<name><suffix>``, ``<name><suffix>-2`` ...; never overwrite.

    A hard link claims the new name atomically (it fails if the name is taken); where links
    are not supported, the name is checked and then renamed to.
    """
    n = 1
    while True:
        aside = path.with_name(f"{path.name}{suffix}" + (f"-{n}" if n > 1 else ""))
        n += 1
        try:
            os.link(path, aside, follow_symlinks=False)
        except FileExistsError:
            continue
        except OSError:
            if aside.exists() or aside.is_symlink():
                continue
            path.rename(aside)
            return aside
        path.unlink()
        return aside


def read_json(path: Path, *, limit: int, max_depth: int = MAX_DEPTH) -> Any:
    """:func:`read_text` then :func:`parse_json`."""
    return parse_json(read_text(path, limit=limit), str(path), max_depth=max_depth)
