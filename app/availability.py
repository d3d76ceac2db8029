"""A person's free half-days, kept as a bit mask: bit ``weekday * 2 + part_of_day``."""

from __future__ import annotations

from collections.abc import Iterable

from app.i18n import QT_TRANSLATE_NOOP, Message, message
from app.vocabulary import PART_OF_DAY_LABELS, WEEKDAY_LABELS, PartOfDay, Weekday

Slot = tuple[Weekday, PartOfDay]
ALL_SLOTS: tuple[Slot, ...] = tuple((day, part) for day in Weekday for part in PartOfDay)
FULL_WEEK = (1 << len(ALL_SLOTS)) - 1


def slot_bit(slot: Slot) -> int:
    day, part = slot
    return 1 << (int(day) * 2 + int(part))


def to_mask(slots: Iterable[Slot]) -> int:
    mask = 0
    for slot in slots:
        mask |= slot_bit(slot)
    return mask


def to_slots(mask: int) -> list[Slot]:
    return [slot for slot in ALL_SLOTS if mask & slot_bit(slot)]


def common_slots(first: int, second: int) -> list[Slot]:
    return to_slots(first & second)


def describe_slot(slot: Slot) -> Message:
    day, part = slot
    return message(
        "availability",
        QT_TRANSLATE_NOOP("availability", "{day} {part}"),
        day=WEEKDAY_LABELS[day],
        part=PART_OF_DAY_LABELS[part],
    )
