"""Tandem › The network's shops…: for a coordinator of several shops, each shop's running
programmes, pairs under way, sessions held and to come, and time given; a shop chosen in
the table is the one Tandem then works on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.network_overview import ShopFigures
from ui.forms import FittedTable, plain_label


class NetworkDialog(QDialog):
    def __init__(self, shops: list[ShopFigures], current: int | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The network's shops"))
        self.shops = shops
        self.table = FittedTable(
            [
                self.tr("Shop"),
                self.tr("Running programmes"),
                self.tr("Pairs under way"),
                self.tr("Sessions held"),
                self.tr("Sessions to come"),
                self.tr("Time given"),
            ],
            self,
        )
        self.table.setAccessibleName(self.tr("The network's shops"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setRowCount(len(shops))
        for row, shop in enumerate(shops):
            for column, value in enumerate(self._cells(shop)):
                item = QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if shop.held:
                    item.setToolTip(self._held_sentence())
                self.table.setItem(row, column, item)
            if shop.shop_id == current:
                self.table.selectRow(row)
        self.table.fit()
        self.table.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(self)
        self.work_here = buttons.addButton(
            self.tr("&Work on this shop"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("The running programmes of every shop you coordinate, as they are now."))
        )
        layout.addWidget(self.table)
        if any(shop.held for shop in shops):
            layout.addWidget(plain_label(self._held_sentence(), wrap=True))
        layout.addWidget(buttons)
        self.table.setWordWrap(False)
        self.resize(max(640, self.table.whole_width() + 40), self.sizeHint().height())

    def _cells(self, shop: ShopFigures) -> list[str]:
        name = shop.name or self.tr("(no name yet)")
        if shop.held:
            return [name, self.tr("busy"), "", "", "", ""]
        hours, minutes = divmod(shop.minutes_given, 60)
        return [
            name,
            str(shop.running_programmes),
            str(shop.pairs_under_way),
            str(shop.sessions_held),
            str(shop.sessions_to_come),
            self.tr("{hours} h {minutes:02d}").format(hours=hours, minutes=minutes),
        ]

    def _held_sentence(self) -> str:
        return self.tr(
            "“busy”: one of that shop's computers holds its data just now (someone working on "
            "it by hand, or an upgrade under way), so its figures cannot be read. Close and open "
            "this list again in a moment."
        )

    def chosen(self) -> int | None:
        """The shop of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return self.shops[rows[0].row()].shop_id if rows else None
