"""A network of two shops on the test server, set up with Tandem's own code: a login for
each shop, a coordinator of both, and a person in each shop."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from psycopg.conninfo import conninfo_to_dict

from app.steps import needs
from app.storage import network
from app.storage.database import close_database, open_server
from tests.postgres import Server


@dataclass
class Network:
    owner: str
    anne: str
    paul: str
    lea: str
    martin: int
    roux: int


def login(server: Server, owner: str, role: str, password: str) -> str:
    """The address of the database at ``owner`` for ``role``, its password in it."""
    name = conninfo_to_dict(owner)["dbname"]
    return server.url(name, user=f"{role}:{password}")


@pytest.fixture
def shops(postgres_server: Server, server_database: str) -> Iterator[Network]:
    """Two shops with a login each and a person each, and a coordinator of the network."""
    tag = uuid.uuid4().hex[:6]
    open_server(server_database)
    network.create_network()
    network.add_shop("Chocolaterie Martin")
    network.add_shop("Menuiserie Roux")
    network.add_member("Chocolaterie Martin", f"anne_{tag}", "anne-secret")
    network.add_member("Menuiserie Roux", f"paul_{tag}", "paul-secret")
    network.add_coordinator(f"lea_{tag}", "lea-secret")
    found = dict((name, number) for number, name in network.visible_shops())
    for shop, person in (("Chocolaterie Martin", "Anne"), ("Menuiserie Roux", "Paul")):
        network.choose_shop(found[shop])
        needs.add_person(person, job="Owner")
    close_database()
    yield Network(
        server_database,
        login(postgres_server, server_database, f"anne_{tag}", "anne-secret"),
        login(postgres_server, server_database, f"paul_{tag}", "paul-secret"),
        login(postgres_server, server_database, f"lea_{tag}", "lea-secret"),
        found["Chocolaterie Martin"],
        found["Menuiserie Roux"],
    )
