"""A short work session on the owner's data, for the clock tests (run under faketime): open
her data as Tandem does at start (backing it up and thinning the old backups), add a
person, then back up as the half-hourly backup does.

    python -m tests.clock_work DATA_DIR [NAME]
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.steps import needs
from ui.session import DataSession
from ui.settings import Settings


def main() -> None:
    folder = Path(sys.argv[1])
    session = DataSession(folder, Settings(folder))
    session.open_own_data()
    if len(sys.argv) > 2:
        needs.add_person(sys.argv[2])
        session.back_up()
    session.close()
    problem = getattr(session, "backup_problem", None)
    if problem is not None:
        raise SystemExit(f"no backup: {problem}")


if __name__ == "__main__":
    main()
