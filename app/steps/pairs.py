"""Step 2 - the pairs: forming them, their objectives, and their life (pause, finish, stop).

A pair joins a young mentor and a senior mentee in one programme. A mentor may have several
mentees. Proposals are computed by :mod:`app.steps.matching`; this module writes pairs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from app.errors import AgainstTheMethod, invalid
from app.i18n import QT_TRANSLATE_NOOP, message
from app.programmes import require_running
from app.steps.needs import list_know_how, list_needs, list_people
from app.storage.database import NAME_ORDER, raw_rows, transaction
from app.storage.kept import kept_until_changed
from app.storage.lookup import get_or_refuse
from app.storage.models import (
    AffinityLink,
    Need,
    Objective,
    Pair,
    Person,
    Programme,
    Session,
    Topic,
)
from app.text import sort_key
from app.validation import clean_level, clean_note
from app.vocabulary import (
    PAIR_STATE_LABELS,
    UPCOMING_SESSION_STATUSES,
    Affinity,
    Level,
    MethodRule,
    PairState,
    SessionStatus,
)


@dataclass(frozen=True)
class ObjectiveInfo:
    id: int
    pair_id: int
    topic_id: int
    topic_name: str
    level_before: Level
    target_level: Level
    level_now: Level
    level_after: Level | None


@dataclass(frozen=True)
class PairInfo:
    id: int
    programme_id: int
    mentor_id: int
    mentor_name: str
    mentee_id: int
    mentee_name: str
    state: PairState
    stop_reason: str
    notes: str


def _pair_info(row: Pair) -> PairInfo:
    return PairInfo(
        row.id,
        row.programme_id,
        row.mentor_id,
        row.mentor.name,
        row.mentee_id,
        row.mentee.name,
        PairState(row.state),
        row.stop_reason,
        row.notes,
    )


def objective_info(row: Objective) -> ObjectiveInfo:
    return ObjectiveInfo(
        row.id,
        row.pair_id,
        row.topic_id,
        row.topic.name,
        Level(row.level_before),
        Level(row.target_level),
        Level(row.level_now),
        Level(row.level_after) if row.level_after is not None else None,
    )


def _editable_pair(pair_id: int) -> Pair:
    row = get_or_refuse(Pair, pair_id, "pair")
    require_running(row.programme)
    return row


# --- forming pairs ------------------------------------------------------------------------


def refuse_better_apart(mentor: Person, mentee: Person, despite: Collection[str]) -> None:
    """Two people the owner marked "better not together" are not paired in silence."""
    if MethodRule.BETTER_APART in despite:
        return
    low, high = sorted((mentor.id, mentee.id))
    marked = AffinityLink.select().where(
        (AffinityLink.person_a == low)
        & (AffinityLink.person_b == high)
        & (AffinityLink.kind == Affinity.AVOID.value)
    )
    if marked.exists():
        raise AgainstTheMethod(
            message(
                "validation",
                QT_TRANSLATE_NOOP(
                    "validation",
                    "{mentor} and {mentee} are marked “Better not together” among the "
                    "affinities, and a pair works side by side every week.",
                ),
                mentor=mentor.name,
                mentee=mentee.name,
            ),
            MethodRule.BETTER_APART,
            "mentee",
        )


def create_pair(
    programme_id: int,
    mentor_id: int,
    mentee_id: int,
    notes: str = "",
    *,
    despite: Collection[str] = (),
) -> PairInfo:
    """Join a mentor and a mentee in a programme (the owner's choice, or an accepted
    proposal). Two people marked "better not together" are refused
    (:class:`~app.errors.AgainstTheMethod`) unless ``despite`` names that rule."""
    if mentor_id == mentee_id:
        raise invalid(
            "mentee",
            QT_TRANSLATE_NOOP(
                "validation", "A person cannot be their own mentor: choose two different people."
            ),
        )
    text = clean_note(notes, "notes")
    with transaction():
        programme = get_or_refuse(Programme, programme_id, "programme")
        require_running(programme)
        mentor = get_or_refuse(Person, mentor_id, "person")
        mentee = get_or_refuse(Person, mentee_id, "person")
        for person in (mentor, mentee):
            if not person.active:
                raise invalid(
                    None,
                    QT_TRANSLATE_NOOP(
                        "validation", "{name} has left the shop and cannot join a pair."
                    ),
                    name=person.name,
                )
        existing = Pair.select().where(
            (Pair.programme == programme) & (Pair.mentor == mentor) & (Pair.mentee == mentee)
        )
        if existing.exists():
            raise invalid(
                None,
                QT_TRANSLATE_NOOP(
                    "validation", "{mentor} and {mentee} already form a pair in this programme."
                ),
                mentor=mentor.name,
                mentee=mentee.name,
            )
        refuse_better_apart(mentor, mentee, despite)
        row = Pair.create(programme=programme, mentor=mentor, mentee=mentee, notes=text)
    return _pair_info(row)


def create_pair_with_objectives(
    programme_id: int,
    mentor_id: int,
    mentee_id: int,
    topic_ids: Iterable[int],
    *,
    despite: Collection[str] = (),
) -> PairInfo:
    """Create a pair and its objectives at once (accepting a proposal): all or nothing."""
    with transaction():
        pair = create_pair(programme_id, mentor_id, mentee_id, despite=despite)
        for topic_id in topic_ids:
            add_objective(pair.id, topic_id)
    return pair


def update_pair_notes(pair_id: int, notes: str) -> PairInfo:
    text = clean_note(notes, "notes")
    with transaction():
        row = _editable_pair(pair_id)
        row.notes = text
        row.save()
    return _pair_info(row)


def remove_pair(pair_id: int) -> None:
    """Undo a pair formed by mistake. A pair that has met is part of the history: stop it instead."""
    with transaction():
        row = _editable_pair(pair_id)
        held = (
            Session.select()
            .where((Session.pair == row) & (Session.status == SessionStatus.DONE.value))
            .exists()
        )
        if held:
            raise invalid(
                None,
                QT_TRANSLATE_NOOP(
                    "validation",
                    "This pair has already met, so it stays in the history. Stop it instead.",
                ),
            )
        row.delete_instance(recursive=True)


def get_pair(pair_id: int) -> PairInfo:
    return _pair_info(get_or_refuse(Pair, pair_id, "pair"))


@kept_until_changed
def list_pairs(programme_id: int) -> list[PairInfo]:
    """By mentee, then mentor, as a French reader sorts names - sorted here with the names'
    cached keys, from plain rows (see :func:`app.steps.needs.list_people`)."""
    mentor, mentee = Person.alias(), Person.alias()
    query = (
        Pair.select(
            Pair.id,
            Pair.programme,
            Pair.mentor,
            mentor.name,
            Pair.mentee,
            mentee.name,
            Pair.state,
            Pair.stop_reason,
            Pair.notes,
        )
        .join(mentor, on=(Pair.mentor == mentor.id))
        .switch(Pair)
        .join(mentee, on=(Pair.mentee == mentee.id))
        .where(Pair.programme == programme_id)
    )
    found = [
        PairInfo(
            pair_id,
            programme,
            mentor_id,
            mentor_name,
            mentee_id,
            mentee_name,
            PairState(state),
            reason,
            notes,
        )
        for pair_id, programme, mentor_id, mentor_name, mentee_id, mentee_name, state, reason, notes in raw_rows(
            query
        )
    ]
    return sorted(
        found, key=lambda pair: (sort_key(pair.mentee_name), sort_key(pair.mentor_name), pair.id)
    )


def likely_pair(programme_id: int) -> tuple[int | None, int | None]:
    """Whom the form that forms a pair by hand starts with: as mentee, the first senior
    (by name) with a need and no mentor in this programme yet; as mentor, the first person
    who can teach one of that need's topics, else anyone with know-how. None where nobody
    fits."""
    people = {person.id: person for person in list_people()}
    mentored = {
        pair.mentee_id for pair in list_pairs(programme_id) if pair.state is not PairState.STOPPED
    }
    wanted: dict[int, set[int]] = {}
    for need in list_needs():
        if need.person_id in people and need.current_level < need.target_level:
            wanted.setdefault(need.person_id, set()).add(need.topic_id)
    by_name = sorted(people.values(), key=lambda person: (sort_key(person.name), person.id))
    mentee = next((p.id for p in by_name if p.id in wanted and p.id not in mentored), None)
    if mentee is None:
        mentee = next((p.id for p in by_name if p.id in wanted), None)
    teaching: dict[int, set[int]] = {}
    for know in list_know_how():
        if know.person_id in people and know.level >= Level.ON_OWN:
            teaching.setdefault(know.person_id, set()).add(know.topic_id)
    topics = wanted.get(mentee, set()) if mentee is not None else set()
    teachers = [p.id for p in by_name if p.id in teaching and p.id != mentee]
    mentor = next((t for t in teachers if teaching[t] & topics), None)
    return (mentor if mentor is not None else next(iter(teachers), None)), mentee


# --- the life of a pair -------------------------------------------------------------------

_ALLOWED_MOVES: dict[PairState, tuple[PairState, ...]] = {
    PairState.ACTIVE: (PairState.PROPOSED, PairState.PAUSED),
    PairState.PAUSED: (PairState.ACTIVE,),
    PairState.FINISHED: (PairState.ACTIVE, PairState.PAUSED),
    PairState.STOPPED: (PairState.PROPOSED, PairState.ACTIVE, PairState.PAUSED),
}


def _move(pair_id: int, to: PairState, reason: str = "") -> PairInfo:
    with transaction():
        row = _editable_pair(pair_id)
        current = PairState(row.state)
        if current not in _ALLOWED_MOVES[to]:
            raise invalid(
                None,
                QT_TRANSLATE_NOOP("validation", "This cannot be done now: the pair is “{state}”."),
                state=PAIR_STATE_LABELS[current],
            )
        row.state = to.value
        if to is PairState.STOPPED:
            row.stop_reason = reason
        row.save()
        if to in (PairState.FINISHED, PairState.STOPPED):
            cancel_sessions_to_come(row.id)
    return _pair_info(row)


def cancel_sessions_to_come(pair_id: int) -> tuple[dt.date, ...]:
    """A pair that ends will not meet again: its sessions still to come are cancelled (those
    held stay in the journal). Returns their days."""
    to_come = Session.status.in_([s.value for s in UPCOMING_SESSION_STATUSES])
    days = tuple(
        row.held_on
        for row in Session.select(Session.held_on)
        .where((Session.pair == pair_id) & to_come)
        .order_by(Session.held_on)
    )
    Session.update(status=SessionStatus.CANCELLED.value).where(
        (Session.pair == pair_id) & to_come
    ).execute()
    return days


def start_pair(pair_id: int) -> PairInfo:
    """The pair begins to meet."""
    return _move(pair_id, PairState.ACTIVE)


def pause_pair(pair_id: int) -> PairInfo:
    return _move(pair_id, PairState.PAUSED)


def resume_pair(pair_id: int) -> PairInfo:
    return _move(pair_id, PairState.ACTIVE)


def finish_pair(pair_id: int) -> PairInfo:
    return _move(pair_id, PairState.FINISHED)


def stop_pair(pair_id: int, reason: str) -> PairInfo:
    """End a pair early. Stopping is not deleting: the pair and its sessions stay in the history."""
    text = clean_note(reason, "reason")
    if not text:
        raise invalid(
            "reason",
            QT_TRANSLATE_NOOP("validation", "Please say in a few words why the pair stops."),
        )
    return _move(pair_id, PairState.STOPPED, text)


# --- objectives ---------------------------------------------------------------------------


def _objective_levels(before: object, target: object) -> tuple[Level, Level]:
    start = clean_level(before, "level_before")
    goal = clean_level(target, "target_level")
    if goal <= start:
        raise invalid(
            "target_level",
            QT_TRANSLATE_NOOP("validation", "The level to reach must be above the current level."),
        )
    return start, goal


def add_objective(
    pair_id: int, topic_id: int, level_before: object = None, target_level: object = None
) -> ObjectiveInfo:
    """Give a pair a topic to work on; levels default to the mentee's need on that topic."""
    with transaction():
        pair = _editable_pair(pair_id)
        topic = get_or_refuse(Topic, topic_id, "topic")
        need = Need.get_or_none((Need.person == pair.mentee_id) & (Need.topic == topic))
        if level_before is None:
            level_before = need.current_level if need else Level.NEVER_DONE
        if target_level is None:
            target_level = need.target_level if need else Level.ON_OWN
        start, goal = _objective_levels(level_before, target_level)
        if Objective.select().where((Objective.pair == pair) & (Objective.topic == topic)).exists():
            raise invalid(
                "topic",
                QT_TRANSLATE_NOOP("validation", "This pair already works on {topic}."),
                topic=topic.name,
            )
        row = Objective.create(
            pair=pair, topic=topic, level_before=start, target_level=goal, level_now=start
        )
    return objective_info(row)


def update_objective(
    objective_id: int, level_before: object, target_level: object
) -> ObjectiveInfo:
    start, goal = _objective_levels(level_before, target_level)
    with transaction():
        row = get_or_refuse(Objective, objective_id, "objective")
        require_running(row.pair.programme)
        unchanged_progress = row.level_now == row.level_before
        row.level_before, row.target_level = start, goal
        if unchanged_progress or row.level_now < start:
            row.level_now = start
        row.save()
    return objective_info(row)


def set_level_now(objective_id: int, level: object) -> ObjectiveInfo:
    """Where the mentee stands today on this objective (after a session, for instance)."""
    now = clean_level(level, "level_now")
    with transaction():
        row = get_or_refuse(Objective, objective_id, "objective")
        require_running(row.pair.programme)
        row.level_now = now
        row.save()
    return objective_info(row)


def remove_objective(objective_id: int) -> None:
    with transaction():
        row = get_or_refuse(Objective, objective_id, "objective")
        require_running(row.pair.programme)
        row.delete_instance()


def list_objectives(pair_id: int) -> list[ObjectiveInfo]:
    query = (
        Objective.select(Objective, Topic)
        .join(Topic)
        .where(Objective.pair == pair_id)
        .order_by(Topic.name.collate(NAME_ORDER))
    )
    return [objective_info(row) for row in query]
