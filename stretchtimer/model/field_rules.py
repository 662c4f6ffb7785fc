"""Fields declared once, on the dataclass: validation and building both follow from it.

A dataclass field read from a file carries a :class:`Rule` in its metadata
(``field(metadata=rule(Seconds(allow_zero=True)))``): its JSON type, what it may hold, and
what it becomes. A field with a default is optional in the file; a field without a rule is
not read from the file at all. :func:`check_object` collects every problem of one object
with a :class:`Checker`; :func:`build` turns a checked object into the dataclass.

Problems are worded for a person fixing the file, and each names the file, the item and the
field. Content checks run on every field whose type is right, so one wrong type does not
hide an empty name elsewhere in the same object.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, fields
from enum import StrEnum
from functools import cache
from typing import Any

from stretchtimer.model.texts import QT_TRANSLATE_NOOP
from stretchtimer.model.untrusted import HugeNumber, LoadError, Message, Problem, quoted, said

RULE = "stretchtimer.rule"
MAX_PROBLEMS = 100  # per file: enough to fix it in one go, never a flood
MAX_KEY_CHARS = 60
_SURROGATE = re.compile("[\ud800-\udfff]")


def rule(r: Rule) -> dict[str, Rule]:
    """The metadata for a dataclass field read from a file."""
    return {RULE: r}


class Checker:
    """Collects the problems of one file, up to :data:`MAX_PROBLEMS`."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.unlisted = 0

    def add(self, item: str, field_name: str, message: Message) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(self.file, item, field_name, message))
        else:
            self.unlisted += 1

    @property
    def count(self) -> int:
        return len(self.problems) + self.unlisted

    def raise_if_any(self, error: type[LoadError] = LoadError) -> None:
        if self.unlisted:
            unlisted = said(
                QT_TRANSLATE_NOOP("Problem", "%1 more problems are not listed"), self.unlisted
            )
            more = Problem(self.file, "", "", unlisted)
            raise error([*self.problems, more])
        if self.problems:
            raise error(list(self.problems))


class Rule:
    """How one field is written in a file. Subclasses set ``kind`` and override ``check``."""

    kind = QT_TRANSLATE_NOOP("Problem", "a value")

    def accepts(self, value: Any) -> bool:
        raise NotImplementedError

    def wrong_type(self, value: Any) -> Message:
        return said(
            QT_TRANSLATE_NOOP("Problem", "must be %1, not %2"), said(self.kind), quoted(value)
        )

    def check(self, c: Checker, item: str, name: str, value: Any) -> None:
        """Content problems of a value of the right type."""

    def build(self, value: Any) -> Any:
        return value


@dataclass(frozen=True)
class Text(Rule):
    max_chars: int
    blank_ok: bool = False
    kind = QT_TRANSLATE_NOOP("Problem", "a string")

    def accepts(self, value: Any) -> bool:
        return isinstance(value, str)

    def check(self, c: Checker, item: str, name: str, value: Any) -> None:
        message = self.problem(value)
        if message:
            c.add(item, name, message)

    def problem(self, value: str) -> Message | None:
        if not self.blank_ok and not value.strip():
            return said(QT_TRANSLATE_NOOP("Problem", "must not be empty"))
        if len(value) > self.max_chars:
            too_long = QT_TRANSLATE_NOOP("Problem", "must be at most %1 characters, not %2")
            return said(too_long, self.max_chars, len(value))
        if _SURROGATE.search(value):
            surrogate = QT_TRANSLATE_NOOP(
                "Problem", "must be text, but holds an unpaired surrogate escape"
            )
            return said(surrogate)
        return None


@dataclass(frozen=True)
class FileName(Text):
    """A plain file name in ``folder``: no path, so it can never point anywhere else."""

    folder: str = ""

    def problem(self, value: str) -> Message | None:
        found = super().problem(value)
        if found is None and (value in (".", "..") or any(c in value for c in "/\\\0")):
            outside = QT_TRANSLATE_NOOP("Problem", "must be a file name in the %1 folder, not %2")
            found = said(outside, self.folder, quoted(value))
        return found


@dataclass(frozen=True)
class Choice(Rule):
    enum: type[StrEnum]
    kind = QT_TRANSLATE_NOOP("Problem", "a string")

    def accepts(self, value: Any) -> bool:
        return isinstance(value, str)

    def check(self, c: Checker, item: str, name: str, value: Any) -> None:
        allowed = [m.value for m in self.enum]
        if value not in allowed:
            one_of = QT_TRANSLATE_NOOP("Problem", "must be one of %1, not %2")
            c.add(item, name, said(one_of, ", ".join(allowed), quoted(value)))

    def build(self, value: Any) -> Any:
        return self.enum(value)


class _Numeric(Rule):
    """A number whose range problem is also the answer for a number too large to convert."""

    def range_problem(self, value: float, shown: str) -> Message | None:
        raise NotImplementedError

    def wrong_type(self, value: Any) -> Message:
        if isinstance(value, HugeNumber):
            huge = -math.inf if value.text.startswith("-") else math.inf
            return self.range_problem(huge, repr(value)) or super().wrong_type(value)
        return super().wrong_type(value)

    def check(self, c: Checker, item: str, name: str, value: Any) -> None:
        message = self.range_problem(value, str(self.build(value)))
        if message:
            c.add(item, name, message)


@dataclass(frozen=True)
class Seconds(_Numeric):
    allow_zero: bool
    maximum: float
    kind = QT_TRANSLATE_NOOP("Problem", "a number")

    def accepts(self, value: Any) -> bool:
        # bool is an int subclass in Python, but "hold_seconds": true is a mistake.
        return isinstance(value, int | float) and not isinstance(value, bool)

    def range_problem(self, value: float, shown: str) -> Message | None:
        if math.isnan(value):
            return said(
                QT_TRANSLATE_NOOP("Problem", "must be a finite number of seconds, not %1"), shown
            )
        if value < 0 and self.allow_zero:
            return said(QT_TRANSLATE_NOOP("Problem", "must be 0 or more seconds, not %1"), shown)
        if value <= 0 and not self.allow_zero:
            return said(QT_TRANSLATE_NOOP("Problem", "must be more than 0 seconds, not %1"), shown)
        if value > self.maximum:
            too_long = QT_TRANSLATE_NOOP("Problem", "must be at most %1 seconds, not %2")
            return said(too_long, f"{self.maximum:.0f}", shown)
        return None

    def build(self, value: Any) -> Any:
        return float(value)


@dataclass(frozen=True)
class Count(_Numeric):
    low: int
    high: int
    kind = QT_TRANSLATE_NOOP("Problem", "a whole number")

    def accepts(self, value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool)

    def range_problem(self, value: float, shown: str) -> Message | None:
        if self.low <= value <= self.high:
            return None
        if self.low == self.high:
            return said(QT_TRANSLATE_NOOP("Problem", "must be %1, not %2"), self.low, shown)
        between = QT_TRANSLATE_NOOP("Problem", "must be from %1 to %2, not %3")
        return said(between, self.low, self.high, shown)


@dataclass(frozen=True, kw_only=True)
class AnyList(Rule):
    """A list; a subclass checks its entries, or the caller does, under labels of its own."""

    max_items: int = 1000
    empty: Message | None = None  # the problem when the list is empty, if that is one
    kind = QT_TRANSLATE_NOOP("Problem", "a list")

    def accepts(self, value: Any) -> bool:
        return isinstance(value, list)

    def check(self, c: Checker, item: str, name: str, value: Any) -> None:
        if self.empty and not value:
            c.add(item, name, self.empty)
        if len(value) > self.max_items:
            too_many = QT_TRANSLATE_NOOP("Problem", "must have at most %1 entries, not %2")
            c.add(item, name, said(too_many, self.max_items, len(value)))
        else:
            self.check_entries(c, item, name, value)

    def check_entries(self, c: Checker, item: str, name: str, value: list[Any]) -> None:
        """Problems of the entries of a list of an acceptable length."""


@dataclass(frozen=True, kw_only=True)
class TextList(AnyList):
    max_chars: int
    max_items: int = 50

    def check_entries(self, c: Checker, item: str, name: str, value: list[Any]) -> None:
        text = Text(self.max_chars)
        for i, v in enumerate(value):
            if not isinstance(v, str) or not v.strip():
                c.add(
                    item,
                    f"{name}[{i}]",
                    said(QT_TRANSLATE_NOOP("Problem", "must be a non-empty string")),
                )
            elif message := text.problem(v):
                c.add(item, f"{name}[{i}]", message)

    def build(self, value: Any) -> Any:
        return tuple(value)


@dataclass(frozen=True, kw_only=True)
class ObjectList(AnyList):
    """A list of objects, each declared by the dataclass ``of``."""

    of: type
    max_items: int = 200

    def check_entries(self, c: Checker, item: str, name: str, value: list[Any]) -> None:
        declared = file_fields(self.of)
        for i, v in enumerate(value):
            if isinstance(v, dict):
                entry = said(QT_TRANSLATE_NOOP("Problem", "%1 %2[%3]"), item, name, i)
                check_object(c, v, entry, declared)
            else:
                c.add(item, f"{name}[{i}]", said(QT_TRANSLATE_NOOP("Problem", "must be an object")))

    def build(self, value: Any) -> Any:
        return tuple(build(self.of, v) for v in value)


@dataclass(frozen=True)
class Declared:
    rule: Rule
    required: bool


@cache
def file_fields(cls: type) -> dict[str, Declared]:
    """The fields of dataclass ``cls`` that are read from a file, in declaration order."""
    return {
        f.name: Declared(f.metadata[RULE], f.default is MISSING and f.default_factory is MISSING)
        for f in fields(cls)
        if RULE in f.metadata
    }


def short_key(key: str) -> str:
    """An unknown key as it is named in a problem: a hostile one can be megabytes long."""
    return key if len(key) <= MAX_KEY_CHARS else key[: MAX_KEY_CHARS - 1] + "…"


def check_object(
    c: Checker, obj: Mapping[str, Any], item: str, declared: Mapping[str, Declared]
) -> bool:
    """Add every problem of ``obj`` to ``c``; True when it has none."""
    before = c.count
    for key in obj:
        if key not in declared:
            c.add(item, short_key(key), said(QT_TRANSLATE_NOOP("Problem", "unknown key")))
    typed = []
    for name, d in declared.items():
        if name not in obj:
            if d.required:
                c.add(item, name, said(QT_TRANSLATE_NOOP("Problem", "missing")))
        elif d.rule.accepts(obj[name]):
            typed.append(name)
        else:
            c.add(item, name, d.rule.wrong_type(obj[name]))
    for name in typed:
        declared[name].rule.check(c, item, name, obj[name])
    return c.count == before


def build(cls: type, obj: Mapping[str, Any], **extra: Any) -> Any:
    """The dataclass ``cls`` from a checked ``obj``; absent optional fields keep defaults."""
    values = {name: d.rule.build(obj[name]) for name, d in file_fields(cls).items() if name in obj}
    return cls(**values, **extra)
