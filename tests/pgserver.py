"""A throwaway PostgreSQL cluster in a temporary folder, for the tests and the team benchmark.

The server refuses to run as root, so when the tests run as root the cluster belongs to an
unprivileged system user (``postgres`` if Debian's package made it, else ``nobody``) and every
server program runs through ``runuser``. It listens on a unix socket inside its folder (and, with
``tcp=True``, on a free port of 127.0.0.1 only). The administrator who made the cluster logs in over
the socket without a password (the bootstrap); every other login (the members :meth:`Cluster.add_role`
makes) needs its password, checked by SCRAM-SHA-256, read from the cluster's own pgpass file, which
each URL names. With ``ssl=True`` the server speaks TLS with a certificate signed by a throwaway CA
(``ca_file``) and refuses unencrypted TCP logins. Nothing outside the folder is touched.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
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


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now (bound, read, closed)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    """One running throwaway cluster: ``url(project, user)`` names a project on it; ``stop``/``start`` for faults."""

    def __init__(self, fsync: bool = False, tcp: bool = False, ssl: bool = False) -> None:
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
        self.passfile = self.folder / "pgpass"
        self.passfile.write_text("")
        self.passfile.chmod(0o600)
        self.fsync = fsync
        self.ssl = ssl
        self.port = free_port() if (tcp or ssl) else None
        self.ca_file = self.folder / "ca.crt"
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        os.chmod(self.folder, 0o755)
        try:
            self._run("initdb", "-D", str(self.data), "-A", "scram-sha-256", "--auth-local=trust", "-U", ADMIN,
                      "-E", "UTF8", "--no-sync", "--locale=C")
            self._write_hba()
            if ssl:
                self._make_certificates()
            self._start_on_a_free_port()
            self._run("createdb", "-h", str(self.socket_dir), "-p", str(self.port or 5432), "-U", ADMIN, DATABASE)
        except BaseException:
            self.remove()
            raise

    def _write_hba(self) -> None:
        lines = [f"local all {ADMIN} trust", "local all all scram-sha-256"]
        if self.ssl:
            lines += ["hostssl all all 127.0.0.1/32 scram-sha-256", "hostnossl all all 127.0.0.1/32 reject"]
        elif self.port is not None:
            lines.append("host all all 127.0.0.1/32 scram-sha-256")
        self._write_server_file(self.data / "pg_hba.conf", "\n".join(lines) + "\n", 0o600)

    def _write_server_file(self, path: Path, text: str, mode: int) -> None:
        path.write_text(text)
        path.chmod(mode)
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(path, entry.pw_uid, entry.pw_gid)

    def _make_certificates(self) -> None:
        """A throwaway CA and a server certificate for 127.0.0.1 signed by it (openssl)."""
        ca_key, key, request = self.folder / "ca.key", self.data / "server.key", self.folder / "server.csr"
        ext = self.folder / "server.ext"
        ext.write_text("subjectAltName = IP:127.0.0.1\n")

        def openssl(*args: str) -> None:
            subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=60)

        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(ca_key), "-out", str(self.ca_file),
                "-days", "2", "-subj", "/CN=vig throwaway CA")
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(request),
                "-subj", "/CN=127.0.0.1")
        openssl("x509", "-req", "-in", str(request), "-CA", str(self.ca_file), "-CAkey", str(ca_key),
                "-CAcreateserial", "-out", str(self.data / "server.crt"), "-days", "2", "-extfile", str(ext))
        for path, mode in ((key, 0o600), (self.data / "server.crt", 0o644)):
            self._write_server_file(path, path.read_text(), mode)

    def _run(self, program: str, *args: str) -> str:
        command = [str(self.bindir / program), *args]
        if self.user is not None:
            command = ["runuser", "-u", self.user, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.folder, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{program} failed: {done.stderr.strip() or done.stdout.strip()}")
        return done.stdout

    def start(self) -> None:
        listen = f"-c listen_addresses=127.0.0.1 -p {self.port}" if self.port is not None else "-c listen_addresses=''"
        options = f"-k {self.socket_dir} {listen} -c max_connections=100"
        if self.ssl:
            options += " -c ssl=on"
        if not self.fsync:
            options += " -F"
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "-t", "60", "start")

    def _start_on_a_free_port(self) -> None:
        """Start; a TCP port taken between :func:`free_port` and the start (by a parallel test run) is replaced."""
        for _attempt in range(5):
            try:
                self.start()
                return
            except RuntimeError:
                log = self.log.read_text(errors="replace") if self.log.exists() else ""
                if self.port is None or "could not bind" not in log:
                    raise
                self.port = free_port()
        self.start()

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    @property
    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def add_role(self, name: str, *options: str) -> str:
        """A login role with its own password (SCRAM), kept in this cluster's pgpass file; returns the password."""
        password = secrets.token_urlsafe(18)
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.admin_dsn(), autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            verb = "ALTER" if exists else "CREATE"
            conn.execute(sql.SQL(verb + " ROLE {} LOGIN PASSWORD {} " + " ".join(options)).format(
                sql.Identifier(name), sql.Literal(password)))
        lines = [line for line in self.passfile.read_text().splitlines() if line.split(":")[3:4] != [name]]
        lines.append(f"*:*:*:{name}:{password}")
        self.passfile.write_text("\n".join(lines) + "\n")
        return password

    def url(self, project: str, user: str = ADMIN) -> str:
        """A project URL on this cluster (the socket folder is the host, as libpq spells it), logging in as ``user``."""
        port = f":{self.port}" if self.port is not None else ""
        return (f"postgresql://{quote(str(self.socket_dir), safe='')}{port}/{DATABASE}?user={user}"
                f"&passfile={quote(str(self.passfile), safe='')}&project={project}")

    def tcp_url(self, project: str, user: str, sslmode: str = "verify-full") -> str:
        """A project URL over TCP on 127.0.0.1 (this cluster must listen there), checking the server's certificate."""
        ssl = f"&sslmode={sslmode}&sslrootcert={quote(str(self.ca_file), safe='')}" if self.ssl else ""
        return (f"postgresql://127.0.0.1:{self.port}/{DATABASE}?user={user}"
                f"&passfile={quote(str(self.passfile), safe='')}{ssl}&project={project}")

    def dsn(self, user: str = ADMIN) -> str:
        """A libpq connection string for ``user`` over the socket (with the cluster's pgpass file)."""
        return f"host={self.socket_dir} port={self.port or 5432} dbname={DATABASE} user={user} passfile={self.passfile}"

    def admin_dsn(self) -> str:
        return f"host={self.socket_dir} port={self.port or 5432} dbname={DATABASE} user={ADMIN}"

    def remove(self) -> None:
        if self.running:
            try:
                self.stop("immediate")
            except RuntimeError:
                pass
        shutil.rmtree(self.folder, ignore_errors=True)
