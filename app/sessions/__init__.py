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
