"""The main window. For now it shows the shop, which file is open and where each programme
stands; the five-step wizard and the dashboard take its place in the next issues."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from app.programmes import list_programmes
from app.progress import programme_progress
from app.shop import get_shop
from ui.i18n import text


class MainWindow(QMainWindow):
    def __init__(self, data_file: Path, demo: bool) -> None:
        super().__init__()
        self.setObjectName("main_window")
        shop = get_shop().name or self.tr("My shop")
        self.setWindowTitle(self.tr("Tandem - {shop}").format(shop=shop))
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.file_label = QLabel(central)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)
        if demo:
            self.file_label.setText(
                self.tr(
                    "You are exploring the demo of {shop}. Your own data is not touched."
                ).format(shop=shop)
            )
        else:
            self.file_label.setText(
                self.tr("Your data is kept in {path}").format(path=str(data_file))
            )
        layout.addWidget(self.file_label)
        self.programmes = QListWidget(central)
        self.programmes.setAccessibleName(self.tr("Programmes"))
        layout.addWidget(self.programmes)
        self.setCentralWidget(central)
        self.resize(900, 600)
        self.reload()

    def reload(self) -> None:
        """Show every programme with the step it is at and the next thing to do."""
        self.programmes.clear()
        for programme in list_programmes():
            progress = programme_progress(programme.id)
            self.programmes.addItem(
                self.tr("{name} - step {step} of 5: {action}").format(
                    name=programme.name,
                    step=progress.current_step,
                    action=text(progress.next_action),
                )
            )
        if self.programmes.count() == 0:
            self.programmes.addItem(self.tr("No programme yet."))
