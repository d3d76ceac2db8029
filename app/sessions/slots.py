"""Where and when each pair meets: the programme's frame, with the pair's own changes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.steps.rules import RulesInfo, rules_or_proposal
from app.storage.lookup import get_or_refuse
from app.storage.models import Pair, PairRules
from app.vocabulary import PairState, Weekday

#: The states of a pair whose sessions are planned: it has not ended.
PLANNABLE = (PairState.PROPOSED.value, PairState.ACTIVE.value, PairState.PAUSED.value)


@dataclass(frozen=True)
class PairSlot:
    """Where and when a pair meets: the programme's frame with the pair's own changes."""

    weekday: Weekday
    start_time: dt.time
    session_minutes: int
    place: str
    own_weekday: bool
    own_time: bool
    own_minutes: bool
    own_place: bool


def _slot(rules: RulesInfo, own: PairRules | None) -> PairSlot:
    def pick(name: str) -> tuple[object, bool]:
        value = getattr(own, name) if own is not None else None
        return (value, True) if value is not None else (getattr(rules, name), False)

    weekday, own_weekday = pick("weekday")
    start_time, own_time = pick("start_time")
    minutes, own_minutes = pick("session_minutes")
    place, own_place = pick("place")
    return PairSlot(
        Weekday(weekday),  # type: ignore[arg-type]
        start_time,  # type: ignore[arg-type]
        minutes,  # type: ignore[arg-type]
        place,  # type: ignore[arg-type]
        own_weekday,
        own_time,
        own_minutes,
        own_place,
    )


def pair_slot(pair_id: int) -> PairSlot:
    """Where and when the pair meets (with the proposed frame while none is set)."""
    pair = get_or_refuse(Pair, pair_id, "pair")
    return _slot(
        rules_or_proposal(pair.programme_id), PairRules.get_or_none(PairRules.pair == pair)
    )


def pair_slots(programme_id: int) -> dict[int, PairSlot]:
    """The slot of every pair of the programme, by pair id - three queries whatever the
    number of pairs (the rules step shows them all at once). While the programme has no
    frame yet, the pairs' own choices are shown over the frame Tandem proposes."""
    rules = rules_or_proposal(programme_id)
    own = {
        row.pair_id: row
        for row in PairRules.select().join(Pair).where(Pair.programme == programme_id)
    }
    pair_ids = Pair.select(Pair.id).where(Pair.programme == programme_id).tuples()
    return {pair_id: _slot(rules, own.get(pair_id)) for (pair_id,) in pair_ids}
