"""Working on a network's server: its address asked and remembered (never its password),
the password asked while the server wants one, and a server that cannot be reached said,
with the way back to the data on this PC."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from app.errors import StorageProblem
from app.storage.server import (
    PasswordNeeded,
    PasswordRefused,
    is_server_address,
    server_name,
    without_password,
)
from ui.forms import tell
from ui.i18n import text, translate
from ui.session import DataSession

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["back_to_this_pc", "connect", "connect_from_menu", "server_name"]


def _ask_password(parent: QWidget | None, why: StorageProblem) -> str | None:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("server", "Network server"))
    dialog.setLabelText(text(why.message) + "\n\n" + translate("server", "Password:"))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def _try_again(parent: QWidget | None, why: StorageProblem) -> bool:
    """Said why the server cannot be used; True when the owner wants to try again."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("server", "Network server"),
        text(why.message),
        parent=parent,
    )
    again = box.addButton(translate("server", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("server", "Use this PC's data"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(again)
    box.exec()
    return box.clickedButton() is again


def connect(parent: QWidget | None, session: DataSession, url: str) -> bool:
    """Open the network's data at ``url``; True once it is open. The password is asked
    while the server wants one (unless the address or the user's PostgreSQL password file
    gives it); False when the owner gives up, the data open before still open."""
    address, password = without_password(url)
    while True:
        try:
            session.open_server(address, password)
        except (PasswordNeeded, PasswordRefused) as why:
            password = _ask_password(parent, why)
            if password is None:
                return False
        except StorageProblem as why:
            if not _try_again(parent, why):
                return False
        else:
            session.settings.server = address
            return True


def ask_address(parent: QWidget, session: DataSession) -> bool:
    """Tandem › Connect to a network server…: the address asked (the last one offered),
    then connected to; True once the network's data is open."""
    typed, accepted = QInputDialog.getText(
        parent,
        translate("server", "Connect to a network server"),
        translate(
            "server",
            "The address of the network's server, as its coordinator gave it\n"
            "(postgresql://name@server/database):",
        ),
        QLineEdit.EchoMode.Normal,
        session.settings.server_address,
    )
    if not accepted or not typed.strip():
        return False
    if not is_server_address(typed):
        tell(
            parent,
            translate(
                "server",
                "{address} is not the address of a server: it starts with postgresql://, as in "
                "postgresql://marie@server/tandem.",
            ).format(address=typed.strip()),
            QMessageBox.Icon.Warning,
        )
        return False
    return connect(parent, session, typed)


def connect_from_menu(window: MainWindow) -> None:
    if ask_address(window, window.session):
        window.open_data()
        window.guard.show_backup_state()


def back_to_this_pc(window: MainWindow) -> None:
    """Tandem › Use this PC's data: the file on this PC, at this start and the next."""
    window.settings.server = None
    window.switch_data(None)
