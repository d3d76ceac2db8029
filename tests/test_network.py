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
from app.sessions import calendar
from app.steps import needs
from app.storage import migrations, network
from app.storage.database import close_database, open_server
from app.storage.models import ALL_MODELS, Person
from tests import builders
from tests.coordinators import ROOT
from tests.network_setup import Network, login
from tests.postgres import Server


def _rows(url: str, query: str) -> list[tuple[object, ...]]:
    with psycopg.connect(url) as connection:
        return connection.execute(query).fetchall()


def test_hand_written_sql_cannot_read_or_change_another_shops_rows(shops: Network) -> None:
    mine, theirs = f"shop_{shops.martin}", f"shop_{shops.roux}"
    with psycopg.connect(shops.anne, autocommit=True) as anne:
        assert anne.execute(f"SELECT name FROM {mine}.person").fetchall() == [("Anne",)]
        assert anne.execute(f"SELECT name FROM {mine}.shop").fetchall() == [
            ("Chocolaterie Martin",)
        ]
        anne.execute(f"SET search_path = {theirs}, tandem")  # naming the other shop: nothing
        refusals = [
            f"SELECT name FROM {theirs}.person",
            f"UPDATE {theirs}.person SET notes = 'x'",
            f"DELETE FROM {theirs}.person",
            f"INSERT INTO {theirs}.closed_period (shop_id, first_day, last_day, label, changed_in,"
            f" changed_by) VALUES ({shops.roux}, '2027-01-01', '2027-01-02', 'x', 0, 'anne')",
            "SELECT * FROM tandem.shops",  # the register holds every shop's secrets
            f"ALTER TABLE {mine}.person ADD COLUMN x INTEGER",
            f"DROP TABLE {mine}.person",
            f"TRUNCATE {mine}.person",
        ]
        for statement in refusals:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                anne.execute(statement)
    assert _rows(shops.owner, f"SELECT name, notes FROM {theirs}.person") == [("Paul", "")]
    assert _rows(shops.owner, f"SELECT count(*) FROM {theirs}.closed_period") == [(0,)]


def test_a_shops_tandem_shows_and_writes_its_own_shop_alone(shops: Network) -> None:
    open_server(shops.paul)
    assert [person.name for person in needs.list_people()] == ["Paul"]
    assert network.visible_shops() == [(shops.roux, "Menuiserie Roux")]
    needs.add_person("Hugo", job="Apprentice")
    assert Person.get(Person.name == "Hugo").shop_id == shops.roux
    close_database()
    assert _rows(shops.anne, f"SELECT name FROM shop_{shops.martin}.person") == [("Anne",)]


def test_a_network_coordinator_sees_every_shop_one_at_a_time_or_all(shops: Network) -> None:
    open_server(shops.lea)
    assert network.visible_shops() == [
        (shops.martin, "Chocolaterie Martin"),
        (shops.roux, "Menuiserie Roux"),
    ]
    network.choose_shop(shops.roux)
    assert [person.name for person in needs.list_people()] == ["Paul"]
    network.choose_shop(shops.martin)
    assert [person.name for person in needs.list_people()] == ["Anne"]


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
        "SELECT (SELECT count(*) FROM tandem.shops),"
        " (SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        "  WHERE g.rolname IN (SELECT grp FROM tandem.shops)),"
        " (SELECT count(*) FROM pg_tables WHERE schemaname = 'shop_1'),"
        " (SELECT count(*) FROM shop_1.topic)"
    )
    seen = []
    for _ in range(2):
        for arguments in runs:
            _setup(owner, *arguments)
        seen.append(_rows(owner, counts))
    assert seen[0] == seen[1]
    shops, members, tables, topics = seen[0][0]
    # the login, and the coordinators' group (a member of every shop's group)
    assert (shops, members, tables) == (1, 2, len(ALL_MODELS)) and topics > 0
    rose = login(postgres_server, server_database, user, "rose-secret")
    assert _rows(rose, "SELECT name FROM shop_1.shop") == [("Boulangerie Rose",)]
    assert ("Avis des clients",) in _rows(rose, "SELECT name FROM shop_1.topic")  # in French
    said = _setup(owner, "--language", "en", "add-shop", "Bakery Lee")
    assert "shop 2: Bakery Lee" in said
    assert ("Customer reviews", 2) in _rows(owner, "SELECT name, shop_id FROM shop_2.topic")
    assert "its password is now the one just given" in _setup(
        owner, "add-login", "Boulangerie Rose", user
    )


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
    martin, roux = f"shop_{shops.martin}", f"shop_{shops.roux}"
    assert _rows(restored, f"SELECT name FROM {martin}.person") == [("Anne",)]
    assert _rows(restored, f"SELECT name FROM {roux}.person") == [("Paul",)]
    assert _rows(anne, f"SELECT name FROM {martin}.person") == [("Anne",)]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _rows(anne, f"SELECT name FROM {roux}.person")


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
    # the shops, which of them someone holds, then one query over them all
    assert counted.selects == again.selects == 3
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
    martin, roux = f"shop_{shops.martin}", f"shop_{shops.roux}"
    assert _rows(shops.owner, f"SELECT name FROM {martin}.person ORDER BY name") == [
        ("Anne",),
        ("Senior Spring 0",),
    ]
    open_server(shops.anne)  # another shop's person is nobody here: her id is another's
    paul = _rows(shops.owner, f"SELECT id FROM {roux}.person WHERE name = 'Paul'")[0][0]
    if Person.get_or_none(Person.id == paul) is None:
        with pytest.raises(ValidationError):
            erase_person(int(str(paul)))
    close_database()
    assert _rows(shops.owner, f"SELECT name FROM {roux}.person") == [("Paul",)]


def _heard(listener: object, within: float = 1.0) -> bool:
    import time

    from app.storage.listening import ChangeListener

    assert isinstance(listener, ChangeListener)
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if listener.changed_elsewhere(0):
            return True
        time.sleep(0.02)
    return False


def test_each_shop_hears_of_its_own_changes_only(shops: Network) -> None:
    from app.storage.listening import ChangeListener
    from tests.coordinators import elsewhere

    open_server(shops.lea)
    network.choose_shop(shops.martin)
    martin = network.channel() or ""
    network.choose_shop(shops.roux)
    roux = network.channel() or ""
    close_database()
    listener = ChangeListener(shops.lea, martin)
    elsewhere(shops.paul, "needs.add_person('Hugo')")
    assert not _heard(listener)  # Roux's news is not Martin's screens'
    elsewhere(shops.anne, "needs.add_person('Lina')")
    assert _heard(listener)
    listener.listen_to(roux)  # she chose Roux
    elsewhere(shops.paul, "needs.add_person('Yann')")
    assert _heard(listener)
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


def test_a_network_from_before_shops_had_schemas_is_upgraded_by_its_administrator(
    postgres_server: Server, server_database: str
) -> None:
    """The old layout (every shop's rows in public, told apart by row rules): a shop's PC
    says so and changes nothing; the setup script's upgrade moves each shop into its schema
    and each login to its shop."""
    from app.errors import StorageProblem
    from tests.test_server_upgrades import old_layout

    owner = _administrator(postgres_server, server_database)
    open_server(owner, to_work=False)
    needs.add_person("Anne")
    close_database()
    user = f"old_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(server_database, autocommit=True) as superuser:
        old_layout(superuser)
        superuser.execute(
            "CREATE TABLE public.tandem_member (role_name TEXT NOT NULL, shop_id INTEGER NOT NULL)"
        )
        superuser.execute(f"INSERT INTO public.tandem_member VALUES ('{user}', 1)")
        superuser.execute("UPDATE public.shop SET name = 'Chocolaterie Martin'")
        # a second shop, which renamed itself like the first (the old layout let it)
        superuser.execute(
            "INSERT INTO public.shop (id, name, weekly_days_off, created_at, changed_in,"
            " changed_by) VALUES (2, 'CHOCOLATERIE  martin', 0, now(), 0, '')"
        )
        superuser.execute(f"CREATE ROLE {user} LOGIN PASSWORD 'old-secret'")
        name = conninfo_to_dict(server_database)["dbname"]
        superuser.execute(f'GRANT ALL ON DATABASE "{name}" TO {user}')
        superuser.execute(f"GRANT USAGE ON SCHEMA public TO {user}")
        superuser.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {user}")
        administrator = conninfo_to_dict(owner)["user"]
        for collation in ("name_order", "name_equal"):
            superuser.execute(f"ALTER COLLATION public.{collation} OWNER TO {administrator}")
        superuser.execute(f"ALTER TABLE public.tandem_member OWNER TO {administrator}")
    old = login(postgres_server, server_database, user, "old-secret")
    with pytest.raises(StorageProblem, match="older Tandem"):
        open_server(old)
    assert _rows(server_database, "SELECT count(*) FROM pg_namespace WHERE nspname = 'tandem'") == [
        (0,)
    ]
    said = _setup(owner, "upgrade")
    assert "shop 1: Chocolaterie Martin\n" in said
    assert "shop 2: CHOCOLATERIE  martin (2)" in said  # two shops never look alike
    open_server(old)
    assert [person.name for person in needs.list_people()] == ["Anne"]
    close_database()


def test_a_shops_pc_meets_an_older_network_says_so_until_its_administrator_upgrades(
    shops: Network,
) -> None:
    """After a newer Tandem is installed, the shops' PCs may not change the schema: they say
    so and change nothing; the setup script's upgrade does it once, every shop at a time."""
    from app.storage.server import OlderNetworkError
    from tests.test_server_upgrades import as_version_3

    with psycopg.connect(shops.owner, autocommit=True) as owner:
        for shop in (shops.martin, shops.roux):
            as_version_3(owner, f"shop_{shop}")
        owner.execute("UPDATE tandem.tandem_schema SET version = 3")
    with pytest.raises(OlderNetworkError, match="older Tandem"):
        open_server(shops.anne)
    with pytest.raises(OlderNetworkError):
        open_server(shops.lea)
    assert _rows(shops.owner, "SELECT version FROM tandem.tandem_schema") == [(3,)]
    said = _setup(shops.owner, "upgrade")
    assert f"schema version {migrations.SCHEMA_VERSION}" in said
    for url, shop in ((shops.anne, shops.martin), (shops.paul, shops.roux)):
        open_server(url)
        programme = builders.programme("Spring")
        mentor, mentee = builders.person("Young"), builders.person("Senior")
        builders.ready_pair(programme, mentor, mentee)
        assert b"BEGIN:VEVENT" in calendar(programme)  # what it said is recorded
        close_database()
        assert _rows(shops.owner, f"SELECT count(*) FROM shop_{shop}.calendar_event") == [(6,)]


def test_a_single_shops_overview_is_its_own_figures_on_a_file_or_a_server(
    database: object,
) -> None:
    from app.network_overview import network_overview
    from app.shop import set_shop_name

    set_shop_name("Chocolaterie Martin")
    spring = builders.programme("Spring")
    builders.ready_pair(spring, builders.person("Lucas"), builders.person("Marie"))
    (only,) = network_overview()
    assert (only.name, only.running_programmes, only.pairs_under_way) == (
        "Chocolaterie Martin",
        1,
        1,
    )
    assert (only.sessions_held, only.sessions_to_come, only.minutes_given) == (0, 6, 0)
