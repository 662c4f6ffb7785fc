"""Sharing routines on the command line: ``routine export ID FILE`` and ``routine import
FILE`` (a StretchTimer routine file or a Workrave ``exercises.xml``, told by content). No Qt."""

from __future__ import annotations

import argparse
import os
import stat
from pathlib import Path

from stretchtimer import paths, resources
from stretchtimer.cli.catalogue import find_routine
from stretchtimer.cli.context import EXIT_FAILED, EXIT_USAGE, CliContext
from stretchtimer.model.atomic import write_atomically
from stretchtimer.model.catalogue import CatalogueError, load_file
from stretchtimer.model.sharing import (
    ImportPlan,
    ImportWords,
    apply_import,
    export_bundle,
    prepare_file_import,
)
from stretchtimer.model.texts import fill


def environment_language() -> str:
    """The language the environment asks for (``de_DE``), as gettext reads it; ``en`` if none."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(":")[0].split(".")[0]
        if value and value not in ("C", "POSIX"):
            return value
    return "en"


def _file_kind(target: Path) -> str | None:
    """What ``target`` is when it exists and is not a regular file (``Cli.not_a_file``)."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    return "a folder" if stat.S_ISDIR(mode) else "not a regular file"


def cmd_export(args: argparse.Namespace, ctx: CliContext) -> int:
    catalogue = ctx.load().catalogue
    routine = find_routine(catalogue, args.routine, ctx)
    if routine is None:
        return EXIT_USAGE
    target = Path(args.file).expanduser()
    kind = _file_kind(target)
    if kind is not None:
        return ctx.fail(fill(ctx.words.not_a_file(kind), str(target)), EXIT_USAGE)
    builtin = load_file(resources.catalogue_path(), require_illustration=True)
    bundle = export_bundle(routine.id, catalogue, builtin, paths.user_pictures_dir(ctx.data_dir))
    for name in bundle.missing_pictures:
        ctx.warn(fill(ctx.translate("Cli", "the picture %1 cannot be read and is left out"), name))
    try:
        write_atomically(target, bundle.text, replace=args.force)
    except FileExistsError:
        message = ctx.translate("Cli", "%1 already exists; add --force to replace it")
        return ctx.fail(fill(message, str(target)))
    except OSError as exc:
        message = ctx.translate("Cli", "cannot write %1: %2")
        return ctx.fail(fill(message, str(target), str(exc.strerror or exc)), EXIT_FAILED)
    exercises = ctx.words.own_exercises(len(bundle.exercises))
    pictures = ctx.words.pictures(len(bundle.pictures))
    message = ctx.translate("Cli", "Exported %1 with %2 and %3 to %4")
    ctx.say(fill(message, routine.id, exercises, pictures, str(target)))
    return 0


def describe(plan: ImportPlan, ctx: CliContext) -> list[str]:
    """What an import adds, one line each, for the terminal."""
    lines = [fill(ctx.words.routine_line(len(r.items)), r.id, r.name) for r in plan.routines]
    exercise = ctx.translate("Cli", "Exercise %1: %2")
    lines += [fill(exercise, e.id, e.name) for e in plan.exercises]
    picture = ctx.translate("Cli", "Picture %1")
    lines += [fill(picture, name) for name, _ in plan.pictures]
    reused = ctx.translate("Cli", "Picture %1 (already there, the same file)")
    lines += [fill(reused, name) for name in plan.reused_pictures]
    lines += [fill(_renamed(ctx, r.kind), r.old, r.new) for r in plan.renamed]
    return lines


def _renamed(ctx: CliContext, kind: str) -> str:
    """The sentence for a taken name, by what ``Renamed.kind`` says was renamed."""
    if kind == "routine":
        return ctx.translate("Cli", "Renamed routine %1 to %2: %1 is taken")
    if kind == "exercise":
        return ctx.translate("Cli", "Renamed exercise %1 to %2: %1 is taken")
    return ctx.translate("Cli", "Renamed picture %1 to %2: %1 is taken")


def cmd_import(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        paths.check_data_dir(ctx.data_dir, writable=True)
    except paths.DataDirError as exc:
        return ctx.fail(str(exc), EXIT_USAGE if exc.usage else EXIT_FAILED)
    source = Path(args.file).expanduser()
    current = ctx.load().catalogue
    try:
        plan = prepare_file_import(
            source, language=args.language, current=current, data_dir=ctx.data_dir,
            words=ImportWords().translated(ctx.translator.translate),
        )  # fmt: skip
    except CatalogueError as exc:
        count = len(exc.problems)
        ctx.fail(fill(ctx.words.import_problems(count), str(source)))
        for problem_line in exc.problems:
            print(f"  {ctx.translator.problem(problem_line)}", file=ctx.err)
        return EXIT_USAGE
    if args.dry_run:
        ctx.say(fill(ctx.translate("Cli", "Would import from %1:"), str(source)))
    else:
        try:
            paths.ensure_private_dir(ctx.data_dir)
            apply_import(plan, ctx.data_dir)
        except OSError as exc:
            where = exc.filename or ctx.data_dir
            message = ctx.translate("Cli", "nothing imported: cannot write %1: %2")
            return ctx.fail(fill(message, str(where), str(exc.strerror or exc)))
        ctx.say(fill(ctx.translate("Cli", "Imported from %1:"), str(source)))
    for line in describe(plan, ctx):
        ctx.say(f"  {line}")
    for note in plan.notes:
        ctx.warn(ctx.translator.problem(note))
    return 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``routine export`` and ``routine import`` to the subcommands of ``stretchtimer``."""
    group = sub.add_parser("routine", help="share routines: export and import files")
    actions = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser(
        "export", help="write a routine with your own exercises and pictures it uses to FILE"
    )
    p.add_argument("routine", metavar="ID")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p.set_defaults(func=cmd_export)
    p = actions.add_parser(
        "import", help="add the routine of a shared file or a Workrave exercises.xml"
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--language", default=environment_language(), metavar="LANG",
        help="for Workrave files: the language to take titles in (default: the environment's)",
    )  # fmt: skip
    p.add_argument("--dry-run", action="store_true", help="say what would be added, add nothing")
    p.set_defaults(func=cmd_import)
    for action in actions.choices.values():
        action.add_argument(
            "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="as the global option"
        )


__all__ = ["add_parsers", "describe", "environment_language"]
