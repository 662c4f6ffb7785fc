"""What a good history row is: one SQL expression per column, declared once.

Each rule is the column's ``CHECK`` constraint, and all of a table's rules together are
its generated ``valid`` column, which SQLite works out whenever a row is written, by
StretchTimer or by anything else (a hand edit with ``sqlite3`` and
``PRAGMA ignore_check_constraints`` gets past the checks, not past ``valid``). Reads keep
to valid rows through partial indexes, so skipping bad rows costs nothing on a long
history, and the few bad ones are found through an index of their own and explained by
evaluating each rule again (:mod:`stretchtimer.model.history.problems`).

The rules are strict enough that a valid row always converts to a record: a time is
exactly ``YYYY-MM-DDTHH:MM:SS.mmmZ`` and exists on the calendar, a date exists, numbers
are numbers in range.

These rules are schema version 2 as shipped: changing one takes a new migration that
rebuilds the table with the new rule, never an edit here alone.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Final

from stretchtimer.model.history.records import RecordStatus
from stretchtimer.model.session import ItemOutcome

_HEX = "[0-9a-f]"
_UUID_GLOB = "-".join(_HEX * n for n in (8, 4, 4, 4, 12))
_D2 = "[0-9][0-9]"
_STAMP_GLOB = f"{_D2}{_D2}-{_D2}-{_D2}T{_D2}:{_D2}:{_D2}.[0-9]{_D2}Z"
# '+0 days' makes SQLite normalise the value (30 February becomes 1 March, 24:00 the next
# day), so only a time that exists comes back unchanged.
_STAMP = (
    f"typeof({{c}}) = 'text' AND {{c}} GLOB '{_STAMP_GLOB}' "
    "AND strftime('%Y-%m-%dT%H:%M:%fZ', {c}, '+0 days') IS {c} "
    "AND {c} >= '1970' AND {c} < '3000'"
)
_SECONDS = "typeof({c}) IN ('integer', 'real') AND {c} BETWEEN 0 AND 1e7"
_RATING = "{c} IS NULL OR (typeof({c}) = 'integer' AND {c} BETWEEN 0 AND 10)"


def _one_of(values: list[str]) -> str:
    return "{c} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


@dataclass(frozen=True, slots=True)
class Rule:
    """A column's rule: ``sql`` (with ``{c}`` for the column) is true for a good value."""

    column: str
    sql: str
    says: str  # what a good value is, for the message about a bad one

    def check(self) -> str:
        return self.sql.format(c=self.column)


def new_uuid() -> str:
    """A random (version 4) UUID, in the form :func:`uuid_rule` accepts."""
    return str(uuid.uuid4())


def uuid_rule(column: str) -> Rule:
    sql = f"typeof({{c}}) = 'text' AND {{c}} GLOB '{_UUID_GLOB}'"
    return Rule(column, sql, "must be a UUID in lower case")


def _stamp(column: str, *, nullable: bool = False) -> Rule:
    says = "must be a UTC time such as 2024-06-10T06:00:00.000Z, from 1970 to 2999"
    if nullable:
        return Rule(column, f"{{c}} IS NULL OR ({_STAMP})", says + ", or empty")
    return Rule(column, _STAMP, says)


def _seconds(column: str) -> Rule:
    return Rule(column, _SECONDS, "must be a number of seconds from 0 to 10,000,000")


def _text(column: str) -> Rule:
    return Rule(column, "typeof({c}) = 'text'", "must be text")


_STATUSES = [s.value for s in RecordStatus]
_OUTCOMES = [o.value for o in ItemOutcome]

SESSION_RULES: Final = (
    uuid_rule("uuid"),
    uuid_rule("device_id"),
    Rule(
        "routine_id",
        "typeof({c}) = 'text' AND length({c}) BETWEEN 1 AND 200",
        "must be text of 1 to 200 characters",
    ),
    Rule(
        "routine_name",
        "typeof({c}) = 'text' AND length({c}) <= 500",
        "must be text of at most 500 characters",
    ),
    _stamp("started_utc"),
    Rule(
        "tz_name",
        # Letters, digits and _ + - : between single slashes: every IANA name and fixed
        # offset, never a path. A well-formed name this machine does not know (newer tz
        # data elsewhere) is kept; its clock time is then shown in UTC.
        "typeof({c}) = 'text' AND length({c}) BETWEEN 1 AND 100 AND instr({c}, char(0)) = 0 "
        "AND {c} NOT GLOB '*[^A-Za-z0-9_+:/-]*' AND {c} NOT GLOB '/*' "
        "AND {c} NOT GLOB '*/' AND {c} NOT GLOB '*//*'",
        "must be a time-zone name such as Europe/Berlin or UTC+05:30",
    ),
    Rule(
        "local_date",
        "typeof({c}) = 'text' AND date({c}, '+0 days') IS {c} AND {c} >= '0001-01-01'",
        "must be a date that exists, such as 2024-06-10",
    ),
    _seconds("planned_seconds"),
    _seconds("active_seconds"),
    _seconds("credited_seconds"),
    Rule("status", _one_of(_STATUSES), "must be one of " + ", ".join(_STATUSES)),
    _stamp("updated_utc"),
    _stamp("deleted_utc", nullable=True),
)

ITEM_RULES: Final = (
    Rule("item", "typeof({c}) = 'integer' AND {c} >= 0", "must be a whole number from 0"),
    _text("exercise_id"),
    _text("exercise_name"),
    _seconds("planned_seconds"),
    _seconds("credited_seconds"),
    Rule("outcome", _one_of(_OUTCOMES), "must be one of " + ", ".join(_OUTCOMES)),
)

CHECKIN_RULES: Final = (
    uuid_rule("uuid"),
    uuid_rule("device_id"),
    Rule("stiffness_before", _RATING, "must be a whole number from 0 to 10, or empty"),
    Rule("stiffness_after", _RATING, "must be a whole number from 0 to 10, or empty"),
    _stamp("updated_utc"),
    _stamp("deleted_utc", nullable=True),
)


def valid_column(rules: tuple[Rule, ...]) -> str:
    """The generated column that is 1 for a row keeping every rule, else 0 (never NULL)."""
    every = " AND ".join(f"({r.check()})" for r in rules)
    return f"valid INTEGER NOT NULL GENERATED ALWAYS AS (coalesce({every}, 0)) STORED"


__all__ = [
    "CHECKIN_RULES",
    "ITEM_RULES",
    "SESSION_RULES",
    "Rule",
    "new_uuid",
    "uuid_rule",
    "valid_column",
]
