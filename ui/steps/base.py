"""What every step page shares: its title, a few lines on how to do the step well, a
scrollable body, and the programme it works on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from ui.bus import DataBus
from ui.forms import intro_label, plain_label
from ui.stepper import step_title


class StepPage(QWidget):
    """A page of the wizard. Subclasses fill ``self.body`` and implement ``reload()``."""

    number = 0

    def __init__(self, bus: DataBus) -> None:
        super().__init__()
        self.bus = bus
        self.programme_id: int | None = None
        self.heading = plain_label()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = intro_label("")
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)

    def title(self) -> str:
        return step_title(self.number)

    def set_texts(self, intro: str) -> None:
        self.heading.setText(f"{self.number} - {self.title()}" if self.number else self.title())
        self.intro.setText(intro)

    def show_programme(self, programme_id: int | None) -> None:
        self.programme_id = programme_id
        self.reload()

    def reload(self) -> None:
        """Show what the data holds now."""
        raise NotImplementedError

    def saved(self) -> None:
        """Tell the rest of Tandem that this page changed the data."""
        self.bus.changed.emit()
