"""Bring the team from a spreadsheet: the file's columns with what Tandem understood of
each (changeable), then line by line what will be added and what is refused, and why;
"Add" adds all of it in one change, or nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import team_import, team_template
from app.steps import needs
from app.team_import import COLUMN_LABELS, Brought, Column, ImportPlan, Layout, PlannedPerson
from ui.forms import documents_folder, plain_label, tell
from ui.i18n import text, translate
from ui.operations import attempt, change
from ui.wheel_guard import guarded


def _tr(source: str) -> str:
    return QCoreApplication.translate("import", source)


class ImportDialog(QDialog):
    def __init__(self, path: Path, rows: list[list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bring the team from {file}").format(file=path.name))
        self.rows = rows
        self.layout_found = team_import.guess_columns(rows)
        self.plan: ImportPlan | None = None
        #: What "Add" added, once it did.
        self.brought: Brought | None = None
        self.choices: list[QComboBox] = []
        columns = QGroupBox(self.tr("What each column holds"))
        form = QFormLayout(columns)
        for number, heading in enumerate(self.layout_found.headings):
            combo = guarded(QComboBox())
            for column, label in COLUMN_LABELS.items():
                combo.addItem(_tr(label), column.value)
            combo.setCurrentIndex(combo.findData(self.layout_found.columns[number].value))
            shown = heading or self.tr("Column {number}").format(number=number + 1)
            combo.setAccessibleName(shown)
            combo.currentIndexChanged.connect(lambda _=0: self._plan())
            form.addRow(shown, combo)
            self.choices.append(combo)
        # The topics the file names that the catalogue lacks: each added as it is written,
        # or taken as one of the catalogue's ("Prise de RDV" for "Prise de rendez-vous").
        self.topics_box = QGroupBox(self.tr("Topics the catalogue does not have"))
        self.topics_form = QFormLayout(self.topics_box)
        self.same_as: dict[str, QComboBox] = {}
        self.summary = plain_label(wrap=True)
        self.lines = QTableWidget(0, 3)
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Person"), self.tr("What Tandem will do")]
        )
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lines.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = QPushButton()
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.reject)
        parts = QHBoxLayout()
        parts.addWidget(columns, 1)
        parts.addWidget(self.topics_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(parts)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 640)
        self._plan()

    def _layout(self) -> Layout:
        return Layout(
            self.layout_found.heading_line,
            self.layout_found.headings,
            [Column(combo.currentData()) for combo in self.choices],
        )

    def _topics_meant(self) -> dict[str, str]:
        """The file's topic names the owner took as one of the catalogue's."""
        return {
            name: combo.currentData() for name, combo in self.same_as.items() if combo.currentData()
        }

    def _offer_topics(self, names: list[str]) -> None:
        """A choice for each topic name new to the catalogue, kept once made."""
        for name in names:
            if name in self.same_as:
                continue
            combo = guarded(QComboBox())
            combo.addItem(self.tr("Add it to the catalogue"), "")
            for topic in needs.list_topics():
                combo.addItem(self.tr("Same as: {topic}").format(topic=topic.name), topic.name)
            combo.setAccessibleName(name)
            combo.currentIndexChanged.connect(lambda _=0: self._plan())
            self.topics_form.addRow(name, combo)
            self.same_as[name] = combo
        self.topics_box.setVisible(bool(self.same_as))

    def _plan(self) -> None:
        plan = attempt(
            self,
            lambda: team_import.plan_import(
                self.rows, self._layout(), same_as=self._topics_meant()
            ),
        )
        if plan is None:
            return
        self.plan = plan
        self._offer_topics(plan.new_topics)
        self.lines.setRowCount(0)
        for person in plan.people:
            row = self.lines.rowCount()
            self.lines.insertRow(row)
            said = self._what(person)
            for column, value in enumerate((str(person.line), person.name, said)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if person.refused is not None:
                    item.setForeground(QColor("#a40000"))
                self.lines.setItem(row, column, item)
        self.lines.resizeColumnToContents(0)
        self.lines.resizeColumnToContents(1)
        self.lines.resizeRowsToContents()  # the last column's sentences wrap, never cut
        added, refused = len(plan.added()), len(plan.refused())
        parts = [
            self.tr("%n person(s) will be added.", "", added),
            self.tr("%n line(s) refused: they are not added.", "", refused) if refused else "",
            self.tr("New topics added to the catalogue: {topics}.").format(
                topics=", ".join(plan.new_topics)
            )
            if plan.new_topics
            else "",
        ]
        if team_import.too_long(self.rows):
            parts.append(
                self.tr(
                    "The file goes on past line {last}: Tandem reads a team, so the lines "
                    "after it are not read."
                ).format(last=team_import.MOST_LINES)
            )
        self.summary.setText(" ".join(part for part in parts if part))
        self.add_button.setText(self.tr("Add %n person(s)", "", added))
        self.add_button.setEnabled(added > 0)

    def _what(self, person: PlannedPerson) -> str:
        if person.refused is not None:
            return self.tr("Refused: {reason}").format(reason=text(person.refused))
        learn = ", ".join(person.learn) or self.tr("nothing")
        teach = ", ".join(person.teach) or self.tr("nothing")
        said = self.tr("Added. Wants to learn: {learn}. Can teach: {teach}.").format(
            learn=learn, teach=teach
        )
        for reason in person.left_out:
            said += " " + self.tr("Left out: {reason}").format(reason=text(reason))
        return said

    def done_text(self, path: Path) -> str:
        """What was added, said once it was."""
        count = len(self.brought.people) if self.brought else 0
        return self.tr(
            "%n person(s) added from {file}. Undo, under the table, takes them out again.",
            "",
            count,
        ).format(file=path.name)

    def _add(self) -> None:
        plan = self.plan
        if plan is None:
            return
        brought = change(self, lambda: team_import.add_planned(plan))
        if brought is not None:
            self.brought = brought
            self.accept()


def bring_team(parent: QWidget) -> Brought | None:
    """Ask for the spreadsheet, show what it holds; what it added, once it did."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("import", "Bring the team from a spreadsheet"),
        str(documents_folder()),
        QCoreApplication.translate("import", "Spreadsheets (*.xlsx *.csv)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    rows = attempt(parent, lambda: team_import.read_rows(path))
    if rows is None:
        return None
    if not any(cell for row in rows for cell in row):
        tell(
            parent,
            QCoreApplication.translate(
                "import", "{file} holds no line to read: nobody was added."
            ).format(file=path.name),
        )
        return None
    dialog = ImportDialog(path, rows, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.brought is None:
        return None
    tell(parent, dialog.done_text(path))
    return dialog.brought


def save_template(parent: QWidget) -> Path | None:
    """Write an empty team table to fill, in the owner's language; .xlsx or .csv."""
    xlsx = QCoreApplication.translate("import", "Spreadsheet (*.xlsx)")
    chosen, kind = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("import", "Save a team table to fill"),
        str(documents_folder() / QCoreApplication.translate("import", "Tandem - the team.xlsx")),
        ";;".join((xlsx, QCoreApplication.translate("import", "Text for any spreadsheet (*.csv)"))),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.casefold() not in (".xlsx", ".csv"):
        path = path.with_suffix(".xlsx" if kind == xlsx else ".csv")
    written = attempt(parent, lambda: team_template.write_template(path, translate))
    if written is not None:
        tell(
            parent,
            QCoreApplication.translate(
                "import",
                "The table to fill is in {path}. Once it is filled in, bring it back with "
                '"Bring the team from a spreadsheet".',
            ).format(path=str(written)),
        )
    return written
