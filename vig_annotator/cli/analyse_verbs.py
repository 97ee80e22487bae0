"""`vig-annotator analyse …`: the interaction-dynamics verbs, gathered under one group."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    analyse = sub.add_parser("analyse", help="interaction dynamics: voices, turns, contingency, sequences, synchrony")
    group = analyse.add_subparsers(dest="analysis", metavar="ANALYSIS", required=True, help="what to analyse")
    from vig_annotator.cli import analysis_verbs, transcript_verbs, voice_verbs

    voice_verbs.add_voice_verbs(group)
    analysis_verbs.add_dynamics_verbs(group)
    transcript_verbs.add_mind_verbs(group)



