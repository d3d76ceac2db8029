"""The frozen build's entry point: the same ``main`` as the ``tandem`` command.

First, before the screens' imports (most of a start): the mark that this Tandem runs, which
the installer looks for - a Tandem still starting holds its files already."""

import sys

from app.running_mark import hold_running_mark

hold_running_mark()

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
