"""The owner's tools for the staff's personal data: export all about a person, erase a
person, forget staff who left long ago, and spreadsheet exports."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app import privacy
from app.paths import safe_file_name
from app.steps import needs
from app.storage.database import on_server
from app.storage.problems import reason_of
from ui.forms import confirm, documents_folder, tell
from ui.i18n import format_date, format_decimal, text, translate
from ui.operations import attempt, changed
from ui.settings import Settings


def _documents(name: str) -> str:
    return str(documents_folder() / name)


def export_person(parent: QWidget, person_id: int) -> Path | None:
    """The person's file, to hand to them: a readable PDF, and the same facts in a JSON
    file beside it for a machine."""
    from app.documents.personal import personal_file  # printing: loaded when asked for
    from app.personal_file import personal_facts, write_personal_json
    from ui.printing.output import write_pdf

    name = needs.get_person(person_id).name
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("privacy", "Export everything about {name}").format(name=name),
        _documents(
            safe_file_name(translate("privacy", "Tandem - {name}").format(name=name)) + ".pdf"
        ),
        translate("privacy", "PDF file (*.pdf)"),
    )
    if not chosen:
        return None
    pdf = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    twin = pdf.with_suffix(".json")
    try:
        write_pdf(personal_file(person_id, translate, format_date, format_decimal), pdf)
    except OSError as error:
        reason = reason_of(error, pdf)  # our words for a full disk or a read-only folder
        tell(
            parent,
            translate(
                "privacy",
                "Tandem could not write {path}: {reason}. Choose another place; nothing was lost.",
            ).format(path=str(pdf), reason=reason if isinstance(reason, str) else text(reason)),
            QMessageBox.Icon.Warning,
        )
        return None
    facts = personal_facts(person_id, translate)
    if attempt(parent, lambda: write_personal_json(facts, twin)) is None:
        return None
    tell(
        parent,
        translate(
            "privacy",
            "Everything Tandem holds about {name} is in {pdf}, to read or print, and in "
            "{json} for a computer.",
        ).format(name=name, pdf=str(pdf), json=str(twin)),
    )
    return pdf


def erase_person(parent: QWidget, person_id: int) -> bool:
    name = needs.get_person(person_id).name
    warning = (
        translate(
            "privacy",
            "Erase {name} for good from the network's data? Their needs, know-how, affinities, coaching, and "
            "the pairs they were part of with all their sessions and reviews are deleted for every coordinator, "
            "and cannot be brought back. The backups the server's administrator made before today still hold "
            "them: ask them to erase {name} there too, or to say when those backups are replaced.",
        )
        if on_server()
        else translate(
            "privacy",
            "Erase {name} for good? Their needs, know-how, affinities, coaching, and the pairs they were part of "
            "with all their sessions and reviews are deleted, and cannot be brought back. Backups made before "
            "today still hold them until they are thinned out (within a year).",
        )
    )
    if not confirm(parent, warning.format(name=name)):
        return False
    # the person and every pair, session and review they were part of
    return changed(parent, lambda: privacy.erase_person(person_id))


def propose_forgetting(parent: QWidget, settings: Settings) -> int:
    """Staff who left long ago: propose to erase them. Returns how many were erased."""
    gone = privacy.people_to_forget(settings.forget_after_months)
    if not gone:
        return 0
    names = ", ".join(person.name for person in gone)
    question = translate(
        "privacy",
        "These people left the shop more than {months} months ago: {names}. Erase what Tandem holds about them?",
    ).format(months=settings.forget_after_months, names=names)
    if not confirm(parent, question):
        return 0
    erased = 0
    for person in gone:
        erased += changed(parent, partial(privacy.erase_person, person.id))
    return erased


def choose_forget_delay(parent: QWidget, settings: Settings) -> None:
    months, accepted = QInputDialog.getInt(
        parent,
        translate("privacy", "Staff who left"),
        translate("privacy", "Propose to erase staff this many months after they left:"),
        settings.forget_after_months,
        1,
        120,
    )
    if accepted:
        settings.forget_after_months = months


def export_spreadsheet(parent: QWidget, programme_id: int | None, what: str) -> Path | None:
    """The team, or the sessions of the programme, as a spreadsheet file (CSV)."""
    today = dt.date.today().isoformat()
    label = (
        translate("privacy", "Tandem team {date}")
        if what == "team"
        else translate("privacy", "Tandem sessions {date}")
    ).format(date=today)
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("privacy", "Export for a spreadsheet"),
        _documents(label + ".csv"),
        translate("privacy", "Spreadsheet (*.csv)"),
    )
    if not chosen:
        return None
    from app import exports  # only when an export is asked for

    path = Path(chosen)
    try:
        if what == "team":
            exports.team_csv(path, translate)
        elif programme_id is not None:
            exports.sessions_csv(path, programme_id, translate)
    except OSError as error:
        tell(
            parent,
            translate("privacy", "Tandem could not write {path}: {reason}").format(
                path=str(path), reason=error.strerror or str(error)
            ),
            QMessageBox.Icon.Warning,
        )
        return None
    return path
