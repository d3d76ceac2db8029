"""A network set up before shops had schemas (every shop's rows in ``public``, its logins
listed in ``tandem_member``, its coordinators members of ``tandem_network``): who its
logins were, and the same logins given their places in the network of schemas.
"""

from __future__ import annotations

from app.storage.models import db
from app.storage.network import coordinators_group, grant, role_exists, shop_group


def old_members() -> tuple[list[tuple[str, int]], list[str]]:
    """A network of the old layout's shops' logins (with their shop) and coordinators."""
    members = db.execute_sql("SELECT role_name, shop_id FROM public.tandem_member").fetchall()
    coordinators = db.execute_sql(
        "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles r ON r.oid = m.member WHERE g.rolname = 'tandem_network'"
    ).fetchall()
    return [(str(role), int(shop)) for role, shop in members], [str(row[0]) for row in coordinators]


def take_members(found: tuple[list[tuple[str, int]], list[str]]) -> None:
    """The old layout's logins made members of their shop's group, its coordinators of the
    network's (roles of the old layout's groups are the server's, and are left as they are)."""
    members, coordinators = found
    for role, shop in members:
        if role_exists(role):
            grant(shop_group(shop), role)
    for role in coordinators:
        grant(coordinators_group(), role)
