"""A person's file as they can read it: everything Tandem holds about them, in their
language, with names where the database keeps numbers - who they are in Tandem, their needs
and know-how by topic, their pairs with the other person's name, sessions, notes, reviews -
and what Tandem does not hold. The same facts go to a readable PDF
(``app.documents.personal``) and to a JSON file with plain keys, for a machine.

No internal field leaves: no row numbers, revision stamps, shop numbers or bit masks. Every
table that points at a person or at a pair has its place here (:data:`TABLE_SECTIONS`,
checked against the schema by the tests), so a new table cannot be forgotten.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from app.availability import describe_slot, to_slots
from app.errors import StorageProblem
from app.i18n import QT_TRANSLATE_NOOP, Translator, message, untranslated
from app.shop import get_shop
from app.storage.lookup import get_or_refuse
from app.storage.models import (
    AffinityLink,
    CalendarEvent,
    CoachingCheck,
    CoachingPoint,
    KnowHow,
    MentorCoaching,
    Need,
    Objective,
    Pair,
    PairRules,
    Person,
    Programme,
    Review,
    ReviewAnswer,
    Session,
    Topic,
)
from app.storage.problems import reason_of
from app.vocabulary import (
    AFFINITY_LABELS,
    AGE_BAND_LABELS,
    DECISION_LABELS,
    LEARNING_STYLE_LABELS,
    LEVEL_LABELS,
    PAIR_STATE_LABELS,
    PRIORITY_LABELS,
    SESSION_STATUS_LABELS,
    TEMPERAMENT_LABELS,
    WEEKDAY_LABELS,
    YES_NO_LABELS,
    Affinity,
    AgeBand,
    Decision,
    LearningStyle,
    Level,
    PairState,
    Priority,
    SessionStatus,
    Temperament,
    Weekday,
    YesNo,
)

#: Where the rows of each table about a person, or about one of their pairs, are told.
TABLE_SECTIONS: dict[str, str] = {
    "need": "wants_to_learn",
    "know_how": "can_teach",
    "affinity": "how_they_get_along",
    "pair": "pairs",
    "objective": "pairs",
    "pair_rules": "pairs",
    "session": "pairs",
    "review": "pairs",
    "review_answer": "pairs",
    "mentor_coaching": "coaching_as_mentor",
    "coaching_check": "coaching_as_mentor",
    "calendar_event": "calendar_invitations",
}

#: What Tandem never asks for, said to the person in their file.
NOT_HELD: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(
        "personal",
        "Tandem holds no address, telephone number, e-mail address, date of birth, salary, "
        "health information or photograph.",
    ),
    QT_TRANSLATE_NOOP(
        "personal",
        "Your age is kept only as a band (for example 40 to 54), if it was given at all.",
    ),
    QT_TRANSLATE_NOOP(
        "personal",
        "Everything written about you in Tandem is above; nothing else is kept in its file. "
        "Its backups hold the same data as it was on the day each was made.",
    ),
)


def _label(labels: dict[Any, Any], value: Any, translate: Translator) -> str:
    return labels[value].render(translate)


def _level(value: int | None, translate: Translator) -> str | None:
    return None if value is None else _label(LEVEL_LABELS, Level(value), translate)


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _time(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def personal_facts(
    person_id: int, translate: Translator = untranslated, today: dt.date | None = None
) -> dict[str, Any]:
    """Everything about the person, with plain keys and values in the reader's language."""
    person = get_or_refuse(Person, person_id, "person")
    return {
        "document": translate("personal", "Everything Tandem holds about {name}").format(
            name=person.name
        ),
        "shop": get_shop().name,
        "made_on": (today or dt.date.today()).isoformat(),
        "person": _who(person, translate),
        "wants_to_learn": [
            {
                "topic": need.topic.name,
                "level_now": _level(need.current_level, translate),
                "level_to_reach": _level(need.target_level, translate),
                "priority": _label(PRIORITY_LABELS, Priority(need.priority), translate),
            }
            for need in Need.select(Need, Topic).join(Topic).where(Need.person == person)
        ],
        "can_teach": [
            {"topic": skill.topic.name, "level": _level(skill.level, translate)}
            for skill in KnowHow.select(KnowHow, Topic).join(Topic).where(KnowHow.person == person)
        ],
        "how_they_get_along": _affinities(person, translate),
        "pairs": [
            _pair(pair, person, translate)
            for pair in Pair.select()
            .where((Pair.mentor == person) | (Pair.mentee == person))
            .order_by(Pair.created_at, Pair.id)
        ],
        "coaching_as_mentor": _coaching(person),
        "calendar_invitations": [
            {
                "programme": event.programme.name,
                "day": _day(event.day),
                "time": _time(event.start_time),
                "minutes": event.minutes,
                "said": event.said,
                "cancelled": event.cancelled,
            }
            for event in CalendarEvent.select()
            .where((CalendarEvent.mentor == person) | (CalendarEvent.mentee == person))
            .order_by(CalendarEvent.day)
        ],
        "not_held": [translate("personal", sentence) for sentence in NOT_HELD],
    }


def _who(person: Person, translate: Translator) -> dict[str, Any]:
    return {
        "name": person.name,
        "job": person.job,
        "year_joined": person.year_joined,
        "age_band": _label(AGE_BAND_LABELS, AgeBand(person.age_band), translate)
        if person.age_band
        else None,
        "free_half_days": [
            describe_slot(slot).render(translate) for slot in to_slots(person.availability)
        ],
        "temperament": _label(TEMPERAMENT_LABELS, Temperament(person.temperament), translate),
        "way_of_learning": _label(
            LEARNING_STYLE_LABELS, LearningStyle(person.learning_style), translate
        ),
        "notes": person.notes,
        "in_the_team": bool(person.active),
        "left_on": _day(person.left_on),
    }


def _affinities(person: Person, translate: Translator) -> list[dict[str, Any]]:
    links = AffinityLink.select().where(
        (AffinityLink.person_a == person) | (AffinityLink.person_b == person)
    )
    return [
        {
            "with": (link.person_b if link.person_a_id == person.id else link.person_a).name,
            "as_the_owner_sees_it": _label(AFFINITY_LABELS, Affinity(link.kind), translate),
        }
        for link in links
    ]


def _pair(pair: Pair, person: Person, translate: Translator) -> dict[str, Any]:
    mentor = pair.mentor_id == person.id
    rules = PairRules.get_or_none(PairRules.pair == pair)
    review = Review.get_or_none(Review.pair == pair)
    return {
        "programme": pair.programme.name,
        "role": translate("personal", "Mentor") if mentor else translate("personal", "Mentee"),
        "with": (pair.mentee if mentor else pair.mentor).name,
        "state": _label(PAIR_STATE_LABELS, PairState(pair.state), translate),
        "why_stopped": pair.stop_reason,
        "notes": pair.notes,
        "objectives": [
            {
                "topic": objective.topic.name,
                "level_before": _level(objective.level_before, translate),
                "level_to_reach": _level(objective.target_level, translate),
                "level_now": _level(objective.level_now, translate),
                "level_after": _level(objective.level_after, translate),
            }
            for objective in Objective.select(Objective, Topic)
            .join(Topic)
            .where(Objective.pair == pair)
        ],
        "own_slot": None
        if rules is None
        else {
            "day": None
            if rules.weekday is None
            else _label(WEEKDAY_LABELS, Weekday(rules.weekday), translate),
            "time": _time(rules.start_time),
            "minutes": rules.session_minutes,
            "place": rules.place,
        },
        "sessions": [
            {
                "date": _day(session.held_on),
                "first_planned_on": _day(session.planned_on),
                "time": _time(session.start_time),
                "minutes": session.minutes,
                "status": _label(SESSION_STATUS_LABELS, SessionStatus(session.status), translate),
                "topic": session.objective.topic.name if session.objective else None,
                "learnt": session.learnt,
                "to_practise": session.to_practise,
                "confidence_out_of_5": session.confidence,
                "level_reached": _level(session.level_reached, translate),
            }
            for session in Session.select().where(Session.pair == pair).order_by(Session.held_on)
        ],
        "review": None
        if review is None
        else {
            "conclusion": review.conclusion,
            "decision": _label(DECISION_LABELS, Decision(review.decision), translate)
            if review.decision
            else None,
            "reviewed_on": _day(review.reviewed_on),
        },
        "answers": [
            _answer(answer, translate)
            for answer in ReviewAnswer.select().where(ReviewAnswer.pair == pair)
        ],
    }


def _answer(answer: ReviewAnswer, translate: Translator) -> dict[str, Any]:
    def yes_no(value: str) -> str | None:
        return _label(YES_NO_LABELS, YesNo(value), translate) if value else None

    return {
        "by": translate("personal", "Mentor")
        if answer.role == "mentor"
        else translate("personal", "Mentee"),
        "satisfaction_out_of_5": answer.satisfaction,
        "can_do_alone_now": answer.can_do_alone,
        "minutes_saved_each_week": answer.minutes_saved_per_week,
        "bond_out_of_5": answer.bond,
        "ideas": answer.ideas,
        "met_as_agreed": yes_no(answer.met_as_agreed),
        "would_do_again": yes_no(answer.would_do_again),
        "comments": answer.comments,
    }


def _coaching(person: Person) -> list[dict[str, Any]]:
    found = []
    programmes = {
        row.programme_id
        for model in (MentorCoaching, CoachingCheck)
        for row in model.select(model.programme).where(model.mentor == person)
    }
    for programme in Programme.select().where(Programme.id.in_(sorted(programmes))):
        coached = MentorCoaching.get_or_none(
            (MentorCoaching.mentor == person) & (MentorCoaching.programme == programme)
        )
        found.append(
            {
                "programme": programme.name,
                "coached": bool(coached and coached.marked_coached),
                "notes": coached.notes if coached else "",
                "points_gone_through": [
                    {"point": check.point.title, "on": _day(check.done_on), "notes": check.notes}
                    for check in CoachingCheck.select(CoachingCheck, CoachingPoint)
                    .join(CoachingPoint)
                    .where(
                        (CoachingCheck.mentor == person) & (CoachingCheck.programme == programme)
                    )
                    .order_by(CoachingCheck.done_on)
                ],
            }
        )
    return found


def write_personal_json(facts: dict[str, Any], path: Path) -> Path:
    """The facts as a JSON file a text editor shows plainly (accents kept)."""
    try:
        path.write_text(json.dumps(facts, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as error:
        path.unlink(missing_ok=True)  # half a file is no file: none is left
        raise StorageProblem(
            message(
                "personal",
                QT_TRANSLATE_NOOP("personal", "Tandem could not write {file}: {reason}"),
                file=path.name,
                reason=reason_of(error, path),
            )
        ) from error
    return path
