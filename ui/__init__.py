"""Tandem's screens: Qt widgets that call ``app`` and show what comes back.

The core a start on one's own data needs is imported here, before any screen imports Qt:
Qt for Python reads the source of every module imported after it, looking for its feature
switches - about 40 ms of a start for the core's modules and the standard ones they use,
and the core holds no Qt to find (tests/test_start_cost.py)."""

import app.backups
import app.changes
import app.launch
import app.places
import app.programmes
import app.progress
import app.resources
import app.restoring
import app.running_mark
import app.sessions
import app.shop
import app.step_states
import app.storage.database
import app.storage.reconnect
import app.storage.waiting  # noqa: F401
