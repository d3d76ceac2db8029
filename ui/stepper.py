"""The stepper: the dashboard and the five steps, each with its state in words."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from app.i18n import QT_TRANSLATE_NOOP
from app.step_states import StepStatus
from ui.i18n import text, translate

DASHBOARD = 0
# The dashboard and the five steps, in order: the stepper lists them before any page is
# built, and each page takes its heading from here.
TITLES = (
    QT_TRANSLATE_NOOP("Stepper", "Dashboard"),
    QT_TRANSLATE_NOOP("Stepper", "The needs"),
    QT_TRANSLATE_NOOP("Stepper", "The pairs"),
    QT_TRANSLATE_NOOP("Stepper", "Coaching the mentors"),
    QT_TRANSLATE_NOOP("Stepper", "The rules of the game"),
    QT_TRANSLATE_NOOP("Stepper", "The review"),
)


def step_title(number: int) -> str:
    return translate("Stepper", TITLES[number])


class Stepper(QListWidget):
    """Signals:

    * ``step_chosen(int)`` - 0 for the dashboard, 1 to 5 for a step.
    """

    step_chosen = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("stepper")
        self.setAccessibleName(self.tr("Steps of the programme"))
        self.titles = [step_title(number) for number in range(len(TITLES))]
        for _ in TITLES:
            self.addItem(QListWidgetItem())
        self.setFixedWidth(230)
        self.setSpacing(3)
        self.currentRowChanged.connect(self._chosen)

    def show_states(self, steps: tuple[StepStatus, ...] | None) -> None:
        """Write each step's state beside its title: done, in progress or not started."""
        self.item(DASHBOARD).setText(self.titles[DASHBOARD])
        if steps is None:  # no programme (or another shop's, gone): the titles alone
            for number in range(1, self.count()):
                item = self.item(number)
                item.setText(f"{number}. {self.titles[number]}")
                item.setToolTip("")
                item.setData(Qt.ItemDataRole.AccessibleTextRole, self.titles[number])
        for status in steps or ():
            if status.done:
                mark, state = "✓", self.tr("done")
            elif status.started:
                mark, state = "◐", self.tr("in progress")
            else:
                mark, state = "○", self.tr("not started")
            item = self.item(status.number)
            item.setText(f"{mark} {status.number}. {self.titles[status.number]}\n    {state}")
            # what is left to do, when the step is not done
            item.setToolTip(state if status.missing is None else f"{state}: {text(status.missing)}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{self.titles[status.number]}, {state}"
            )

    def _chosen(self, row: int) -> None:
        """The step chosen is highlighted before its page is shown: a click selects it only
        once the page is done, and a page that says something in a box (the server lost)
        would be shown beside the step she left."""
        if row >= 0:
            self.selectionModel().select(
                self.model().index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.step_chosen.emit(row)

    def go_to(self, step: int) -> None:
        self.setCurrentRow(step)
