"""Step 1 - the needs: the team, the topic catalogue, who needs what and who knows what.

Every function validates what it is given and raises :class:`ValidationError` with a plain
sentence when something is wrong; nothing invalid is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.availability import FULL_WEEK, Slot, to_mask
from app.errors import invalid
from app.i18n import QT_TRANSLATE_NOOP
from app.storage.database import NAME_EQUAL, NAME_ORDER, date_value, raw_rows, transaction
from app.storage.kept import kept_until_changed
from app.storage.lookup import get_or_refuse
from app.storage.models import AffinityLink, KnowHow, Need, Objective, Pair, Person, Topic
from app.text import sort_key
from app.validation import clean_choice, clean_date, clean_int, clean_level, clean_name, clean_note
from app.vocabulary import Affinity, AgeBand, LearningStyle, Level, Priority, Temperament, TopicKind

_NO_AGE = ""


# --- people -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonInfo:
    id: int
    name: str
    job: str
    year_joined: int | None
    age_band: AgeBand | None
    availability: int
    temperament: Temperament
    learning_style: LearningStyle
    notes: str
    active: bool
    left_on: dt.date | None


def _person_info(row: Any) -> PersonInfo:
    """From a Person, or a row with the same names."""
    return PersonInfo(
        id=row.id,
        name=row.name,
        job=row.job,
        year_joined=row.year_joined,
        age_band=AgeBand(row.age_band) if row.age_band else None,
        availability=row.availability,
        temperament=Temperament(row.temperament),
        learning_style=LearningStyle(row.learning_style),
        notes=row.notes,
        active=row.active,
        left_on=row.left_on,
    )


@dataclass(frozen=True)
class PersonDetails:
    """Everything the person form sends, before validation."""

    name: str
    job: str = ""
    year_joined: int | None = None
    age_band: AgeBand | str | None = None
    availability: int | Iterable[Slot] = 0
    temperament: Temperament | str = Temperament.UNKNOWN
    learning_style: LearningStyle | str = LearningStyle.UNKNOWN
    notes: str = ""

    def cleaned(self) -> dict[str, object]:
        """The columns to write, or a ValidationError naming the first wrong field."""
        mask = (
            self.availability if isinstance(self.availability, int) else to_mask(self.availability)
        )
        if not 0 <= mask <= FULL_WEEK:
            raise invalid(
                "availability", QT_TRANSLATE_NOOP("validation", "These free times are not valid.")
            )
        return {
            "name": clean_name(self.name, "name"),
            "job": clean_name(self.job, "job", required=False),
            "year_joined": clean_int(
                self.year_joined, "year_joined", 1940, dt.date.today().year, required=False
            ),
            "age_band": clean_choice(self.age_band, AgeBand, "age_band").value
            if self.age_band
            else _NO_AGE,
            "availability": mask,
            "temperament": clean_choice(self.temperament or "", Temperament, "temperament").value,
            "learning_style": clean_choice(
                self.learning_style or "", LearningStyle, "learning_style"
            ).value,
            "notes": clean_note(self.notes, "notes"),
        }


def add_person(name: str, job: str = "", **traits: Any) -> PersonInfo:
    """Add someone to the team; ``traits`` are the other fields of :class:`PersonDetails`."""
    fields = PersonDetails(name, job, **traits).cleaned()
    with transaction():
        row = Person.create(**fields)
    return _person_info(row)


def update_person(person_id: int, name: str, job: str = "", **traits: Any) -> PersonInfo:
    """Replace what is known of a person (the form sends every field back)."""
    fields = PersonDetails(name, job, **traits).cleaned()
    with transaction():
        row = get_or_refuse(Person, person_id, "person")
        for key, value in fields.items():
            setattr(row, key, value)
        row.save()
    return _person_info(row)


def mark_left(person_id: int, on: dt.date | None = None) -> PersonInfo:
    """The person left the shop: kept in the history, no longer proposed in pairs."""
    day = clean_date(on or dt.date.today(), "left_on")
    with transaction():
        row = get_or_refuse(Person, person_id, "person")
        row.active, row.left_on = False, day
        row.save()
    return _person_info(row)


def mark_back(person_id: int) -> PersonInfo:
    with transaction():
        row = get_or_refuse(Person, person_id, "person")
        row.active, row.left_on = True, None
        row.save()
    return _person_info(row)


def remove_person(person_id: int) -> None:
    """Delete a person typed by mistake, with their needs, know-how and affinities.

    Someone who took part in a pair is part of its history: mark them as left instead.
    """
    with transaction():
        row = get_or_refuse(Person, person_id, "person")
        if Pair.select().where((Pair.mentor == row) | (Pair.mentee == row)).exists():
            raise invalid(
                None,
                QT_TRANSLATE_NOOP(
                    "validation",
                    "{name} is part of a pair, so Tandem keeps them in the history. Mark them as left instead.",
                ),
                name=row.name,
            )
        AffinityLink.delete().where(
            (AffinityLink.person_a == row) | (AffinityLink.person_b == row)
        ).execute()
        row.delete_instance(recursive=False)


def get_person(person_id: int) -> PersonInfo:
    return _person_info(get_or_refuse(Person, person_id, "person"))


@kept_until_changed
def list_people(include_left: bool = False) -> list[PersonInfo]:
    """By name as a French reader expects."""
    query = Person.select(
        Person.id,
        Person.name,
        Person.job,
        Person.year_joined,
        Person.age_band,
        Person.availability,
        Person.temperament,
        Person.learning_style,
        Person.notes,
        Person.active,
        Person.left_on,
    )
    if not include_left:
        query = query.where(Person.active == True)  # noqa: E712 - peewee builds SQL from ==
    return _by_name(
        [
            PersonInfo(
                person_id,
                name,
                job,
                year_joined,
                AgeBand(age_band) if age_band else None,
                availability,
                Temperament(temperament),
                LearningStyle(learning_style),
                notes,
                bool(active),
                date_value(left_on),
            )
            for person_id, name, job, year_joined, age_band, availability, temperament, learning_style, notes, active, left_on in raw_rows(
                query
            )
        ]
    )


def _by_name(people: list[PersonInfo]) -> list[PersonInfo]:
    """Sorted here with the names' cached keys, and read as plain rows: for a team of a
    thousand, model objects and SQLite calling the name collation in Python for each of its
    comparisons took most of the time."""
    return sorted(people, key=lambda person: (sort_key(person.name), person.id))


# --- topics -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TopicInfo:
    id: int
    name: str
    kind: TopicKind
    description: str
    builtin: bool


def _topic_info(row: Topic) -> TopicInfo:
    return TopicInfo(row.id, row.name, TopicKind(row.kind), row.description, row.builtin)


def _check_topic_name_free(name: str, topic_id: int | None = None) -> None:
    query = Topic.select().where(Topic.name.collate(NAME_EQUAL) == name)
    if topic_id is not None:
        query = query.where(Topic.id != topic_id)
    if query.exists():
        raise invalid(
            "name",
            QT_TRANSLATE_NOOP("validation", "The catalogue already has a topic called {name}."),
            name=name,
        )


def add_topic(
    name: str, kind: TopicKind | str = TopicKind.DIGITAL, description: str = ""
) -> TopicInfo:
    clean = clean_name(name, "name")
    topic_kind = clean_choice(kind, TopicKind, "kind")
    text = clean_note(description, "description")
    with transaction():
        _check_topic_name_free(clean)
        row = Topic.create(name=clean, kind=topic_kind.value, description=text)
    return _topic_info(row)


def update_topic(
    topic_id: int, name: str, kind: TopicKind | str, description: str = ""
) -> TopicInfo:
    clean = clean_name(name, "name")
    topic_kind = clean_choice(kind, TopicKind, "kind")
    text = clean_note(description, "description")
    with transaction():
        row = get_or_refuse(Topic, topic_id, "topic")
        _check_topic_name_free(clean, topic_id)
        row.name, row.kind, row.description = clean, topic_kind.value, text
        row.save()
    return _topic_info(row)


def topic_in_use(topic_id: int) -> bool:
    """Whether a need, a know-how or an objective names the topic (it then stays)."""
    return (
        Need.select().where(Need.topic == topic_id).exists()
        or KnowHow.select().where(KnowHow.topic == topic_id).exists()
        or Objective.select().where(Objective.topic == topic_id).exists()
    )


def remove_topic(topic_id: int) -> None:
    """Delete a topic nobody uses yet; one in a need, know-how or objective is kept."""
    with transaction():
        row = get_or_refuse(Topic, topic_id, "topic")
        if topic_in_use(topic_id):
            raise invalid(
                None,
                QT_TRANSLATE_NOOP(
                    "validation",
                    "{name} is used in the needs or the pairs, so it stays in the catalogue.",
                ),
                name=row.name,
            )
        row.delete_instance()


def list_topics() -> list[TopicInfo]:
    return [
        _topic_info(row)
        for row in Topic.select().order_by(Topic.kind, Topic.name.collate(NAME_ORDER))
    ]


# --- needs and know-how -------------------------------------------------------------------


@dataclass(frozen=True)
class NeedInfo:
    id: int
    person_id: int
    topic_id: int
    topic_name: str
    current_level: Level
    target_level: Level
    priority: Priority


@dataclass(frozen=True)
class KnowHowInfo:
    id: int
    person_id: int
    topic_id: int
    topic_name: str
    level: Level


def _need_info(row: Need) -> NeedInfo:
    return NeedInfo(
        row.id,
        row.person_id,
        row.topic_id,
        row.topic.name,
        Level(row.current_level),
        Level(row.target_level),
        Priority(row.priority),
    )


def _know_how_info(row: KnowHow) -> KnowHowInfo:
    return KnowHowInfo(row.id, row.person_id, row.topic_id, row.topic.name, Level(row.level))


def _need_levels(
    current: object, target: object, priority: object
) -> tuple[Level, Level, Priority]:
    now = clean_level(current, "current_level")
    goal = clean_level(target, "target_level")
    if goal <= now:
        raise invalid(
            "target_level",
            QT_TRANSLATE_NOOP("validation", "The level to reach must be above the current level."),
        )
    rank = clean_choice(clean_int(priority, "priority", 1, 3), Priority, "priority")
    return now, goal, rank


def add_need(
    person_id: int, topic_id: int, current_level: object, target_level: object, priority: object = 2
) -> NeedInfo:
    now, goal, rank = _need_levels(current_level, target_level, priority)
    with transaction():
        person = get_or_refuse(Person, person_id, "person")
        topic = get_or_refuse(Topic, topic_id, "topic")
        if Need.select().where((Need.person == person) & (Need.topic == topic)).exists():
            raise invalid(
                "topic",
                QT_TRANSLATE_NOOP(
                    "validation", "{person} already has a need on {topic}: change that one instead."
                ),
                person=person.name,
                topic=topic.name,
            )
        row = Need.create(
            person=person, topic=topic, current_level=now, target_level=goal, priority=rank
        )
    return _need_info(row)


def update_need(
    need_id: int, current_level: object, target_level: object, priority: object
) -> NeedInfo:
    now, goal, rank = _need_levels(current_level, target_level, priority)
    with transaction():
        row = get_or_refuse(Need, need_id, "need")
        row.current_level, row.target_level, row.priority = now, goal, rank
        row.save()
    return _need_info(row)


def remove_need(need_id: int) -> None:
    with transaction():
        get_or_refuse(Need, need_id, "need").delete_instance()


@kept_until_changed
def list_needs(person_id: int | None = None) -> list[NeedInfo]:
    """By priority, then topic name (sorted here, as :func:`list_people`)."""
    query = Need.select(
        Need.id,
        Need.person,
        Need.topic,
        Topic.name,
        Need.current_level,
        Need.target_level,
        Need.priority,
    ).join(Topic)
    if person_id is not None:
        query = query.where(Need.person == person_id)
    found = [
        NeedInfo(need_id, person, topic, name, Level(now), Level(target), Priority(priority))
        for need_id, person, topic, name, now, target, priority in raw_rows(query)
    ]
    return sorted(found, key=lambda need: (need.priority, sort_key(need.topic_name)))


def add_know_how(person_id: int, topic_id: int, level: object) -> KnowHowInfo:
    skill = clean_level(level, "level")
    if skill == Level.NEVER_DONE:
        raise invalid(
            "level",
            QT_TRANSLATE_NOOP("validation", "Someone who has never done it cannot teach it yet."),
        )
    with transaction():
        person = get_or_refuse(Person, person_id, "person")
        topic = get_or_refuse(Topic, topic_id, "topic")
        if KnowHow.select().where((KnowHow.person == person) & (KnowHow.topic == topic)).exists():
            raise invalid(
                "topic",
                QT_TRANSLATE_NOOP(
                    "validation", "{person} already knows {topic}: change the level there instead."
                ),
                person=person.name,
                topic=topic.name,
            )
        row = KnowHow.create(person=person, topic=topic, level=skill)
    return _know_how_info(row)


def update_know_how(know_how_id: int, level: object) -> KnowHowInfo:
    skill = clean_level(level, "level")
    if skill == Level.NEVER_DONE:
        raise invalid(
            "level",
            QT_TRANSLATE_NOOP("validation", "Someone who has never done it cannot teach it yet."),
        )
    with transaction():
        row = get_or_refuse(KnowHow, know_how_id, "know-how")
        row.level = skill
        row.save()
    return _know_how_info(row)


def remove_know_how(know_how_id: int) -> None:
    with transaction():
        get_or_refuse(KnowHow, know_how_id, "know-how").delete_instance()


@kept_until_changed
def list_know_how(person_id: int | None = None) -> list[KnowHowInfo]:
    """Best level first, then topic name (sorted here, as :func:`list_people`)."""
    query = KnowHow.select(
        KnowHow.id, KnowHow.person, KnowHow.topic, Topic.name, KnowHow.level
    ).join(Topic)
    if person_id is not None:
        query = query.where(KnowHow.person == person_id)
    found = [
        KnowHowInfo(skill_id, person, topic, name, Level(level))
        for skill_id, person, topic, name, level in raw_rows(query)
    ]
    return sorted(found, key=lambda skill: (-skill.level, sort_key(skill.topic_name)))


# --- affinities ---------------------------------------------------------------------------


def _ordered(first: int, second: int) -> tuple[int, int]:
    if first == second:
        raise invalid(None, QT_TRANSLATE_NOOP("validation", "Choose two different people."))
    return (first, second) if first < second else (second, first)


def set_affinity(first_id: int, second_id: int, kind: Affinity | str) -> Affinity:
    """Record how two people get along; "neutral" is the default and removes the record."""
    low, high = _ordered(first_id, second_id)
    affinity = clean_choice(kind, Affinity, "affinity")
    with transaction():
        get_or_refuse(Person, low, "person")
        get_or_refuse(Person, high, "person")
        AffinityLink.delete().where(
            (AffinityLink.person_a == low) & (AffinityLink.person_b == high)
        ).execute()
        if affinity is not Affinity.NEUTRAL:
            AffinityLink.create(person_a=low, person_b=high, kind=affinity.value)
    return affinity


@kept_until_changed
def affinity_map() -> dict[tuple[int, int], Affinity]:
    """Every recorded affinity, keyed by the two ids, lower first."""
    return {(row.person_a_id, row.person_b_id): Affinity(row.kind) for row in AffinityLink.select()}
