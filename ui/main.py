"""The ``tandem`` command: read the options, open the data, show the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from app.demo import build_demo
from app.errors import StorageProblem
from app.launch import configure_logging, parse_options
from app.paths import data_file, demo_file, ensure_data_dir
from app.storage.database import close_database, open_database
from ui.i18n import install_translators, system_language, text, translate
from ui.main_window import MainWindow

log = logging.getLogger("tandem")


def _report_bug(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    """An unexpected error: into the log with its traceback, and a calm word to the user."""
    log.error("Unexpected error\n%s", "".join(traceback.format_exception(kind, error, trace)))
    if QApplication.instance() is not None:
        QMessageBox.warning(
            None,
            translate("main", "Tandem"),
            translate(
                "main",
                "Something unexpected happened. What was already saved is safe. "
                "The details were written to Tandem's log file.",
            ),
        )


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv if argv is None else argv)
    options = parse_options(arguments[1:])
    app = QApplication.instance() or QApplication(arguments)
    app.setApplicationName("Tandem")
    app.setOrganizationName("Tandem")
    translators = install_translators(app, system_language())
    try:
        folder = ensure_data_dir(options.data_dir)
        configure_logging(folder)
        sys.excepthook = _report_bug
        if options.demo:
            path = build_demo(demo_file(folder, options.demo), options.demo, translate=translate)
        else:
            path = data_file(folder)
        open_database(path, translate)
    except StorageProblem as problem:
        QMessageBox.critical(None, translate("main", "Tandem"), text(problem.message))
        return 1
    window = MainWindow(path, demo=options.demo is not None)
    window.show()
    try:
        return app.exec()
    finally:
        close_database()
        sys.excepthook = sys.__excepthook__
        for translator in translators:
            app.removeTranslator(translator)


if __name__ == "__main__":
    sys.exit(main())
