"""Finding the rows that break a rule, and saying which field of which session.

Each table's ``valid`` column and its ``... WHERE NOT valid`` index find the bad rows
without reading the good ones; each rule is then evaluated again on those rows alone to
name the first field that breaks one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Final

from stretchtimer.model.history.records import RowProblem, RowProblems
from stretchtimer.model.history.rules import CHECKIN_RULES, ITEM_RULES, SESSION_RULES, Rule

SHOWN: Final = 20
"""Rows described by default; the rest are counted, so a badly damaged file cannot flood
a terminal or the window."""

# (table, rules, the columns that say whose row it is)
_TABLES: Final[tuple[tuple[str, tuple[Rule, ...], tuple[str, ...]], ...]] = (
    ("sessions", SESSION_RULES, ("id",)),
    ("session_items", ITEM_RULES, ("session_id", "item")),
    ("checkins", CHECKIN_RULES, ("session_id",)),
)


def _first_broken(rules: tuple[Rule, ...], verdicts: tuple[object, ...]) -> int:
    # A verdict of NULL breaks the rule too (valid is false for it).
    return next((n for n, ok in enumerate(verdicts) if not ok), 0)


def find(conn: sqlite3.Connection, path: Path, limit: int = SHOWN) -> RowProblems:
    """Up to ``limit`` bad rows described, sessions first, and the count of the others."""
    shown: list[RowProblem] = []
    more = 0
    for table, rules, keys in _TABLES:
        room = max(0, limit - len(shown))
        total = conn.execute(f"SELECT count(*) FROM {table} WHERE NOT valid").fetchone()[0]
        more += max(0, total - room)
        if not room or not total:
            continue
        verdicts = ", ".join(f"({r.check()})" for r in rules)
        values = ", ".join(r.column for r in rules)
        rows = conn.execute(
            f"SELECT {', '.join(keys)}, {verdicts}, {values} FROM {table} WHERE NOT valid "
            f"ORDER BY {', '.join(keys)} LIMIT ?",
            (room,),
        )
        for row in rows:
            ids, rest = row[: len(keys)], row[len(keys) :]
            broken = _first_broken(rules, tuple(rest[: len(rules)]))
            shown.append(
                RowProblem(
                    path,
                    table,
                    ids[0],
                    rules[broken].column,
                    rest[len(rules) + broken],
                    rules[broken].says,
                    ids[1] if len(ids) > 1 else None,
                )
            )
    return RowProblems(tuple(shown), more)


__all__ = ["SHOWN", "find"]
