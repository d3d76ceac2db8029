"""Working on a network's server: its address asked and remembered (never its password),
the password asked while the server wants one, and a server that cannot be reached said,
with the way back to the data on this PC."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from app.errors import StorageProblem
from app.storage import network
from app.storage.addresses import (
    PasswordNeeded,
    PasswordRefused,
    is_server_address,
    server_name,
    without_password,
)
from app.storage.network import registered_name
from ui.forms import tell
from ui.i18n import text, translate
from ui.session import DataSession

if TYPE_CHECKING:
    from ui.main_window import MainWindow

__all__ = ["back_to_this_pc", "connect", "connect_from_menu", "registered_name", "server_name"]


#: Answered at the password prompt: the address or the login was mistyped.
ANOTHER_ADDRESS = 2


def _ask_password(parent: QWidget | None, why: StorageProblem) -> str | int | None:
    """The password typed; ANOTHER_ADDRESS to type the address (and its login) again - a
    server refuses every password of a login it does not know -; None for this PC's data."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("server", "Network server"))
    dialog.setLabelText(text(why.message) + "\n\n" + translate("server", "Password:"))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setOkButtonText(translate("server", "Connect"))
    dialog.setCancelButtonText(translate("server", "Use this PC's data"))
    buttons = dialog.findChild(QDialogButtonBox)
    if buttons is not None:
        other = buttons.addButton(
            translate("server", "Another address or login…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        other.clicked.connect(lambda: dialog.done(ANOTHER_ADDRESS))
    answer = dialog.exec()
    if answer == ANOTHER_ADDRESS:
        return ANOTHER_ADDRESS
    if answer != QInputDialog.DialogCode.Accepted:
        return None
    return dialog.textValue()


def _try_again(parent: QWidget | None, why: StorageProblem, address: str) -> str | None:
    """Said why the server cannot be used; the address to try (the same again, or another
    one the owner typed), or None for this PC's data."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("server", "Network server"),
        text(why.message),
        parent=parent,
    )
    again = box.addButton(translate("server", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(
        translate("server", "Another address or login…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(translate("server", "Use this PC's data"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(again)
    box.exec()
    if box.clickedButton() is again:
        return address
    if box.clickedButton() is other:
        return _typed_address(parent, address)
    return None


def _typed_address(parent: QWidget | None, offered: str) -> str | None:
    """The address of the network's server, as the owner types it (``offered`` first)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("server", "Connect to a network server"))
    dialog.setLabelText(
        translate(
            "server",
            "The address of the network's server, as its administrator gave it\n"
            "(postgresql://name@server/database):",
        )
    )
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextValue(offered)
    field = dialog.findChild(QLineEdit)
    if field is not None:  # a whole address in view, with its options
        example = "postgresql://marie@server.example/tandem?sslmode=verify-full"
        field.setMinimumWidth(field.fontMetrics().horizontalAdvance(example) + 16)
    typed = dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else ""
    if not typed.strip():
        return None
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
        return None
    return typed


@contextmanager
def _connecting(address: str) -> Iterator[None]:
    """While Tandem waits for the server (up to ten seconds when it does not answer), a word
    on screen says so, and the cursor waits: at a start there is no window yet."""
    note = QLabel(
        translate("server", "Connecting to the network's server {server}…").format(
            server=server_name(address)
        )
    )
    note.setObjectName("connecting")
    note.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.WindowStaysOnTopHint)
    note.setMargin(24)
    note.adjustSize()
    screen = QApplication.primaryScreen()
    if screen is not None:
        note.move(screen.availableGeometry().center() - note.rect().center())
    note.show()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        note.close()
        note.deleteLater()


def connect(parent: QWidget | None, session: DataSession, url: str) -> bool:
    """Open the network's data at ``url``; True once it is open. The password is asked
    while the server wants one (unless the address or the user's PostgreSQL password file
    gives it); False when the owner gives up, the data open before still open."""
    address, password = without_password(url)
    while True:
        try:
            with _connecting(address):
                session.open_server(address, password)
        except (PasswordNeeded, PasswordRefused) as why:
            answer = _ask_password(parent, why)
            if isinstance(answer, str):
                password = answer
                continue
            chosen = None if answer is None else _typed_address(parent, address)
            if chosen is None:
                return False
            address, password = without_password(chosen)
        except StorageProblem as why:
            chosen = _try_again(parent, why, address)
            if chosen is None:
                return False
            if chosen != address:
                address, password = without_password(chosen)
        else:
            session.settings.server = address
            choose_shop(parent, session, ask=False)
            return True


def choose_shop(parent: QWidget | None, session: DataSession, ask: bool = True) -> bool:
    """The shop of the network to work on, for a coordinator who sees several: the one of
    last time, unless ``ask`` (Tandem › Change shop…) or there is none; True when one was
    chosen. A shop's own login has one shop, and nothing to choose."""
    shops = network.visible_shops() if network.is_network() else []
    if len(shops) < 2:
        return False
    numbers = [number for number, _ in shops]
    remembered = session.settings.server_shop
    if ask or remembered not in numbers:
        names = [name or translate("server", "(no name yet)") for _, name in shops]
        now = network.current_shop()  # not the one of last time when that one was held
        current = numbers.index(now) if now in numbers else 0
        picked, accepted = QInputDialog.getItem(
            parent,
            translate("server", "Choose a shop"),
            translate("server", "You coordinate several shops of the network. Work on:"),
            names,
            current,
            False,
        )
        if not accepted and ask:
            return False
        remembered = numbers[names.index(picked)] if accepted else numbers[current]
    if not _work_on(parent, remembered):
        return False
    session.settings.server_shop = remembered
    return True


def _work_on(parent: QWidget | None, shop: int) -> bool:
    """Work on ``shop`` from now on; a shop someone holds just now is refused with a
    sentence, and Tandem stays on the one it was on."""
    try:
        network.choose_shop(shop)
    except StorageProblem as held:
        meanwhile = translate("server", "Tandem works on {shop} meanwhile.").format(
            shop=registered_name()
        )
        tell(parent, f"{text(held.message)} {meanwhile}", QMessageBox.Icon.Warning)
        return False
    return True


def several_shops() -> bool:
    """The login coordinates several shops of the network: it may change shop."""
    return network.is_network() and len(network.visible_shops()) > 1


def show_network(window: MainWindow) -> None:
    """Tandem › The network's shops…: each shop's figures; the one chosen there is the one
    Tandem works on."""
    from app.network_overview import network_overview
    from ui.network_dialog import NetworkDialog

    dialog = NetworkDialog(network_overview(), window.session.settings.server_shop, window)
    chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
    if chosen is not None and _work_on(window, chosen):
        window.session.settings.server_shop = chosen
        window.open_data()


def change_shop(window: MainWindow) -> None:
    """Tandem › Change shop…: another shop of the network, on every screen."""
    if choose_shop(window, window.session):
        window.open_data()


def ask_address(parent: QWidget, session: DataSession) -> bool:
    """Tandem › Connect to a network server…: the address asked (the last one offered),
    then connected to; True once the network's data is open."""
    typed = _typed_address(parent, session.settings.server_address)
    return typed is not None and connect(parent, session, typed)


def connect_from_menu(window: MainWindow) -> None:
    if ask_address(window, window.session):
        if window.instance is not None:  # the lock guards this PC's file alone
            window.instance.close()
            window.instance = None
        window.open_data()
        window.guard.show_backup_state()


def back_to_this_pc(window: MainWindow) -> None:
    """Tandem › Use this PC's data: the file on this PC, at this start and the next - once
    no other Tandem of this PC has it open."""
    from ui.main import claimed

    if window.instance is None:
        window.instance = claimed(window.session.folder)
        if window.instance is None:
            return
    window.settings.server = None
    window.switch_data(None)
