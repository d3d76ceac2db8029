"""A programme of any size, written straight into the tables in one transaction - for the
tests and measurements that need hundreds of pairs in a second, not a minute."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.storage import stamps
from app.storage.models import (
    KnowHow,
    MentorCoaching,
    Need,
    Objective,
    Pair,
    Person,
    Programme,
    ProgrammeRules,
    Session,
    Topic,
    db,
)

START = dt.date(2027, 1, 4)  # a Monday


def build_programme(
    pairs: int, sessions: int = 10, *, held: int = 4, name: str | None = None
) -> int:
    """``pairs`` pairs, each with two objectives and ``sessions`` weekly sessions of which
    the first ``held`` are done; every mentor coached. Returns the programme's id."""
    shop = Topic.shop_id == stamps.current_shop()  # the shop's own catalogue (a network's too)
    topics = [topic.id for topic in Topic.select().where(shop).order_by(Topic.id).limit(2)]
    with db.atomic():
        programme = Programme.create(name=name or f"Programme of {pairs} pairs")
        ProgrammeRules.create(
            programme=programme,
            start_on=START,
            weeks=sessions,
            session_minutes=60,
            weekday=1,
            start_time=dt.time(9, 30),
        )
        first = Person.select().count()
        Person.insert_many(
            [
                {"name": f"{role} {programme.id}-{number:04d}"}
                for number in range(pairs)
                for role in ("Mentor", "Mentee")
            ]
        ).execute()
        people = [row.id for row in Person.select(Person.id).order_by(Person.id).offset(first)]
        Need.insert_many(
            [
                {
                    "person": people[2 * n + 1],
                    "topic": topic,
                    "current_level": 0,
                    "target_level": 3,
                    "priority": 1,
                }
                for n in range(pairs)
                for topic in topics
            ]
        ).execute()
        KnowHow.insert_many(
            [
                {"person": people[2 * n], "topic": topic, "level": 4}
                for n in range(pairs)
                for topic in topics
            ]
        ).execute()
        Pair.insert_many(
            [
                {
                    "programme": programme,
                    "mentor": people[2 * n],
                    "mentee": people[2 * n + 1],
                    "state": "active",
                }
                for n in range(pairs)
            ]
        ).execute()
        pair_ids = [
            row.id
            for row in Pair.select(Pair.id).where(Pair.programme == programme).order_by(Pair.id)
        ]
        Objective.insert_many(
            [
                {"pair": pair, "topic": topic, "level_before": 0, "target_level": 3, "level_now": 1}
                for pair in pair_ids
                for topic in topics
            ]
        ).execute()
        MentorCoaching.insert_many(
            [
                {"programme": programme, "mentor": people[2 * n], "marked_coached": True}
                for n in range(pairs)
            ]
        ).execute()
        rows = []
        for pair in pair_ids:
            for week in range(sessions):
                day = START + dt.timedelta(days=1 + 7 * week)
                rows.append(
                    {
                        "pair": pair,
                        "planned_on": day,
                        "held_on": day,
                        "minutes": 60,
                        "status": "done" if week < held else "planned",
                        "generated": True,
                    }
                )
        for chunk in range(0, len(rows), 500):
            Session.insert_many(rows[chunk : chunk + 500]).execute()
    return programme.id


def make_data_folder(folder: Path, pairs: int, sessions: int = 10) -> Path:
    """A data folder as the owner would have it after the first start, with a programme of
    ``pairs`` pairs: for starting Tandem itself on it."""
    from app.paths import data_file, ensure_data_dir
    from app.shop import set_shop_name
    from app.storage.database import close_database, open_database

    ensure_data_dir(folder)
    open_database(data_file(folder))
    try:
        set_shop_name(f"Shop of {pairs} pairs")
        programme = build_programme(pairs, sessions)
    finally:
        close_database()
    (folder / "tandem.ini").write_text(
        f"[General]\nsetup_done=true\nlanguage=en\nprogramme_id={programme}\npage=0\n",
        encoding="utf-8",
    )
    return folder
