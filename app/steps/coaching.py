"""Step 3 - coaching the young mentors: knowing a subject is not the same as teaching it.

The shop keeps a list of coaching points (Tandem's own, plus any the owner writes). For each
mentor of a programme, points are ticked with a date and a note. A mentor counts as coached
when every active point is ticked, or when the owner marks them so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee as pw

from app.errors import invalid
from app.i18n import QT_TRANSLATE_NOOP
from app.programmes import require_running
from app.storage.database import raw_rows, transaction
from app.storage.lookup import get_or_refuse, put
from app.storage.models import CoachingCheck, CoachingPoint, MentorCoaching, Pair, Person, Programme
from app.text import sort_key
from app.validation import clean_date, clean_name, clean_note
from app.vocabulary import LIVE_PAIR_STATES


@dataclass(frozen=True)
class CoachingPointInfo:
    id: int
    title: str
    explanation: str
    position: int
    builtin: bool


@dataclass(frozen=True)
class CheckInfo:
    point_id: int
    title: str
    done_on: dt.date | None
    notes: str


@dataclass(frozen=True)
class MentorCoachingInfo:
    mentor_id: int
    mentor_name: str
    checks: tuple[CheckInfo, ...]
    marked_coached: bool
    notes: str

    @property
    def points_done(self) -> int:
        return sum(1 for check in self.checks if check.done_on is not None)

    @property
    def coached(self) -> bool:
        return self.marked_coached or (bool(self.checks) and self.points_done == len(self.checks))


# --- the points ---------------------------------------------------------------------------


def _point_info(row: CoachingPoint) -> CoachingPointInfo:
    return CoachingPointInfo(row.id, row.title, row.explanation, row.position, row.builtin)


def list_points() -> list[CoachingPointInfo]:
    query = (
        CoachingPoint.select()
        .where(CoachingPoint.active)
        .order_by(CoachingPoint.position, CoachingPoint.id)
    )
    return [_point_info(row) for row in query]


def add_point(title: str, explanation: str = "") -> CoachingPointInfo:
    clean = clean_name(title, "title")
    text = clean_note(explanation, "explanation")
    with transaction():
        last = CoachingPoint.select().order_by(CoachingPoint.position.desc()).first()
        row = CoachingPoint.create(
            title=clean, explanation=text, position=(last.position + 1) if last else 0
        )
    return _point_info(row)


def update_point(point_id: int, title: str, explanation: str = "") -> CoachingPointInfo:
    clean = clean_name(title, "title")
    text = clean_note(explanation, "explanation")
    with transaction():
        row = get_or_refuse(CoachingPoint, point_id, "coaching point")
        row.title, row.explanation = clean, text
        row.save()
    return _point_info(row)


def retire_point(point_id: int) -> None:
    """Take a point off the list; the ticks already given stay in past programmes."""
    with transaction():
        row = get_or_refuse(CoachingPoint, point_id, "coaching point")
        row.active = False
        row.save()


# --- coaching the mentors -----------------------------------------------------------------


def _mentor_of(programme: Programme, mentor_id: int) -> Person:
    mentor = get_or_refuse(Person, mentor_id, "person")
    is_mentor = (
        Pair.select()
        .where(
            (Pair.programme == programme)
            & (Pair.mentor == mentor)
            & (Pair.state.in_([s.value for s in LIVE_PAIR_STATES]))
        )
        .exists()
    )
    if not is_mentor:
        raise invalid(
            None,
            QT_TRANSLATE_NOOP("validation", "{name} is not a mentor in this programme."),
            name=mentor.name,
        )
    return mentor


def tick_point(
    programme_id: int,
    mentor_id: int,
    point_id: int,
    done_on: object = None,
    notes: str = "",
    *,
    today: dt.date | None = None,
) -> None:
    """Mark a point as gone through with a mentor (today unless a date is given)."""
    now = today or dt.date.today()
    day = clean_date(done_on or now, "done_on")
    if day > now:
        raise invalid(
            "done_on",
            QT_TRANSLATE_NOOP(
                "validation",
                "A point is ticked once it has been talked over: not on a day to come.",
            ),
        )
    text = clean_note(notes, "notes")
    with transaction():
        programme = get_or_refuse(Programme, programme_id, "programme")
        require_running(programme)
        mentor = _mentor_of(programme, mentor_id)
        point = get_or_refuse(CoachingPoint, point_id, "coaching point")
        put(
            CoachingCheck,
            {"programme": programme, "mentor": mentor, "point": point},
            {"done_on": day, "notes": text},
        )


def untick_point(programme_id: int, mentor_id: int, point_id: int) -> None:
    with transaction():
        programme = get_or_refuse(Programme, programme_id, "programme")
        require_running(programme)
        CoachingCheck.delete().where(
            (CoachingCheck.programme == programme_id)
            & (CoachingCheck.mentor == mentor_id)
            & (CoachingCheck.point == point_id)
        ).execute()


def set_mentor_coaching(
    programme_id: int, mentor_id: int, *, marked_coached: bool, notes: str = ""
) -> None:
    """The owner's word on a mentor: coached (even if not every point is ticked), and notes."""
    text = clean_note(notes, "notes")
    with transaction():
        programme = get_or_refuse(Programme, programme_id, "programme")
        require_running(programme)
        mentor = _mentor_of(programme, mentor_id)
        put(
            MentorCoaching,
            {"programme": programme, "mentor": mentor},
            {"marked_coached": marked_coached, "notes": text},
        )


def programme_mentors(programme_id: int) -> list[tuple[int, str]]:
    """(id, name) of every mentor of a live pair in the programme, by name."""
    query = (
        Person.select(Person.id, Person.name)
        .join(Pair, on=(Pair.mentor == Person.id))
        .where(
            (Pair.programme == programme_id) & (Pair.state.in_([s.value for s in LIVE_PAIR_STATES]))
        )
        .distinct()
        .tuples()
    )
    return sorted(query, key=lambda mentor: sort_key(mentor[1]))


def coaching_status(programme_id: int) -> list[MentorCoachingInfo]:
    """Each mentor's checklist, in four queries whatever the number of mentors."""
    points = list_points()
    mentors = programme_mentors(programme_id)
    ticks = {
        (mentor_id, point_id): (done_on, notes)
        for mentor_id, point_id, done_on, notes in CoachingCheck.select(
            CoachingCheck.mentor, CoachingCheck.point, CoachingCheck.done_on, CoachingCheck.notes
        )
        .where(CoachingCheck.programme == programme_id)
        .tuples()
    }
    word = {
        mentor_id: (bool(marked), notes)
        for mentor_id, marked, notes in MentorCoaching.select(
            MentorCoaching.mentor, MentorCoaching.marked_coached, MentorCoaching.notes
        )
        .where(MentorCoaching.programme == programme_id)
        .tuples()
    }
    unticked = (None, "")
    result = []
    for mentor_id, name in mentors:
        checks = tuple(
            CheckInfo(point.id, point.title, *ticks.get((mentor_id, point.id), unticked))
            for point in points
        )
        marked, notes = word.get(mentor_id, (False, ""))
        result.append(MentorCoachingInfo(mentor_id, name, checks, marked, notes))
    return result


def coached_mentors(programme_id: int) -> set[int]:
    """The ids of the programme's mentors who count as coached - the same rule as
    :attr:`MentorCoachingInfo.coached`, counted by SQLite instead of building every
    mentor's checklist (the dashboard needs only this, at each refresh)."""
    mentors = {
        row[0]
        for row in raw_rows(
            Pair.select(Pair.mentor).where(
                (Pair.programme == programme_id)
                & (Pair.state.in_([s.value for s in LIVE_PAIR_STATES]))
            )
        )
    }
    points = CoachingPoint.select().where(CoachingPoint.active).count()
    fully_ticked = (
        CoachingCheck.select(CoachingCheck.mentor)
        .join(CoachingPoint)
        .where((CoachingCheck.programme == programme_id) & CoachingPoint.active)
        .group_by(CoachingCheck.mentor)
        .having(pw.fn.COUNT(pw.fn.DISTINCT(CoachingCheck.point)) == points)
    )
    marked = MentorCoaching.select(MentorCoaching.mentor).where(
        (MentorCoaching.programme == programme_id) & MentorCoaching.marked_coached
    )
    coached = {row[0] for row in raw_rows(marked)}
    if points:
        coached |= {row[0] for row in raw_rows(fully_ticked)}
    return coached & mentors
