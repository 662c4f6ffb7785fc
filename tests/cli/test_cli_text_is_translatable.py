"""The commands' sentences stay translatable: no English text built in the printing call.

A sentence printed with ``ctx.say``/``ctx.warn``/``ctx.fail`` goes through
``ctx.translate("Cli", ...)`` (or a ``Cli`` method for a count); an f-string or a plain
string with words in it would reach every terminal in English. Lines that only lay out
values (a path, a translated word, JSON) have no words of their own and pass.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import stretchtimer.cli

CLI = Path(stretchtimer.cli.__file__).parent
PRINTERS = {"say", "warn", "fail"}
WORDS = re.compile(r"[A-Za-z]{2,}")


def _own_words(node: ast.expr) -> str:
    """The literal text an argument spells itself: a string, or an f-string's fixed parts."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            part.value
            for part in node.values
            if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
    if isinstance(node, ast.BinOp):  # "text " + value
        return _own_words(node.left) + _own_words(node.right)
    if isinstance(node, ast.IfExp):
        return _own_words(node.body) + _own_words(node.orelse)
    return ""


def english_in_printing_calls(source: str) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "plural":
            found.append((node.lineno, "plural(...)"))
        if isinstance(func, ast.Attribute) and func.attr in PRINTERS and node.args:
            text = _own_words(node.args[0])
            if WORDS.search(text):
                found.append((node.lineno, text))
    return found


def test_the_scan_catches_english_sentences() -> None:
    code = (
        "ctx.say(f'Exported {n} to {target}')\n"
        "ctx.fail('sync is off')\n"
        "ctx.warn('note: ' + text)\n"
        "ctx.say(plural(n, 'file', 'files'))\n"
        "ctx.say(json.dumps(data))\n"
        "ctx.say(f'  {line}')\n"
        "ctx.say(fill(ctx.translate('Cli', 'removed %1'), str(path)))\n"
        "ctx.say('')\n"
    )
    assert [line for line, _ in english_in_printing_calls(code)] == [1, 2, 3, 4]


def test_no_command_prints_an_english_sentence_of_its_own() -> None:
    found = {
        f"{path.name}:{line}": text
        for path in sorted(CLI.glob("*.py"))
        for line, text in english_in_printing_calls(path.read_text(encoding="utf-8"))
    }
    assert found == {}
