"""Where a project lives: a ``.vigproj`` file, or ``postgresql://host/db?project=NAME`` on a lab's server.

A server URL names the database the libpq way (host, port, database, and any libpq option in the
query) plus the project inside it; credentials come from the usual PostgreSQL environment variables
or ``~/.pgpass`` and are never written into a project.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from vig_annotator.store.errors import ProjectFileError

PROJECT_SUFFIX = ".vigproj"
"""A project file's name ends so (a server project is named by a URL instead)."""
SCHEMES = ("postgresql", "postgres")
PROJECT_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
SCHEMA_PREFIX = "vig_"


class BadServerURLError(ProjectFileError):
    """A server URL without a valid project name, or with a password in it."""


def is_server_url(location: object) -> bool:
    """True when ``location`` names a project on a PostgreSQL server rather than a file."""
    return isinstance(location, str) and location.split("://", 1)[0].lower() in SCHEMES and "://" in location


@dataclass(frozen=True)
class ServerProject:
    """A project on a server: what libpq connects to, the project's name, and its schema."""

    conninfo: str
    name: str
    url: str

    @property
    def schema(self) -> str:
        return SCHEMA_PREFIX + self.name

    @property
    def channel(self) -> str:
        """The LISTEN/NOTIFY channel on which every commit to this project is announced."""
        return SCHEMA_PREFIX + self.name

    def __str__(self) -> str:
        return self.url


def parse(url: str) -> ServerProject:
    """Split a project URL into the libpq connection string and the project name (BadServerURLError)."""
    parts = urlsplit(url)
    if parts.password:
        raise BadServerURLError(
            f"{_shown(url)}: has a password in it; put it in ~/.pgpass or PGPASSWORD instead, so it is never stored")
    query = parse_qsl(parts.query, keep_blank_values=True)
    names = [v for k, v in query if k == "project"]
    if len(names) != 1 or not names[0]:
        raise BadServerURLError(f"{url}: names no project; add ?project=NAME (lower-case letters, digits, _)")
    name = names[0]
    if not PROJECT_NAME.fullmatch(name):
        raise BadServerURLError(
            f"{url}: the project name {name!r} is not allowed; use up to 40 lower-case letters, digits and _, "
            "starting with a letter")
    rest = [(k, v) for k, v in query if k != "project"]
    # Not urlunsplit: it drops the "//" of an empty host (postgresql:///db: libpq's PGHOST or default socket).
    conninfo = f"postgresql://{parts.netloc}{parts.path}" + (f"?{urlencode(rest)}" if rest else "")
    return ServerProject(conninfo, name, url)


def _shown(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def display_name(location: str) -> str:
    """A project's name for a window title: the file's name, or the team project's name and server."""
    if not is_server_url(location):
        from pathlib import Path

        return Path(location).name
    try:
        where = parse(location)
    except BadServerURLError:
        return location
    host = urlsplit(where.conninfo).hostname or "local server"
    return f"{where.name} (team project on {host if not host.startswith('/') else 'this computer'})"


_SESSION_ID = re.compile(r"[0-9]{1,12}")


def project_of(spec: str) -> str:
    """The project named by ``PROJECT::SESSION`` or ``PROJECT`` (the last ``::`` separates the session)."""
    path, sep, _session = spec.rpartition("::")
    return path if sep else spec


def project_session(spec: str) -> tuple[str, int | None]:
    """``PROJECT::SESSION`` as (project, session id); ``PROJECT`` alone as (project, None).

    The last ``::`` separates the session, so a server URL with ``::`` in its address still works.
    Raises ``ValueError`` naming the text when what follows ``::`` is not a session id.
    """
    path = project_of(spec)
    if path == spec:
        return spec, None
    session = spec[len(path) + 2:]
    if not _SESSION_ID.fullmatch(session):
        raise ValueError(f"{spec}: the session after '::' must be a number (see `vig-annotator info`)")
    return path, int(session)
