"""`vig-annotator import`: new or existing projects, all or nothing, one-line errors."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vig_annotator.cli", *args], capture_output=True, text=True)


def test_import_into_a_new_project_and_an_existing_one(demo_copy, tmp_path):
    boris = tmp_path / "s1.boris"
    assert cli("export", str(demo_copy), "-f", "boris", "-o", str(boris), "--session", "1").returncode == 0
    fresh = tmp_path / "fresh.vigproj"
    made = cli("import", str(fresh), str(boris), "--clip", str(tmp_path / "demo_clip.mp4"))
    assert made.returncode == 0, made.stderr
    assert "imported 33 segment(s)" in made.stdout
    into = cli("import", str(demo_copy), str(boris))
    assert into.returncode == 0 and "(demo 1.0)" in into.stdout  # the project's own scheme knows every code


def test_a_bad_import_changes_nothing_and_creates_nothing(demo_copy, tmp_path):
    bad = tmp_path / "bad.eaf"
    bad.write_text("<ANNOTATION_DOCUMENT>")
    before = hashlib.sha256(Path(demo_copy).read_bytes()).hexdigest()
    result = cli("import", str(demo_copy), str(bad))
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "not well-formed XML" in result.stderr
    assert hashlib.sha256(Path(demo_copy).read_bytes()).hexdigest() == before
    eaf = tmp_path / "s.eaf"
    cli("export", str(demo_copy), "-f", "eaf", "-o", str(eaf), "--session", "1")
    missing = cli("import", str(tmp_path / "new.vigproj"), str(eaf))
    assert missing.returncode == 2 and "give --clip VIDEO" in missing.stderr
    assert not (tmp_path / "new.vigproj").exists()
    unknown = cli("import", str(tmp_path / "other.vigproj"), str(eaf), "--clip", str(tmp_path / "demo_clip.mp4"),
                  "--scheme", "piios")
    assert unknown.returncode == 2 and "codes not in scheme piios" in unknown.stderr
    assert not (tmp_path / "other.vigproj").exists()
