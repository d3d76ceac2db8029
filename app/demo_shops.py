"""The demo programmes: two small shops a newcomer can explore without typing anything.

* the chocolate shop, whose apprentice helps the owner take orders online - with pairs in
  every state, so that every badge of the dashboard shows;
* the restaurant, whose apprentice back from Asia teaches the chef and the second to cook
  with yuzu - one mentor with two mentees.

Both are written through the method's own functions, with dates counted back from today so
that the programme always looks under way; ``app.demo`` puts them in their own files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app import sessions
from app.availability import to_mask
from app.i18n import QT_TRANSLATE_NOOP, Translator
from app.programmes import create_programme, set_current_step
from app.sessions import SessionEntry, list_sessions, log_session
from app.shop import set_days_off, set_shop_name
from app.steps import coaching, needs, pairs, review, rules
from app.vocabulary import Affinity, AgeBand, Decision, LearningStyle, Role, Temperament, YesNo
from app.vocabulary import PartOfDay as P
from app.vocabulary import Weekday as W

_D = "demo"


#: The chocolate box of the season, by month: a session in October does not change the
#: Easter box.
SEASONAL_BOXES = (
    (2, QT_TRANSLATE_NOOP("demo", "Valentine's box")),
    (4, QT_TRANSLATE_NOOP("demo", "Easter box")),
    (6, QT_TRANSLATE_NOOP("demo", "Mother's Day box")),
    (8, QT_TRANSLATE_NOOP("demo", "summer box")),
    (10, QT_TRANSLATE_NOOP("demo", "autumn box")),
    (12, QT_TRANSLATE_NOOP("demo", "Christmas box")),
)


def seasonal_box(day: dt.date) -> str:
    """The box a shop sells around ``day`` (up to the end of the month given)."""
    return next(box for last_month, box in SEASONAL_BOXES if day.month <= last_month)


class _Builder:
    """Writes a demo shop through the same functions the screens use."""

    def __init__(self, today: dt.date, translate: Translator) -> None:
        self.today = today
        self.tr = lambda text: translate(_D, text)
        self.topics = {topic.name: topic.id for topic in needs.list_topics()}
        self.translate = translate

    def topic(self, source: str) -> int:
        name = self.translate("catalogue", source)
        if name not in self.topics:
            self.topics[name] = needs.add_topic(name, "manual").id
        return self.topics[name]

    def person(
        self,
        name: str,
        job: str,
        age: AgeBand,
        joined: int,
        slots: Sequence[tuple[W, P]],
        **traits: str,
    ) -> int:
        return needs.add_person(
            name,
            self.tr(job),
            age_band=age,
            year_joined=joined,
            availability=to_mask(slots),
            **traits,
        ).id

    def pair(self, programme: int, mentor: int, mentee: int, *topics: str) -> int:
        return pairs.create_pair_with_objectives(
            programme, mentor, mentee, [self.topic(t) for t in topics]
        ).id

    def hold(
        self,
        pair_id: int,
        learnt: Sequence[str],
        *,
        count: int | None = None,
        before_days: int = 0,
        leave: int = 0,
        level_after: int | None = None,
    ) -> None:
        """Log a pair's sessions as held: the first ``count``, or all of those due more than
        ``before_days`` days ago but the last ``leave``."""
        objectives = pairs.list_objectives(pair_id)
        cutoff = self.today - dt.timedelta(days=before_days)
        due = [session for session in list_sessions(pair_id) if session.held_on < cutoff]
        chosen = due[:count] if count is not None else due[: len(due) - leave]
        for number, session in enumerate(chosen):
            last = number == len(chosen) - 1
            log_session(
                session.id,
                SessionEntry(
                    held_on=session.held_on,
                    minutes=session.minutes - (15 if number % 3 == 2 else 0),
                    objective_id=objectives[number % len(objectives)].id,
                    learnt=self.tr(learnt[number % len(learnt)]).format(
                        box=self.tr(seasonal_box(session.held_on))
                    ),
                    confidence=min(5, 2 + number // 2),
                    level_reached=level_after if last and level_after is not None else None,
                ),
                today=self.today,
            )

    def coach_all(self, programme: int, mentor: int, days_ago: int) -> None:
        for index, point in enumerate(coaching.list_points()):
            coaching.tick_point(
                programme,
                mentor,
                point.id,
                self.today - dt.timedelta(days=days_ago - index),
                today=self.today,
            )


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _chocolaterie(b: _Builder) -> None:
    set_shop_name(b.tr(QT_TRANSLATE_NOOP("demo", "Chocolaterie Marie")))
    set_days_off([W.SUNDAY, W.MONDAY])
    marie = b.person(
        "Marie",
        QT_TRANSLATE_NOOP("demo", "Owner, chocolate maker"),
        AgeBand.FROM_55,
        1998,
        [(W.TUESDAY, P.MORNING), (W.WEDNESDAY, P.AFTERNOON), (W.THURSDAY, P.AFTERNOON)],
        learning_style=LearningStyle.SHOWN,
    )
    karim = b.person(
        "Karim",
        QT_TRANSLATE_NOOP("demo", "Apprentice chocolate maker"),
        AgeBand.UNDER_25,
        2025,
        [(W.TUESDAY, P.MORNING), (W.WEDNESDAY, P.AFTERNOON), (W.THURSDAY, P.AFTERNOON)],
        temperament=Temperament.PATIENT,
        learning_style=LearningStyle.TRY,
    )
    sophie = b.person(
        "Sophie",
        QT_TRANSLATE_NOOP("demo", "Shop assistant"),
        AgeBand.FROM_40_TO_54,
        2010,
        [(W.WEDNESDAY, P.AFTERNOON), (W.FRIDAY, P.MORNING)],
        learning_style=LearningStyle.READ,
    )
    ines = b.person(
        "Inès",
        QT_TRANSLATE_NOOP("demo", "Sales assistant"),
        AgeBand.UNDER_25,
        2024,
        [(W.WEDNESDAY, P.MORNING), (W.WEDNESDAY, P.AFTERNOON), (W.FRIDAY, P.MORNING)],
        temperament=Temperament.LIVELY,
        learning_style=LearningStyle.READ,
    )
    lucas = b.person(
        "Lucas",
        QT_TRANSLATE_NOOP("demo", "Apprentice"),
        AgeBand.UNDER_25,
        2025,
        [(W.THURSDAY, P.MORNING), (W.FRIDAY, P.MORNING)],
        temperament=Temperament.PATIENT,
    )
    jeanne = b.person(
        "Jeanne",
        QT_TRANSLATE_NOOP("demo", "Confectioner"),
        AgeBand.FROM_55,
        1995,
        [(W.WEDNESDAY, P.MORNING), (W.THURSDAY, P.MORNING)],
        learning_style=LearningStyle.SHOWN,
    )
    bernard = b.person(
        "Bernard",
        QT_TRANSLATE_NOOP("demo", "Delivery driver"),
        AgeBand.FROM_55,
        2001,
        [(W.FRIDAY, P.MORNING)],
        learning_style=LearningStyle.TRY,
    )

    orders, website = (
        QT_TRANSLATE_NOOP("catalogue", "Online orders and sales"),
        QT_TRANSLATE_NOOP("catalogue", "The shop's website"),
    )
    reviews, letter = (
        QT_TRANSLATE_NOOP("catalogue", "Customer reviews"),
        QT_TRANSLATE_NOOP("catalogue", "Newsletter"),
    )
    customers, social = (
        QT_TRANSLATE_NOOP("catalogue", "Online customer file"),
        QT_TRANSLATE_NOOP("catalogue", "Social networks"),
    )
    photos, sheets = (
        QT_TRANSLATE_NOOP("catalogue", "Photos of products"),
        QT_TRANSLATE_NOOP("catalogue", "Spreadsheets"),
    )
    technique = QT_TRANSLATE_NOOP("catalogue", "A new technique of the trade")
    for person, topic, now, target, priority in (
        (marie, orders, 0, 3, 1),
        (marie, website, 1, 3, 1),
        (marie, reviews, 0, 2, 2),
        (sophie, letter, 0, 3, 1),
        (sophie, customers, 1, 3, 2),
        (jeanne, social, 0, 2, 1),
        (jeanne, photos, 1, 3, 2),
        (jeanne, technique, 1, 3, 2),
        (bernard, sheets, 0, 2, 3),
    ):
        needs.add_need(person, b.topic(topic), now, target, priority)
    for person, topic, level in (
        (karim, orders, 4),
        (karim, website, 4),
        (karim, customers, 3),
        (karim, social, 3),
        (ines, social, 4),
        (ines, reviews, 3),
        (ines, letter, 3),
        (ines, photos, 4),
        (lucas, technique, 4),
        (lucas, sheets, 3),
    ):
        needs.add_know_how(person, b.topic(topic), level)
    needs.set_affinity(karim, marie, Affinity.GET_ALONG)
    needs.set_affinity(ines, sophie, Affinity.GET_ALONG)
    needs.set_affinity(ines, bernard, Affinity.AVOID)

    programme = create_programme(b.tr(QT_TRANSLATE_NOOP("demo", "Going online")))
    start = _monday(b.today) - dt.timedelta(weeks=8)
    on_track = b.pair(programme.id, karim, marie, orders, website)
    late = b.pair(programme.id, ines, sophie, letter)
    stalled = b.pair(programme.id, ines, jeanne, social, photos)
    paused = b.pair(programme.id, lucas, jeanne, technique)
    stopped = b.pair(programme.id, lucas, bernard, sheets)
    finished = b.pair(programme.id, karim, sophie, customers)
    for mentor, days_ago in ((karim, 70), (ines, 66), (lucas, 64)):
        b.coach_all(programme.id, mentor, days_ago)
    rules.set_programme_rules(
        programme.id,
        start_on=start,
        weeks=12,
        every_weeks=1,
        session_minutes=60,
        weekday=W.TUESDAY,
        start_time="09:30",
        place=b.tr(QT_TRANSLATE_NOOP("demo", "The back office, at the computer")),
        confidentiality=b.tr(
            QT_TRANSLATE_NOOP("demo", "What is said in a session stays between the two of us.")
        ),
        kindness=b.tr(
            QT_TRANSLATE_NOOP("demo", "No silly questions. We laugh together, never at each other.")
        ),
        notice_days=2,
        contact="Marie",
        out_of_scope=b.tr(
            QT_TRANSLATE_NOOP("demo", "The mentor does not do the work in the mentee's place.")
        ),
    )
    sessions.set_pair_slot(late, weekday=W.FRIDAY, start_time="10:00")
    sessions.set_pair_slot(stalled, weekday=W.WEDNESDAY, start_time="10:00")
    sessions.set_pair_slot(paused, weekday=W.THURSDAY, start_time="08:30", session_minutes=45)
    sessions.set_pair_slot(stopped, weekday=W.FRIDAY, start_time="08:00", session_minutes=30)
    sessions.set_pair_slot(finished, weekday=W.WEDNESDAY, start_time="15:00")
    sessions.plan_all_sessions(programme.id, today=start)
    waiting = b.pair(programme.id, ines, marie, reviews)
    sessions.set_pair_slot(waiting, weekday=W.WEDNESDAY, start_time="14:00", session_minutes=45)
    sessions.plan_sessions(waiting, today=b.today)

    b.hold(
        on_track,
        (
            QT_TRANSLATE_NOOP("demo", "Opened the order page and took a test order together."),
            QT_TRANSLATE_NOOP("demo", "Changed the prices and the photo of the {box} on the site."),
            QT_TRANSLATE_NOOP(
                "demo", "Answered two customers' questions by e-mail about delivery."
            ),
        ),
        level_after=2,
    )
    b.hold(
        late,
        (QT_TRANSLATE_NOOP("demo", "Chose the subscribers list and wrote the first letter."),),
        leave=1,
    )
    b.hold(
        stalled,
        (QT_TRANSLATE_NOOP("demo", "Posted three photos of the new bars with a short text."),),
        before_days=30,
    )
    b.hold(
        paused,
        (
            QT_TRANSLATE_NOOP(
                "demo", "Tempering on a marble slab, the way it is taught at school now."
            ),
        ),
        count=3,
    )
    pairs.pause_pair(paused)
    b.hold(stopped, (QT_TRANSLATE_NOOP("demo", "Made a table of the delivery rounds."),), count=2)
    pairs.stop_pair(
        stopped,
        b.tr(
            QT_TRANSLATE_NOOP(
                "demo", "Bernard prefers to stop for now: the deliveries take all his time."
            )
        ),
    )
    b.hold(
        finished,
        (QT_TRANSLATE_NOOP("demo", "Entered the regular customers' details in the online file."),),
        count=6,
        level_after=3,
    )
    pairs.finish_pair(finished)
    for objective in pairs.list_objectives(finished):
        review.set_level_after(objective.id, 3)
    review.set_answers(
        finished,
        Role.MENTEE,
        satisfaction=5,
        minutes_saved_per_week=45,
        bond=4,
        met_as_agreed=YesNo.YES,
        would_do_again=YesNo.YES,
        can_do_alone=b.tr(
            QT_TRANSLATE_NOOP("demo", "Find a customer's last order and add a new customer.")
        ),
        ideas=b.tr(QT_TRANSLATE_NOOP("demo", "Send a birthday message to regular customers")),
    )
    review.set_answers(
        finished,
        Role.MENTOR,
        satisfaction=4,
        bond=4,
        met_as_agreed=YesNo.PARTLY,
        would_do_again=YesNo.YES,
        ideas=b.tr(
            QT_TRANSLATE_NOOP(
                "demo", "A loyalty card kept in the customer file\nA reminder before the holidays"
            )
        ),
    )
    review.conclude(
        finished,
        Decision.SWAP_ROLES,
        b.tr(
            QT_TRANSLATE_NOOP(
                "demo",
                "Sophie now keeps the customer file alone. Next time she will teach Karim how to pack the gift boxes.",
            )
        ),
        b.today - dt.timedelta(days=3),
    )
    set_current_step(programme.id, 4)


def _restaurant(b: _Builder) -> None:
    set_shop_name(b.tr(QT_TRANSLATE_NOOP("demo", "Restaurant Chez Gérard")))
    set_days_off([W.SUNDAY, W.MONDAY])
    gerard = b.person(
        "Gérard",
        QT_TRANSLATE_NOOP("demo", "Owner"),
        AgeBand.FROM_55,
        1992,
        [(W.TUESDAY, P.AFTERNOON), (W.WEDNESDAY, P.AFTERNOON)],
        learning_style=LearningStyle.SHOWN,
    )
    paul = b.person(
        "Paul",
        QT_TRANSLATE_NOOP("demo", "Chef"),
        AgeBand.FROM_40_TO_54,
        2006,
        [(W.TUESDAY, P.AFTERNOON), (W.THURSDAY, P.AFTERNOON)],
        learning_style=LearningStyle.TRY,
    )
    nadia = b.person(
        "Nadia",
        QT_TRANSLATE_NOOP("demo", "Second"),
        AgeBand.FROM_25_TO_39,
        2015,
        [(W.TUESDAY, P.AFTERNOON), (W.WEDNESDAY, P.AFTERNOON)],
        learning_style=LearningStyle.TRY,
    )
    mei = b.person(
        "Mei",
        QT_TRANSLATE_NOOP("demo", "Apprentice cook, back from two years in Asia"),
        AgeBand.UNDER_25,
        2025,
        [(W.TUESDAY, P.AFTERNOON), (W.WEDNESDAY, P.AFTERNOON), (W.THURSDAY, P.AFTERNOON)],
        temperament=Temperament.LIVELY,
        learning_style=LearningStyle.TRY,
    )
    theo = b.person(
        "Théo",
        QT_TRANSLATE_NOOP("demo", "Apprentice waiter"),
        AgeBand.UNDER_25,
        2024,
        [(W.WEDNESDAY, P.AFTERNOON)],
        temperament=Temperament.PATIENT,
    )
    yuzu = QT_TRANSLATE_NOOP("demo", "Cooking with yuzu")
    b.topics[b.tr(yuzu)] = needs.add_topic(
        b.tr(yuzu),
        "manual",
        b.tr(
            QT_TRANSLATE_NOOP(
                "demo", "Using the juice and zest of this Japanese citrus in sauces and desserts."
            )
        ),
    ).id
    reviews = QT_TRANSLATE_NOOP("catalogue", "Customer reviews")
    for person, topic, now, target, priority in (
        (paul, yuzu, 0, 3, 1),
        (nadia, yuzu, 1, 3, 1),
        (gerard, reviews, 0, 3, 1),
    ):
        needs.add_need(
            person,
            b.topic(topic) if topic is reviews else b.topics[b.tr(topic)],
            now,
            target,
            priority,
        )
    needs.add_know_how(mei, b.topics[b.tr(yuzu)], 4)
    needs.add_know_how(theo, b.topic(reviews), 3)

    programme = create_programme(b.tr(QT_TRANSLATE_NOOP("demo", "New flavours")))
    start = _monday(b.today) - dt.timedelta(weeks=5)
    chef = pairs.create_pair_with_objectives(programme.id, mei, paul, [b.topics[b.tr(yuzu)]]).id
    second = pairs.create_pair_with_objectives(programme.id, mei, nadia, [b.topics[b.tr(yuzu)]]).id
    owner = b.pair(programme.id, theo, gerard, reviews)
    b.coach_all(programme.id, mei, 45)
    b.coach_all(programme.id, theo, 44)
    rules.set_programme_rules(
        programme.id,
        start_on=start,
        weeks=10,
        weekday=W.TUESDAY,
        start_time="15:00",
        session_minutes=45,
        place=b.tr(QT_TRANSLATE_NOOP("demo", "The kitchen, after the lunch service")),
        contact="Gérard",
    )
    sessions.set_pair_slot(second, weekday=W.WEDNESDAY)
    sessions.set_pair_slot(
        owner,
        weekday=W.WEDNESDAY,
        start_time="16:00",
        place=b.tr(QT_TRANSLATE_NOOP("demo", "The dining room")),
    )
    sessions.plan_all_sessions(programme.id, today=start)
    b.hold(
        chef,
        (QT_TRANSLATE_NOOP("demo", "A yuzu butter sauce for the fish of the day."),),
        level_after=2,
    )
    b.hold(
        second,
        (QT_TRANSLATE_NOOP("demo", "A yuzu tart: balancing the acidity with the sugar."),),
        leave=1,
    )
    b.hold(
        owner,
        (QT_TRANSLATE_NOOP("demo", "Read the last reviews together and answered one of them."),),
        count=1,
    )
    set_current_step(programme.id, 4)


def write_shop(shop: str, today: dt.date, translate: Translator) -> None:
    """Write the demo ``shop`` into the open file, with its dates counted from ``today``."""
    (_chocolaterie if shop == "chocolaterie" else _restaurant)(_Builder(today, translate))
