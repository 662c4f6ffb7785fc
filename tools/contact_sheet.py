#!/usr/bin/env python3
"""Render every exercise illustration into one PNG grid, to look at them side by side.

Each exercise gets its first frame, its second frame when it is a flow, and the mirrored
picture the app shows for the right side when it is done on both sides; the exercise's
name, id and the variant are written under each picture, and the warm-ups' moves follow.
Exercises come from the built-in catalogue (``resources/exercises.json``); without one,
every SVG file in the illustrations folder is shown instead.

Usage: python tools/contact_sheet.py [--out PATH] [--dark] [--illustrations DIR]
       [--only ID[,ID...]] [--cell WIDTH] [--columns N]
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPainter,
    QPen,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer

from stretchtimer.model.catalogue import CatalogueError, Mode, Sides, load_catalogue
from stretchtimer.model.warmups import load_warmups
from stretchtimer.resources import catalogue_path, resource_root, warmups_path

COLUMNS = 6
LABEL_H = 44
PAD = 10
LIGHT = ("#FFFFFF", "#1F2430", "#5B6170")  # background, ink, label
DARK = ("#202124", "#E8EAED", "#A8ADB5")


@dataclass(frozen=True)
class Cell:
    path: Path
    title: str
    variant: str
    mirrored: bool = False


def _frame_two(path: Path) -> Path:
    return path.with_name(f"{path.stem}-2{path.suffix}")


def cells_from_catalogue(folder: Path, only: set[str]) -> list[Cell] | None:
    """Cells for every catalogue exercise, or None when there is no usable catalogue."""
    source = catalogue_path()
    if not source.is_file():
        return None
    try:
        exercises = load_catalogue(source).catalogue.exercises
    except CatalogueError as exc:
        print(f"catalogue not usable, listing files instead:\n{exc}", file=sys.stderr)
        return None
    if not exercises:
        return None
    cells: list[Cell] = []
    for ex in exercises.values():
        if only and ex.id not in only:
            continue
        path = folder / (ex.illustration or f"{ex.id}.svg")
        title = f"{ex.name} ({ex.id})"
        if ex.mode is Mode.FLOW:
            cells += [Cell(path, title, "frame 1"), Cell(_frame_two(path), title, "frame 2")]
        elif ex.sides is Sides.BOTH:
            cells += [Cell(path, title, "left"), Cell(path, title, "right", mirrored=True)]
        else:
            cells.append(Cell(path, title, ""))
    return cells


def warmup_cells(folder: Path, only: set[str]) -> list[Cell]:
    """A cell for each warm-up move (resources/warmups.json), after the exercises."""
    warmups, problems = load_warmups(warmups_path())
    for problem in problems:
        print(f"warm-ups: {problem}", file=sys.stderr)
    cells: list[Cell] = []
    for warmup in warmups.values():
        for move in warmup.moves:
            stem = Path(move.illustration).stem
            if only and stem not in only:
                continue
            cells.append(Cell(folder / move.illustration, f"{warmup.name}: {move.cue}", stem))
    return cells


def cells_from_files(folder: Path, only: set[str]) -> list[Cell]:
    cells: list[Cell] = []
    for path in sorted(folder.glob("*.svg")):
        stem = path.stem.removesuffix("-2")
        if only and stem not in only:
            continue
        variant = "frame 2" if path.stem.endswith("-2") else ""
        cells.append(Cell(path, stem, variant))
    return cells


def _svg_renderer(path: Path, ink: str) -> QSvgRenderer | None:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    # The figures are drawn in currentColor; the sheet shows them in the chosen ink.
    renderer = QSvgRenderer(QByteArray(text.replace("currentColor", ink).encode("utf-8")))
    return renderer if renderer.isValid() else None


def render_sheet(
    cells: list[Cell], out: Path, *, dark: bool, cell_w: int, columns: int = COLUMNS
) -> None:
    background, ink, label = DARK if dark else LIGHT
    pic_h = cell_w * 3 // 4
    cols = min(columns, max(1, len(cells)))
    rows = (len(cells) + cols - 1) // cols
    width = cols * (cell_w + PAD) + PAD
    height = rows * (pic_h + LABEL_H + PAD) + PAD
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    font = QFont()
    font.setPixelSize(12)
    painter.setFont(font)
    for i, cell in enumerate(cells):
        x0 = PAD + (i % cols) * (cell_w + PAD)
        y0 = PAD + (i // cols) * (pic_h + LABEL_H + PAD)
        frame = QRectF(x0, y0, cell_w, pic_h)
        painter.setPen(QPen(QColor(label), 1, Qt.PenStyle.DotLine))
        painter.drawRect(frame)
        renderer = _svg_renderer(cell.path, ink)
        if renderer is None:
            painter.setPen(QPen(QColor("#D00000"), 3))
            painter.drawLine(frame.topLeft(), frame.bottomRight())
            painter.drawLine(frame.topRight(), frame.bottomLeft())
            variant = f"MISSING {cell.path.name}"
        else:
            painter.save()
            if cell.mirrored:
                # The same flip the app applies for the right side.
                painter.setWorldTransform(
                    QTransform().translate(x0 + cell_w, y0).scale(-1, 1), combine=False
                )
            else:
                painter.setWorldTransform(QTransform().translate(x0, y0), combine=False)
            renderer.render(painter, QRectF(0, 0, cell_w, pic_h))
            painter.restore()
            variant = cell.variant
        painter.setPen(QColor(ink))
        text_rect = QRectF(x0, y0 + pic_h + 2, cell_w, 16)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft, _elide(painter, cell.title, cell_w))
        painter.setPen(QColor(label))
        painter.drawText(text_rect.translated(0, 16), Qt.AlignmentFlag.AlignLeft, variant)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise OSError(f"cannot write {out}")


def _elide(painter: QPainter, text: str, width: int) -> str:
    return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path("/tmp/contact-sheet.png"))
    parser.add_argument("--dark", action="store_true", help="light ink on a dark background")
    parser.add_argument("--illustrations", type=Path, default=None,
                        help="folder of SVGs (default: the app's resources)")  # fmt: skip
    parser.add_argument("--only", default="", help="comma-separated exercise ids")
    parser.add_argument("--cell", type=int, default=240, help="picture width in pixels")
    parser.add_argument("--columns", type=int, default=COLUMNS)
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    folder = args.illustrations or resource_root() / "illustrations"
    only = {s.strip() for s in args.only.split(",") if s.strip()}
    cells = cells_from_catalogue(folder, only)
    if cells is None:
        cells = cells_from_files(folder, only)
    else:
        cells += warmup_cells(folder, only)
    if not cells:
        print("nothing to show", file=sys.stderr)
        return 1
    render_sheet(cells, args.out, dark=args.dark, cell_w=args.cell, columns=max(1, args.columns))
    missing = sum(1 for c in cells if not c.path.is_file())
    print(f"{len(cells)} pictures ({missing} missing) -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
