"""Where a project lives decides how it opens: a ``.vigproj`` file, or a team project on a server.

``postgresql://host/db?project=NAME`` goes to the server (store.pg_project); anything else is a file
(store.project_file). Every verb and the app open projects through here, so neither store knows the other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from vig_annotator.core.project import Project
from vig_annotator.store import project_file
from vig_annotator.store.errors import AuditUnavailableError, ProjectFileError
from vig_annotator.store.urls import is_server_url


def open_project(path: str | Path, read_only: bool = False, take_over: bool = False,
                 token: str | None = None, segments: bool = True, defer: bool = False) -> Project:
    """Open a project for editing or, with ``read_only``, for viewing (see :func:`project_file.open_file`)."""
    if is_server_url(path):
        from vig_annotator.store.pg_project import open_server_project

        return open_server_project(str(path), read_only)
    return project_file.open_file(path, read_only, take_over, token, segments, defer)


def create_project(path: str | Path, build: Callable[[Project], None] | None = None) -> Project:
    """Make a new project (a file, or a team project on a server) and open it for editing; never replaces one."""
    if is_server_url(path):
        from vig_annotator.store.pg_project import create_server_project

        return create_server_project(str(path), build)
    return project_file.create_file(path, build)


def open_audit_log(path: str | Path) -> Project:
    """The project's export log, to append a record to while another process may be editing it.

    Raises AuditUnavailableError (naming the project and the reason) when the log cannot be written.
    A team project's log is on its server, appended to like any edit.
    """
    if is_server_url(path):
        from vig_annotator.store.pg_project import open_server_project

        try:
            return open_server_project(str(path))
        except ProjectFileError as exc:
            raise AuditUnavailableError(f"the export log cannot be written: {exc}") from None
    return project_file.open_file_audit_log(path)
