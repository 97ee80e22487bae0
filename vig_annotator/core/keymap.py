"""Every action a user can take by menu or key, declared once.

This one table feeds the window's menus and shortcuts, the plain keys that work while coding, the
help overlay (F1), the README's key table (a test checks it) and the keys a scheme may not give its
codes. The handlers live with the window (``vig_annotator.qt.actions``); here is only what a user
sees, so it can be read without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Action:
    """One thing a user can do: where it is in the menus, its keys, and its line in the help."""

    id: str
    label: str
    menu: str = ""
    """Top-level menu it appears in ("" = keys only)."""
    shortcut: str = ""
    """Menu shortcut in Qt's notation, e.g. ``Ctrl+G``."""
    keys: tuple[str, ...] = ()
    """Plain keys that do it while coding (not while typing text); they can never be code keys."""
    help_keys: str = ""
    help: str = ""
    """The help line; "" = covered by another action's line or not listed."""
    tip: str = ""
    submenu: str = ""
    """A submenu of ``menu`` it appears in ("" = the menu itself)."""


MENUS = ("File", "Edit", "Play", "View", "Reliability", "Analysis", "Help")

ACTIONS: tuple[Action, ...] = (
    # File
    Action("new_project", "&New project…", "File", "Ctrl+N"),
    Action("open_project", "&Open project…", "File", "Ctrl+O"),
    Action("open_team_project", "Open &team project…", "File",
           tip="Open a project on your lab's PostgreSQL server (postgresql://HOST/DATABASE?project=NAME)"),
    Action("open_demo", "Open the &demo project", "File"),
    Action("close_project", "&Close project", "File", "Ctrl+W",
           tip="Close the project (every edit is already saved) and show the start page"),
    Action("add_clips", "&Add clips…", "File", "Ctrl+Shift+A"),
    Action("new_session", "New &session…", "File"),
    Action("relink_clip", "Re&link missing clip…", "File"),
    Action("clip_details", "Clip &details and consent…", "File"),
    Action("add_camera", "Add ca&mera to this clip…", "File",
           tip="Another camera's video of this interaction, aligned by its sound, a marked event or by hand"),
    Action("import_file", "&Import…", "File", "Ctrl+I"),
    Action("review_pack", "Review &pack…", "File", "Ctrl+Shift+P"),
    Action("save_still", "Save &still of this frame…", "File", "Ctrl+Shift+S"),
    Action("quit", "&Quit", "File", "Ctrl+Q"),
    # Edit
    Action("undo", "&Undo", "Edit", "Ctrl+Z", help_keys="Ctrl+Z / Ctrl+Shift+Z",
           help="Undo / redo (the Edit menu names the step)"),
    Action("redo", "&Redo", "Edit", "Ctrl+Shift+Z"),
    Action("delete_segments", "&Delete segments", "Edit", "Del", help_keys="Delete",
           help="Delete the selected segments"),
    Action("copy_segments", "&Copy segments", "Edit", "Ctrl+C", help_keys="Ctrl+C / Ctrl+V",
           help="Copy selected segments / paste them at the playhead"),
    Action("paste_segments", "&Paste at playhead", "Edit", "Ctrl+V"),
    Action("reaction_lag", "Reaction &lag…", "Edit", tip="Shift key-press times back by your reaction time"),
    Action("problems", "Check the project for &problems…", "Edit",
           tip="List anything in the project that breaks a rule (overlaps, values, times), to repair it"),
    # Play
    Action("play_pause", "Play / pause", "Play", keys=("Space",), help_keys="Space", help="Play / pause"),
    Action("shuttle_back", "Shuttle backwards", "", keys=("J",), help_keys="J / K / L",
           help="Shuttle: step backwards (repeat: faster) / pause / play forwards (repeat: faster)"),
    Action("shuttle_stop", "Shuttle stop", "", keys=("K",)),
    Action("shuttle_forward", "Shuttle forwards", "", keys=("L",)),
    Action("step_back", "Frame back", "", keys=("Left",), help_keys="Left / Right",
           help="One frame back / forward (the true neighbouring frame)"),
    Action("step_forward", "Frame forward", "", keys=("Right",)),
    Action("second_back", "Second back", "", keys=("Shift+Left",), help_keys="Shift+Left / Shift+Right",
           help="One second back / forward"),
    Action("second_forward", "Second forward", "", keys=("Shift+Right",)),
    Action("go_start", "Start of clip", "", keys=("Home",), help_keys="Home / End", help="Start / end of the clip"),
    Action("go_end", "End of clip", "", keys=("End",)),
    Action("go_to", "&Go to time or frame…", "Play", "Ctrl+G", help_keys="Ctrl+G",
           help="Go to a timecode or frame number"),
    Action("moment_in", "Moment in", "", keys=("I",), help_keys="I / O",
           help="Mark a VIG moment's in / out at the playhead"),
    Action("moment_out", "Moment out", "", keys=("O",)),
    Action("previous_moment", "Previous moment", "", keys=("PgUp",), help_keys="PageUp / PageDown",
           help="Previous / next VIG moment"),
    Action("next_moment", "Next moment", "", keys=("PgDown",)),
    Action("loop_selection", "&Loop selection", "Play", "Ctrl+L", help_keys="Ctrl+L",
           help="Loop the selected segment or moment"),
    Action("stop_loop", "Stop looping", "Play"),
    Action("faster", "Faster", "Play", "Ctrl+]"),
    Action("slower", "Slower", "Play", "Ctrl+["),
    # View
    Action("zoom_in", "Zoom &in", "View", "Ctrl+=", help_keys="Ctrl+= / Ctrl+- / Ctrl+0",
           help="Zoom the timeline in / out / to the whole clip"),
    Action("zoom_out", "Zoom &out", "View", "Ctrl+-"),
    Action("zoom_fit", "Whole &clip", "View", "Ctrl+0"),
    Action("reset_layout", "&Reset layout", "View", tip="Put every panel back where it started"),
    Action("focus_view", "&Focus view", "View", "F11",
           tip="Only the video and the timeline; again to bring the panels back"),
    Action("language_system", "&System language", "View", submenu="&Language",
           tip="Follow the computer's language (applies when vig-annotator starts again)"),
    Action("language_en", "English", "View", submenu="&Language"),
    Action("language_nl", "Nederlands", "View", submenu="&Language"),
    Action("language_de", "Deutsch", "View", submenu="&Language"),
    # Reliability
    Action("compare_sessions", "&Compare two sessions…", "Reliability", "Ctrl+R"),
    Action("new_exercise", "&New exercise from gold sessions…", "Reliability"),
    Action("package_exercise", "Write trainee &package…", "Reliability"),
    Action("score_exercise", "&Score returned trainee packages…", "Reliability"),
    # Analysis
    Action("interaction_dynamics", "&Interaction dynamics…", "Analysis", "Ctrl+Shift+D",
           tip="Contingency, lag-sequential tables and movement synchrony for the project's sessions"),
    Action("batch_analysis", "&Batch over the project's clips…", "Analysis",
           tip="Voices or motion energy for every clip of the project, on this computer's cores, kept in the project"),
    Action("find_voices", "Find &voices…", "Analysis", "Ctrl+Shift+V",
           tip="Voiced stretches (infant / adult by pitch) and the pitch contour on the timeline, as suggestions"),
    Action("next_suggestion", "&Next suggestion", "Analysis", "F6", help_keys="F6 / Shift+F6 / F7 / F8",
           help="Voice suggestions: next / previous / accept / reject (Shift+F7: accept all in the loop or selection)"),
    Action("previous_suggestion", "&Previous suggestion", "Analysis", "Shift+F6"),
    Action("accept_suggestion", "&Accept suggestion", "Analysis", "F7"),
    Action("reject_suggestion", "&Reject suggestion", "Analysis", "F8"),
    Action("accept_suggestions_in_range", "Accept all suggestions in &range", "Analysis", "Shift+F7"),
    Action("transcript", "&Transcript…", "Analysis", "Ctrl+Shift+T", help_keys="Ctrl+Shift+T",
           help="Transcription mode: the utterance loops, type it, Enter for the next",
           tip="Transcribe the session's utterances and code their mind-mindedness"),
    # Help
    Action("shortcuts", "&Keyboard shortcuts", "Help", "F1", keys=("?",), help_keys="F1 or ?", help="This list"),
    Action("about", "&About", "Help"),
)

GESTURES: tuple[tuple[str, str], ...] = (
    ("code key (e.g. E)", "State code: start at the frame on screen; again (or inside one of its segments): "
                          "end. Point code: mark it"),
    ("Ctrl+wheel / Shift+wheel, middle-drag", "Zoom around the pointer / pan the timeline; wheel scrolls the rows"),
    ("Drag in an empty row", "Create a segment (edges snap to frames)"),
    ("Drag an edge / a body", "Resize / move (Shift: snap to other segments' edges)"),
)
"""What the mouse does, and what code keys do: in the help beside the actions."""


def action(action_id: str) -> Action:
    for a in ACTIONS:
        if a.id == action_id:
            return a
    raise KeyError(action_id)


def help_rows() -> list[tuple[str, str]]:
    """The help table: (keys, what they do), the same in the app and in the README."""
    rows = [(a.help_keys or a.shortcut, a.help) for a in ACTIONS if a.help]
    return rows + list(GESTURES)


def reserved_keys() -> dict[str, str]:
    """Single characters that work while coding and so cannot be code keys: key -> what it does."""
    found: dict[str, str] = {}
    for a in ACTIONS:
        for key in a.keys:
            char = " " if key == "Space" else key.lower() if len(key) == 1 else ""
            if char:
                found[char] = a.label.replace("&", "").lower()
    return found
