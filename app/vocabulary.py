"""The closed lists of the method, each value with the label the shop owner reads.

Levels use one scale everywhere: needs, know-how, objectives and the review. Every label is
an English text marked for translation in the "vocabulary" context.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum

from app.i18n import QT_TRANSLATE_NOOP, Message, message


def _label(source: str) -> Message:
    return message("vocabulary", source)


class Level(IntEnum):
    NEVER_DONE = 0
    HAS_TRIED = 1
    WITH_HELP = 2
    ON_OWN = 3
    CAN_TEACH = 4


LEVEL_LABELS: dict[Level, Message] = {
    Level.NEVER_DONE: _label(QT_TRANSLATE_NOOP("vocabulary", "Never done it")),
    Level.HAS_TRIED: _label(QT_TRANSLATE_NOOP("vocabulary", "Has tried it")),
    Level.WITH_HELP: _label(QT_TRANSLATE_NOOP("vocabulary", "With help")),
    Level.ON_OWN: _label(QT_TRANSLATE_NOOP("vocabulary", "On their own")),
    Level.CAN_TEACH: _label(QT_TRANSLATE_NOOP("vocabulary", "Can teach it")),
}
LOWEST_LEVEL = min(Level)
HIGHEST_LEVEL = max(Level)


class Priority(IntEnum):
    FIRST = 1
    SECOND = 2
    LATER = 3


PRIORITY_LABELS: dict[Priority, Message] = {
    Priority.FIRST: _label(QT_TRANSLATE_NOOP("vocabulary", "First priority")),
    Priority.SECOND: _label(QT_TRANSLATE_NOOP("vocabulary", "Second priority")),
    Priority.LATER: _label(QT_TRANSLATE_NOOP("vocabulary", "Can wait")),
}


class Weekday(IntEnum):
    """Monday is 0, as in :meth:`datetime.date.weekday`."""

    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


WEEKDAY_LABELS: dict[Weekday, Message] = {
    Weekday.MONDAY: _label(QT_TRANSLATE_NOOP("vocabulary", "Monday")),
    Weekday.TUESDAY: _label(QT_TRANSLATE_NOOP("vocabulary", "Tuesday")),
    Weekday.WEDNESDAY: _label(QT_TRANSLATE_NOOP("vocabulary", "Wednesday")),
    Weekday.THURSDAY: _label(QT_TRANSLATE_NOOP("vocabulary", "Thursday")),
    Weekday.FRIDAY: _label(QT_TRANSLATE_NOOP("vocabulary", "Friday")),
    Weekday.SATURDAY: _label(QT_TRANSLATE_NOOP("vocabulary", "Saturday")),
    Weekday.SUNDAY: _label(QT_TRANSLATE_NOOP("vocabulary", "Sunday")),
}


#: The months, January first: a planning's title ("March 2027", "mars 2027").
MONTH_LABELS: tuple[Message, ...] = tuple(
    _label(name)
    for name in (
        QT_TRANSLATE_NOOP("vocabulary", "January"),
        QT_TRANSLATE_NOOP("vocabulary", "February"),
        QT_TRANSLATE_NOOP("vocabulary", "March"),
        QT_TRANSLATE_NOOP("vocabulary", "April"),
        QT_TRANSLATE_NOOP("vocabulary", "May"),
        QT_TRANSLATE_NOOP("vocabulary", "June"),
        QT_TRANSLATE_NOOP("vocabulary", "July"),
        QT_TRANSLATE_NOOP("vocabulary", "August"),
        QT_TRANSLATE_NOOP("vocabulary", "September"),
        QT_TRANSLATE_NOOP("vocabulary", "October"),
        QT_TRANSLATE_NOOP("vocabulary", "November"),
        QT_TRANSLATE_NOOP("vocabulary", "December"),
    )
)


class PartOfDay(IntEnum):
    MORNING = 0
    AFTERNOON = 1


PART_OF_DAY_LABELS: dict[PartOfDay, Message] = {
    PartOfDay.MORNING: _label(QT_TRANSLATE_NOOP("vocabulary", "morning")),
    PartOfDay.AFTERNOON: _label(QT_TRANSLATE_NOOP("vocabulary", "afternoon")),
}


class AgeBand(StrEnum):
    UNDER_25 = "under_25"
    FROM_25_TO_39 = "25_39"
    FROM_40_TO_54 = "40_54"
    FROM_55 = "55_plus"


AGE_BAND_LABELS: dict[AgeBand, Message] = {
    AgeBand.UNDER_25: _label(QT_TRANSLATE_NOOP("vocabulary", "Under 25")),
    AgeBand.FROM_25_TO_39: _label(QT_TRANSLATE_NOOP("vocabulary", "25 to 39")),
    AgeBand.FROM_40_TO_54: _label(QT_TRANSLATE_NOOP("vocabulary", "40 to 54")),
    AgeBand.FROM_55: _label(QT_TRANSLATE_NOOP("vocabulary", "55 and over")),
}


#: The choice for a question left unanswered.
NOT_SAID = _label(QT_TRANSLATE_NOOP("vocabulary", "Not said"))


class Temperament(StrEnum):
    """How a person comes across when explaining: what a mentee needs from a mentor."""

    UNKNOWN = ""
    PATIENT = "patient"
    LIVELY = "lively"


TEMPERAMENT_LABELS: dict[Temperament, Message] = {
    Temperament.UNKNOWN: NOT_SAID,
    Temperament.PATIENT: _label(QT_TRANSLATE_NOOP("vocabulary", "Patient, takes their time")),
    Temperament.LIVELY: _label(QT_TRANSLATE_NOOP("vocabulary", "Lively, goes fast")),
}


class LearningStyle(StrEnum):
    """How a person prefers to learn, and so how they tend to teach."""

    UNKNOWN = ""
    SHOWN = "shown"
    TRY = "try"
    READ = "read"


LEARNING_STYLE_LABELS: dict[LearningStyle, Message] = {
    LearningStyle.UNKNOWN: NOT_SAID,
    LearningStyle.SHOWN: _label(QT_TRANSLATE_NOOP("vocabulary", "Likes to be shown")),
    LearningStyle.TRY: _label(QT_TRANSLATE_NOOP("vocabulary", "Likes to try by themselves")),
    LearningStyle.READ: _label(QT_TRANSLATE_NOOP("vocabulary", "Likes a written memo")),
}


class TopicKind(StrEnum):
    DIGITAL = "digital"
    MANUAL = "manual"
    OTHER = "other"


TOPIC_KIND_LABELS: dict[TopicKind, Message] = {
    TopicKind.DIGITAL: _label(QT_TRANSLATE_NOOP("vocabulary", "Digital")),
    TopicKind.MANUAL: _label(QT_TRANSLATE_NOOP("vocabulary", "Manual")),
    TopicKind.OTHER: _label(QT_TRANSLATE_NOOP("vocabulary", "Other")),
}


class MethodRule(StrEnum):
    """The rules of the method an owner may set aside on purpose, once asked (the
    ``despite`` of the core's calls)."""

    BETTER_APART = "better_apart"
    NOT_FREE = "not_free"
    #: A decision at the review finishes a pair whose sessions are still to come.
    SESSIONS_TO_COME = "sessions_to_come"
    #: A session set by hand on a day the shop is closed (a day off, a closure).
    SHOP_CLOSED = "shop_closed"
    #: A session set by hand after the programme's last day.
    AFTER_THE_END = "after_the_end"


class Affinity(StrEnum):
    GET_ALONG = "get_along"
    NEUTRAL = "neutral"
    AVOID = "avoid"


AFFINITY_LABELS: dict[Affinity, Message] = {
    Affinity.GET_ALONG: _label(QT_TRANSLATE_NOOP("vocabulary", "Get along well")),
    Affinity.NEUTRAL: _label(QT_TRANSLATE_NOOP("vocabulary", "Neutral")),
    Affinity.AVOID: _label(QT_TRANSLATE_NOOP("vocabulary", "Better not together")),
}


class ProgrammeState(StrEnum):
    RUNNING = "running"
    CLOSED = "closed"


class PairState(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


PAIR_STATE_LABELS: dict[PairState, Message] = {
    PairState.PROPOSED: _label(QT_TRANSLATE_NOOP("vocabulary", "Formed, not started")),
    PairState.ACTIVE: _label(QT_TRANSLATE_NOOP("vocabulary", "Under way")),
    PairState.PAUSED: _label(QT_TRANSLATE_NOOP("vocabulary", "Paused")),
    PairState.FINISHED: _label(QT_TRANSLATE_NOOP("vocabulary", "Finished")),
    PairState.STOPPED: _label(QT_TRANSLATE_NOOP("vocabulary", "Stopped")),
}

#: Pairs that still take part in the programme's steps.
LIVE_PAIR_STATES = (PairState.PROPOSED, PairState.ACTIVE, PairState.PAUSED, PairState.FINISHED)


class SessionStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    MOVED = "moved"
    CANCELLED = "cancelled"


SESSION_STATUS_LABELS: dict[SessionStatus, Message] = {
    SessionStatus.PLANNED: _label(QT_TRANSLATE_NOOP("vocabulary", "Planned")),
    SessionStatus.DONE: _label(QT_TRANSLATE_NOOP("vocabulary", "Done")),
    SessionStatus.MOVED: _label(QT_TRANSLATE_NOOP("vocabulary", "Moved")),
    SessionStatus.CANCELLED: _label(QT_TRANSLATE_NOOP("vocabulary", "Cancelled")),
}

#: Sessions that are still to happen.
UPCOMING_SESSION_STATUSES = (SessionStatus.PLANNED, SessionStatus.MOVED)

#: How long a session can last, in minutes, whether it is planned, added by hand or logged.
SESSION_MINUTES = (5, 600)


class Role(StrEnum):
    MENTEE = "mentee"
    MENTOR = "mentor"


class YesNo(StrEnum):
    UNKNOWN = ""
    YES = "yes"
    PARTLY = "partly"
    NO = "no"


YES_NO_LABELS: dict[YesNo, Message] = {
    YesNo.UNKNOWN: _label(QT_TRANSLATE_NOOP("vocabulary", "Not answered")),
    YesNo.YES: _label(QT_TRANSLATE_NOOP("vocabulary", "Yes")),
    YesNo.PARTLY: _label(QT_TRANSLATE_NOOP("vocabulary", "Partly")),
    YesNo.NO: _label(QT_TRANSLATE_NOOP("vocabulary", "No")),
}


class Decision(StrEnum):
    UNDECIDED = ""
    RENEW = "renew"
    SWAP_ROLES = "swap_roles"
    STOP = "stop"


DECISION_LABELS: dict[Decision, Message] = {
    Decision.UNDECIDED: _label(QT_TRANSLATE_NOOP("vocabulary", "Not decided yet")),
    Decision.RENEW: _label(QT_TRANSLATE_NOOP("vocabulary", "Renew the pair")),
    Decision.SWAP_ROLES: _label(QT_TRANSLATE_NOOP("vocabulary", "Swap the roles")),
    Decision.STOP: _label(QT_TRANSLATE_NOOP("vocabulary", "Stop here")),
}


class Health(StrEnum):
    """The badge of a pair on the dashboard."""

    NOT_STARTED = "not_started"
    ON_TRACK = "on_track"
    LATE = "late"
    STALLED = "stalled"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


HEALTH_LABELS: dict[Health, Message] = {
    Health.NOT_STARTED: _label(QT_TRANSLATE_NOOP("vocabulary", "Not started")),
    Health.ON_TRACK: _label(QT_TRANSLATE_NOOP("vocabulary", "On track")),
    Health.LATE: _label(QT_TRANSLATE_NOOP("vocabulary", "Late")),
    Health.STALLED: _label(QT_TRANSLATE_NOOP("vocabulary", "Stalled")),
    Health.PAUSED: _label(QT_TRANSLATE_NOOP("vocabulary", "Paused")),
    Health.FINISHED: _label(QT_TRANSLATE_NOOP("vocabulary", "Finished")),
    Health.STOPPED: _label(QT_TRANSLATE_NOOP("vocabulary", "Stopped")),
}
