"""``review-pack``: stills, excerpts and an offline page for a VIG shared review."""

from __future__ import annotations

import argparse

from vig_annotator.cli import options
from vig_annotator.review.pack import FLAVOURS, PAGE, PackOptions, build_pack
from vig_annotator.store.opening import open_project


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("review-pack", help="build the shared-review pack for a session's moments")
    p.add_argument("project", help="the .vigproj file")
    p.add_argument("--session", type=int, required=True, help="the session whose moments make the pack")
    p.add_argument("-o", "--output", required=True, help="a new folder for the pack")
    p.add_argument("--flavour", choices=FLAVOURS, default="review",
                   help="supervision adds the guider's own notes")
    p.add_argument("--slow", type=options.number(0, 1, above=True), default=0.5,
                   help="speed of the slowed copy (1: none)")
    p.add_argument("--override-consent", default="", metavar="REASON",
                   help="build without direct-care or supervision consent; the reason is logged")
    p.add_argument("--cameras", action="store_true",
                   help="stills and excerpts show the clip's further cameras side by side, each at its own exact frame")
    p.set_defaults(run=run_pack)


def run_pack(args: argparse.Namespace) -> int:
    from vig_annotator.store.row_check import refuse_broken

    project = open_project(args.project, read_only=True)  # a pack only reads; its record is appended
    try:
        refuse_broken(project, [args.session], "no pack was made")
        out = build_pack(project, args.session, args.output,
                         PackOptions(args.flavour, args.slow, args.override_consent,
                                     cameras=args.cameras))
    finally:
        project.close()
    print(f"wrote {out / PAGE} with stills and excerpts in {out}")
    return 0
