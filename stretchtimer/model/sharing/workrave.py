"""Workrave's exercise files (``exercises.xml``) as the user's own exercises and a routine.

The format::

    <exercises>
      <exercise>
        <title>Arm circles</title> <title xml:lang="de">...</title>
        <description>...</description> <description xml:lang="de">...</description>
        <sequence duration="30">
          <image src="arms.png" duration="5"/> <image src="arms.png" duration="5" mirrorx="yes"/>
        </sequence>
      </exercise>
    </exercises>

Each exercise becomes one of the user's exercises: the title (in the app's language when
the file has it, else English, else the first) is the name, the description's paragraphs
are the steps, the sequence's duration is the hold. A mirrored frame means the exercise is
done on both sides: the sequence then holds both, so each side gets half of it, and only
the unmirrored frames are kept (StretchTimer mirrors the picture itself for the other
side). ``src="none"`` is a frame without a picture. Pictures are copied when they sit
beside the file. One routine holds all the exercises, in the file's order.

XML with a DTD or entity declarations is refused before it is parsed, so no entity is
ever expanded and nothing outside the file is read.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from stretchtimer.model.catalogue import (
    MAX_SECONDS,
    Catalogue,
    CatalogueError,
    Exercise,
    Mode,
    Position,
    Routine,
    RoutineItem,
    Sides,
)
from stretchtimer.model.sharing.bundle import read_limited
from stretchtimer.model.sharing.imports import ImportPlan, free_id, prepare_import
from stretchtimer.model.sharing.pictures import MAX_PICTURE_BYTES, content_problem
from stretchtimer.model.texts import QT_TRANSLATE_NOOP, fill
from stretchtimer.model.untrusted import Message, Problem, said

MAX_XML_BYTES = 4 * 1024 * 1024
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ROUTINE_ID = "workrave-exercises"
# Workrave's files say nothing of these; the person can change them in the editor.
TARGETS = ("whole body",)
TAGS = ("workrave",)
_FORBIDDEN = re.compile(rb"<!\s*(doctype|entity)", re.IGNORECASE)


@dataclass(frozen=True)
class ImportWords:
    """What a Workrave file does not say, written into the new exercises and routine.

    English here; the window and the command line pass them translated (``translated``),
    so a German import reads German beside the file's German titles.
    """

    breathing: str = QT_TRANSLATE_NOOP(
        "WorkraveImport", "Breathe slowly and evenly; never hold your breath."
    )
    caution: str = QT_TRANSLATE_NOOP(
        "WorkraveImport", "Move gently, within what is comfortable, and stop if anything hurts."
    )
    routine_name: str = QT_TRANSLATE_NOOP("WorkraveImport", "Workrave exercises")
    routine_description: str = QT_TRANSLATE_NOOP(
        "WorkraveImport", "The exercises of %1, imported from Workrave."
    )

    def translated(self, translate: Callable[[str, str], str]) -> ImportWords:
        """Each word through ``translate(context, source)`` (Qt's, or the CLI's)."""
        return ImportWords(
            *(translate("WorkraveImport", getattr(self, f.name)) for f in fields(self))
        )


def looks_like_xml(data: bytes) -> bool:
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


def _pick(elements: list[ET.Element], language: str) -> ET.Element | None:
    """The element in ``language`` (or its main language), else English, else the first."""
    if not elements:
        return None
    wanted = language.replace("_", "-").lower()
    tagged = [((e.get(XML_LANG) or "").replace("_", "-").lower(), e) for e in elements]
    for tries in (wanted, wanted.split("-")[0], "en", ""):
        for lang, e in tagged:
            if lang == tries or (tries and lang.split("-")[0] == tries):
                return e
    return elements[0]


def _text(e: ET.Element) -> str:
    return "".join(e.itertext())


def _steps(text: str) -> tuple[str, ...]:
    # Workrave's descriptions are prose, wrapped anywhere; a blank line or a line break
    # between sentences is where a new step begins.
    paragraphs = re.split(r"\n\s*\n|(?<=[.!?])\s*\n", text)
    return tuple(s for s in (" ".join(p.split()) for p in paragraphs) if s)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].strip("-")


@dataclass
class _Reader:
    file: str
    folder: Path
    language: str
    words: ImportWords = field(default_factory=ImportWords)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, item: str, field_name: str, message: Message) -> None:
        self.problems.append(Problem(self.file, item, field_name, message))

    def seconds(self, item: str, where: str, raw: str | None) -> float | None:
        if raw is None:
            return None
        try:
            value = float(raw)
        except ValueError:
            self.add(
                item,
                where,
                said(
                    QT_TRANSLATE_NOOP("Problem", "must be a number of seconds, not %1"), repr(raw)
                ),
            )
            return None
        # The loader's words for the same mistakes in a catalogue file.
        if not math.isfinite(value):
            self.add(
                item,
                where,
                said(
                    QT_TRANSLATE_NOOP("Problem", "must be a finite number of seconds, not %1"),
                    repr(raw),
                ),
            )
        elif value <= 0:
            self.add(
                item,
                where,
                said(
                    QT_TRANSLATE_NOOP("Problem", "must be more than 0 seconds, not %1"), repr(raw)
                ),
            )
        elif value > MAX_SECONDS:
            too_long = QT_TRANSLATE_NOOP("Problem", "must be at most %1 seconds, not %2")
            self.add(item, where, said(too_long, f"{MAX_SECONDS:.0f}", repr(raw)))
        else:
            return value
        return None

    def picture(self, item: str, where: str, src: str) -> bytes | None:
        parts = Path(src).parts
        if Path(src).is_absolute() or ".." in parts or "\\" in src:
            outside = QT_TRANSLATE_NOOP("Problem", "must name a file beside %1, not %2")
            self.add(item, where, said(outside, Path(self.file).name, repr(src)))
            return None
        path = self.folder / src
        if not path.exists():
            absent = QT_TRANSLATE_NOOP(
                "Problem", "%1: picture %2 is not beside the file; imported without it"
            )
            self.notes.append(said(absent, item, repr(src)))
            return None
        try:
            data = read_limited(path, MAX_PICTURE_BYTES)
        except CatalogueError as exc:
            # Its words, said of this exercise's frame.
            self.problems.append(replace(exc.problems[0], file=self.file, item=item, field=where))
            return None
        problem = content_problem(Path(src).name, data)
        if problem is not None:
            self.add(item, where, problem)
            return None
        return data


_MISSING = QT_TRANSLATE_NOOP("Problem", "missing")
_EMPTY = QT_TRANSLATE_NOOP("Problem", "must not be empty")


def _exercise(
    r: _Reader, e: ET.Element, index: int, taken: set[str]
) -> tuple[Exercise, dict[str, bytes]] | None:
    before = len(r.problems)
    title = _pick(e.findall("title"), r.language)
    name = "" if title is None else " ".join(_text(title).split())
    if name:
        item = said(QT_TRANSLATE_NOOP("Problem", "exercise %1 (%2)"), index + 1, name)
    else:
        item = said(QT_TRANSLATE_NOOP("Problem", "exercise %1"), index + 1)
    if not name:
        r.add(item, "title", said(_MISSING) if title is None else said(_EMPTY))
    description = _pick(e.findall("description"), r.language)
    steps = () if description is None else _steps(_text(description))
    if not steps:
        r.add(item, "description", said(_MISSING) if description is None else said(_EMPTY))
    for child in e:
        if child.tag not in ("title", "description", "sequence"):
            r.notes.append(
                said(QT_TRANSLATE_NOOP("Problem", "%1: <%2> is not used"), item, child.tag)
            )
    sequences = e.findall("sequence")
    if len(sequences) != 1:
        once = QT_TRANSLATE_NOOP("Problem", "must appear once")
        r.add(item, "sequence", said(_MISSING) if not sequences else said(once))
        return None
    sequence = sequences[0]
    frames: list[tuple[str, float | None, bool]] = []
    for n, image in enumerate(sequence):
        where = f"sequence/image[{n + 1}]"
        if image.tag != "image":
            r.add(
                item,
                where,
                said(QT_TRANSLATE_NOOP("Problem", "must be an <image>, not <%1>"), image.tag),
            )
            continue
        src = (image.get("src") or "").strip()
        if not src:
            r.add(item, f"{where}/@src", said(_MISSING))
        mirror = image.get("mirrorx", "no").strip().lower()
        if mirror not in ("yes", "no"):
            yes_or_no = QT_TRANSLATE_NOOP("Problem", "must be yes or no, not %1")
            r.add(item, f"{where}/@mirrorx", said(yes_or_no, repr(mirror)))
        seconds = r.seconds(item, f"{where}/@duration", image.get("duration"))
        frames.append((src, seconds, mirror == "yes"))
    total = r.seconds(item, "sequence/@duration", sequence.get("duration"))
    if total is None and sequence.get("duration") is None:
        total = sum(s for _, s, _ in frames if s is not None) or None
        if total is None:
            no_duration = QT_TRANSLATE_NOOP("Problem", "missing (and no frame has a duration)")
            r.add(item, "sequence/@duration", said(no_duration))
    if len(r.problems) > before or total is None:
        return None
    mirrored = any(m for _, _, m in frames)
    hold = total / 2 if mirrored else total
    exercise_id = free_id(_slug(name) or f"workrave-{index + 1}", taken)
    taken.add(exercise_id)
    pictures: dict[str, bytes] = {}
    # The first frame that shows each picture, unmirrored (the view mirrors by itself).
    sources: dict[str, int] = {}
    for n, (frame_src, _, flipped) in enumerate(frames, start=1):
        if not flipped and frame_src.lower() != "none":
            sources.setdefault(frame_src, n)
    suffix = ""
    for src, n in sources.items():
        where = f"sequence/image[{n}]/@src"
        this_suffix = Path(src).suffix.lower()
        if suffix and this_suffix != suffix:
            unlike = QT_TRANSLATE_NOOP(
                "Problem", "%1: picture %2 is not a %3 like the first; left out"
            )
            r.notes.append(said(unlike, item, repr(src), suffix))
            continue
        data = r.picture(item, where, src)
        if data is None:
            continue
        suffix = suffix or this_suffix
        frame = f"-{len(pictures) + 1}" if pictures else ""
        pictures[f"{exercise_id}{frame}{suffix}"] = data
    exercise = Exercise(
        id=exercise_id,
        name=name,
        position=Position.STANDING,
        targets=TARGETS,
        mode=Mode.HOLD,
        hold_seconds=hold,
        reps=1,
        sides=Sides.BOTH if mirrored else Sides.NONE,
        rest_seconds=0.0,
        instructions=steps,
        breathing=r.words.breathing,
        caution=r.words.caution,
        illustration=f"{exercise_id}{suffix}" if pictures else None,
        tags=TAGS,
    )
    return exercise, pictures


def parse_workrave(
    data: bytes, path: Path, language: str, words: ImportWords | None = None
) -> tuple[list[Exercise], dict[str, bytes], list[str]]:
    """The exercises, pictures and notes of a Workrave file; ``CatalogueError`` listing
    every problem by file, exercise and field when any exercise cannot be used."""
    file = str(path)
    if b"\x00" in data:
        not_utf8 = said(QT_TRANSLATE_NOOP("Problem", "is not UTF-8 text"))
        raise CatalogueError([Problem(file, "", "", not_utf8)])
    if _FORBIDDEN.search(data):
        dtd = QT_TRANSLATE_NOOP("Problem", "declares a DTD or entities, which are not allowed")
        raise CatalogueError([Problem(file, "", "", said(dtd))])
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        line, column = exc.position
        reason = str(exc).split(":")[0]
        at = QT_TRANSLATE_NOOP("Problem", "invalid XML at line %1, column %2: %3")
        message = said(at, line, column + 1, reason)
        raise CatalogueError([Problem(file, "", "", message)]) from exc
    if root.tag != "exercises":
        root_tag = QT_TRANSLATE_NOOP("Problem", "the root must be <exercises>, not <%1>")
        raise CatalogueError([Problem(file, "", "", said(root_tag, root.tag))])
    r = _Reader(file, path.parent, language, words or ImportWords())
    exercises: list[Exercise] = []
    pictures: dict[str, bytes] = {}
    taken: set[str] = set()
    elements = [e for e in root if e.tag == "exercise"]
    for e in root:
        if e.tag != "exercise":
            unused = QT_TRANSLATE_NOOP("Problem", "<%1> is not an exercise and is not used")
            r.notes.append(said(unused, e.tag))
    if not elements:
        r.add("", "exercise", said(QT_TRANSLATE_NOOP("Problem", "the file holds no <exercise>")))
    for index, e in enumerate(elements):
        made = _exercise(r, e, index, taken)
        if made is not None:
            exercises.append(made[0])
            pictures.update(made[1])
    if r.problems:
        raise CatalogueError(r.problems)
    return exercises, pictures, r.notes


def import_workrave(
    data: bytes,
    path: Path,
    *,
    language: str,
    current: Catalogue,
    data_dir: Path,
    words: ImportWords | None = None,
) -> ImportPlan:
    """What importing the Workrave file ``data`` (read from ``path``) would add."""
    words = words or ImportWords()
    exercises, pictures, notes = parse_workrave(data, path, language, words)
    routine = Routine(
        id=ROUTINE_ID,
        name=words.routine_name,
        description=fill(words.routine_description, path.name),
        items=tuple(RoutineItem(e.id) for e in exercises),
    )
    return prepare_import(
        exercises, [routine], pictures, source=str(path), current=current,
        data_dir=data_dir, notes=notes,
    )  # fmt: skip
