"""The verbs of ``vig-annotator``: which module registers each, and the error a verb raises for bad input.

Its own module so that a verb can name these without importing the package (which opens the app when
no verb is given): the CLI verbs never import Qt, and import-linter holds them to it.
"""

from __future__ import annotations

VERBS: dict[str, tuple[str, str]] = {
    # verb: (module in vig_annotator.cli that registers it, its one line of help)
    "new": ("project_verbs", "create a project file"),
    "info": ("project_verbs", "list a project's clips, coders and sessions"),
    "export": ("project_verbs", "write sessions to tables or other tools' files"),
    "probe": ("media_verbs", "per-frame timestamps, constant/variable rate, rotation, audio"),
    "still": ("media_verbs", "save the exact frame, upright, as a PNG"),
    "agree": ("agree_verbs", "agreement between coders (PROJECT or PROJECT::SESSION)"),
    "exercise": ("agree_verbs", "trainer exercises: create, package, score"),
    "import": ("interchange_verbs", "bring an EAF, BORIS or table file in as a new session"),
    "review-pack": ("review_verbs", "build the shared-review pack for a session's moments"),
    "sync": ("sync_verbs", "offset between two cameras' clips, from their sound, with its confidence"),
    "push": ("team_verbs", "copy a project file's sessions to a team project on a PostgreSQL server"),
    "pull": ("team_verbs", "copy a team project's sessions from a server into a project file"),
    "member": ("team_verbs", "let a database user work on a server project as a coder or a trainer"),
    "analyse": ("analyse_verbs", "interaction dynamics: voices, turns, contingency, sequences, synchrony"),
    "transcript": ("transcript_verbs", "a session's transcript: export it, or import one into it"),
    "batch": ("batch_verbs", "one analysis over many clips, folders or projects on a Dask cluster, resumable"),
}


class CliError(Exception):
    """Bad input found by a verb; printed as one line, exit status 2."""
