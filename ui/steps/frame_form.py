"""The frame of the programme (step 4): dates, rhythm, slot, place and the charter's rules.
Every change is saved at once; a refused value is explained beside its field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, QTime, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from app.steps import rules
from app.steps.rules import DEFAULT_RULE_TEXTS, RulesInfo
from app.vocabulary import WEEKDAY_LABELS, Weekday
from ui.forms import attempt, choice_combo, date_edit, error_label, select_data
from ui.i18n import text

_TEXTS = ("confidentiality", "kindness", "out_of_scope", "other_rules")


def _next_monday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=7 - today.weekday())


class FrameForm(QWidget):
    """Signals:

    * ``saved()`` - the frame was saved.
    """

    saved = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.programme_id: int | None = None
        self._loading = False
        self.start_on = date_edit()
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 104)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.every_weeks = QSpinBox()
        self.every_weeks.setRange(1, 8)
        self.every_weeks.setPrefix(self.tr("every "))
        self.every_weeks.setSuffix(self.tr(" week(s)"))
        self.minutes = QSpinBox()
        self.minutes.setRange(10, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.weekday = choice_combo(WEEKDAY_LABELS)
        self.start_time = QTimeEdit()
        self.start_time.setDisplayFormat("HH:mm")
        self.place = QLineEdit()
        self.contact = QLineEdit()
        self.notice_days = QSpinBox()
        self.notice_days.setRange(0, 30)
        self.notice_days.setSuffix(self.tr(" days"))
        self.texts = {name: QPlainTextEdit() for name in _TEXTS}
        for editor in self.texts.values():
            editor.setFixedHeight(54)
            editor.setTabChangesFocus(True)
            editor.installEventFilter(self)
        fields = (
            "start_on",
            "weeks",
            "every_weeks",
            "session_minutes",
            "weekday",
            "start_time",
            "place",
            "notice_days",
            "contact",
        )
        self.errors = {name: error_label() for name in fields}
        self.errors[None] = error_label()  # type: ignore[index]

        form = QFormLayout(self)
        rows: list[tuple[str, QWidget, str | None]] = [
            (self.tr("&Start:"), self.start_on, "start_on"),
            (self.tr("&Length:"), self.weeks, "weeks"),
            (self.tr("R&hythm:"), self.every_weeks, "every_weeks"),
            (self.tr("Session len&gth:"), self.minutes, "session_minutes"),
            (self.tr("&Day:"), self.weekday, "weekday"),
            (self.tr("&Time:"), self.start_time, "start_time"),
            (self.tr("Pl&ace:"), self.place, "place"),
            (self.tr("What is said stays pri&vate:"), self.texts["confidentiality"], None),
            (self.tr("&Kindness:"), self.texts["kindness"], None),
            (self.tr("Noti&ce to move a session:"), self.notice_days, "notice_days"),
            (self.tr("If it goes badly, talk to:"), self.contact, "contact"),
            (self.tr("&Out of scope:"), self.texts["out_of_scope"], None),
            (self.tr("Other r&ules:"), self.texts["other_rules"], None),
        ]
        for caption, widget, field in rows:
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, widget)
            if field is not None:
                form.addRow("", self.errors[field])
        form.addRow("", self.errors[None])  # type: ignore[index]
        for spin in (self.weeks, self.every_weeks, self.minutes, self.notice_days):
            spin.editingFinished.connect(self.save)
        self.start_on.dateChanged.connect(self.save)
        self.start_time.editingFinished.connect(self.save)
        self.weekday.currentIndexChanged.connect(self.save)
        self.place.editingFinished.connect(self.save)
        self.contact.editingFinished.connect(self.save)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and watched in self.texts.values():
            self.save()
        return super().eventFilter(watched, event)

    def show_rules(
        self, programme_id: int | None, today: dt.date | None = None
    ) -> RulesInfo | None:
        """Show the frame, or sensible starting values when none is set yet."""
        self._loading = True
        self.programme_id = programme_id
        current = rules.get_programme_rules(programme_id) if programme_id is not None else None
        start = current.start_on if current else _next_monday(today or dt.date.today())
        self.start_on.setDate(QDate(start.year, start.month, start.day))
        self.weeks.setValue(current.weeks if current else 8)
        self.every_weeks.setValue(current.every_weeks if current else 1)
        self.minutes.setValue(current.session_minutes if current else 60)
        select_data(self.weekday, current.weekday if current else Weekday.TUESDAY)
        time = current.start_time if current else dt.time(9, 30)
        self.start_time.setTime(QTime(time.hour, time.minute))
        self.place.setText(current.place if current else "")
        self.contact.setText(current.contact if current else "")
        self.notice_days.setValue(current.notice_days if current else 2)
        for name, editor in self.texts.items():
            if current is not None:
                editor.setPlainText(getattr(current, name))
            else:
                editor.setPlainText(
                    text(DEFAULT_RULE_TEXTS[name]) if name in DEFAULT_RULE_TEXTS else ""
                )
        for label in self.errors.values():
            label.hide()
        self._loading = False
        return current

    def save(self) -> RulesInfo | None:
        if self._loading or self.programme_id is None:
            return None
        programme_id = self.programme_id
        saved = attempt(
            self,
            lambda: rules.set_programme_rules(
                programme_id,
                start_on=self.start_on.date().toPython(),
                weeks=self.weeks.value(),
                every_weeks=self.every_weeks.value(),
                session_minutes=self.minutes.value(),
                weekday=self.weekday.currentData(),
                start_time=self.start_time.time().toPython(),
                place=self.place.text(),
                contact=self.contact.text(),
                notice_days=self.notice_days.value(),
                **{name: editor.toPlainText() for name, editor in self.texts.items()},
            ),
            self.errors,  # type: ignore[arg-type]
        )
        if saved is not None:
            self.saved.emit()
        return saved
