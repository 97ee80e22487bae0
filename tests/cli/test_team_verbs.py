"""Every verb takes a team project's URL as its PROJECT: new, info, export (logged on the server), member."""

from __future__ import annotations

import json

from inprocess import run_cli

from vig_annotator.store.opening import open_project

_names = iter(range(1, 10_000))


def test_new_info_and_export_work_on_a_server_project(pg_cluster, demo_copy, tmp_path):
    url = pg_cluster.url(f"verbs{next(_names)}")
    made = run_cli("new", url, "--scheme", "demo", "--coder", "AB", "--clip", demo_copy.with_name("demo_clip.mp4"))
    assert made.status == 0, made.err
    info = run_cli("info", url, "--json")
    assert info.status == 0, info.err
    facts = json.loads(info.out)
    assert [c["initials"] for c in facts["coders"]] == ["AB"] and len(facts["sessions"]) == 1
    out = tmp_path / "coded.csv"
    exported = run_cli("export", url, "-f", "csv", "-o", out)
    assert exported.status == 0, exported.err
    assert out.read_text(encoding="utf-8").startswith("case_id,")
    project = open_project(url, read_only=True)
    try:
        assert [r.what for r in project.export_log] and "csv" in project.export_log[0].what
    finally:
        project.close()


def test_a_server_that_cannot_be_reached_is_one_line_and_status_2():
    result = run_cli("info", "postgresql://nohost.invalid/db?project=x")
    assert result.status == 2
    assert "cannot reach the server" in result.err and len(result.err.strip().splitlines()) == 1


def test_a_url_with_a_password_is_refused_and_the_password_is_not_echoed():
    result = run_cli("info", "postgresql://me:hunter2@lab.example/db?project=x")
    assert result.status == 2 and "~/.pgpass" in result.err and "hunter2" not in result.err


def test_import_into_a_server_project_lands_there(pg_cluster, demo_copy, tmp_path):
    url = pg_cluster.url(f"verbs{next(_names)}")
    clip = demo_copy.with_name("demo_clip.mp4")
    assert run_cli("new", url, "--scheme", "demo", "--coder", "AB", "--clip", clip).status == 0
    table = tmp_path / "demo.csv"
    assert run_cli("export", demo_copy, "-f", "csv", "-o", table, "--session", "1").status == 0
    imported = run_cli("import", url, table, "--coder", "ZZ")
    assert imported.status == 0, imported.err
    project = open_project(url, read_only=True)
    try:
        assert len(project.sessions) == 2 and any(c.initials == "ZZ" for c in project.coders)
    finally:
        project.close()


def test_member_lets_a_database_user_code_as_one_coder(pg_cluster, demo_copy):

    url = pg_cluster.url(f"verbs{next(_names)}")
    assert run_cli("push", demo_copy, url).status == 0
    pg_cluster.add_role("coder_cli")
    done = run_cli("member", url, "coder_cli", "--coder", "1")
    assert done.status == 0 and "coder_cli now works on the project as coder 1" in done.out
    as_coder = run_cli("info", url.replace("user=vig_admin", "user=coder_cli"), "--json")
    assert as_coder.status == 0, as_coder.err
    assert json.loads(as_coder.out)["sessions"]  # the member can read the project
    refused = run_cli("member", url, "nobody_such_role", "--trainer")
    assert refused.status == 2 and "nobody_such_role" in refused.err
