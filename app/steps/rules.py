"""Step 4 - the rules of the game: the frame of the programme.

The frame says when the pairs meet (start, length, how often, which day and time, how long),
where, and the rules of conduct. Each pair's slot and its sessions, planned from the frame,
are in :mod:`app.sessions`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import invalid
from app.i18n import QT_TRANSLATE_NOOP, Message, message
from app.programmes import require_running
from app.shop import closed_days
from app.storage.database import transaction
from app.storage.lookup import get_or_refuse, put
from app.storage.models import Pair, Programme, ProgrammeRules, Session
from app.validation import clean_date, clean_int, clean_name, clean_note, clean_time
from app.vocabulary import WEEKDAY_LABELS, SessionStatus, Weekday

_R = "rules"

#: Starting texts for the charter, for the owner to adapt.
DEFAULT_RULE_TEXTS: dict[str, Message] = {
    "confidentiality": message(
        _R,
        QT_TRANSLATE_NOOP("rules", "What is said during a session stays between the two of you."),
    ),
    "kindness": message(
        _R,
        QT_TRANSLATE_NOOP(
            "rules",
            "No question is silly and no mistake is mocked. Each of you speaks to the other with respect.",
        ),
    ),
    "out_of_scope": message(
        _R,
        QT_TRANSLATE_NOOP(
            "rules", "Sessions are for learning, not for doing the mentee's work in their place."
        ),
    ),
}


@dataclass(frozen=True)
class RulesInfo:
    programme_id: int
    start_on: dt.date
    weeks: int
    every_weeks: int
    session_minutes: int
    weekday: Weekday
    start_time: dt.time
    place: str
    confidentiality: str
    kindness: str
    notice_days: int
    contact: str
    out_of_scope: str
    other_rules: str

    @property
    def end_on(self) -> dt.date:
        """The last day of the programme."""
        return self.start_on + dt.timedelta(weeks=self.weeks, days=-1)


def _rules_info(row: ProgrammeRules) -> RulesInfo:
    return RulesInfo(
        row.programme_id,
        row.start_on,
        row.weeks,
        row.every_weeks,
        row.session_minutes,
        Weekday(row.weekday),
        row.start_time,
        row.place,
        row.confidentiality,
        row.kindness,
        row.notice_days,
        row.contact,
        row.out_of_scope,
        row.other_rules,
    )


def open_weekday(value: object, field: str) -> Weekday:
    number = clean_int(value, field, 0, 6)
    day = Weekday(number)
    days_off, _ = closed_days()
    if day in days_off:
        raise invalid(
            field,
            QT_TRANSLATE_NOOP("validation", "The shop is closed on {day}: choose another day."),
            day=WEEKDAY_LABELS[day],
        )
    return day


def _before_the_first_held(programme_id: int, start_on: dt.date) -> None:
    """A start after a session already held would leave it outside the programme (and a
    session cannot be logged before the start): refused beside the start date."""
    first = (
        Session.select(Session.held_on)
        .join(Pair)
        .where((Pair.programme == programme_id) & (Session.status == SessionStatus.DONE.value))
        .order_by(Session.held_on)
        .first()
    )
    first_held = first.held_on if first is not None else None
    if first_held is not None and start_on > first_held:
        raise invalid(
            "start_on",
            QT_TRANSLATE_NOOP(
                "validation",
                "A session was already held on {day}: the programme cannot start after it.",
            ),
            day=first_held,
        )


def set_programme_rules(
    programme_id: int,
    *,
    start_on: object,
    weeks: object,
    every_weeks: object = 1,
    session_minutes: object = 60,
    weekday: object,
    start_time: object,
    place: str = "",
    confidentiality: str = "",
    kindness: str = "",
    notice_days: object = 2,
    contact: str = "",
    out_of_scope: str = "",
    other_rules: str = "",
) -> RulesInfo:
    """Set the frame of a programme (every field at once, as the form sends it)."""
    fields = {
        "start_on": clean_date(start_on, "start_on"),
        "weeks": clean_int(weeks, "weeks", 1, 104),
        "every_weeks": clean_int(every_weeks, "every_weeks", 1, 8),
        "session_minutes": clean_int(session_minutes, "session_minutes", 10, 480),
        "weekday": open_weekday(weekday, "weekday").value,
        "start_time": clean_time(start_time, "start_time"),
        "place": clean_name(place, "place", required=False),
        "confidentiality": clean_note(confidentiality, "confidentiality"),
        "kindness": clean_note(kindness, "kindness"),
        "notice_days": clean_int(notice_days, "notice_days", 0, 30),
        "contact": clean_name(contact, "contact", required=False),
        "out_of_scope": clean_note(out_of_scope, "out_of_scope"),
        "other_rules": clean_note(other_rules, "other_rules"),
    }
    if fields["every_weeks"] > fields["weeks"]:  # type: ignore[operator]
        raise invalid(
            "every_weeks",
            QT_TRANSLATE_NOOP(
                "validation", "The pairs must meet at least once during the programme."
            ),
        )
    with transaction():
        programme = get_or_refuse(Programme, programme_id, "programme")
        require_running(programme)
        _before_the_first_held(programme_id, fields["start_on"])  # type: ignore[arg-type]
        put(ProgrammeRules, {"programme": programme}, fields)
    result = get_programme_rules(programme_id)
    assert result is not None
    return result


def get_programme_rules(programme_id: int) -> RulesInfo | None:
    row = ProgrammeRules.get_or_none(ProgrammeRules.programme == programme_id)
    return _rules_info(row) if row else None


def proposed_rules(programme_id: int, today: dt.date | None = None) -> RulesInfo:
    """The frame Tandem proposes before the owner sets one: from next Monday, eight weekly
    sessions of an hour, on the first open day from Tuesday, at half past nine. The texts
    of the charter are left for the screen to fill in the owner's language."""
    day = today or dt.date.today()
    days_off, _ = closed_days()
    weekday = next(
        (
            Weekday((1 + shift) % 7)
            for shift in range(7)
            if Weekday((1 + shift) % 7) not in days_off
        ),
        Weekday.TUESDAY,
    )
    return RulesInfo(
        programme_id,
        start_on=day + dt.timedelta(days=7 - day.weekday()),
        weeks=8,
        every_weeks=1,
        session_minutes=60,
        weekday=weekday,
        start_time=dt.time(9, 30),
        place="",
        confidentiality="",
        kindness="",
        notice_days=2,
        contact="",
        out_of_scope="",
        other_rules="",
    )


def rules_or_proposal(programme_id: int, today: dt.date | None = None) -> RulesInfo:
    """The programme's frame, or the one Tandem proposes while none is set."""
    return get_programme_rules(programme_id) or proposed_rules(programme_id, today)


def rules_or_refuse(programme_id: int) -> RulesInfo:
    rules = get_programme_rules(programme_id)
    if rules is None:
        raise invalid(
            None,
            QT_TRANSLATE_NOOP(
                "validation", "Set the programme's frame first: start date, length and slot."
            ),
        )
    return rules
