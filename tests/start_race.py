"""One of two Tandems started at the same instant on the same data, for the race test:
say it is ready (a file ``READY``), wait for the signal (the file ``GO`` appears: no clock
is asked, so the two processes agree whatever their clocks say), start as the ``tandem``
command does, then say what became of it - "window" (and keep it open a while, saying
"brought forward" if a second start knocks) or "stepped aside".

    python -m tests.start_race DATA_DIR READY GO HOLD_SECONDS
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui import main as tandem
from ui.main_window import MainWindow


def main() -> None:
    folder, ready, go, hold = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), float(sys.argv[4])
    ready.touch()
    while not go.exists():
        time.sleep(0.0005)
    started = tandem.launch(["tandem", "--data-dir", folder])
    if not isinstance(started, MainWindow):
        print(f"stepped aside {started}", flush=True)
        return
    print("window", flush=True)
    if started.instance is not None:
        started.instance.activated.connect(lambda: print("brought forward", flush=True))
    QTimer.singleShot(int(hold * 1000), started.close)
    QApplication.exec()


if __name__ == "__main__":
    main()
