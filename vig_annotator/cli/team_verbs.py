"""``push`` and ``pull``: move a project, or some sessions, between a file and a lab's PostgreSQL server."""

from __future__ import annotations

import argparse

from vig_annotator.cli.verbs import CliError


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    url_help = "the server project, postgresql://HOST/DATABASE?project=NAME (password from ~/.pgpass)"
    p = sub.add_parser("push", help="copy a project file's sessions to a team project on a PostgreSQL server")
    p.add_argument("file", help="the .vigproj file")
    p.add_argument("url", help=url_help)
    p.add_argument("--session", type=int, action="append", help="only this session (repeatable)")
    p.set_defaults(run=run_push)
    p = sub.add_parser("pull", help="copy a team project's sessions from a server into a project file")
    p.add_argument("url", help=url_help)
    p.add_argument("file", help="the .vigproj file (made if it does not exist)")
    p.add_argument("--session", type=int, action="append", help="only this session (repeatable)")
    p.set_defaults(run=run_pull)
    p = sub.add_parser("member", help="let a database user work on a server project as a coder or a trainer")
    p.add_argument("url", help=url_help)
    p.add_argument("db_user", help="the coder's own database user (blind coding is enforced per database user)")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--coder", type=int, help="the coder id this database user codes as")
    who.add_argument("--trainer", action="store_true", help="reads every session and may unblind clips")
    p.set_defaults(run=run_member)


def _check_url(url: str) -> None:
    from vig_annotator.store.urls import is_server_url

    if not is_server_url(url):
        raise CliError(f"{url}: is not a server project; expected postgresql://HOST/DATABASE?project=NAME")


def run_push(args: argparse.Namespace) -> int:
    from vig_annotator.store.sync import push

    _check_url(args.url)
    report = push(args.file, args.url, set(args.session) if args.session else None)
    for line in report.lines("the server"):
        print(line)
    return 0


def run_pull(args: argparse.Namespace) -> int:
    from vig_annotator.store.sync import pull

    _check_url(args.url)
    report = pull(args.url, args.file, set(args.session) if args.session else None)
    for line in report.lines(str(args.file)):
        print(line)
    return 0


def run_member(args: argparse.Namespace) -> int:
    from vig_annotator.store.pg_access import add_member

    _check_url(args.url)
    add_member(args.url, args.db_user, args.coder, args.trainer)
    role = "a trainer" if args.trainer else f"coder {args.coder}"
    print(f"{args.db_user} now works on the project as {role}")
    return 0
