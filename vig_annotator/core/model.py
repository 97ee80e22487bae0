"""The things a coder works with: schemes and their codes, clips, coders, sessions and codings.

Every entity is an immutable dataclass. An edit replaces an entity with a changed copy
(``dataclasses.replace``), which is what makes undo a matter of putting the old copy back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

SUBJECTS = ("parent", "infant", "dyad", "guider", "any")


class CodeKind(StrEnum):
    """A state code covers a stretch of time; a point code marks one instant."""

    STATE = "state"
    POINT = "point"


class Direction(StrEnum):
    """Which way a rated item or total points."""

    HIGHER_MORE_CONCERN = "higher_more_concern"
    HIGHER_BETTER = "higher_better"


class Purpose(StrEnum):
    """Why a session was coded."""

    CODING = "coding"
    RELIABILITY = "reliability"
    GOLD_STANDARD = "gold_standard"
    EXERCISE_ATTEMPT = "exercise_attempt"
    VIG_REVIEW = "vig_review"


class Status(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    LOCKED = "locked"


class Role(StrEnum):
    CODER = "coder"
    TRAINEE = "trainee"
    TRAINER = "trainer"
    GUIDER = "guider"


CONSENT_SCOPES = ("direct_care", "supervision", "training", "research")


@dataclass(frozen=True)
class ModifierSet:
    """A named list of options a coder picks from when coding (e.g. ``intensity``)."""

    name: str
    options: tuple[str, ...]
    multiple: bool = False
    default: tuple[str, ...] = ()


DEFAULT_COLOUR = "#4c78a8"
"""A code's colour when its scheme (or an imported file) gives none, or none that is ``#rrggbb``."""

LONG_MOMENT_MS = 10_000
"""A review moment longer than this is flagged: VIG moments are a few seconds of going well."""


@dataclass(frozen=True)
class Code:
    """One code of a scheme: what a key press or a timeline row stands for."""

    id: str
    label: str
    kind: CodeKind = CodeKind.STATE
    subject: str = "any"
    key: str = ""
    colour: str = DEFAULT_COLOUR
    group: str = ""
    exclusive_group: str = ""
    modifiers: tuple[ModifierSet, ...] = ()
    description: str = ""
    item: str = ""
    """The rated item this code gathers evidence for (PIIOS), if any."""
    principle: str = ""
    """The VIG principle this code tags, if any."""


@dataclass(frozen=True)
class ItemValue:
    value: int
    label: str = ""


@dataclass(frozen=True)
class RatedItem:
    """An item scored once per session, such as a PIIOS item scored 0, 2 or 4."""

    id: str
    number: int
    label: str
    values: tuple[ItemValue, ...]
    direction: Direction = Direction.HIGHER_MORE_CONCERN
    description: str = ""

    @property
    def allowed(self) -> tuple[int, ...]:
        return tuple(v.value for v in self.values)


@dataclass(frozen=True)
class Band:
    """A range of a composite total with a name: ``0-17 no concerns``. ``high`` None = open end."""

    low: int
    high: int | None
    label: str

    def contains(self, total: float) -> bool:
        return total >= self.low and (self.high is None or total <= self.high)


@dataclass(frozen=True)
class Composite:
    """A total over rated items, read through its bands."""

    id: str
    label: str
    items: tuple[str, ...]
    bands: tuple[Band, ...] = ()
    direction: Direction = Direction.HIGHER_MORE_CONCERN

    def band_for(self, total: float) -> Band | None:
        for band in self.bands:
            if band.contains(total):
                return band
        return None


@dataclass(frozen=True)
class Principle:
    """A VIG principle of attuned interaction, with its sub-items."""

    id: str
    number: int
    label: str
    sub_items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Scheme:
    """A coding scheme, pinned into a project by (id, version)."""

    id: str
    name: str
    version: str
    description: str = ""
    licence: str = ""
    template_note: str = ""
    subjects: tuple[str, ...] = SUBJECTS
    codes: tuple[Code, ...] = ()
    rated_items: tuple[RatedItem, ...] = ()
    composites: tuple[Composite, ...] = ()
    principles: tuple[Principle, ...] = ()

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)

    def code(self, code_id: str) -> Code:
        for code in self.codes:
            if code.id == code_id:
                return code
        raise KeyError(f"scheme {self.id} {self.version} has no code {code_id!r}")

    def has_code(self, code_id: str) -> bool:
        return any(c.id == code_id for c in self.codes)

    def item(self, item_id: str) -> RatedItem:
        for item in self.rated_items:
            if item.id == item_id:
                return item
        raise KeyError(f"scheme {self.id} {self.version} has no rated item {item_id!r}")

    def code_for_key(self, key: str) -> Code | None:
        for code in self.codes:
            if code.key and code.key == key:
                return code
        return None


@dataclass(frozen=True)
class Clip:
    """A video file a project refers to (never copies)."""

    id: int
    case_id: str
    path: str
    fingerprint: str
    duration_ms: int = 0
    frame_count: int = 0
    fps: float = 0.0
    rotation: int = 0
    has_audio: bool = False
    timing: str = "declared"
    """``probed`` when frame numbers come from the real timestamp table, else ``declared``."""
    infant_age_days: int | None = None
    context: str = ""
    consent: tuple[str, ...] = ()
    delete_by: str = ""


MAX_SOURCES = 4
"""A clip's video sources, the clip itself (the primary) included."""


@dataclass(frozen=True)
class VideoSource:
    """Another camera's video of a clip's interaction, placed on the session timeline by its offset.

    Kept with the clip, not a session, so every coder's session of the clip sees the same cameras at
    the same offsets (their codings and agreement figures stay on one time axis).
    """

    id: int
    clip_id: int
    label: str
    path: str
    fingerprint: str
    offset_ms: int = 0
    """Where this source's own time 0 falls on the session timeline (negative: it started earlier)."""
    duration_ms: int = 0
    frame_count: int = 0
    fps: float = 0.0
    rotation: int = 0
    has_audio: bool = False
    aligned_by: str = "hand"
    """How the offset was set: ``audio`` (cross-correlation), ``event`` (same event marked) or ``hand``."""
    confidence: float | None = None
    """The audio alignment's confidence (0..1) when ``aligned_by`` is ``audio``."""

    def local_ms(self, session_ms: int) -> int:
        """The source's own time at a session time."""
        return session_ms - self.offset_ms


@dataclass(frozen=True)
class Coder:
    id: int
    initials: str
    role: Role = Role.CODER


@dataclass(frozen=True)
class Session:
    """One coder coding one clip with one scheme version."""

    id: int
    clip_id: int
    coder_id: int
    scheme_id: str
    scheme_version: str
    purpose: Purpose = Purpose.CODING
    blind: bool = False
    status: Status = Status.DRAFT
    notes: str = ""

    @property
    def scheme_key(self) -> tuple[str, str]:
        return (self.scheme_id, self.scheme_version)


@dataclass(frozen=True)
class Segment:
    """A coded stretch of time (or an instant, when ``end_ms == start_ms`` for a point code)."""

    id: int
    session_id: int
    code_id: str
    start_ms: int
    end_ms: int
    start_frame: int = 0
    end_frame: int = 0
    modifiers: tuple[tuple[str, tuple[str, ...]], ...] = ()
    note: str = ""
    item: str = ""

    @property
    def duration_ms(self) -> int:
        return self.end_ms - self.start_ms

    def modifier_dict(self) -> dict[str, tuple[str, ...]]:
        return dict(self.modifiers)


@dataclass(frozen=True)
class Rating:
    """A score for one rated item in one session; ``value`` None with ``not_observable``."""

    session_id: int
    item_id: str
    value: int | None = None
    not_observable: bool = False
    note: str = ""
    evidence: tuple[int, ...] = ()


@dataclass(frozen=True)
class Moment:
    """A VIG moment: a short stretch that goes better than usual, for the shared review."""

    id: int
    session_id: int
    start_ms: int
    end_ms: int
    principles: tuple[str, ...] = ()
    caption: str = ""
    questions: str = ""
    order: int = 0
    key_ms: int | None = None
    guider_notes: str = ""


@dataclass(frozen=True)
class ExportRecord:
    """One line of the project's export log (audit trail)."""

    id: int
    when: str
    who: str
    what: str
    target: str
    override: str = ""


@dataclass(frozen=True)
class Setting:
    """A project-level key/value (exercise definitions, preferences that travel with the file)."""

    key: str
    value: Any = field(default=None)


Entity = Clip | VideoSource | Coder | Session | Segment | Rating | Moment | Scheme | ExportRecord | Setting


def entity_key(entity: Entity) -> tuple[str, Any]:
    """The identity of an entity in the project: (kind, id)."""
    if type(entity) is Segment:  # the common case by far (an import has 100,000): no other test needed
        return ("segment", entity.id)
    if isinstance(entity, Rating):
        return ("rating", (entity.session_id, entity.item_id))
    if isinstance(entity, Scheme):
        return ("scheme", entity.key)
    if isinstance(entity, Setting):
        return ("setting", entity.key)
    return (KIND_OF[type(entity)], entity.id)


KIND_OF: dict[type, str] = {
    Clip: "clip",
    VideoSource: "source",
    Coder: "coder",
    Session: "session",
    Segment: "segment",
    Rating: "rating",
    Moment: "moment",
    Scheme: "scheme",
    ExportRecord: "export",
    Setting: "setting",
}
