"""The sessions of the pairs, in one place: when each pair meets, what is planned, what was
held, and everyone's calendar. Screens and other modules use this face alone; the modules
inside build on each other in one direction (a contract of ``pyproject.toml`` checks it):

* :mod:`~app.sessions.dates` - the days a frame gives, around the shop's days off;
* :mod:`~app.sessions.slots` - each pair's weekly slot: the frame with its own changes;
* :mod:`~app.sessions.clashes` - nobody in two places at once, and free time;
* :mod:`~app.sessions.planning` - a slot chosen, sessions planned (the checks where they are
  written);
* :mod:`~app.sessions.slot_plans` - a slot for every pair that fits, proposed before planning;
* :mod:`~app.sessions.journal` - a session added, logged, moved or cancelled by hand;
* :mod:`~app.sessions.calendars` - the sessions as iCalendar files, written by
  :mod:`~app.sessions.ics`.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.sessions.calendars import (
        SHOP_TIME,
        PlannedSession,
        calendar,
        programme_sessions,
        write_calendars,
    )
    from app.sessions.clashes import (
        HALF_DAY_END,
        HALF_DAY_START,
        not_free,
        overlaps,
        session_clash,
        slot_clash,
        slots_clash,
    )
    from app.sessions.dates import is_open, plan_dates
    from app.sessions.ics import timezone as timezone_lines
    from app.sessions.journal import (
        SessionEntry,
        SessionInfo,
        add_session,
        cancel_session,
        list_sessions,
        log_session,
        move_session,
        record_session,
        save_session,
        session_to_log,
        unlog_session,
        usual_time_and_length,
    )
    from app.sessions.planning import (
        pairs_to_plan_again,
        plan_all_sessions,
        plan_sessions,
        set_pair_slot,
        store_pair_slot,
    )
    from app.sessions.slot_plans import SlotChange, SlotPlan, apply_slot_plan, slot_plan
    from app.sessions.slots import PLANNABLE, PairSlot, pair_slot, pair_slots

#: Where each name of the face lives: a module is loaded the first time one of its names is
#: asked for, so that a start which shows the dashboard loads no calendar, no journal and no
#: planning (tests/test_start_cost.py). "module.name" where the face renames it.
_WHERE = {
    "HALF_DAY_END": "clashes",
    "HALF_DAY_START": "clashes",
    "PLANNABLE": "slots",
    "PairSlot": "slots",
    "PlannedSession": "calendars",
    "SHOP_TIME": "calendars",
    "SessionEntry": "journal",
    "SessionInfo": "journal",
    "SlotChange": "slot_plans",
    "SlotPlan": "slot_plans",
    "add_session": "journal",
    "apply_slot_plan": "slot_plans",
    "calendar": "calendars",
    "cancel_session": "journal",
    "is_open": "dates",
    "list_sessions": "journal",
    "log_session": "journal",
    "move_session": "journal",
    "not_free": "clashes",
    "overlaps": "clashes",
    "pair_slot": "slots",
    "pair_slots": "slots",
    "pairs_to_plan_again": "planning",
    "plan_all_sessions": "planning",
    "plan_dates": "dates",
    "plan_sessions": "planning",
    "programme_sessions": "calendars",
    "record_session": "journal",
    "save_session": "journal",
    "session_clash": "clashes",
    "session_to_log": "journal",
    "set_pair_slot": "planning",
    "slot_clash": "clashes",
    "slot_plan": "slot_plans",
    "slots_clash": "clashes",
    "store_pair_slot": "planning",
    "timezone_lines": "ics.timezone",
    "unlog_session": "journal",
    "usual_time_and_length": "journal",
    "write_calendars": "calendars",
}


def __getattr__(name: str) -> Any:
    """The name from its module, loaded now if it was not yet (PEP 562)."""
    try:
        module, _, inner = _WHERE[name].partition(".")
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f"{__name__}.{module}"), inner or name)
    globals()[name] = value
    return value


__all__ = [
    "HALF_DAY_END",
    "HALF_DAY_START",
    "PLANNABLE",
    "SHOP_TIME",
    "PairSlot",
    "PlannedSession",
    "SessionEntry",
    "SessionInfo",
    "SlotChange",
    "SlotPlan",
    "add_session",
    "apply_slot_plan",
    "calendar",
    "cancel_session",
    "is_open",
    "list_sessions",
    "log_session",
    "move_session",
    "not_free",
    "overlaps",
    "pair_slot",
    "pair_slots",
    "pairs_to_plan_again",
    "plan_all_sessions",
    "plan_dates",
    "plan_sessions",
    "programme_sessions",
    "record_session",
    "save_session",
    "session_clash",
    "session_to_log",
    "set_pair_slot",
    "slot_clash",
    "slot_plan",
    "slots_clash",
    "store_pair_slot",
    "timezone_lines",
    "unlog_session",
    "usual_time_and_length",
    "write_calendars",
]
