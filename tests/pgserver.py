"""A throwaway PostgreSQL cluster in a temporary folder, for the tests and the team benchmark.

The server refuses to run as root, so when the tests run as root the cluster belongs to an
unprivileged system user (``postgres`` if Debian's package made it, else ``nobody``) and every
server program runs through ``runuser``. It listens only on a unix socket inside its folder, with
trust authentication: nothing outside the folder can reach it and nothing is left behind.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

ADMIN = "vig_admin"
DATABASE = "vig"


def server_bin() -> Path | None:
    """The folder of Debian's (or any) PostgreSQL server programs, newest version first; None if absent."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    return Path(candidates[-1]).parent if candidates else None


def _server_user() -> str | None:
    """The unprivileged user that owns the cluster when we are root (None when we are not root)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and no unprivileged user (postgres, nobody) to run the server as")


class Cluster:
    """One running throwaway cluster: ``url(project)`` names a project on it; ``stop``/``start`` for fault tests."""

    def __init__(self, fsync: bool = False) -> None:
        bindir = server_bin()
        if bindir is None:
            raise RuntimeError("the PostgreSQL server programs (initdb, pg_ctl) are not installed")
        self.bindir = bindir
        self.user = _server_user()
        # In /tmp, not under pytest's folders: the server user must reach it, and a unix socket's path is
        # limited to about 100 characters.
        self.folder = Path(tempfile.mkdtemp(prefix="vig-pg-", dir="/tmp" if os.path.isdir("/tmp") else None))
        self.data = self.folder / "data"
        self.socket_dir = self.folder
        self.log = self.folder / "server.log"
        self.fsync = fsync
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        os.chmod(self.folder, 0o755)
        try:
            self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", ADMIN, "-E", "UTF8",
                      "--no-sync", "--locale=C")
            self.start()
            self._run("createdb", "-h", str(self.socket_dir), "-U", ADMIN, DATABASE)
        except BaseException:
            self.remove()
            raise

    def _run(self, program: str, *args: str) -> str:
        command = [str(self.bindir / program), *args]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.folder, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{program} failed: {done.stderr.strip() or done.stdout.strip()}")
        return done.stdout

    def start(self) -> None:
        options = f"-k {self.socket_dir} -c listen_addresses='' -c max_connections=100"
        if not self.fsync:
            options += " -F"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    @property
    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def url(self, project: str, user: str = ADMIN) -> str:
        """A project URL on this cluster (the socket folder is the host, as libpq spells it)."""
        return f"postgresql://{quote(str(self.socket_dir), safe='')}/{DATABASE}?user={user}&project={project}"

    def admin_dsn(self) -> str:
        return f"host={self.socket_dir} dbname={DATABASE} user={ADMIN}"

    def remove(self) -> None:
        if self.running:
            try:
                self.stop("immediate")
            except RuntimeError:
                pass
        shutil.rmtree(self.folder, ignore_errors=True)
