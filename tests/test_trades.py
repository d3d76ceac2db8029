"""Starting topics by trade: added in the owner's language, once, and hers afterwards."""

from __future__ import annotations

import pytest

from app import trades
from app.steps import needs
from app.trades import Trade


@pytest.mark.parametrize("trade", [trade for trade in Trade if trade is not Trade.OTHER])
def test_each_trade_adds_digital_and_trade_topics(database: object, trade: Trade) -> None:
    before = len(needs.list_topics())
    added = trades.add_trade_topics(trade)
    kinds = {kind for _, kind, _ in trades.TRADE_TOPICS[trade]}
    assert added == len(trades.TRADE_TOPICS[trade]) >= 4
    assert len(kinds) == 2  # digital and of the trade itself
    assert len(needs.list_topics()) == before + added
    assert all(topic.description for topic in needs.list_topics())


def test_topics_are_added_once_and_an_owners_topic_of_that_name_is_left_alone(
    database: object,
) -> None:
    mine = needs.add_topic("electronic DIAGNOSTICS", "other", "As we say it here").id
    assert trades.add_trade_topics(Trade.GARAGE) == len(trades.TRADE_TOPICS[Trade.GARAGE]) - 1
    assert trades.add_trade_topics(Trade.GARAGE) == 0
    kept = next(topic for topic in needs.list_topics() if topic.id == mine)
    assert (kept.name, kept.description) == ("electronic DIAGNOSTICS", "As we say it here")
    assert trades.add_trade_topics(Trade.OTHER) == 0


def test_the_topics_are_written_in_the_owners_language(database: object) -> None:
    def shouting(context: str, source: str, count: int = -1) -> str:
        assert context == "trades"
        return source.upper()

    trades.add_trade_topics(Trade.HAIR_SALON, shouting)
    assert "TODAY'S CUTS" in {topic.name for topic in needs.list_topics()}
