"""Why a project file cannot be opened, created or written as asked: each message names the file."""

from __future__ import annotations

from vig_annotator.core.project import Op, ReadOnlyProjectError


class ProjectFileError(Exception):
    """A project file that cannot be opened as asked; ``can_open_read_only`` offers viewing."""

    can_open_read_only = False


class NotAProjectError(ProjectFileError):
    pass


class NewerProjectError(ProjectFileError):
    pass


class DamagedProjectError(ProjectFileError):
    """A row or pinned scheme in the file cannot be read."""


class UpgradeError(ProjectFileError):
    """An older project could not be upgraded; the file is as it was."""


class ProjectExistsError(ProjectFileError, FileExistsError):
    """Creating a project where a file of that name already exists (it is never replaced)."""


class ProjectLockedError(ProjectFileError):
    """Another process is editing the project."""

    can_open_read_only = True
    holder_elsewhere = False
    """True when the editor is on another computer and cannot be checked: offer to take over."""


class HardLinkedError(ProjectFileError):
    """The file has several names; editing it under two of them could lose edits."""

    can_open_read_only = True


class ReadOnlyFileError(ProjectFileError):
    can_open_read_only = True


class EditingLostError(ProjectFileError, ReadOnlyProjectError):
    """A write refused because this window is no longer the project's editor, or the file changed under it."""


class AuditUnavailableError(ProjectFileError, PermissionError):
    """The export log cannot be written, so an export cannot be recorded."""


class EditConflictError(EditingLostError):
    """A team project's edit refused: someone else changed, added or removed one of its rows since it was read.

    The window is refreshed with the server's copy of those rows; nothing is merged by guesswork.
    """


class ServerUnavailableError(EditingLostError):
    """A team project's server could not be reached, or went away during an edit (which was not saved).

    ``ops`` holds the edit that was not saved, so the app can retry it or save the session to a file.
    """

    ops: tuple[Op, ...] = ()


class ServerRefusedError(EditingLostError):
    """A team project's server refused an edit (a constraint, a permission); nothing of it was saved."""


class NoSuchServerProjectError(ProjectFileError):
    """The database holds no project of that name (push makes one)."""
