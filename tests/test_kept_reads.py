"""The team's lists read once while the data stays as it is (``app.storage.kept``), and
never a stale answer: after a change made here, inside a change that wrote what it reads,
after another coordinator's change, on a file and on a server."""

from __future__ import annotations

import peewee as pw

from app.steps import needs, pairs
from app.storage.database import changed_elsewhere, transaction
from app.storage.models import Person
from tests import builders
from tests.conftest import QueryCounter


def test_a_list_asked_for_again_is_not_read_again(database: pw.Database) -> None:
    builders.person("Lucas")
    first = needs.list_people()
    with QueryCounter(database) as counter:
        again = needs.list_people()
        needs.list_people()
    assert counter.selects == 0
    assert again == first and again is not first


def test_each_caller_gets_its_own_list(database: pw.Database) -> None:
    builders.person("Lucas")
    mine = needs.list_people()
    mine.clear()  # a caller sorting or cutting its list changes nobody else's
    assert [person.name for person in needs.list_people()] == ["Lucas"]


def test_a_change_made_here_is_read_at_once(database: pw.Database) -> None:
    builders.person("Lucas")
    assert [person.name for person in needs.list_people()] == ["Lucas"]
    builders.person("Marie")
    assert [person.name for person in needs.list_people()] == ["Lucas", "Marie"]
    spring = builders.programme()
    assert pairs.list_pairs(spring) == []
    made = pairs.create_pair(spring, *(p.id for p in needs.list_people()))
    assert [pair.id for pair in pairs.list_pairs(spring)] == [made.id]


def test_inside_a_change_what_it_wrote_is_read(database: pw.Database) -> None:
    builders.person("Lucas")
    assert len(needs.list_people()) == 1
    with transaction():
        Person.create(name="Marie")
        assert [person.name for person in needs.list_people()] == ["Lucas", "Marie"]
    assert len(needs.list_people()) == 2


def test_another_coordinators_change_is_read_once_it_is_heard(database: pw.Database) -> None:
    builders.person("Lucas")
    assert len(needs.list_people()) == 1
    # written by someone else: not through this Tandem's changes
    database.execute_sql("UPDATE person SET name = 'Lucas B.'")
    changed_elsewhere()  # what Tandem does when the server tells it
    assert [person.name for person in needs.list_people()] == ["Lucas B."]
