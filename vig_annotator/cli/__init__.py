"""The ``vig-annotator`` command: the GUI by default, subcommands for headless work.

Errors are one clear line on stderr; exit status 2 for bad input, 1 for an internal failure.
Only the module of the verb asked for is imported, so ``--version``, ``--help`` and ``info`` start
quickly; the other verbs are listed from ``VERBS`` with their one line of help.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import NoReturn

from vig_annotator import __version__
from vig_annotator.cli.verbs import VERBS, CliError


def bad_input() -> tuple[type[BaseException], ...]:
    """The errors that mean bad input (exit status 2); the project file's own is imported with a verb."""
    from vig_annotator.store.project_file import ProjectFileError

    return (ValueError, KeyError, FileNotFoundError, PermissionError, sqlite3.DatabaseError, ProjectFileError)


def verb_module(name: str) -> ModuleType:
    """The module that registers and runs ``name`` (one of ``VERBS``' modules)."""
    return importlib.import_module(f"vig_annotator.cli.{name}")


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line naming the verb and the option (exit status 2)."""

    def error(self, message: str) -> NoReturn:
        from vig_annotator.cli.options import one_line as plain

        one_line = " ".join(plain(message).split())
        self.exit(2, f"vig-annotator: error: {self.prog.removeprefix('vig-annotator ')}: {one_line} "
                     f"(see {self.prog} --help)\n")


def build_parser(verb: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``verb``, only that verb's module is imported and registers its verbs in full."""
    parser = OneLineParser(
        prog="vig-annotator",
        description="Code parent–infant interaction video. With no verb, opens the GUI "
                    "(on PROJECT or VIDEO, or on the demo project).",
    )
    parser.add_argument("--version", action="version", version=f"vig-annotator {__version__}")
    sub = parser.add_subparsers(dest="verb", metavar="VERB")
    chosen = VERBS[verb][0] if verb in VERBS else None
    for name, (module, help_line) in VERBS.items():
        if module != chosen:
            sub.add_parser(name, help=help_line, add_help=False)
    if chosen is not None:
        verb_module(chosen).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--verbose"]:  # the sound and video libraries' messages too (see vig_annotator.qt.quiet)
        os.environ["VIG_ANNOTATOR_DEBUG"] = "1"
        args_list = args_list[1:]
    if not args_list or (args_list[0] not in VERBS and not args_list[0].startswith("-")):
        return _gui(args_list)
    parser = build_parser(args_list[0])
    args = parser.parse_args(args_list)
    if args.verb is None:
        return _gui([])
    bad = bad_input()
    try:
        from vig_annotator.io.output_paths import check_command

        check_command(vars(args))  # every verb's -o, checked in one place before anything is written
        with warnings.catch_warnings(record=True) as found:
            warnings.simplefilter("default")
            status = int(args.run(args) or 0)
        for warning in found:  # what a verb found and worked round (a -wal not the project's own...)
            if type(warning.message).__name__ == "ForeignWalWarning":
                print(f"vig-annotator: warning: {' '.join(str(warning.message).split())}", file=sys.stderr)
            else:
                warnings.showwarning(warning.message, warning.category, warning.filename, warning.lineno)
        return status
    except BrokenPipeError:  # ``… | head`` stopped reading: quietly, as other command-line tools do
        return _reader_gone()
    except CliError as exc:
        return _fail(str(exc), 2)
    except bad as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        return _fail(_with_file(args, str(message)), 2)
    except OSError as exc:
        return _fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "), 2)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, status 1
        return _fail(f"internal error: {exc.__class__.__name__}: {exc}", 1)


def _with_file(args: argparse.Namespace, message: str) -> str:
    """The message, with the project named in front when it names no file the command was given.

    ("no such table: segments", "the project has no clip 77", "invalid literal for int()…" say what,
    not where.)
    """
    project = getattr(args, "project", None)
    if not isinstance(project, str) or "://" in project or message.startswith("-"):  # a URL may hold a secret
        return message
    given = [v for v in vars(args).values() if isinstance(v, str) and v and ("/" in v or "." in v)]
    if any(v in message or Path(v).name in message for v in given):
        return message
    return f"{project}: {message}"


def _reader_gone() -> int:
    """Exit status 141 (as a shell reports SIGPIPE), with stdout pointed at /dev/null so the final flush is quiet."""
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())
    os.close(null)
    return 141


def _fail(message: str, status: int) -> int:
    one_line = " ".join(message.split())  # a message from a library may span lines: stderr gets one
    print(f"vig-annotator: error: {one_line}", file=sys.stderr)
    return status


def _gui(args: list[str]) -> int:
    if len(args) > 1:
        return _fail("give one PROJECT or VIDEO to open (or a verb: see --help)", 2)
    from vig_annotator.qt.app import run  # Qt is loaded only when the GUI is asked for

    return run(args[0] if args else None)
