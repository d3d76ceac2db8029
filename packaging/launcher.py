"""The frozen build's entry point: the same ``main`` as the ``tandem`` command."""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
