"""The frame of the programme (step 4): dates, rhythm, slot, place and the charter's rules.
Every change is saved at once; a refused value is explained beside its field."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.steps import rules
from app.steps.rules import DEFAULT_RULE_TEXTS, RulesInfo
from app.vocabulary import WEEKDAY_LABELS
from ui.autosave import SaveOnLeave, show_text
from ui.fields import DateField, NumberField, TimeField
from ui.forms import choice_combo, error_label, select_data
from ui.i18n import text
from ui.operations import change

_TEXTS = ("confidentiality", "kindness", "out_of_scope", "other_rules")


class FrameForm(QWidget):
    """The frame's fields, each saved as it is left."""

    def __init__(self) -> None:
        super().__init__()
        self.programme_id: int | None = None
        self.autosave = SaveOnLeave(self, self.save)
        self.start_on = DateField()
        self.weeks = NumberField(1, 104)
        self.every_weeks = NumberField(1, 8)
        self.minutes = NumberField(10, 480)
        self.weekday = choice_combo(WEEKDAY_LABELS)
        self.start_time = TimeField()
        self.place = QLineEdit()
        self.contact = QLineEdit()
        self.notice_days = NumberField(0, 30)
        for box, name in (
            (self.start_on, self.tr("Start")),
            (self.weeks, self.tr("Length in weeks")),
            (self.every_weeks, self.tr("Weeks between sessions")),
            (self.minutes, self.tr("Session length in minutes")),
            (self.start_time, self.tr("Time")),
            (self.notice_days, self.tr("Notice in days")),
        ):
            box.setAccessibleName(name)
        self.texts = {name: QPlainTextEdit() for name in _TEXTS}
        for editor in self.texts.values():
            editor.setFixedHeight(4 * editor.fontMetrics().lineSpacing() + 12)  # four lines
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
        self.errors: dict[str | None, QLabel] = {name: error_label() for name in (*fields, None)}

        form = QFormLayout(self)
        # each label above its field: the texts of the charter get the column's whole width
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        rows: list[tuple[str, QWidget, str | None]] = [
            (self.tr("&Start:"), self.start_on, "start_on"),
            (self.tr("&Length (weeks):"), self.weeks, "weeks"),
            (self.tr("R&hythm (weeks between sessions):"), self.every_weeks, "every_weeks"),
            (self.tr("Session len&gth (minutes):"), self.minutes, "session_minutes"),
            (self.tr("&Day:"), self.weekday, "weekday"),
            (self.tr("&Time:"), self.start_time, "start_time"),
            (self.tr("Pl&ace:"), self.place, "place"),
            (self.tr("What is said stays pri&vate:"), self.texts["confidentiality"], None),
            (self.tr("&Kindness:"), self.texts["kindness"], None),
            (self.tr("Noti&ce to move a session (days):"), self.notice_days, "notice_days"),
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
        form.addRow("", self.errors[None])
        self.autosave.watch(
            self.start_on,
            self.weeks,
            self.every_weeks,
            self.minutes,
            self.weekday,
            self.start_time,
            self.place,
            *self.texts.values(),
            self.notice_days,
            self.contact,
        )

    def show_rules(self, programme_id: int | None, today: dt.date | None = None) -> None:
        """Show the frame, or the one Tandem proposes while none is set."""
        self.programme_id = programme_id
        saved = rules.get_programme_rules(programme_id) if programme_id is not None else None
        shown = saved or rules.proposed_rules(programme_id or 0, today)
        with self.autosave.filling():
            start = shown.start_on
            self.start_on.set_value(start)
            self.weeks.set_value(shown.weeks)
            self.every_weeks.set_value(shown.every_weeks)
            self.minutes.set_value(shown.session_minutes)
            select_data(self.weekday, shown.weekday)
            self.start_time.set_value(shown.start_time)
            show_text(self.place, shown.place)
            show_text(self.contact, shown.contact)
            self.notice_days.set_value(shown.notice_days)
            for name, editor in self.texts.items():
                if saved is not None:
                    show_text(editor, getattr(saved, name))
                else:
                    default = DEFAULT_RULE_TEXTS.get(name)
                    show_text(editor, text(default) if default is not None else "")
            for label in self.errors.values():
                label.hide()

    def save(self) -> RulesInfo | None:
        if self.programme_id is None:
            return None
        programme_id = self.programme_id
        return change(
            self,
            lambda: rules.set_programme_rules(
                programme_id,
                start_on=self.start_on.value(),
                weeks=self.weeks.value(),
                every_weeks=self.every_weeks.value(),
                session_minutes=self.minutes.value(),
                weekday=self.weekday.currentData(),
                start_time=self.start_time.value(),
                place=self.place.text(),
                contact=self.contact.text(),
                notice_days=self.notice_days.value(),
                **{name: editor.toPlainText() for name, editor in self.texts.items()},
            ),
            self.errors,
        )
