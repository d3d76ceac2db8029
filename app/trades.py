"""Starting topics for a few trades, chosen at the first start: a bakery, a restaurant, a
garage, a hair salon, a shop. Each adds the digital and trade topics such a business most
often needs to the common catalogue, in the owner's language; from then on they are hers,
to rename, extend or remove like any other topic.
"""

from __future__ import annotations

from enum import StrEnum

from app.i18n import QT_TRANSLATE_NOOP, Translator, untranslated
from app.steps import needs
from app.storage.database import transaction
from app.vocabulary import TopicKind

_C = "trades"


class Trade(StrEnum):
    OTHER = ""
    BAKERY = "bakery"
    RESTAURANT = "restaurant"
    GARAGE = "garage"
    HAIR_SALON = "hair_salon"
    SHOP = "shop"


TRADE_LABELS: dict[Trade, str] = {
    Trade.BAKERY: QT_TRANSLATE_NOOP("trades", "Bakery, pastry"),
    Trade.RESTAURANT: QT_TRANSLATE_NOOP("trades", "Restaurant, café"),
    Trade.GARAGE: QT_TRANSLATE_NOOP("trades", "Garage, car repair"),
    Trade.HAIR_SALON: QT_TRANSLATE_NOOP("trades", "Hair salon"),
    Trade.SHOP: QT_TRANSLATE_NOOP("trades", "Shop"),
    Trade.OTHER: QT_TRANSLATE_NOOP("trades", "Another trade"),
}

_D, _M = TopicKind.DIGITAL, TopicKind.MANUAL

#: (name, kind, description) of each trade's topics.
TRADE_TOPICS: dict[Trade, tuple[tuple[str, TopicKind, str], ...]] = {
    Trade.BAKERY: (
        (
            QT_TRANSLATE_NOOP("trades", "Click and collect orders"),
            _D,
            QT_TRANSLATE_NOOP("trades", "Take orders online for customers to pick up at the shop."),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Cost price of a recipe"),
            _D,
            QT_TRANSLATE_NOOP(
                "trades", "Work out what a recipe costs in a spreadsheet, to set its price."
            ),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Sourdough and long fermentation"),
            _M,
            QT_TRANSLATE_NOOP(
                "trades", "Keep a starter and plan breads that rise slowly overnight."
            ),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Vegan and gluten-free recipes"),
            _M,
            QT_TRANSLATE_NOOP(
                "trades", "Adapt recipes for customers who avoid eggs, milk or gluten."
            ),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Modern entremets and glazes"),
            _M,
            QT_TRANSLATE_NOOP(
                "trades", "Layered desserts, mirror glazes and the moulds they need."
            ),
        ),
    ),
    Trade.RESTAURANT: (
        (
            QT_TRANSLATE_NOOP("trades", "Online table booking"),
            _D,
            QT_TRANSLATE_NOOP(
                "trades", "Let guests book a table online and follow the bookings of the day."
            ),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Delivery platforms"),
            _D,
            QT_TRANSLATE_NOOP("trades", "Put the menu on a delivery app and handle its orders."),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Menu and allergens online"),
            _D,
            QT_TRANSLATE_NOOP(
                "trades", "Keep the menu and its allergens up to date online and by QR code."
            ),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Low-temperature cooking"),
            _M,
            QT_TRANSLATE_NOOP(
                "trades", "Cook slowly at a precise temperature, vacuum-packed or not."
            ),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Plant-based dishes"),
            _M,
            QT_TRANSLATE_NOOP(
                "trades", "Dishes without meat or fish that hold their own on the menu."
            ),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Less food waste"),
            _M,
            QT_TRANSLATE_NOOP(
                "trades", "Use trimmings, plan quantities and keep leftovers safely."
            ),
        ),
    ),
    Trade.GARAGE: (
        (
            QT_TRANSLATE_NOOP("trades", "Electronic diagnostics"),
            _M,
            QT_TRANSLATE_NOOP(
                "trades", "Read a car's fault codes with the diagnostic tool and act on them."
            ),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Hybrid and electric vehicles"),
            _M,
            QT_TRANSLATE_NOOP(
                "trades", "Work safely on high-voltage cars and service their batteries."
            ),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Driver assistance systems"),
            _M,
            QT_TRANSLATE_NOOP(
                "trades", "Calibrate cameras and radars after a windscreen or bumper job."
            ),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Online appointment booking"),
            _D,
            QT_TRANSLATE_NOOP(
                "trades", "Let customers book a slot online and keep the workshop's diary."
            ),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Online parts catalogues"),
            _D,
            QT_TRANSLATE_NOOP(
                "trades", "Find and order the right part from a manufacturer's online catalogue."
            ),
        ),
    ),
    Trade.HAIR_SALON: (
        (
            QT_TRANSLATE_NOOP("trades", "Online appointment booking"),
            _D,
            QT_TRANSLATE_NOOP(
                "trades", "Let customers book a slot online and keep the salon's diary."
            ),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Before and after photos"),
            _D,
            QT_TRANSLATE_NOOP(
                "trades", "Take photos of the work that make customers want to come."
            ),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Salon software"),
            _D,
            QT_TRANSLATE_NOOP("trades", "Customer cards, stock and till in the salon's software."),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "New colouring techniques"),
            _M,
            QT_TRANSLATE_NOOP("trades", "Balayage, toning and the colours asked for today."),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Today's cuts"),
            _M,
            QT_TRANSLATE_NOOP("trades", "The cuts and fades the younger customers ask for."),
        ),
    ),
    Trade.SHOP: (
        (
            QT_TRANSLATE_NOOP("trades", "Online shop and click and collect"),
            _D,
            QT_TRANSLATE_NOOP("trades", "Sell online and prepare the orders customers pick up."),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Till and stock software"),
            _D,
            QT_TRANSLATE_NOOP(
                "trades", "Follow sales and stock in the till's software instead of on paper."
            ),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Marketplaces"),
            _D,
            QT_TRANSLATE_NOOP("trades", "Sell some products on a large online marketplace."),
        ),
        (
            QT_TRANSLATE_NOOP("trades", "Window display"),
            _M,
            QT_TRANSLATE_NOOP("trades", "Dress the window and the shelves so that products sell."),
        ),
    ),
    Trade.OTHER: (),
}


def add_trade_topics(trade: Trade | str, translate: Translator = untranslated) -> int:
    """Add the trade's topics the catalogue lacks, in the owner's language, in one change;
    how many were added. A topic of that name already there is left as it is."""
    chosen = Trade(trade)
    known = {topic.name.casefold() for topic in needs.list_topics()}
    added = 0
    with transaction():
        for name, kind, description in TRADE_TOPICS[chosen]:
            shown = translate(_C, name)
            if shown.casefold() in known:
                continue
            needs.add_topic(shown, kind, translate(_C, description))
            known.add(shown.casefold())
            added += 1
    return added
