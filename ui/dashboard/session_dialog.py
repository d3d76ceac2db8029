"""The form of one session: log it, move it, cancel it, or add one that was not planned."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from app import sessions
from app.sessions import SessionEntry, SessionInfo
from app.steps import pairs
from app.text import isolate
from app.vocabulary import (
    LEVEL_LABELS,
    SESSION_MINUTES,
    SESSION_STATUS_LABELS,
    Level,
    SessionStatus,
)
from ui.fields import DateField, NumberField, TimeField
from ui.forms import choice_combo, error_label, hide_when_edited, plain_label, select_data, tell
from ui.i18n import format_date, text
from ui.operations import change_on_purpose
from ui.wheel_guard import guarded

FIELDS = (
    "held_on",
    "start_time",
    "minutes",
    "status",
    "objective",
    "learnt",
    "to_practise",
    "confidence",
    "level_reached",
)


class SessionDialog(QDialog):
    """``saved`` holds the session once OK was pressed and the core accepted it."""

    def __init__(
        self,
        pair_id: int,
        session: SessionInfo | None,
        *,
        status: SessionStatus = SessionStatus.DONE,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("session_dialog")
        self.pair_id = pair_id
        self.session = session
        self.today = today or dt.date.today()
        self.saved: SessionInfo | None = None
        pair = pairs.get_pair(pair_id)
        self.setWindowTitle(
            self.tr("Session of {mentor} → {mentee}").format(
                mentor=isolate(pair.mentor_name), mentee=isolate(pair.mentee_name)
            )
        )
        day = session.held_on if session else self.today
        self.held_on = DateField(min(day, self.today) if status is SessionStatus.DONE else day)
        #: Its hour and length: a new one starts as the pair's slot says.
        usual_time, usual_minutes = sessions.usual_time_and_length(pair_id)
        self.start_time = TimeField()
        self.start_time.set_value(session.start_time if session else usual_time)
        self.start_time.setAccessibleName(self.tr("Time"))
        self.minutes = NumberField(*SESSION_MINUTES)
        self.minutes.set_value(session.minutes if session else usual_minutes)
        self.minutes.setAccessibleName(self.tr("Length in minutes"))
        self.status = choice_combo(SESSION_STATUS_LABELS)
        select_data(self.status, status)
        self.objective = guarded(QComboBox())
        self.objective.addItem(self.tr("(not said)"), None)
        for objective in pairs.list_objectives(pair_id):
            self.objective.addItem(objective.topic_name, objective.id)
        select_data(self.objective, session.objective_id if session else None)
        # the pair's only topic, for a session not logged yet (a planned one has none)
        not_logged = session is None or session.status is not SessionStatus.DONE
        if not_logged and self.objective.currentData() is None and self.objective.count() == 2:
            self.objective.setCurrentIndex(1)
        self.learnt = QPlainTextEdit(session.learnt if session else "")
        self.to_practise = QPlainTextEdit(session.to_practise if session else "")
        for editor in (self.learnt, self.to_practise):
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(64)
        self.confidence = guarded(QComboBox())
        self.confidence.addItem("-", None)
        for value in range(1, 6):
            self.confidence.addItem(f"{value} / 5", value)
        select_data(self.confidence, session.confidence if session else None)
        self.level = guarded(QComboBox())
        self.level.addItem(self.tr("unchanged"), None)
        for level in Level:
            self.level.addItem(text(LEVEL_LABELS[level]), int(level))
        select_data(self.level, session.level_reached if session else None)
        self.errors: dict[str | None, QLabel] = {name: error_label() for name in (*FIELDS, None)}

        form = QFormLayout(self)
        if session is None:
            about = self.tr("A session that was not planned.")
        elif session.was_moved:
            about = self.tr("Planned for {date}, first planned for {first}.").format(
                date=format_date(session.held_on), first=format_date(session.planned_on)
            )
        else:
            about = self.tr("Planned for {date}.").format(date=format_date(session.held_on))
        form.addRow(plain_label(about, wrap=True))
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("&Date:"), self.held_on, "held_on"),
            (self.tr("T&ime:"), self.start_time, "start_time"),
            (self.tr("&Length (minutes):"), self.minutes, "minutes"),
            (self.tr("&Status:"), self.status, "status"),
            (self.tr("&Topic:"), self.objective, "objective"),
            (self.tr("What was lear&nt:"), self.learnt, "learnt"),
            (self.tr("What to &practise before next time:"), self.to_practise, "to_practise"),
            (self.tr("Mentee's &confidence after:"), self.confidence, "confidence"),
            (self.tr("Mentee's le&vel now on this topic:"), self.level, "level_reached"),
        ]
        for caption, widget, field in rows:
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, widget)
            form.addRow("", self.errors[field])
            hide_when_edited(widget, self.errors[field])
        form.addRow("", self.errors[None])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    def _status_changed(self) -> None:
        done = self.status.currentData() == SessionStatus.DONE.value
        for widget in (self.confidence, self.level):
            widget.setEnabled(done)

    def accept(self) -> None:
        session_id = self.session.id if self.session else None
        done = self.status.currentData() == SessionStatus.DONE.value
        entry = SessionEntry(
            held_on=self.held_on.value(),
            minutes=self.minutes.value(),
            start_time=self.start_time.value() or None,
            objective_id=self.objective.currentData(),
            learnt=self.learnt.toPlainText(),
            to_practise=self.to_practise.toPlainText(),
            confidence=self.confidence.currentData() if done else None,
            level_reached=self.level.currentData() if done else None,
        )
        status = self.status.currentData()
        # a session to come outside free time, on a closed day or after the programme is
        # kept once she says so
        saved = change_on_purpose(
            self,
            lambda despite: sessions.save_session(
                self.pair_id, session_id, status, entry, today=self.today, despite=despite
            ),
            self.errors,
        )
        if saved is not None:
            self.saved = saved
            super().accept()
            self._tell_what_it_replaced(saved)

    def _tell_what_it_replaced(self, saved: SessionInfo) -> None:
        """A session logged on a day this pair had another one planned took its place: the
        owner is told, since the planned one disappears from the calendars."""
        if not saved.took_the_place_of:
            return
        pair = pairs.get_pair(self.pair_id)
        days = ", ".join(format_date(day) for day in saved.took_the_place_of)
        tell(
            self.parentWidget(),
            self.tr(
                "{mentor} and {mentee} met on {date}: the session planned for them that day is "
                "cancelled, so that they do not meet twice."
            ).format(mentor=isolate(pair.mentor_name), mentee=isolate(pair.mentee_name), date=days),
        )
