"""The whole network at a glance, for a coordinator of several shops: for each shop she may
see, its running programmes, its pairs under way, the sessions held and to come, and the
time given - in a handful of queries, however many shops, pairs and sessions there are.

On a file, or for a shop's own login, it is the one shop.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import peewee as pw

from app.storage import network
from app.storage.models import Pair, Programme, Session, Shop
from app.vocabulary import PairState, SessionStatus

#: Pairs that are still meeting.
UNDER_WAY = (PairState.PROPOSED.value, PairState.ACTIVE.value, PairState.PAUSED.value)
#: Sessions still to come.
TO_COME = (SessionStatus.PLANNED.value, SessionStatus.MOVED.value)


@dataclass(frozen=True)
class ShopFigures:
    shop_id: int
    name: str
    running_programmes: int
    pairs_under_way: int
    sessions_held: int
    sessions_to_come: int
    minutes_given: int


def network_overview() -> list[ShopFigures]:
    """Every shop the login may see, by name, with the figures of its running programmes."""
    with network.every_shop():
        shops = list(Shop.select(Shop.id, Shop.name).order_by(Shop.name, Shop.id).tuples())
        running = Programme.state == "running"
        programmes = Counter(
            dict(
                Programme.select(Programme.shop_id, pw.fn.COUNT(Programme.id))
                .where(running)
                .group_by(Programme.shop_id)
                .tuples()
            )
        )
        pairs = Counter(
            dict(
                Pair.select(Pair.shop_id, pw.fn.COUNT(Pair.id))
                .join(Programme)
                .where(running & Pair.state.in_(UNDER_WAY))
                .group_by(Pair.shop_id)
                .tuples()
            )
        )
        held: Counter[int] = Counter()
        to_come: Counter[int] = Counter()
        minutes: Counter[int] = Counter()
        sessions = (
            Session.select(
                Session.shop_id, Session.status, pw.fn.COUNT(Session.id), pw.fn.SUM(Session.minutes)
            )
            .join(Pair)
            .join(Programme)
            .where(running)
            .group_by(Session.shop_id, Session.status)
            .tuples()
        )
        for shop, status, count, spent in sessions:
            if status == SessionStatus.DONE.value:
                held[shop] += count
                minutes[shop] += int(spent or 0)
            elif status in TO_COME:
                to_come[shop] += count
    return [
        ShopFigures(
            shop, name, programmes[shop], pairs[shop], held[shop], to_come[shop], minutes[shop]
        )
        for shop, name in shops
    ]
