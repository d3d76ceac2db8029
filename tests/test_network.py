"""Who sees what in a network of shops: the server itself keeps each shop to its own rows,
whatever a login types by hand; a network coordinator sees every shop."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import conninfo_to_dict

from app.errors import ValidationError
from app.steps import needs
from app.storage import network
from app.storage.database import close_database, open_server
from app.storage.models import ALL_MODELS, BaseModel, Person
from tests.coordinators import ROOT
from tests.network_setup import Network, login
from tests.postgres import Server


def _rows(url: str, query: str) -> list[tuple[object, ...]]:
    with psycopg.connect(url) as connection:
        return connection.execute(query).fetchall()


def test_hand_written_sql_cannot_read_or_change_another_shops_rows(shops: Network) -> None:
    with psycopg.connect(shops.anne, autocommit=True) as anne:
        assert anne.execute("SELECT name FROM person").fetchall() == [("Anne",)]
        assert anne.execute("SELECT name FROM shop").fetchall() == [("Chocolaterie Martin",)]
        # naming the other shop changes nothing: she is not one of its logins
        anne.execute(f"SET tandem.shop = '{shops.roux}'")
        assert anne.execute("SELECT name FROM person").fetchall() == []
        anne.execute("RESET tandem.shop")
        assert (
            anne.execute(f"UPDATE person SET notes = 'x' WHERE shop_id = {shops.roux}").rowcount
            == 0
        )
        assert anne.execute("DELETE FROM person WHERE name = 'Paul'").rowcount == 0
        refusals = [
            "INSERT INTO closed_period (shop_id, first_day, last_day, label, changed_in, changed_by)"
            f" VALUES ({shops.roux}, '2027-01-01', '2027-01-02', 'x', 0, 'anne')",
            f"UPDATE person SET shop_id = {shops.roux} WHERE name = 'Anne'",  # giving a row away
            "SELECT * FROM tandem_member",
            "ALTER TABLE person DISABLE ROW LEVEL SECURITY",
            "DROP POLICY tandem_shop ON person",
        ]
        for statement in refusals:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                anne.execute(statement)
    assert _rows(shops.owner, "SELECT name, notes, shop_id FROM person ORDER BY name") == [
        ("Anne", "", shops.martin),
        ("Paul", "", shops.roux),
    ]
    assert _rows(shops.owner, "SELECT count(*) FROM closed_period") == [(0,)]


def test_a_shops_tandem_shows_and_writes_its_own_shop_alone(shops: Network) -> None:
    open_server(shops.paul)
    assert [person.name for person in needs.list_people()] == ["Paul"]
    assert network.visible_shops() == [(shops.roux, "Menuiserie Roux")]
    needs.add_person("Hugo", job="Apprentice")
    assert Person.get(Person.name == "Hugo").shop_id == shops.roux
    close_database()
    assert _rows(shops.anne, "SELECT name FROM person") == [("Anne",)]


def test_a_network_coordinator_sees_every_shop_one_at_a_time_or_all(shops: Network) -> None:
    open_server(shops.lea)
    assert network.visible_shops() == [
        (shops.martin, "Chocolaterie Martin"),
        (shops.roux, "Menuiserie Roux"),
    ]
    network.choose_shop(shops.roux)
    assert [person.name for person in needs.list_people()] == ["Paul"]
    network.choose_shop(None)
    assert sorted(person.name for person in needs.list_people()) == ["Anne", "Paul"]


def test_the_chosen_shop_holds_after_the_connection_broke(shops: Network) -> None:
    database = open_server(shops.lea)
    network.choose_shop(shops.martin)
    database.connection().close()  # as a dropped network would
    database.revive()
    assert [person.name for person in needs.list_people()] == ["Anne"]


def _setup(*arguments: str) -> str:
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "server" / "tandem_network.py"), *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"TANDEM_NEW_PASSWORD": "rose-secret", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _administrator(server: Server, database: str) -> str:
    """The address of ``database`` for a login that owns it and may create roles, but is
    no superuser: as the README sets the network up."""
    user = f"admin_{uuid.uuid4().hex[:6]}"
    name = conninfo_to_dict(database)["dbname"]
    with psycopg.connect(database, autocommit=True) as superuser:
        superuser.execute(f"CREATE ROLE {user} LOGIN CREATEROLE PASSWORD 'admin-secret'")
        superuser.execute(f'ALTER DATABASE "{name}" OWNER TO {user}')
    return login(server, database, user, "admin-secret")


def test_the_setup_script_can_be_run_again_and_changes_nothing_twice(
    postgres_server: Server, server_database: str
) -> None:
    owner = _administrator(postgres_server, server_database)
    user = f"rose_{uuid.uuid4().hex[:6]}"
    runs = [
        ("create",),
        ("add-shop", "Boulangerie Rose"),
        ("add-login", "Boulangerie Rose", user),
        ("add-coordinator", f"coord_{user}"),
    ]
    counts = (
        "SELECT (SELECT count(*) FROM shop), (SELECT count(*) FROM tandem_member),"
        " (SELECT count(*) FROM pg_policies WHERE policyname = 'tandem_shop'),"
        " (SELECT count(*) FROM topic)"
    )
    seen = []
    for _ in range(2):
        for arguments in runs:
            _setup(owner, *arguments)
        seen.append(_rows(owner, counts))
    assert seen[0] == seen[1]
    shops, members, policies, topics = seen[0][0]
    kept = sum(1 for model in ALL_MODELS if issubclass(model, BaseModel))  # every shop's table
    assert (shops, members, policies) == (1, 1, kept) == (1, 1, 19) and topics > 0
    rose = login(postgres_server, server_database, user, "rose-secret")
    assert _rows(rose, "SELECT name FROM shop") == [("Boulangerie Rose",)]
    assert ("Avis des clients",) in _rows(rose, "SELECT name FROM topic")  # in French
    said = _setup(owner, "--language", "en", "add-shop", "Bakery Lee")
    assert "shop 2: Bakery Lee" in said
    assert ("Customer reviews", 2) in _rows(owner, "SELECT name, shop_id FROM topic")


def test_a_dump_of_the_network_restores_with_its_rules(
    postgres_server: Server, shops: Network, tmp_path: Path
) -> None:
    """The backup the README gives: pg_dump as the owner holds every shop; restored into
    an empty database, each shop's login still sees its own rows alone."""
    dump = tmp_path / "tandem.dump"
    subprocess.run(["pg_dump", "--format=custom", f"--file={dump}", shops.owner], check=True)
    restored = postgres_server.url(postgres_server.fresh_database())
    subprocess.run(["pg_restore", f"--dbname={restored}", str(dump)], check=True)
    name = conninfo_to_dict(restored)["dbname"]
    anne = shops.anne.replace(conninfo_to_dict(shops.anne)["dbname"], name)
    assert _rows(restored, "SELECT name FROM person ORDER BY name") == [("Anne",), ("Paul",)]
    assert _rows(anne, "SELECT name FROM person") == [("Anne",)]


def _programme_with_pairs(url: str, pairs: int, name: str = "Spring") -> None:
    """A running programme of ``pairs`` ready pairs, written by the shop's own login."""
    from tests import builders

    open_server(url)
    programme = builders.programme(name)
    for number in range(pairs):
        mentor = builders.person(f"Young {name} {number}")
        mentee = builders.person(f"Senior {name} {number}")
        builders.ready_pair(programme, mentor, mentee)
    close_database()


def test_the_whole_network_at_a_glance_in_the_same_few_queries(shops: Network) -> None:
    from app.network_overview import network_overview
    from tests.conftest import QueryCounter

    _programme_with_pairs(shops.anne, 1)
    _programme_with_pairs(shops.paul, 3)
    database = open_server(shops.lea)
    network.choose_shop(shops.roux)  # whichever shop she works on, she sees them all here
    with QueryCounter(database) as counted:
        seen = network_overview()
    assert [
        (f.name, f.running_programmes, f.pairs_under_way, f.sessions_to_come) for f in seen
    ] == [
        ("Chocolaterie Martin", 1, 1, 6),
        ("Menuiserie Roux", 1, 3, 18),
    ]
    assert [person.name for person in needs.list_people()][:1] == ["Paul"]  # still Roux
    close_database()
    _programme_with_pairs(shops.anne, 4, "Autumn")  # more of everything: not one query more
    open_server(shops.lea)
    with QueryCounter(database) as again:
        assert network_overview()[0].pairs_under_way == 5
    assert counted.selects == again.selects <= 7  # 4 of figures, 3 to see every shop
    close_database()
    open_server(shops.paul)  # a shop's login: its own shop alone
    assert [f.name for f in network_overview()] == ["Menuiserie Roux"]


def test_a_shops_login_exports_and_erases_its_own_people_alone(shops: Network) -> None:
    from app.privacy import erase_person, export_person

    _programme_with_pairs(shops.anne, 1)
    open_server(shops.anne)
    young = Person.get(Person.name == "Young Spring 0")
    exported = export_person(young.id)
    assert exported["person"]["name"] == "Young Spring 0" and exported["pair"]
    erase_person(young.id)
    close_database()
    assert _rows(shops.owner, "SELECT name FROM person ORDER BY name") == [
        ("Anne",),
        ("Paul",),
        ("Senior Spring 0",),
    ]
    open_server(shops.anne)  # another shop's person is nobody here
    paul = _rows(shops.owner, "SELECT id FROM person WHERE name = 'Paul'")[0][0]
    with pytest.raises(ValidationError):
        erase_person(int(str(paul)))
    close_database()
    assert ("Paul",) in _rows(shops.owner, "SELECT name FROM person")


def test_each_shop_hears_of_its_own_changes_only(shops: Network) -> None:
    import time

    from app.storage.listening import ChangeListener
    from tests.coordinators import elsewhere

    def heard(listener: ChangeListener, shop: int) -> bool:
        deadline = time.monotonic() + 1
        while time.monotonic() < deadline:
            if listener.changed_elsewhere(0, shop):
                return True
            time.sleep(0.02)
        return False

    listener = ChangeListener(shops.lea)
    elsewhere(shops.paul, "needs.add_person('Hugo')")
    assert not heard(listener, shops.martin)  # Roux's news is not Martin's screens'
    elsewhere(shops.anne, "needs.add_person('Lina')")
    assert heard(listener, shops.martin)
    elsewhere(shops.paul, "needs.add_person('Yann')")
    assert heard(listener, shops.roux)
    listener.close()


def test_a_coordinators_copy_holds_the_shop_she_works_on(shops: Network, tmp_path: Path) -> None:
    from app.restoring import save_copy
    from app.shop import get_shop
    from app.storage.database import open_database

    _programme_with_pairs(shops.anne, 1)
    open_server(shops.lea)
    network.choose_shop(shops.martin)
    save_copy(tmp_path / "martin.sqlite")
    close_database()
    open_database(tmp_path / "martin.sqlite")  # offline, on any PC
    assert get_shop().name == "Chocolaterie Martin"
    assert sorted(person.name for person in needs.list_people()) == [
        "Anne",
        "Senior Spring 0",
        "Young Spring 0",
    ]
    needs.add_person("Offline")  # and it works as any file
    close_database()


def test_a_network_upgraded_to_version_4_keeps_the_calendars_record_to_each_shop(
    shops: Network,
) -> None:
    """The table version 4 adds is made by the upgrade, on a network already set up: it must
    get the same row rule as the others, or one shop would read another's sessions."""
    with psycopg.connect(shops.owner, autocommit=True) as owner:
        owner.execute("DROP TABLE calendar_event")
        owner.execute("ALTER TABLE session DROP COLUMN uid")
        owner.execute("ALTER TABLE closed_period DROP COLUMN part")
        owner.execute("UPDATE tandem_schema SET version = 3")
    # opened by the administrator's login, as the setup script does: upgraded, before (and
    # without) the script's own "create"
    open_server(shops.owner, to_work=False)
    close_database()
    assert _rows(
        shops.owner,
        "SELECT count(*) FROM pg_policies WHERE tablename = 'calendar_event'"
        " AND policyname = 'tandem_shop'",
    ) == [(1,)]
    with psycopg.connect(shops.owner, autocommit=True) as owner:
        person = {name: number for number, name in owner.execute("SELECT id, name FROM person")}
        programme = owner.execute(
            "INSERT INTO programme (name, state, current_step, created_at, shop_id, changed_in,"
            f" changed_by) VALUES ('Spring', 'running', 1, now(), {shops.roux}, 0, '')"
            " RETURNING id"
        ).fetchone()[0]
        owner.execute(
            "INSERT INTO calendar_event (programme_id, uid, mentor_id, mentee_id, day, minutes,"
            " said, sequence, cancelled, shop_id, changed_in, changed_by) VALUES"
            f" ({programme}, 'abc', {person['Paul']}, {person['Paul']}, '2027-03-02', 60, '',"
            f" 0, false, {shops.roux}, 0, '')"
        )
    assert _rows(shops.paul, "SELECT uid FROM calendar_event") == [("abc",)]
    assert _rows(shops.anne, "SELECT uid FROM calendar_event") == []
