"""The import plan read on its own: damaged input is one line naming the file, the project untouched."""

from __future__ import annotations

import shutil

from conftest import SAMPLES
from inprocess import digest, run_cli

from vig_annotator.io.export import export
from vig_annotator.store.project_file import open_project


def test_a_workbook_damaged_inside_its_zip_is_one_line_and_changes_nothing(tmp_path):
    """Found by the import fuzz test: a first byte flipped once ended in 'internal error: BadZipFile'."""
    project = tmp_path / "demo.vigproj"
    shutil.copy2(SAMPLES / "demo.vigproj", project)
    demo = open_project(project, read_only=True)
    try:
        export(demo, "xlsx", tmp_path / "rows.xlsx", [1])
    finally:
        demo.close()
    data = bytearray((tmp_path / "rows.xlsx").read_bytes())
    data[0] ^= 0xFF  # the first local header's signature; the central directory at the end is intact
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(bytes(data))
    before = digest(project)
    done = run_cli("import", project, damaged)
    assert done.status == 2 and done.err.count("\n") == 1 and "damaged.xlsx" in done.err, done.err
    assert digest(project) == before
