"""Encrypted connections: a team project over TLS to a server with a throwaway CA, the certificate checked.

The server listens on a free port of 127.0.0.1 only, with ``ssl=on`` and a certificate for 127.0.0.1
signed by a CA made here (openssl), and refuses unencrypted TCP logins.
"""

from __future__ import annotations

import shutil
import subprocess

import psycopg
import pytest
from inprocess import run_cli

from vig_annotator.core import commands
from vig_annotator.core.model import Clip, Coder, Segment, Session
from vig_annotator.schemes import builtin
from vig_annotator.store.opening import create_project, open_project
from vig_annotator.store.pg_access import add_member


@pytest.fixture(scope="module")
def tls_cluster():
    import pgserver

    if pgserver.server_bin() is None or shutil.which("openssl") is None:
        pytest.skip("the PostgreSQL server programs or openssl are not installed (make test installs both)")
    cluster = pgserver.Cluster(ssl=True)
    try:
        cluster.add_role("coder_tls")
        yield cluster
    finally:
        cluster.remove()


def test_a_coder_works_on_a_team_project_over_a_verified_encrypted_connection(tls_cluster):
    scheme = builtin("demo")
    admin = create_project(tls_cluster.url("tls"))
    admin.run(commands.edit("Set up", [(None, e) for e in [
        scheme, Clip(1, "C1", "c.mp4", "1:ab", 40000, 1000, 25.0), Coder(1, "AA"),
        Session(1, 1, 1, scheme.id, scheme.version)]]), undoable=False)
    admin.close()
    add_member(tls_cluster.url("tls"), "coder_tls", 1)
    url = tls_cluster.tcp_url("tls", "coder_tls", sslmode="verify-full")
    project = open_project(url)
    try:
        assert project.backend.conn.info.pgconn.ssl_in_use  # type: ignore[attr-defined]
        project.run(commands.add_segment(Segment(project.next_id("segment"), 1, "touch", 0, 400)))
    finally:
        project.close()
    done = run_cli("info", url, "--json")
    assert done.status == 0, done.err
    with psycopg.connect(tls_cluster.dsn("coder_tls").replace(f"host={tls_cluster.socket_dir}", "host=127.0.0.1")
                         + " sslmode=require") as conn:
        assert conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").fetchone() == (True,)


def test_an_unencrypted_login_and_an_unknown_certificate_are_refused_in_one_line(tls_cluster, tmp_path):
    plain = tls_cluster.tcp_url("tls", "coder_tls").split("&sslmode=")[0] + "&sslmode=disable&project=tls"
    done = run_cli("info", plain)
    assert done.status == 2 and "cannot reach the server" in done.err and "no encryption" in done.err
    other_ca = tmp_path / "other.crt"  # a CA that did not sign the server's certificate
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(tmp_path / "k"),
                    "-out", str(other_ca), "-days", "1", "-subj", "/CN=someone else"], check=True, capture_output=True)
    wrong = tls_cluster.tcp_url("tls", "coder_tls").replace(
        str(tls_cluster.ca_file).replace("/", "%2F"), str(other_ca).replace("/", "%2F"))
    done = run_cli("info", wrong)
    assert done.status == 2 and "certificate verify failed" in done.err
    assert len(done.err.strip().splitlines()) == 1
