"""What each declared action does: the handlers behind ``vig_annotator.core.keymap.ACTIONS``.

The keymap says what a user sees (menus, keys, help); this table says which operation runs. The
main window builds its menus and routes its plain keys from the two, so a new action is one line in
each and appears everywhere at once.
"""

from __future__ import annotations

from collections.abc import Callable

from vig_annotator.qt.operations import (
    analysis,
    cameras,
    coding,
    files,
    language,
    projects,
    reliability,
    team,
    transcript,
    transport,
    voices,
)
from vig_annotator.qt.shell import Shell

Handler = Callable[[Shell], object]

HANDLERS: dict[str, Handler] = {
    "new_project": projects.new_project,
    "open_project": projects.open_project,
    "open_team_project": team.open_team_project,
    "open_demo": projects.open_demo,
    "close_project": lambda s: s.close_project(),
    "add_clips": projects.add_clips,
    "new_session": projects.new_session,
    "relink_clip": projects.relink_current,
    "clip_details": projects.clip_details,
    "add_camera": cameras.add_camera,
    "import_file": files.import_file,
    "review_pack": files.review_pack,
    "save_still": files.save_still,
    "quit": lambda s: s.close(),
    "undo": lambda s: s.workspace.do_undo(),
    "redo": lambda s: s.workspace.do_redo(),
    "delete_segments": lambda s: s.timeline.delete_selected(),
    "copy_segments": lambda s: s.timeline.copy_selected(),
    "paste_segments": lambda s: s.timeline.paste(),
    "reaction_lag": projects.set_reaction_lag,
    "problems": projects.show_problems,
    "play_pause": lambda s: s.clock.toggle(),
    "shuttle_back": lambda s: s.show_status(s.shuttle.back()),
    "shuttle_stop": lambda s: s.shuttle.stop(),
    "shuttle_forward": lambda s: s.show_status(s.shuttle.forward()),
    "step_back": lambda s: s.clock.step(-1),
    "step_forward": lambda s: s.clock.step(1),
    "second_back": lambda s: transport.seek_by(s, -1000),
    "second_forward": lambda s: transport.seek_by(s, 1000),
    "go_start": lambda s: s.clock.seek(0),
    "go_end": transport.go_end,
    "go_to": transport.go_to,
    "moment_in": coding.mark_in,
    "moment_out": coding.mark_out,
    "previous_moment": lambda s: coding.step_moment(s, -1),
    "next_moment": lambda s: coding.step_moment(s, 1),
    "loop_selection": transport.loop_selection,
    "stop_loop": transport.stop_loop,
    "faster": lambda s: transport.change_rate(s, 1),
    "slower": lambda s: transport.change_rate(s, -1),
    "zoom_in": lambda s: s.timeline.zoom(1.5),
    "zoom_out": lambda s: s.timeline.zoom(1 / 1.5),
    "zoom_fit": lambda s: s.timeline.fit(),
    "reset_layout": lambda s: s.reset_layout(),
    "focus_view": lambda s: s.toggle_focus(),
    "language_system": lambda s: language.choose(s, ""),
    "language_en": lambda s: language.choose(s, "en"),
    "language_nl": lambda s: language.choose(s, "nl"),
    "language_de": lambda s: language.choose(s, "de"),
    "compare_sessions": reliability.compare_sessions,
    "new_exercise": reliability.new_exercise,
    "package_exercise": reliability.package_exercise,
    "score_exercise": reliability.score_exercise,
    "interaction_dynamics": analysis.show_dynamics,
    "batch_analysis": analysis.batch_analysis,
    "find_voices": voices.find_voices,
    "next_suggestion": lambda s: voices.next_suggestion(s, 1),
    "previous_suggestion": lambda s: voices.next_suggestion(s, -1),
    "accept_suggestion": voices.accept_suggestion,
    "reject_suggestion": voices.reject_suggestion,
    "accept_suggestions_in_range": voices.accept_in_range,
    "transcript": transcript.show_transcript,
    "shortcuts": lambda s: s.show_shortcuts(),
    "about": projects.about,
}

