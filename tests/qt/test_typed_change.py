"""Views hear of an edit through one typed ``Change`` (issue 27).

The workspace's ``model_changed`` carried an untyped object that sixteen receivers read with
``getattr(change, "kinds", ())``: a misspelt field then read as "nothing changed" and mypy could not tell.
Now every receiver takes ``core.changes.Change`` and reads its fields directly.
"""

from __future__ import annotations

import ast
from pathlib import Path

from vig_annotator.core import commands
from vig_annotator.core.changes import Change
from vig_annotator.core.model import Segment

PACKAGE = Path(__file__).resolve().parents[2] / "vig_annotator"
TYPED = {"Change", "Change | None"}


def _python_files() -> list[tuple[str, ast.Module]]:
    return [(p.relative_to(PACKAGE).as_posix(), ast.parse(p.read_text("utf-8"))) for p in sorted(PACKAGE.rglob("*.py"))]


def untyped_reads(tree: ast.Module) -> list[str]:
    """Every ``getattr``/``hasattr`` whose object is a change (any name with "change" in it), as source."""
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("getattr", "hasattr")
                and node.args and "change" in ast.unparse(node.args[0]).lower()):
            found.append(ast.unparse(node))
    return found


def untyped_receivers(tree: ast.Module) -> list[str]:
    """Methods connected to a ``model_changed`` signal whose change parameter is not annotated ``Change``."""
    methods = {n.name: n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "connect"
                and isinstance(node.func.value, ast.Attribute) and node.func.value.attr == "model_changed"):
            continue
        slot = node.args[0]
        if isinstance(slot, ast.Lambda):
            continue  # a lambda that ignores the change (reading it would be caught by untyped_reads)
        method = methods.get(slot.attr) if isinstance(slot, ast.Attribute) else None
        params = method.args.args[1:] if method is not None else []
        annotation = ast.unparse(params[0].annotation) if params and params[0].annotation is not None else None
        if annotation not in TYPED:
            found.append(f"{ast.unparse(slot)}: {annotation}")
    return found


def test_the_guards_see_the_old_untyped_forms():
    old = ast.parse("class V:\n"
                    "    def __init__(self, ws):\n"
                    "        ws.model_changed.connect(self._on_model_changed)\n"
                    "        ws.model_changed.connect(self._other)\n"
                    "        ws.model_changed.connect(lambda _c: self.reload())\n"
                    "    def _on_model_changed(self, change: object) -> None:\n"
                    "        if 'source' in getattr(change, 'kinds', ()):\n"
                    "            hasattr(self.last_change, 'keys')\n"
                    "    def _other(self, change: Change) -> None:\n"
                    "        getattr(self, 'x')\n")
    assert untyped_reads(old) == ["getattr(change, 'kinds', ())", "hasattr(self.last_change, 'keys')"]
    assert untyped_receivers(old) == ["self._on_model_changed: object"]


def test_no_change_is_read_with_getattr_and_every_receiver_takes_a_typed_change():
    reads, receivers = [], []
    for name, tree in _python_files():
        reads += [f"{name}: {r}" for r in untyped_reads(tree)]
        receivers += [f"{name}: {r}" for r in untyped_receivers(tree)]
    assert reads == []
    assert receivers == []


def test_the_workspace_tells_views_a_change_naming_what_the_edit_touched(qtbot, blank_project):
    from vig_annotator.qt.workspace import Workspace

    ws = Workspace()
    ws.set_project(blank_project)
    heard: list[object] = []
    ws.model_changed.connect(heard.append)
    ws.refused.connect(heard.append)
    ws.run(commands.add_segments([Segment(1, 1, "touch", 1000, 2500)], "Code"))
    ws.do_undo()
    assert len(heard) == 2 and all(isinstance(c, Change) for c in heard)
    assert [(c.kinds, c.keys, c.session_ids, c.start_ms, c.end_ms) for c in heard if isinstance(c, Change)] == [
        (frozenset({"segment"}), frozenset({("segment", 1)}), frozenset({1}), 1000, 2500)] * 2
