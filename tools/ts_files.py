"""Read and write Qt Linguist ``.ts`` catalogues, and find what a translation still lacks.

A catalogue is judged against the source as lupdate sees it now: a copy is refreshed
with ``pyside6-lupdate`` first, so a string added to the code since the last
``tools/i18n.py update`` counts as missing even though the shipped file never saw it.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

# %1..%9 and %n, with Qt's optional L (locale-aware numbers) between; and the few
# str.format names (``{name}``) that texts filled in outside Qt carry.
PLACEHOLDER = re.compile(r"%L?(?:[1-9]|n)|\{[a-z_]+\}")
# A single & marks the keyboard accelerator; && is a literal ampersand.
ACCELERATOR = re.compile(r"(?<!&)&(?!&)(.)")
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
PROBE_SOURCE = 'QCoreApplication.translate("Probe", "%n probes", None, 2)\n'


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    # One text, or one per plural form for a numerus message.
    forms: tuple[str, ...]
    unfinished: bool

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.source)


@dataclass
class Report:
    """What one language's catalogue lacks compared with the source."""

    language: str
    total: int = 0
    missing: list[Message] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    stale: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.problems


def read(ts: Path) -> tuple[str, list[Message]]:
    """The catalogue's language attribute and its live messages (obsolete ones left out)."""
    root = ET.parse(ts).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = "" if translation is None else translation.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(Message(name, message.findtext("source") or "", numerus, forms,
                                    kind == "unfinished"))  # fmt: skip
    return root.get("language", ""), messages


def language_code(ts: Path, prefix: str) -> str:
    return ts.stem.removeprefix(f"{prefix}_")


def placeholders(text: str) -> Counter[str]:
    return Counter(p.replace("%L", "%") for p in PLACEHOLDER.findall(text))


def accelerators(text: str) -> list[str]:
    return [letter.lower() for letter in ACCELERATOR.findall(text)]


def refreshed(
    shipped: Iterable[Path], sources: list[str], lupdate: str
) -> tuple[dict[Path, list[Message]], dict[Path, int]]:
    """Each catalogue's messages after lupdate, and how many plural forms its language has.

    The shipped files are not touched: lupdate runs on copies in a temporary folder.
    """
    shipped = list(shipped)
    with tempfile.TemporaryDirectory(prefix="stretchtimer-ts-") as tmp:
        folder = Path(tmp)
        copies, probes = [], []
        probe_py = folder / "probe.py"
        probe_py.write_text(PROBE_SOURCE, encoding="utf-8")
        for ts in shipped:
            copy = folder / ts.name
            copy.write_bytes(ts.read_bytes())
            copies.append(copy)
            language, _ = read(ts)
            probe = folder / f"probe-{ts.stem}.ts"
            probe.write_text(f'{HEADER}<TS version="2.1" language="{language}"></TS>\n',
                             encoding="utf-8")  # fmt: skip
            probes.append(probe)
        run = [lupdate, "-silent", "-no-obsolete", "-locations", "none"]
        if copies:
            subprocess.run([*run, *sources, "-ts", *map(str, copies)], check=True,
                           capture_output=True, timeout=300)  # fmt: skip
            subprocess.run([*run, str(probe_py), "-ts", *map(str, probes)], check=True,
                           capture_output=True, timeout=60)  # fmt: skip
        messages = {ts: read(copy)[1] for ts, copy in zip(shipped, copies, strict=True)}
        forms = {}
        for ts, probe in zip(shipped, probes, strict=True):
            probed = read(probe)[1]
            forms[ts] = len(probed[0].forms) if probed else 2
    return messages, forms


def clashes(marked: list[tuple[Message, str]]) -> list[str]:
    """Pairs whose source accelerators differ but whose translations share one letter."""
    found = []
    for i, (first, letter) in enumerate(marked):
        for second, other in marked[i + 1 :]:
            if letter == other and accelerators(first.source) != accelerators(second.source):
                found.append(f"{first.forms[0]!r} and {second.forms[0]!r} both use &{letter}")
    return found


def judge(
    ts: Path,
    now: list[Message],
    plural_forms: int,
    language: str,
    together: Iterable[Iterable[str]] = (),
) -> Report:
    """Compare the refreshed messages of ``ts`` with the catalogue as shipped.

    ``together`` names groups of contexts shown at once (one dialog's pages), whose
    keyboard accelerators must not clash with each other; each context is its own group too.
    """
    report = Report(language, total=len(now))
    shipped_keys = {m.key for m in read(ts)[1]}
    report.stale = sorted(shipped_keys - {m.key for m in now})
    by_context: dict[str, list[tuple[Message, str]]] = {}
    for message in now:
        where = f"{ts.name}: [{message.context}] {message.source!r}"
        if message.unfinished or not message.forms or not all(f.strip() for f in message.forms):
            report.missing.append(message)
            continue
        if message.numerus and len(message.forms) != plural_forms:
            report.problems.append(
                f"{where}: {len(message.forms)} plural forms, the language has {plural_forms}"
            )
        for form in message.forms:
            if placeholders(form) != placeholders(message.source):
                report.problems.append(f"{where}: placeholders differ in {form!r}")
            if len(accelerators(form)) != len(accelerators(message.source)):
                report.problems.append(f"{where}: keyboard accelerator (&) lost in {form!r}")
            # Spin-box suffixes (" s", " min") lean on their leading space.
            if form[:1].isspace() != message.source[:1].isspace():
                report.problems.append(f"{where}: leading space differs in {form!r}")
        keys = accelerators(message.forms[0])
        if accelerators(message.source) and keys:
            by_context.setdefault(message.context, []).append((message, keys[0]))
    groups = [(c,) for c in by_context] + [tuple(g) for g in together]
    for group in groups:
        marked = [pair for context in group for pair in by_context.get(context, [])]
        for clash in clashes(marked):
            report.problems.append(f"{ts.name}: [{' + '.join(group)}] {clash}")
    return report


def set_translations(
    ts: Path, entries: list[dict[str, object]], normalise: Callable[[Path], None]
) -> int:
    """Write ``entries`` (context, source, numerus, translation) into ``ts``.

    A message the file does not know yet is added, so strings exported from a newer source
    can be imported before ``update``; ``normalise`` (lupdate) then puts the file in order.
    Returns how many messages were filled in.
    """
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    filled = 0
    for entry in entries:
        context_name, source = str(entry["context"]), str(entry["source"])
        translation = entry.get("translation")
        texts = translation if isinstance(translation, list) else [translation]
        if not texts or not all(isinstance(t, str) and t.strip() for t in texts):
            continue  # still untranslated in the file handed back
        context = contexts.get(context_name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = context_name
            contexts[context_name] = context
        message = next((m for m in context.iter("message")
                        if m.findtext("source") == source), None)  # fmt: skip
        if message is None:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
        if entry.get("numerus"):
            message.set("numerus", "yes")
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        new = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            for text in texts:
                ET.SubElement(new, "numerusform").text = str(text)
        else:
            new.text = str(texts[0])
        filled += 1
    ET.indent(tree, "    ")
    ts.write_text(HEADER + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")
    normalise(ts)
    return filled
