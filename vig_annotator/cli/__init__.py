"""The ``vig-annotator`` command: the GUI by default, subcommands for headless work.

Errors are one clear line on stderr; exit status 2 for bad input, 1 for an internal failure.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence

from vig_annotator import __version__
from vig_annotator.cli import (
    agree_verbs,
    analysis_verbs,
    interchange_verbs,
    media_verbs,
    project_verbs,
    review_verbs,
)
from vig_annotator.store.project_file import ProjectFileError

VERB_MODULES = [project_verbs, media_verbs, agree_verbs, interchange_verbs, review_verbs, analysis_verbs]

BAD_INPUT: tuple[type[BaseException], ...] = (ValueError, KeyError, FileNotFoundError,
                                              PermissionError, sqlite3.DatabaseError, ProjectFileError)


class CliError(Exception):
    """Bad input found by a verb; printed as one line, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vig-annotator",
        description="Code parent–infant interaction video. With no verb, opens the GUI "
                    "(on PROJECT or VIDEO, or on the demo project).",
    )
    parser.add_argument("--version", action="version", version=f"vig-annotator {__version__}")
    sub = parser.add_subparsers(dest="verb", metavar="VERB")
    for module in VERB_MODULES:
        module.register(sub)
    return parser


def _verbs(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list or (args_list[0] not in _verbs(parser) and not args_list[0].startswith("-")):
        return _gui(args_list)
    args = parser.parse_args(args_list)
    if args.verb is None:
        return _gui([])
    try:
        return int(args.run(args) or 0)
    except CliError as exc:
        return _fail(str(exc), 2)
    except BAD_INPUT as exc:
        message = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        return _fail(str(message), 2)
    except OSError as exc:
        return _fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "), 2)
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, status 1
        return _fail(f"internal error: {exc.__class__.__name__}: {exc}", 1)


def _fail(message: str, status: int) -> int:
    print(f"vig-annotator: error: {message}", file=sys.stderr)
    return status


def _gui(args: list[str]) -> int:
    if len(args) > 1:
        return _fail("give one PROJECT or VIDEO to open (or a verb: see --help)", 2)
    from vig_annotator.qt.app import run  # Qt is loaded only when the GUI is asked for

    return run(args[0] if args else None)
