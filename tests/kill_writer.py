"""A Tandem that does nothing but save, for the kill test: each save adds a person, their
need, a pair with the person before and its objective - several rows, one transaction - and
prints "confirmed N" once the save is on disk.

    python -m tests.kill_writer DATA_FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.programmes import create_programme, list_programmes
from app.steps import needs, pairs
from app.storage.database import open_database, transaction
from app.storage.models import Person


def main() -> None:
    open_database(Path(sys.argv[1]))
    programme = list_programmes()[0].id if list_programmes() else create_programme("Kill test").id
    topic = needs.list_topics()[0].id
    previous = Person.select().order_by(Person.id.desc()).first()
    number = previous.id if previous else 0
    while True:
        number += 1
        with transaction():
            person = needs.add_person(f"Person {number:06d}")
            needs.add_need(person.id, topic, 0, 3)
            if previous is not None:
                pair = pairs.create_pair(programme, previous.id, person.id)
                pairs.add_objective(pair.id, topic)
        previous = person
        print(f"confirmed {person.name}", flush=True)


if __name__ == "__main__":
    main()
