"""One function per user operation: gather what it needs (dialogs), run it, say how it went.

Each takes the :class:`~vig_annotator.qt.shell.Shell` it runs in. Edits go through the workspace's
runner (the core's one write path); views update themselves from the change, so no operation
refreshes a view by hand. Problems are shown in a message that names the file and the reason, and
leave the project as it was.
"""
