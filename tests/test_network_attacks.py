"""A shop's login turned against the network - a curious employee, or a shop PC taken over -
typing SQL by hand: it reaches its own shop alone, can neither pass for another shop nor
stop the others working, and the setup script refuses what would open a way in.

Each attack here was found working against the network of row rules Tandem had before a
shop was a schema of its own."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
import uuid

import psycopg
import pytest
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict

from app.errors import StorageProblem
from app.shop import set_shop_name
from app.steps import needs
from app.storage import network
from app.storage.database import close_database, open_server
from tests.coordinators import ROOT
from tests.network_setup import Network, login
from tests.postgres import Server
from tests.test_network import _administrator, _rows

Connection = psycopg.Connection[tuple[object, ...]]


def _refused(connection: Connection, statement: str) -> None:
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute(statement)


def test_nothing_can_be_created_that_another_login_would_run(shops: Network) -> None:
    """PostgreSQL 12-14 let every login create in public: a function or an operator there
    ran inside the other shops' Tandems and the administrator's setup."""
    mine = f"shop_{shops.martin}"
    with psycopg.connect(shops.anne, autocommit=True) as anne:
        for statement in (
            "CREATE FUNCTION public.lower(text) RETURNS text LANGUAGE sql AS 'SELECT $1'",
            "CREATE TABLE public.person (id INTEGER)",
            f"CREATE FUNCTION {mine}.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
            f"CREATE OPERATOR {mine}.= (LEFTARG = text, RIGHTARG = text, FUNCTION = texteq)",
            "CREATE FUNCTION tandem.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
            "CREATE SCHEMA anne_own",
            "CREATE TEMPORARY TABLE person (id INTEGER)",
        ):
            _refused(anne, statement)
    # the connection Tandem makes looks in the shop's schema and the register alone
    database = open_server(shops.paul)
    path = database.execute_sql("SHOW search_path").fetchone()[0]
    assert path == f'"shop_{shops.roux}", "tandem"'  # pg_catalog first, implicitly
    close_database()


def test_a_shop_cannot_pass_for_another_in_the_coordinators_list(shops: Network) -> None:
    open_server(shops.paul)
    set_shop_name("Chocolaterie Martin")  # its own name, in its own schema: its affair
    close_database()
    with psycopg.connect(shops.paul, autocommit=True) as paul:
        _refused(paul, "UPDATE tandem.shops SET name = 'Chocolaterie Martin'")
        _refused(
            paul,
            "INSERT INTO tandem.shops (name, look, schema_name, channel) VALUES ('a', 'a', 'a', 'a')",
        )
    open_server(shops.lea)
    assert network.visible_shops() == [
        (shops.martin, "Chocolaterie Martin"),
        (shops.roux, "Menuiserie Roux"),
    ]
    close_database()
    open_server(shops.owner, to_work=False)
    for lookalike in ("chocolaterie  MARTIN", "Chocolatérie Martin", "Chocolaterie-Martin"):
        with pytest.raises(StorageProblem, match="would look like"):
            network.add_shop(lookalike)
    assert len(network.visible_shops()) == 2
    close_database()


def test_rows_cannot_point_at_another_shops_rows(shops: Network) -> None:
    """A pair of the other shop's people, inserted by hand, once kept that shop from erasing
    them."""
    from app.privacy import erase_person

    theirs = _rows(shops.owner, f"SELECT id FROM shop_{shops.roux}.person")[0][0]
    mine = f"shop_{shops.martin}"
    with psycopg.connect(shops.anne, autocommit=True) as anne:
        anne.execute(f"SET search_path = {mine}, tandem")
        programme = anne.execute(
            "INSERT INTO programme (name, state, current_step, created_at, shop_id, changed_in,"
            f" changed_by) VALUES ('x', 'running', 1, now(), {shops.martin}, 0, '') RETURNING id"
        ).fetchone()
        assert programme is not None
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            anne.execute(
                "INSERT INTO pair (programme_id, mentor_id, mentee_id, state, stop_reason, notes,"
                " created_at, shop_id, changed_in, changed_by) VALUES"
                f" ({programme[0]}, {int(str(theirs)) + 100}, {int(str(theirs)) + 101},"
                f" 'proposed', '', '', now(), {shops.martin}, 0, '')"
            )
    open_server(shops.paul)
    paul = needs.list_people()[0].id
    erase_person(paul)
    assert needs.list_people() == []
    close_database()


def test_a_shops_revision_only_counts_up_and_is_its_own(shops: Network) -> None:
    mine, theirs = f"shop_{shops.martin}", f"shop_{shops.roux}"
    with psycopg.connect(shops.anne, autocommit=True) as anne:
        for number in ("0", "2147483647", "number + 2", "number - 1"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="only counts up"):
                anne.execute(f"UPDATE {mine}.revision SET number = {number}")
        _refused(anne, f"DELETE FROM {mine}.revision")
        _refused(anne, f"UPDATE {theirs}.revision SET number = 0")
        _refused(anne, f"ALTER TABLE {mine}.revision DISABLE TRIGGER ALL")
    open_server(shops.anne)
    needs.add_person("Lina")  # her own saves go on counting
    close_database()


def test_one_shop_holding_its_rows_never_holds_another(shops: Network) -> None:
    """A transaction left open on the shop's revision (or a Tandem frozen mid-save): the
    other shops save at once; a coordinator of the same shop is told within ten seconds."""
    with psycopg.connect(shops.anne) as anne:
        anne.execute(f"UPDATE shop_{shops.martin}.revision SET number = number + 1")
        open_server(shops.paul)
        began = time.monotonic()
        needs.add_person("Hugo")
        assert time.monotonic() - began < 1
        close_database()
        open_server(shops.lea)
        network.choose_shop(shops.martin)
        began = time.monotonic()
        with pytest.raises(StorageProblem, match="Someone else is saving"):
            needs.add_person("Lina")
        waited = time.monotonic() - began
        assert waited < 10, waited
        close_database()
        anne.rollback()
    open_server(shops.lea)
    network.choose_shop(shops.martin)
    needs.add_person("Lina")  # once she let go
    assert [person.name for person in needs.list_people()] == ["Anne", "Lina"]
    close_database()
    with psycopg.connect(shops.anne) as anne:
        settings = anne.execute(
            "SELECT current_setting('lock_timeout'),"
            " current_setting('idle_in_transaction_session_timeout'),"
            " current_setting('statement_timeout'),"
            " (SELECT rolconnlimit FROM pg_roles WHERE rolname = current_user)"
        ).fetchone()
    assert settings == ("8s", "1min", "1min", network.CONNECTIONS_PER_LOGIN)


def test_nothing_of_another_shop_can_be_guessed_or_used_up(shops: Network) -> None:
    """Duplicate keys once told a shop what another held; shared sequences could be used
    up by one login, and then no shop could add a person."""
    mine, theirs = f"shop_{shops.martin}", f"shop_{shops.roux}"
    with psycopg.connect(shops.anne, autocommit=True) as anne:
        _refused(anne, f"SELECT nextval('{theirs}.person_id_seq')")
        _refused(anne, f"SELECT setval('{mine}.person_id_seq', 2147483647)")
        _refused(anne, f"ALTER SEQUENCE {mine}.person_id_seq RESTART")
        # the same need as one of Roux's, in her own shop: no collision, nothing learnt
        person = anne.execute(f"SELECT id FROM {mine}.person").fetchone()
        topic = anne.execute(f"SELECT id FROM {mine}.topic ORDER BY id LIMIT 1").fetchone()
        assert person is not None and topic is not None
        values = f"{person[0]}, {topic[0]}, 1, 2, 1, {shops.martin}, 0, ''"
        columns = (
            "person_id, topic_id, current_level, target_level, priority, shop_id, changed_in,"
            " changed_by"
        )
        anne.execute(f"INSERT INTO {mine}.need ({columns}) VALUES ({values})")
    with psycopg.connect(shops.paul, autocommit=True) as paul:
        found = paul.execute(f"SELECT id FROM {theirs}.person").fetchone()
        assert found is not None and found[0] == person[0]  # each shop counts its own ids
        paul.execute(
            f"INSERT INTO {theirs}.need ({columns}) VALUES"
            f" ({found[0]}, {topic[0]}, 1, 2, 1, {shops.roux}, 0, '')"
        )


def test_a_shops_news_is_heard_and_sent_by_its_own_logins_alone(shops: Network) -> None:
    from app.storage.listening import ChangeListener
    from tests.test_network import _heard

    with psycopg.connect(shops.anne, autocommit=True) as anne:
        _refused(anne, "SELECT channel FROM tandem.shops")
        visible = anne.execute("SELECT id, channel FROM tandem.my_shops").fetchall()
    assert [row[0] for row in visible] == [shops.martin]
    open_server(shops.paul)
    roux = network.channel() or ""
    close_database()
    listener = ChangeListener(shops.paul, roux)
    with psycopg.connect(shops.anne, autocommit=True) as anne:
        for channel in ("tandem_changes", str(visible[0][1])):
            anne.execute(sql.SQL("NOTIFY {}").format(sql.Identifier(channel)))
    assert not _heard(listener)  # no reload of Roux's screens from Martin's login
    listener.close()


def test_the_administrators_group_cannot_open_tandem(
    postgres_server: Server, shops: Network
) -> None:
    owner = conninfo_to_dict(shops.owner)
    helper = f"helper_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(shops.owner, autocommit=True) as administrator:
        administrator.execute(f"CREATE ROLE {helper} LOGIN PASSWORD 'helper-secret'")
        administrator.execute(f"GRANT {owner['user']} TO {helper}")
    with pytest.raises(StorageProblem, match="sets up the network"):
        open_server(login(postgres_server, shops.owner, helper, "helper-secret"))


def _setup(owner: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "server" / "tandem_network.py"),
            owner,
            *arguments,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"TANDEM_NEW_PASSWORD": "rose-secret", "PATH": "/usr/bin:/bin"},
    )


def test_the_setup_script_refuses_logins_and_shops_that_would_open_a_way_in(
    postgres_server: Server, server_database: str
) -> None:
    owner = _administrator(postgres_server, server_database)
    tag = uuid.uuid4().hex[:6]
    for shop in ("Boulangerie Rose", "Fromagerie Lee"):
        assert _setup(owner, "add-shop", shop).returncode == 0
    assert _setup(owner, "add-login", "Boulangerie Rose", f"rose_{tag}").returncode == 0
    with psycopg.connect(server_database, autocommit=True) as superuser:  # a group with a member
        superuser.execute(f"CREATE ROLE staff_{tag} NOLOGIN")
        superuser.execute(f"CREATE ROLE bob_{tag} LOGIN")
        superuser.execute(f"GRANT staff_{tag} TO bob_{tag}")
        superuser.execute(f"CREATE ROLE solo_{tag} LOGIN")
    refused = {
        "tandem_network": ("add-login", "Boulangerie Rose", "tandem_network"),
        "tandem_admin": ("add-login", "Boulangerie Rose", "tandem_admin"),
        "postgres": ("add-login", "Boulangerie Rose", "postgres"),
        "capitals": ("add-login", "Boulangerie Rose", "Rose"),
        "70 characters": ("add-login", "Boulangerie Rose", "r" * 70),
        "another shop": ("add-login", "Fromagerie Lee", f"rose_{tag}"),
        "coordinator too": ("add-coordinator", f"rose_{tag}"),
        "administrator": ("add-login", "Boulangerie Rose", str(conninfo_to_dict(owner)["user"])),
        "201 characters": ("add-shop", "B" * 201),
        "no letters": ("add-shop", " - "),
        "look-alike": ("add-shop", "boulangerie rosé"),
        "Cyrillic o": ("add-shop", "Boulangerie R\u043ese"),
        "a group with members": ("add-login", "Boulangerie Rose", f"staff_{tag}"),
        "a member of a group": ("add-login", "Boulangerie Rose", f"bob_{tag}"),
        "typed in Latin-1": ("add-shop", os.fsdecode(b"Caf\xe9 Rose")),
        "a shop mistyped": ("add-login", "Boulangerie Ros", f"rosa_{tag}"),
    }
    for case, arguments in refused.items():
        done = _setup(owner, *arguments)
        assert done.returncode == 1, (case, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr and done.stderr.strip(), (case, done.stderr)
    shops = _rows(owner, "SELECT name FROM tandem.shops ORDER BY id")
    assert shops == [("Boulangerie Rose",), ("Fromagerie Lee",)]  # a refusal changes nothing
    members = _rows(
        owner,
        "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member"
        f" WHERE r.rolname = 'rose_{tag}'",
    )
    assert members == [(1,)]
    again = _setup(owner, "add-login", "Boulangerie Rose", f"rose_{tag}")
    assert "its password is now the one just given" in again.stdout
    fresh = _setup(owner, "add-login", "Boulangerie Rose", f"solo_{tag}")  # a bare login: taken
    assert "reaches that shop alone" in fresh.stdout and "replaced" not in fresh.stdout


def test_the_logins_limits_come_back_with_the_setup_after_a_restore(shops: Network) -> None:
    """A login's limits belong to the server, not to the database: a restored dump, or an
    upgraded network, has lost them; the setup script's every command gives them back."""
    anne = conninfo_to_dict(shops.anne)["user"]
    name = conninfo_to_dict(shops.owner)["dbname"]
    with psycopg.connect(shops.owner, autocommit=True) as owner:
        owner.execute(f'ALTER ROLE {anne} IN DATABASE "{name}" RESET ALL')
        owner.execute(f"ALTER ROLE {anne} CONNECTION LIMIT -1")
    assert _setup(shops.owner, "create").returncode == 0
    with psycopg.connect(shops.anne) as connection:
        found = connection.execute(
            "SELECT current_setting('lock_timeout'),"
            " (SELECT rolconnlimit FROM pg_roles WHERE rolname = current_user)"
        ).fetchone()
    assert found == ("8s", network.CONNECTIONS_PER_LOGIN)


def test_a_shop_holding_its_tables_delays_an_upgrade_which_says_so_and_changes_nothing(
    shops: Network,
) -> None:
    from tests.test_server_upgrades import as_version_3

    with psycopg.connect(shops.owner, autocommit=True) as owner:
        for shop in (shops.martin, shops.roux):
            as_version_3(owner, f"shop_{shop}")
        owner.execute("UPDATE tandem.tandem_schema SET version = 3")
    with psycopg.connect(shops.paul) as paul:  # a transaction left open on Roux's sessions
        paul.execute(f"SELECT count(*) FROM shop_{shops.roux}.session")
        began = time.monotonic()
        held = _setup(shops.owner, "upgrade")
        waited = time.monotonic() - began
        paul.rollback()
    assert held.returncode == 1 and "Traceback" not in held.stderr
    assert "someone holds just now" in held.stderr and "network" not in held.stderr.split("(")[0]
    assert waited < 20, waited  # the script's own start, then 8 s at most
    assert _rows(shops.owner, "SELECT version FROM tandem.tandem_schema") == [(3,)]
    assert _setup(shops.owner, "upgrade").returncode == 0  # once let go


@pytest.mark.parametrize("seen_held", [True, False], ids=["held", "held-after-the-look"])
def test_a_shop_holding_its_tables_is_shown_held_and_the_others_figures_still_come(
    shops: Network, seen_held: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shop's login locks its own tables: the coordinator of both shops sees the other
    shop's figures at once, and that one marked held - no longer a refusal of the whole
    overview after eight seconds. Locked between the look at who holds what and the read
    (``held-after-the-look``), it is found held within a few seconds."""
    from app.network_overview import HELD_SECONDS, network_overview
    from app.storage.server import ServerDatabase

    open_server(shops.lea)
    before = {figures.shop_id: figures for figures in network_overview()}
    close_database()
    if not seen_held:
        monkeypatch.setattr(ServerDatabase, "shops_held", lambda _database: set())
    with psycopg.connect(shops.anne) as anne:
        anne.execute(f"LOCK TABLE shop_{shops.martin}.session IN ACCESS EXCLUSIVE MODE")
        open_server(shops.lea)
        began = time.monotonic()
        seen = {figures.shop_id: figures for figures in network_overview()}
        waited = time.monotonic() - began
        close_database()
        anne.rollback()
    assert seen[shops.martin].held and not seen[shops.roux].held
    assert seen[shops.roux] == before[shops.roux]
    assert waited < (1 if seen_held else 2 * HELD_SECONDS + 1), waited
    open_server(shops.lea)
    assert network_overview() == sorted(before.values(), key=lambda f: f.name)  # once let go
    close_database()


def test_a_shop_misbehaving_in_every_way_at_once_holds_no_other_shop(shops: Network) -> None:
    """Anne's login lifts its own limits, holds its shop's revision and every table of its
    schema in an open transaction, and keeps its other connections busy with endless
    queries: Roux's saves and reads go on at their usual pace, and the coordinator of both
    sees Roux's figures with Martin marked busy."""
    import datetime as dt
    import threading

    from app import programmes
    from app.network_overview import network_overview
    from app.progress import programme_progress
    from tests.test_network import _programme_with_pairs

    _programme_with_pairs(shops.paul, 3)
    mine = f"shop_{shops.martin}"
    holder = psycopg.connect(shops.anne)
    holder.execute("ALTER ROLE CURRENT_USER SET statement_timeout = 0")
    holder.execute("SET idle_in_transaction_session_timeout = 0")
    holder.execute(f"UPDATE {mine}.revision SET number = number + 1")
    for (table,) in holder.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = %s", (mine,)
    ).fetchall():
        holder.execute(f'LOCK TABLE {mine}."{table}" IN ACCESS EXCLUSIVE MODE')
    burners = [psycopg.connect(shops.anne, autocommit=True) for _ in range(8)]

    def burn(connection: Connection) -> None:
        with contextlib.suppress(psycopg.errors.QueryCanceled):
            connection.execute("SELECT count(*) FROM generate_series(1, 10000000000)")

    threads = [threading.Thread(target=burn, args=(burner,)) for burner in burners]
    for thread in threads:
        thread.start()
    waits: list[float] = []
    try:
        time.sleep(1)  # the burners are running
        open_server(shops.paul)
        (spring,) = programmes.list_programmes()
        for number in range(20):
            began = time.monotonic()
            needs.add_person(f"Apprentice {number}")
            assert len(programme_progress(spring.id, dt.date(2026, 5, 4)).pairs) == 3
            waits.append(time.monotonic() - began)
        close_database()
        open_server(shops.lea)
        began = time.monotonic()
        seen = {figures.shop_id: figures for figures in network_overview()}
        overview = time.monotonic() - began
        close_database()
    finally:
        for burner in burners:
            burner.cancel()
        for thread in threads:
            thread.join(30)
        for burner in burners:
            burner.close()
        holder.rollback()
        holder.execute("ALTER ROLE CURRENT_USER RESET statement_timeout")
        holder.commit()
        holder.close()
    print(f"Roux's save and dashboard, longest: {max(waits):.3f} s; overview {overview:.2f} s")
    assert max(waits) < 1.5, waits
    assert seen[shops.martin].held and seen[shops.roux].pairs_under_way == 3
    assert not seen[shops.roux].held
    assert overview < 5, overview


def test_a_coordinator_opens_tandem_while_one_of_her_shops_is_held(shops: Network) -> None:
    """Anne's login locks Martin's revision: Léa, coordinator of Martin and Roux, opened
    Tandem on Martin (the first of her shops) and waited 8 s for a refusal. She now works on
    Roux at once; Martin is refused with its name until Anne lets go."""
    from app.i18n import untranslated

    with psycopg.connect(shops.anne) as anne:
        anne.execute(f"LOCK TABLE shop_{shops.martin}.revision IN ACCESS EXCLUSIVE MODE")
        began = time.monotonic()
        open_server(shops.lea)
        opened = time.monotonic() - began
        assert network.registered_name() == "Menuiserie Roux"
        with pytest.raises(StorageProblem) as refused:
            network.choose_shop(shops.martin)
        said = refused.value.message.render(untranslated)
        assert said.startswith("Chocolaterie Martin cannot be opened just now")
        assert said.endswith("Try again in a moment.")
        assert network.registered_name() == "Menuiserie Roux"  # where she was
        needs.add_person("Hugo")
        close_database()
        anne.rollback()
    assert opened < 2, opened
    open_server(shops.lea)
    assert network.registered_name() == "Chocolaterie Martin"  # the first, once let go
    network.choose_shop(shops.roux)
    assert "Hugo" in [person.name for person in needs.list_people()]
    close_database()


def test_a_login_removed_by_the_setup_script_reaches_nothing_and_its_work_stays(
    shops: Network,
) -> None:
    """A mistaken login, or an employee who left: `remove-login` takes it off the server -
    at once, even while its Tandem is open - and what it wrote stays in its shop. Only the
    network's logins are removed: a role of the server, the administrator or a name
    mistyped are refused with a sentence."""
    anne = str(conninfo_to_dict(shops.anne)["user"])
    lea = str(conninfo_to_dict(shops.lea)["user"])
    owner = str(conninfo_to_dict(shops.owner)["user"])
    open_server(shops.anne)
    needs.add_person("Lina")
    close_database()
    still_open = psycopg.connect(shops.anne, autocommit=True)
    for mistaken in (f"{anne}x", owner, "postgres"):
        refused = _setup(shops.owner, "remove-login", mistaken)
        assert refused.returncode == 1 and "Traceback" not in refused.stderr
        assert "not a login of this network, so nothing was removed" in refused.stderr
        assert "in place" not in refused.stdout  # a refusal says nothing was done
    with psycopg.connect(shops.anne, autocommit=True) as by_hand:  # owns a large object
        made = by_hand.execute("SELECT lo_create(0)").fetchone()
    kept = _setup(shops.owner, "remove-login", anne)
    assert kept.returncode == 1 and f"DROP OWNED BY {anne}" in kept.stderr
    assert "Traceback" not in kept.stderr
    with psycopg.connect(shops.anne, autocommit=True) as by_hand:  # still there: she can
        by_hand.execute("SELECT lo_unlink(%s)", made)
    done = _setup(shops.owner, "remove-login", anne)
    assert done.returncode == 0, done.stderr
    assert f"{anne}, which worked for Chocolaterie Martin, no longer reaches" in done.stdout
    with pytest.raises(psycopg.Error):
        still_open.execute("SELECT count(*) FROM person")
    still_open.close()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(shops.anne)
    coordinator = _setup(shops.owner, "remove-login", lea)
    assert f"{lea}, which coordinated the network, no longer reaches" in coordinator.stdout
    names = _rows(shops.owner, f"SELECT name FROM shop_{shops.martin}.person ORDER BY id")
    assert names == [("Anne",), ("Lina",)]
    assert _setup(shops.owner, "add-login", "Chocolaterie Martin", anne).returncode == 0  # back
