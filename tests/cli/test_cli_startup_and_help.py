"""The command line starts without the heavy libraries and gives every verb and option a line of help."""

from __future__ import annotations

import argparse
import subprocess
import sys

from vig_annotator.cli import VERBS, build_parser, verb_module

HEAVY = ("pandas", "sklearn", "scipy", "xlsxwriter", "krippendorff", "av", "PySide6")


def loaded_after(*argv: str) -> set[str]:
    code = ("import sys, contextlib, io\nfrom vig_annotator.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try:\n        main(sys.argv[1:])\n    except SystemExit:\n        pass\n"
            f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_version_help_and_info_load_no_heavy_library(demo_copy):
    assert loaded_after("--version") == set()
    assert loaded_after("--help") == set()
    assert loaded_after("info", str(demo_copy)) == set()


def test_info_counts_segments_without_loading_them(demo_copy):
    from vig_annotator.cli.project_verbs import describe
    from vig_annotator.store.opening import open_project

    full = open_project(demo_copy, read_only=True)
    lazy = open_project(demo_copy, read_only=True, segments=False)
    try:
        assert lazy.entities["segment"] == {}
        assert [s["segments"] for s in describe(lazy)["sessions"]] == [
            len(full.segments(s.id)) for s in full.sessions]
    finally:
        full.close()
        lazy.close()


def all_parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                yield from all_parsers(child)


def test_every_verb_and_option_has_one_line_of_help():
    for verb, (module, help_line) in VERBS.items():
        parser = build_parser(verb)
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        registered = {c.dest: c.help for c in sub._choices_actions}
        assert registered[verb] == help_line, f"{verb}: VERBS and {module}.register disagree"
        for p in all_parsers(sub.choices[verb]):
            for action in p._actions:
                if isinstance(action, argparse._HelpAction):
                    continue
                assert action.help and "\n" not in action.help, f"{p.prog} {action.dest} has no help"


def test_the_verb_table_lists_exactly_what_the_modules_register():
    modules = {module for module, _help in VERBS.values()}
    for module in modules:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        verb_module(module).register(sub)
        assert set(sub.choices) == {v for v, (m, _h) in VERBS.items() if m == module}


def test_exercise_rules_offered_are_the_ones_scored():
    from vig_annotator.cli.agree_verbs import RULES
    from vig_annotator.reliability.exercises import RULES as SCORED

    assert set(RULES) == set(SCORED)
