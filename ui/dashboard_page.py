"""The dashboard: where the programme stands and how each pair is doing, at a glance."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from app.progress import programme_progress
from app.vocabulary import HEALTH_LABELS, LEVEL_LABELS
from ui.bus import DataBus
from ui.forms import plain_label, plain_tooltip
from ui.i18n import format_date, text
from ui.steps.base import StepPage


class DashboardPage(StepPage):
    number = 0

    def __init__(self, bus: DataBus) -> None:
        super().__init__(bus)
        self.set_texts(self.tr("How each pair is doing, and what to do next."))
        self.next_action = plain_label(wrap=True)
        self.next_action.setObjectName("next_action")
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Pair"),
                self.tr("Topics"),
                self.tr("Step"),
                self.tr("Sessions"),
                self.tr("Next session"),
                self.tr("Health"),
            ]
        )
        self.table.setAccessibleName(self.tr("Pairs"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(300)
        self.body_layout.addWidget(self.next_action)
        self.body_layout.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Dashboard")

    def reload(self) -> None:
        self.table.setRowCount(0)
        if self.programme_id is None:
            self.next_action.setText(self.tr("Create a programme to begin."))
            return
        progress = programme_progress(self.programme_id)
        self.next_action.setText(
            self.tr("Next: {action}").format(action=text(progress.next_action))
        )
        for pair in progress.pairs:
            row = self.table.rowCount()
            self.table.insertRow(row)
            mentor = pair.mentor_name
            if pair.mentor_pair_count > 1:
                mentor = self.tr("{name} ({count} mentees)").format(
                    name=mentor, count=pair.mentor_pair_count
                )
            levels = "; ".join(
                self.tr("{topic}: {now} → {target}").format(
                    topic=o.topic_name,
                    now=text(LEVEL_LABELS[o.level_now]),
                    target=text(LEVEL_LABELS[o.target_level]),
                )
                for o in pair.objectives
            )
            hours, minutes = divmod(pair.minutes_spent, 60)
            cells = [
                self.tr("{mentee} ← {mentor}").format(mentee=pair.mentee_name, mentor=mentor),
                levels,
                self.tr("{step} of 5").format(step=pair.current_step),
                self.tr("{done}/{planned}, {hours} h {minutes:02d}").format(
                    done=pair.sessions_done,
                    planned=pair.sessions_planned,
                    hours=hours,
                    minutes=minutes,
                ),
                format_date(pair.next_session_on) if pair.next_session_on else "-",
                text(HEALTH_LABELS[pair.health]),
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if column == 5:
                    item.setToolTip(plain_tooltip(text(pair.health_reason)))
                self.table.setItem(row, column, item)
