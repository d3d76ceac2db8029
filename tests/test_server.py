"""Tandem's data on a PostgreSQL server: the schema's rules are the file's - created when
empty, upgraded step by step, a newer or foreign database refused and left untouched - and
names sort and compare as in the file. The core's tests run on both (``database`` in
conftest); these are the server's own."""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from app.errors import NewerVersionError, NotTandemFileError, StorageProblem
from app.i18n import untranslated
from app.steps import needs
from app.storage import migrations
from app.storage.addresses import CONNECT_SECONDS
from app.storage.database import close_database, open_database, open_server
from app.storage.layout import SCHEMA_TABLE
from app.storage.models import Person, Session, db
from app.storage.problems import storage_problem_for
from tests.network_faults import Relay
from tests.postgres import SUPERUSER, Server, make_authority


def _tables(url: str) -> set[str]:
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
    return {row[0] for row in rows}


def test_an_empty_database_gets_the_schema_its_catalogue_and_its_version(
    server_database: str,
) -> None:
    open_server(server_database)
    assert needs.list_topics()  # the starting catalogue
    close_database()
    with psycopg.connect(server_database) as connection:
        assert connection.execute(
            f"SELECT application, version FROM {SCHEMA_TABLE}"
        ).fetchall() == [("Tandem", migrations.SCHEMA_VERSION)]
    open_server(server_database)  # opened again: found, not made again
    needs.add_person("Marie")
    close_database()
    open_server(server_database)
    assert [person.name for person in needs.list_people()] == ["Marie"]


def test_another_programs_database_is_refused_and_left_untouched(server_database: str) -> None:
    with psycopg.connect(server_database) as connection:
        connection.execute("CREATE TABLE invoice (id SERIAL PRIMARY KEY, total NUMERIC)")
        connection.execute("INSERT INTO invoice (total) VALUES (12.50)")
    with pytest.raises(NotTandemFileError, match="another program's data"):
        open_server(server_database)
    assert _tables(server_database) == {"invoice"}


def test_a_newer_tandems_database_is_refused_and_left_untouched(server_database: str) -> None:
    open_server(server_database)
    needs.add_person("Marie")
    close_database()
    with psycopg.connect(server_database) as connection:
        connection.execute(f"UPDATE {SCHEMA_TABLE} SET version = version + 1")
    before = _tables(server_database)
    with pytest.raises(NewerVersionError, match="newer Tandem"):
        open_server(server_database)
    assert _tables(server_database) == before
    with psycopg.connect(server_database) as connection:
        assert connection.execute("SELECT name FROM shop_1.person").fetchall() == [("Marie",)]


def test_a_database_that_cannot_be_opened_leaves_the_open_file_in_use(
    server_database: str, tmp_path: object
) -> None:
    from pathlib import Path

    with psycopg.connect(server_database) as connection:
        connection.execute("CREATE TABLE invoice (id SERIAL PRIMARY KEY)")
    file = open_database(Path(str(tmp_path)) / "tandem.sqlite")
    with pytest.raises(NotTandemFileError):
        open_server(server_database)
    assert db.obj is file and not file.is_closed()
    needs.add_person("Marie")  # into the file, as before
    close_database()


@pytest.mark.parametrize("database", ["file", "server"], indirect=True)
def test_names_sort_and_compare_alike_in_the_file_and_on_the_server(database: object) -> None:
    for name in ("zoé", "Émile", "eric", "Élodie", "adèle"):
        needs.add_topic(name)
    names = [
        topic.name
        for topic in needs.list_topics()
        if topic.name in {"zoé", "Émile", "eric", "Élodie", "adèle"}
    ]
    assert names == ["adèle", "Élodie", "Émile", "eric", "zoé"]
    with pytest.raises(Exception, match="already"):
        needs.add_topic("ÉLODIE")  # the same name in capitals
    needs.add_topic("Elodie")  # without its accent it is another name


# --- reaching the server ----------------------------------------------------------------


def test_a_password_is_asked_for_refused_when_wrong_and_kept_nowhere(password_user: str) -> None:
    from app.storage.addresses import PasswordNeeded, PasswordRefused

    with pytest.raises(PasswordNeeded, match="asks for the password of marie_"):
        open_server(password_user)
    with pytest.raises(PasswordRefused, match="refused the password of marie_"):
        open_server(password_user, password="wrong")
    opened = open_server(password_user, password="tandem-secret")
    needs.add_person("Marie")
    assert "tandem-secret" not in opened.url  # the address stays as given, without it


def test_the_users_postgresql_password_file_is_read(
    password_user: str, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    from psycopg.conninfo import conninfo_to_dict

    parts = conninfo_to_dict(password_user)
    password_file = Path(str(tmp_path)) / "pgpass"
    password_file.write_text(
        f"*:*:{parts['dbname']}:{parts['user']}:tandem-secret\n", encoding="utf-8"
    )
    password_file.chmod(0o600)  # libpq ignores a password file others can read
    monkeypatch.setenv("PGPASSFILE", str(password_file))
    open_server(password_user)
    assert needs.list_topics()


def test_a_server_that_cannot_be_reached_is_said_and_the_file_stays_open(
    postgres_server: Server, tmp_path: object
) -> None:
    from pathlib import Path

    file = open_database(Path(str(tmp_path)) / "tandem.sqlite")
    nowhere = f"postgresql://tandem@/tandem?host={Path(str(tmp_path)) / 'no-server'}&port=5999"
    with pytest.raises(StorageProblem, match="cannot reach the server") as refused:
        open_server(nowhere)
    assert "nothing answers there (is it switched on?)" in str(refused.value)
    assert "go on with the data on this PC" in str(refused.value)
    assert db.obj is file and not file.is_closed()
    missing = postgres_server.url("no_such_database")
    with pytest.raises(StorageProblem, match="There is no database no_such_database"):
        open_server(missing)
    assert db.obj is file
    close_database()


def test_a_copy_of_the_networks_data_opens_offline_as_a_tandem_file(
    server_database: str, tmp_path: object
) -> None:
    from pathlib import Path

    from app.restoring import save_copy
    from app.shop import set_shop_name
    from app.storage.files import inspect_file, integrity_check
    from app.storage.models import Pair
    from tests.big_programme import build_programme

    open_server(server_database)
    set_shop_name("Réseau des artisans")
    build_programme(6, sessions=5)
    seen = {
        "people": sorted((p.id, p.name) for p in Person.select()),
        "pairs": Pair.select().count(),
        "sessions": sorted((s.id, s.pair_id, s.held_on) for s in Session.select()),
    }
    copy = Path(str(tmp_path)) / "Réseau - copie.sqlite"
    assert save_copy(copy) == copy
    assert not list(copy.parent.glob("*.partial")) and not list(copy.parent.glob("*-wal"))
    assert integrity_check(copy) == [] and inspect_file(copy) == migrations.SCHEMA_VERSION
    close_database()
    open_database(copy)  # offline: an ordinary Tandem file
    from app.shop import get_shop

    assert get_shop().name == "Réseau des artisans"
    assert sorted((p.id, p.name) for p in Person.select()) == seen["people"]
    assert Pair.select().count() == seen["pairs"] == 6
    assert sorted((s.id, s.pair_id, s.held_on) for s in Session.select()) == seen["sessions"]
    needs.add_person("Nouvelle")  # and it takes changes, as her own data would
    close_database()


# --- the other coordinators' changes ------------------------------------------------------


def another_coordinator(url: str, name: str) -> float:
    """Another Tandem adds ``name`` to the network's team, through Tandem's own core, in a
    process of its own; the moment its change was committed (time.monotonic)."""
    import subprocess
    import sys
    import time
    from pathlib import Path

    code = (
        "import sys\n"
        "from app.storage.database import open_server, close_database\n"
        "from app.steps import needs\n"
        "open_server(sys.argv[1]); needs.add_person(sys.argv[2]); close_database()\n"
    )
    subprocess.run(
        [sys.executable, "-c", code, url, name],
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
        timeout=60,
    )
    return time.monotonic()


def test_a_change_is_heard_by_the_other_coordinators_not_by_its_author(
    server_database: str,
) -> None:
    import time

    from app.storage.listening import ChangeListener, own_backend
    from app.storage.network import channel

    open_server(server_database)
    shop = channel() or ""
    listener, anyone = ChangeListener(server_database, shop), ChangeListener(server_database, shop)
    try:
        own = own_backend()
        needs.add_person("Marie")
        time.sleep(0.2)
        assert not listener.changed_elsewhere(own)  # her own change is no news to her
        assert anyone.changed_elsewhere(0)  # but it was announced
        done = another_coordinator(server_database, "Karim")
        while not listener.changed_elsewhere(own):
            assert time.monotonic() - done < 2, "not heard within 2 seconds"
            time.sleep(0.01)
        assert "Karim" in [person.name for person in needs.list_people()]
    finally:
        listener.close()
        anyone.close()


@pytest.mark.parametrize("database", ["server"], indirect=True)
def test_a_person_is_erased_from_the_network_in_one_go(database: object) -> None:
    from app import privacy
    from app.storage.models import Need, Pair
    from tests.big_programme import build_programme

    build_programme(3, sessions=4)
    mentor = Pair.select().first().mentor_id
    pairs = [pair.id for pair in Pair.select().where(Pair.mentor == mentor)]
    assert pairs and Session.select().where(Session.pair.in_(pairs)).count() > 0
    privacy.erase_person(mentor)
    assert Person.get_or_none(Person.id == mentor) is None
    assert Pair.select().where(Pair.id.in_(pairs)).count() == 0
    assert Session.select().where(Session.pair.in_(pairs)).count() == 0
    assert Need.select().where(Need.person == mentor).count() == 0
    assert Pair.select().count() == 2  # the other pairs stay


@pytest.mark.parametrize("database", ["server"], indirect=True)
def test_a_connection_that_broke_is_taken_up_again_by_the_next_save(
    database: object, postgres_server: Server
) -> None:
    """The server cut the connection (restarted, or the network dropped and came back)
    while nothing was being saved: the next save finds it out at its first statement,
    connects again and is saved, once."""
    from app.storage.listening import own_backend

    needs.add_person("Marie")
    with psycopg.connect(postgres_server.url("postgres"), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (own_backend(),))  # the network drops
    needs.add_person("Karim")
    assert sorted(person.name for person in needs.list_people()) == ["Karim", "Marie"]


@pytest.mark.parametrize("database", ["server"], indirect=True)
def test_the_server_back_after_being_away_is_used_again(
    database: object, postgres_server: Server
) -> None:
    """Switched off for a while: every read and save in between says the connection was
    lost (however many tries to connect again failed), and once the server is back the
    next read and save work, without restarting Tandem."""
    needs.add_person("Marie")
    with postgres_server.away():
        for _ in range(3):  # a read's error becomes its sentence at the window
            with pytest.raises(Exception) as lost:
                needs.list_people()
            problem = storage_problem_for(lost.value)
            assert problem is not None
            assert "connection to the network's server was lost" in problem.message.render(
                untranslated
            )
        with pytest.raises(StorageProblem, match="connection to the network's server was lost"):
            needs.add_person("Karim")
    assert [person.name for person in needs.list_people()] == ["Marie"]
    needs.add_person("Karim")
    assert sorted(person.name for person in needs.list_people()) == ["Karim", "Marie"]


@contextlib.contextmanager
def relayed(server: Server, database_url: str) -> Iterator[tuple[Relay, str]]:
    """A relay to the test server's TCP port (skipped where the server has none: without
    openssl it listens on its socket alone), and the address of the database through it."""
    from psycopg.conninfo import conninfo_to_dict

    if server.authority is None:
        pytest.skip("openssl is not installed: the test server listens on no TCP port")
    relay = Relay(server.port)
    name = conninfo_to_dict(database_url)["dbname"]
    try:
        yield relay, f"postgresql://{SUPERUSER}@localhost:{relay.port}/{name}?sslmode=require"
    finally:
        relay.close()


def test_a_server_that_does_not_answer_is_told_in_a_sentence_within_ten_seconds(
    postgres_server: Server, server_database: str
) -> None:
    """A network that drops everything on the way (a switch, a firewall) leaves Tandem
    waiting for an answer that never comes: it gives up after ten seconds, with a sentence,
    instead of holding the window for good."""
    import time

    with relayed(postgres_server, server_database) as (relay, url):
        open_server(url)  # the relay relays: through it, the server answers
        needs.add_person("Marie")
        close_database()
        with relay.silent():
            started = time.monotonic()
            with pytest.raises(StorageProblem) as silent:
                open_server(url)
            waited = time.monotonic() - started
    assert CONNECT_SECONDS - 1 < waited < CONNECT_SECONDS + 5
    assert silent.value.message.render(untranslated) == (
        "The server localhost did not answer within 10 seconds. Check that this PC is on the "
        "network, or go on with the data on this PC."
    )


def test_a_server_starting_or_stopping_is_said_so_in_words_of_tandem(
    postgres_server: Server, server_database: str
) -> None:
    """The server's own words ("FATAL: the database system is shutting down", in the
    server's language) and libpq's ("Connection refused") are not shown: Tandem says it."""
    with postgres_server.stopping(), pytest.raises(StorageProblem) as stopping:
        open_server(server_database)
    assert stopping.value.message.render(untranslated) == (
        f"The server {postgres_server.socket} is starting or stopping just now. Try again in a "
        "moment, or go on with the data on this PC."
    )


def _said_at_window(action: Callable[[], object]) -> tuple[str, float]:
    """What the window says when ``action`` (a read or a save) fails, and how long it took."""
    import time

    started = time.monotonic()
    with pytest.raises(Exception) as failed:
        action()
    waited = time.monotonic() - started
    problem = storage_problem_for(failed.value)
    assert problem is not None, f"told as a bug: {failed.value!r}"
    return problem.message.render(untranslated), waited


def test_a_network_gone_silent_under_open_data_is_told_each_time_then_left_behind(
    postgres_server: Server, server_database: str
) -> None:
    """The network drops everything while Tandem has its data open: each read and save
    says the connection was lost - the second and third as the first - within about ten
    seconds each, never twenty; and once the network is back, the next save works."""
    with relayed(postgres_server, server_database) as (relay, url):
        open_server(url)
        needs.add_person("Marie")
        with relay.silent():
            for action in (needs.list_people, needs.list_people, lambda: needs.add_person("Karim")):
                said, waited = _said_at_window(action)
                assert said.startswith("The connection to the network's server was lost")
                assert waited < CONNECT_SECONDS + 3
        needs.add_person("Karim")
        assert sorted(person.name for person in needs.list_people()) == ["Karim", "Marie"]


def test_a_certificate_that_proves_nothing_is_refused_with_a_sentence(
    postgres_server: Server, server_database: str, tmp_path: Path
) -> None:
    """Over the network, Tandem checks the server's certificate against the authority the
    address names: a server signed by another (one that pretends) gets nothing."""
    from psycopg.conninfo import conninfo_to_dict

    if postgres_server.authority is None:
        pytest.skip("openssl is not installed: the test server has no certificate")
    name = str(conninfo_to_dict(server_database)["dbname"])
    open_server(postgres_server.tls_url(name, postgres_server.authority))
    assert db.execute_sql(
        "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
    ).fetchone() == (True,)
    close_database()
    stranger = make_authority(tmp_path, "another-authority")
    assert stranger is not None
    with pytest.raises(StorageProblem) as refused:
        open_server(postgres_server.tls_url(name, stranger))
    said = refused.value.message.render(untranslated)
    assert said.startswith(
        "The server localhost could not prove who it is: its certificate was refused"
    )


def test_a_pc_without_the_networks_authority_is_told_where_to_put_it(
    postgres_server: Server, server_database: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """No root.crt on this PC: the server is not at fault, and the sentence says which file
    is missing, where - the log keeps libpq's own words."""
    from psycopg.conninfo import conninfo_to_dict

    if postgres_server.authority is None:
        pytest.skip("openssl is not installed: the test server has no certificate")
    caplog.set_level(logging.INFO)
    name = str(conninfo_to_dict(server_database)["dbname"])
    missing = tmp_path / "postgresql" / "root.crt"
    with pytest.raises(StorageProblem) as refused:
        open_server(postgres_server.tls_url(name, missing))
    said = refused.value.message.render(untranslated)
    assert said.startswith("This PC cannot check that the server localhost is the network's")
    assert str(missing) in said and "could not prove" not in said
    assert f'root certificate file "{missing}" does not exist' in caplog.text


def test_an_empty_database_a_login_may_not_set_up_is_said_in_a_sentence(
    postgres_server: Server, server_database: str
) -> None:
    role = f"zoe_{uuid.uuid4().hex[:6]}"
    postgres_server.add_role(role, "zoe-secret")
    from psycopg.conninfo import conninfo_to_dict

    name = conninfo_to_dict(server_database)["dbname"]
    with psycopg.connect(server_database, autocommit=True) as superuser:
        superuser.execute(f'GRANT CONNECT ON DATABASE "{name}" TO {role}')
        superuser.execute(f'REVOKE CREATE ON DATABASE "{name}" FROM PUBLIC')
    with pytest.raises(StorageProblem, match=r"is empty, and \w+ may not set it up"):
        open_server(postgres_server.url(name, user=f"{role}:zoe-secret"))
    assert _tables(server_database) == set()


@pytest.mark.parametrize("database", ["server"], indirect=True)
def test_a_change_is_saved_even_when_the_server_cannot_send_its_news(
    database: object, caplog: pytest.LogCaptureFixture
) -> None:
    """The news goes out once the change is saved: a server that refuses it (its queue of
    news full - any login can fill it - or here a channel it will not take) costs the
    change nothing."""
    import dataclasses

    from app.storage.server import ServerDatabase

    assert isinstance(db.obj, ServerDatabase) and db.obj.place is not None
    db.obj.place = dataclasses.replace(db.obj.place, channel="x" * 100)
    needs.add_person("Marie")
    assert [person.name for person in needs.list_people()] == ["Marie"]
    assert "The others were not told of this change" in caplog.text
