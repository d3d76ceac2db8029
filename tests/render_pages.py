"""Render every screen of Tandem to PNG, to look at them: the first-run setup, then the
dashboard and the five steps on the demo data, at a typical laptop size, the pair view and
the session form; and every printed document to PDF (and to PNG pages where Debian's
poppler-utils provides pdftoppm).

    python -m tests.render_pages [--language fr|en] [--out FOLDER] [--shop chocolaterie|restaurant]
                                 [--size 1280x720]

Runs offscreen; no display is needed.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

SIZE = (1366, 768)


def render(
    out: Path, language: str = "fr", shop: str = "chocolaterie", size: tuple[int, int] = SIZE
) -> list[Path]:
    """Write one PNG per screen into ``out`` and return their paths."""
    from ui.first_run import FirstRunWizard
    from ui.i18n import Translators
    from ui.main_window import MainWindow
    from ui.session import DataSession
    from ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    translators = Translators(app)
    translators.use(language)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    wizard = FirstRunWizard(language, translators.use)
    wizard.resize(620, 420)
    wizard.show()
    wizard.currentPage().shop_name.setText("Chocolaterie Marie")  # type: ignore[attr-defined]
    for number in range(2):
        app.processEvents()
        path = out / f"{language}-0{number}-first-run.png"
        wizard.grab().save(str(path))
        written.append(path)
        wizard.next()
    wizard.close()
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(Path(folder))
        session = DataSession(Path(folder), settings)
        session.open_demo(shop)
        window = MainWindow(session, settings)
        window.resize(*size)
        window.show()
        for index, page in enumerate(window.pages):
            window.stepper.go_to(index)
            for _ in range(3):  # laid out again as wrapped texts take their height
                app.processEvents()
            path = out / f"{language}-{index + 2:02d}-{type(page).__name__}.png"
            window.grab().save(str(path))
            written.append(path)
            bar = getattr(page, "scroll_area", None) and page.scroll_area.verticalScrollBar()
            if bar and bar.maximum() > 0:  # what is below the fold, too
                for _ in range(3):  # the range grows as the page's last parts are laid out
                    bar.setValue(bar.maximum())
                    app.processEvents()
                path = path.with_name(f"{path.stem}-bottom.png")
                window.grab().save(str(path))
                written.append(path)
        written += _render_dialogs(window, out, language)
        written += _render_documents(window, out, language)
        window.close()
    translators.remove()
    return written


def _render_dialogs(window: object, out: Path, language: str) -> list[Path]:
    """The pair view and the session form, on the demo's on-track pair."""
    from app.progress import programme_progress
    from app.sessions import session_to_log
    from app.vocabulary import Health, SessionStatus
    from ui.dashboard.pair_dialog import PairDialog
    from ui.dashboard.session_dialog import SessionDialog

    app = QApplication.instance()
    programme = window.current_programme()  # type: ignore[attr-defined]
    pair = next(p for p in programme_progress(programme).pairs if p.health is Health.ON_TRACK)
    written = []
    for name, dialog in (
        ("08-pair", PairDialog(pair.pair_id, parent=window)),  # type: ignore[attr-defined]
        (
            "09-session",
            SessionDialog(pair.pair_id, session_to_log(pair.pair_id), status=SessionStatus.DONE),
        ),
    ):
        dialog.show()
        app.processEvents()  # type: ignore[union-attr]
        path = out / f"{language}-{name}.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.close()
    return written


def _render_documents(window: object, out: Path, language: str) -> list[Path]:
    """Each printed document of the programme as a PDF, and its pages as PNG."""
    import shutil
    import subprocess

    from app.progress import programme_progress
    from ui.printing.menu import build
    from ui.printing.output import write_pdf

    programme = window.current_programme()  # type: ignore[attr-defined]
    pair = programme_progress(programme).pairs[0]
    made = {
        "review-sheet": build("review_sheet", pair.pair_id),
        "summary": build("programme_summary", programme),
        "charter": build("pair_charter", pair.pair_id),
        "mentor-guide": build("mentor_guide", programme, pair.mentor_id),
        "month-planning": build("month_planning", programme),
    }
    written = []
    for name, document in made.items():
        path = out / f"{language}-10-{name}.pdf"
        write_pdf(document(), path)
        written.append(path)
        if shutil.which("pdftoppm"):
            subprocess.run(
                ["pdftoppm", "-r", "70", "-png", str(path), str(path.with_suffix(""))], check=True
            )
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", default="fr", choices=("fr", "en"))
    parser.add_argument("--shop", default="chocolaterie", choices=("chocolaterie", "restaurant"))
    parser.add_argument("--out", default="screens", type=Path)
    parser.add_argument("--size", default="1366x768", help="the window, as WIDTHxHEIGHT")
    arguments = parser.parse_args()
    width, height = (int(part) for part in arguments.size.lower().split("x"))
    for path in render(arguments.out, arguments.language, arguments.shop, (width, height)):
        print(path)


if __name__ == "__main__":
    main()
