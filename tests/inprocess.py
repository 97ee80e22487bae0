"""Running the command line in-process (fast enough to fuzz), and the hash of a project file."""

from __future__ import annotations

import contextlib
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from vig_annotator.cli import main


@dataclass
class Run:
    """What one command printed and the status it ended with."""

    status: int
    out: str
    err: str


def run_cli(*args: str | Path) -> Run:
    """``vig-annotator ARGS`` in this process: its exit status, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main([str(a) for a in args])
        except SystemExit as exc:  # argparse refuses a usage error this way
            status = exc.code if isinstance(exc.code, int) else 2
    return Run(status, out.getvalue(), err.getvalue())


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
