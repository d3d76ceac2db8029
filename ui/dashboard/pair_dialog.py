"""One pair in full: its objectives, its session journal, its notes, and its life (start,
pause, finish, stop with a reason)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import sessions
from app.steps import pairs
from app.text import isolate
from app.vocabulary import (
    LEVEL_LABELS,
    PAIR_STATE_LABELS,
    SESSION_STATUS_LABELS,
    PairState,
    SessionStatus,
)
from ui.autosave import SaveOnLeave, show_text
from ui.dashboard.session_dialog import SessionDialog
from ui.forms import FittedTable, confirm, error_label, level_combo, plain_label, select_data
from ui.i18n import format_short_date, text
from ui.operations import change, changed


class PairDialog(QDialog):
    """The pair, shown again from the data after each change made here. The dialog is
    modal: nothing else changes the data while it is open."""

    def __init__(
        self, pair_id: int, *, today: dt.date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pair_dialog")
        self.pair_id = pair_id
        self.today = today or dt.date.today()
        self.heading = plain_label()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.state = plain_label(wrap=True)
        self.objectives = FittedTable(
            [self.tr("Topic"), self.tr("Before"), self.tr("Now"), self.tr("Target")]
        )
        self.objectives.setAccessibleName(self.tr("Objectives"))
        self.sessions = FittedTable(
            [self.tr("Date"), self.tr("Status"), self.tr("Length"), self.tr("What was learnt")]
        )
        self.sessions.setAccessibleName(self.tr("Sessions"))
        self.sessions.setSelectionBehavior(FittedTable.SelectionBehavior.SelectRows)
        self.sessions.setEditTriggers(FittedTable.EditTrigger.NoEditTriggers)
        self.log = QPushButton(self.tr("&Log the next session…"))
        self.edit = QPushButton(self.tr("&Edit the session…"))
        self.add = QPushButton(self.tr("&Add a session that was not planned…"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.autosave = SaveOnLeave(self, self._save_notes)
        self.autosave.watch(self.notes)
        self.start = QPushButton(self.tr("S&tart"))
        self.pause = QPushButton(self.tr("Pa&use"))
        self.resume = QPushButton(self.tr("&Resume"))
        self.finish = QPushButton(self.tr("&Finish"))
        self.stop = QPushButton(self.tr("St&op…"))
        self.errors = error_label()

        journal_box = QGroupBox(self.tr("Sessions"))
        journal_layout = QVBoxLayout(journal_box)
        journal_layout.addWidget(self.sessions)
        row = QHBoxLayout()
        for button in (self.log, self.edit, self.add):
            row.addWidget(button)
        row.addStretch()
        journal_layout.addLayout(row)
        notes_label = QLabel(self.tr("&Notes:"))
        notes_label.setBuddy(self.notes)
        life = QHBoxLayout()
        for button in (self.start, self.pause, self.resume, self.finish, self.stop):
            button.setAutoDefault(False)  # Enter never changes a pair's life
            life.addWidget(button)
        life.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        layout.addWidget(plain_label(self.tr("Objectives")))
        layout.addWidget(self.objectives)
        layout.addWidget(journal_box, 1)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)
        layout.addLayout(life)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.resize(760, 640)
        # in the dialog now: Enter closes the pair view (a life button never takes Enter)
        self.close_button.setDefault(True)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.log.clicked.connect(self.log_session)
        self.edit.clicked.connect(self.edit_session)
        self.add.clicked.connect(lambda: self._open_session(None, SessionStatus.PLANNED))
        self.sessions.cellDoubleClicked.connect(lambda *_: self.edit_session())
        self.start.clicked.connect(
            lambda: self._change(lambda: pairs.start_pair(self.pair_id), self.pause)
        )
        self.pause.clicked.connect(
            lambda: self._change(lambda: pairs.pause_pair(self.pair_id), self.resume)
        )
        self.resume.clicked.connect(
            lambda: self._change(lambda: pairs.resume_pair(self.pair_id), self.pause)
        )
        self.finish.clicked.connect(self._finish)
        self.stop.clicked.connect(self._stop)

    def reload(self) -> None:
        pair = pairs.get_pair(self.pair_id)
        self.setWindowTitle(
            self.tr("{mentor} → {mentee}").format(
                mentor=isolate(pair.mentor_name), mentee=isolate(pair.mentee_name)
            )
        )
        self.heading.setText(self.windowTitle())
        state = text(PAIR_STATE_LABELS[pair.state])
        if pair.state is PairState.STOPPED:
            state = self.tr("{state}: {reason}").format(state=state, reason=pair.stop_reason)
        self.state.setText(state)
        with self.autosave.filling():
            show_text(self.notes, pair.notes)
        stopped = pair.state is PairState.STOPPED
        self.start.setEnabled(pair.state is PairState.PROPOSED)
        self.pause.setEnabled(pair.state is PairState.ACTIVE)
        self.resume.setEnabled(pair.state is PairState.PAUSED)
        self.finish.setEnabled(pair.state in (PairState.ACTIVE, PairState.PAUSED))
        self.stop.setEnabled(pair.state in (PairState.PROPOSED, PairState.ACTIVE, PairState.PAUSED))
        for widget in (self.log, self.edit, self.add, self.notes):
            widget.setEnabled(not stopped)
        self._load_objectives(editable=not stopped)
        self._load_sessions()

    def _load_objectives(self, editable: bool) -> None:
        self.objectives.setRowCount(0)
        for objective in pairs.list_objectives(self.pair_id):
            row = self.objectives.rowCount()
            self.objectives.insertRow(row)
            self.objectives.setCellWidget(row, 0, plain_label(objective.topic_name))
            self.objectives.setCellWidget(
                row, 1, plain_label(text(LEVEL_LABELS[objective.level_before]))
            )
            now = level_combo()
            select_data(now, objective.level_now)
            now.setEnabled(editable)
            now.setAccessibleName(self.tr("Level now - {topic}").format(topic=objective.topic_name))
            now.currentIndexChanged.connect(
                lambda _=0, o=objective.id, c=now: self._set_level(o, c)
            )
            self.objectives.setCellWidget(row, 2, now)
            self.objectives.setCellWidget(
                row, 3, plain_label(text(LEVEL_LABELS[objective.target_level]))
            )
        self.objectives.fit()

    def _load_sessions(self) -> None:
        self.sessions.setRowCount(0)
        self.session_ids: list[int] = []
        for session in sessions.list_sessions(self.pair_id):
            row = self.sessions.rowCount()
            self.sessions.insertRow(row)
            self.session_ids.append(session.id)
            when = format_short_date(session.held_on)
            if session.was_moved:
                when = self.tr("{date} (planned {planned})").format(
                    date=when, planned=format_short_date(session.planned_on)
                )
            cells = [
                when,
                text(SESSION_STATUS_LABELS[session.status]),
                self.tr("{minutes} min").format(minutes=session.minutes),
                session.learnt.replace("\n", " "),
            ]
            for column, value in enumerate(cells):
                self.sessions.setItem(row, column, QTableWidgetItem(value))
        self.sessions.fit()
        self.sessions.setFixedHeight(min(self.sessions.height(), 260))

    def _selected_session(self) -> sessions.SessionInfo | None:
        row = self.sessions.currentRow()
        if not 0 <= row < len(self.session_ids):
            return None
        return next(
            s for s in sessions.list_sessions(self.pair_id) if s.id == self.session_ids[row]
        )

    def log_session(self) -> None:
        self._open_session(sessions.session_to_log(self.pair_id, self.today), SessionStatus.DONE)

    def edit_session(self) -> None:
        session = self._selected_session()
        if session is not None:
            self._open_session(session, session.status)

    def _open_session(self, session: sessions.SessionInfo | None, status: SessionStatus) -> None:
        dialog = SessionDialog(self.pair_id, session, status=status, today=self.today, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def _set_level(self, objective_id: int, combo: QComboBox) -> None:
        level = combo.currentData()
        change(self, lambda: pairs.set_level_now(objective_id, level), self.errors)

    def _change(self, action: Callable[[], object], then: QPushButton) -> None:
        """Change the pair's life; the focus goes to ``then`` (what comes next), never to
        a button that a stray Enter would press for good."""
        if changed(self, action, self.errors):
            self.reload()
            (then if then.isEnabled() else self.close_button).setFocus()

    def _finish(self) -> None:
        question = self.tr(
            "Finish the pair {pair}? Its sessions still planned are cancelled; the pair and "
            "its journal stay in the history."
        ).format(pair=self.windowTitle())
        if confirm(self, question):
            self._change(lambda: pairs.finish_pair(self.pair_id), self.close_button)

    def _stop(self) -> None:
        reason, accepted = QInputDialog.getMultiLineText(
            self,
            self.tr("Stop the pair"),
            self.tr("Why does the pair stop? The pair and its sessions stay in the history."),
        )
        if accepted:
            self._change(lambda: pairs.stop_pair(self.pair_id, reason), self.close_button)

    def _save_notes(self) -> object:
        notes = self.notes.toPlainText()
        return change(self, lambda: pairs.update_pair_notes(self.pair_id, notes), self.errors)

    def reject(self) -> None:
        self.autosave.save()  # a note typed and not yet left
        super().reject()
