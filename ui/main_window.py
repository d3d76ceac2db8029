"""The main window: the programme selector, the stepper, the current page, Previous / Next."""

from __future__ import annotations

from types import ModuleType

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import programmes
from app.errors import StorageProblem
from app.paths import DEMO_SHOPS
from app.progress import programme_progress
from app.shop import get_shop
from app.vocabulary import MONTH_LABELS
from ui import programme_actions, server_wait
from ui.autosave import SaveOnLeave
from ui.data_guard import DataGuard
from ui.forms import ElidedLabel, confirm, error_label, plain_label, tell
from ui.i18n import Translators, text
from ui.operations import Changes, Scope, change
from ui.printing.menu import add_document, build
from ui.session import DataSession
from ui.settings import Settings
from ui.single_instance import SingleInstance
from ui.stepper import DASHBOARD, TITLES, Stepper
from ui.steps.base import StepPage
from ui.wheel_guard import guarded


class MainWindow(QMainWindow):
    def __init__(
        self, session: DataSession, settings: Settings, translators: Translators | None = None
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.session = session
        self.settings = settings
        server_wait.install()
        #: Kept alive with the window: Qt only holds the translators while they exist.
        self.translators = translators
        #: The watch for a second start on the same data, when there is one.
        self.instance: SingleInstance | None = None
        #: Announces every change made at a screen to the screens that show it.
        self.changes = Changes(self)
        self.stepper = Stepper()
        #: One place per page; a page is built the first time it is shown (see page()).
        self.stack = QStackedWidget()
        for _ in TITLES:
            self.stack.addWidget(QWidget())
        self._built: dict[int, StepPage] = {}
        self._build_header()
        self._build_menus()
        self.missing = error_label()
        self.missing.setObjectName("missing")
        self.previous = QPushButton(self.tr("< &Previous"))
        self.next = QPushButton(self.tr("&Next >"))
        self.next.setDefault(True)
        nav = QHBoxLayout()
        nav.addWidget(self.missing, 1)
        nav.addStretch()
        nav.addWidget(self.previous)
        nav.addWidget(self.next)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addLayout(nav)
        columns = QHBoxLayout()
        columns.addWidget(self.stepper)
        columns.addLayout(right, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(self.header)
        layout.addWidget(self.demo_banner)
        layout.addLayout(columns, 1)
        self.central = central
        self.setCentralWidget(central)
        self.resize(1280, 760)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        self.guard = DataGuard(self, session, self.open_data)
        self._connect_signals()
        self.open_data()

    # --- building -----------------------------------------------------------------------

    def _build_header(self) -> None:
        self.shop_label = ElidedLabel()
        font = self.shop_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.shop_label.setFont(font)
        self.programme = guarded(QComboBox())
        self.programme.setMinimumWidth(220)
        programme_label = QLabel(self.tr("P&rogramme:"))
        programme_label.setBuddy(self.programme)
        self.new_programme = QPushButton(self.tr("New programme…"))
        self.rename_programme = QPushButton(self.tr("Rename…"))
        self.header = QHBoxLayout()
        self.header.addWidget(self.shop_label, 1)
        for widget in (programme_label, self.programme, self.new_programme, self.rename_programme):
            self.header.addWidget(widget)
        self.demo_banner = QWidget()
        banner = QHBoxLayout(self.demo_banner)
        banner.setContentsMargins(8, 4, 8, 4)
        self.demo_banner.setStyleSheet("background: #fff4c2; border-radius: 4px;")
        self.demo_text = plain_label(wrap=True)
        self.leave_demo = QPushButton(self.tr("Back to &my own data"))
        banner.addWidget(self.demo_text, 1)
        banner.addWidget(self.leave_demo)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Tandem"))
        self.explore_demo = QAction(self.tr("Explore the &demo"), self)
        self.own_data = QAction(self.tr("Back to &my own data"), self)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        language_menu = QMenu(self.tr("&Language"), self)
        self.languages: dict[str, QAction] = {}
        for code, name in (("fr", "Français"), ("en", "English")):
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == (self.translators.language if self.translators else "en"))
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
            self.languages[code] = action
        self.save_copy = QAction(self.tr("&Save a copy…"), self)
        self.restore_action = QAction(self.tr("R&estore…"), self)
        self.connect_server = QAction(self.tr("Connect to a &network server…"), self)
        self.local_data = QAction(self.tr("Use this &PC's data"), self)
        self.change_shop = QAction(self.tr("Change s&hop…"), self)
        self.network_shops = QAction(self.tr("The net&work's shops…"), self)
        for action in (self.explore_demo, self.own_data):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.connect_server)
        menu.addAction(self.local_data)
        menu.addAction(self.change_shop)
        menu.addAction(self.network_shops)
        menu.addSeparator()
        menu.addAction(self.save_copy)
        menu.addAction(self.restore_action)
        menu.addSeparator()
        self.export_team = menu.addAction(self.tr("Export the &team for a spreadsheet…"))
        self.export_sessions = menu.addAction(self.tr("Export the sess&ions for a spreadsheet…"))
        self.forget_delay = menu.addAction(self.tr("Staff who left: propose to erase them &after…"))
        menu.addSeparator()
        menu.addMenu(language_menu)
        menu.addSeparator()
        menu.addAction(quit_action)
        programme_menu = self.menuBar().addMenu(self.tr("&Programme"))
        self.new_action = programme_menu.addAction(self.tr("&New programme…"))
        self.rename_action = programme_menu.addAction(self.tr("&Rename…"))
        self.renew_action = programme_menu.addAction(self.tr("Rene&w this programme…"))
        programme_menu.addSeparator()
        self.calendar_action = programme_menu.addAction(self.tr("Put the sessions in &calendars…"))
        self.documents_menu = programme_menu.addMenu(self.tr("&Documents"))
        self.documents_menu.aboutToShow.connect(self._fill_documents_menu)

    def _connect_signals(self) -> None:
        self.stepper.step_chosen.connect(self._show_page)
        self.previous.clicked.connect(
            lambda: self.stepper.go_to(max(DASHBOARD, self.stack.currentIndex() - 1))
        )
        self.next.clicked.connect(self._next)
        self.programme.activated.connect(
            lambda _: self._switch_programme(self.programme.currentData())
        )
        self.new_programme.clicked.connect(lambda: programme_actions.create(self))
        self.new_action.triggered.connect(lambda: programme_actions.create(self))
        self.rename_programme.clicked.connect(lambda: programme_actions.rename(self))
        self.rename_action.triggered.connect(lambda: programme_actions.rename(self))
        self.renew_action.triggered.connect(lambda: programme_actions.renew(self))
        self.calendar_action.triggered.connect(lambda: self._export("calendars"))
        self.explore_demo.triggered.connect(lambda: self.switch_data(DEMO_SHOPS[0]))
        self.own_data.triggered.connect(lambda: self.switch_data(None))
        self.leave_demo.clicked.connect(lambda: self.switch_data(None))
        self.changes.announced.connect(self._announced)
        self.save_copy.triggered.connect(lambda: self._copies("save"))
        self.export_team.triggered.connect(lambda: self._export("team"))
        self.export_sessions.triggered.connect(lambda: self._export("sessions"))
        self.forget_delay.triggered.connect(self._choose_forget_delay)
        self.restore_action.triggered.connect(lambda: self._copies("restore"))
        self.connect_server.triggered.connect(lambda: _server_actions().connect_from_menu(self))
        self.local_data.triggered.connect(lambda: _server_actions().back_to_this_pc(self))
        self.change_shop.triggered.connect(lambda: _server_actions().change_shop(self))
        self.network_shops.triggered.connect(lambda: _server_actions().show_network(self))

    # --- pages --------------------------------------------------------------------------

    def page(self, index: int) -> StepPage:
        """The page of ``index``, built the first time it is asked for: a start builds only
        the page it shows."""
        page = self._built.get(index)
        if page is None:
            page = _build_page(index, self)
            page.show_programme(self.current_programme())
            placeholder = self.stack.widget(index)
            current = self.stack.currentIndex()
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.stack.insertWidget(index, page)
            self.stack.setCurrentIndex(current)
            self._built[index] = page
        return page

    @property
    def pages(self) -> list[StepPage]:
        """Every page, built now if it was not yet."""
        return [self.page(index) for index in range(len(TITLES))]

    # --- data ---------------------------------------------------------------------------

    def open_data(self) -> None:
        """Show the open file: its shop, its programmes, the page the owner left."""
        self._show_shop()
        self.demo_banner.setVisible(self.session.is_demo)
        self.explore_demo.setEnabled(not self.session.is_demo)
        self.own_data.setEnabled(self.session.is_demo)
        # a copy of the network's data is an ordinary file; restoring is the server's own
        self.save_copy.setEnabled(not self.session.is_demo)
        self.restore_action.setEnabled(not self.session.is_demo and not self.session.on_server)
        self.local_data.setEnabled(self.session.on_server)
        several = self.session.on_server and _server_actions().several_shops()
        self.change_shop.setVisible(several)
        self.network_shops.setVisible(several)
        remembered = None if self.session.is_demo else self.settings.programme_id
        self._load_programmes(remembered)
        self._switch_programme(self.current_programme(), keep_page=True)
        current = self.current_programme()
        page = self.settings.page if not self.session.is_demo else DASHBOARD
        if page != DASHBOARD and current is not None:
            page = programmes.get_programme(current).current_step
        self._show_page(page, remember=False)
        self.stepper.blockSignals(True)
        self.stepper.go_to(page)
        self.stepper.blockSignals(False)
        self._follow_server()

    def _follow_server(self, stop: bool = False) -> None:
        """The other coordinators' changes shown while the network's data is open."""
        if self.session.on_server or self.findChild(QObject, "server-watch") is not None:
            from ui import server_watch  # the listener loads only for a server

            server_watch.follow(self, stop)

    def _show_shop(self) -> None:
        shop = get_shop().name or self.tr("My shop")
        if self.session.server is not None:
            # on a network, the name its administrator gave: a shop may rename itself
            shop = _server_actions().registered_name() or shop
            server = _server_actions().server_name(self.session.server)
            self.setWindowTitle(
                self.tr("Tandem - {shop} - on {server}").format(shop=shop, server=server)
            )
        else:
            self.setWindowTitle(self.tr("Tandem - {shop}").format(shop=shop))
        self.shop_label.setText(shop)
        self.demo_text.setText(
            self.tr("You are exploring the demo of {shop}. Your own data is not touched.").format(
                shop=shop
            )
        )

    def _load_programmes(self, select: int | None) -> None:
        """List the programmes, ``select`` chosen (or the first); switches to none."""
        self.programme.blockSignals(True)
        self.programme.clear()
        for programme in programmes.list_programmes():
            label = programme.name
            if programme.state.value == "closed":
                label = self.tr("{name} (closed)").format(name=programme.name)
            self.programme.addItem(label, programme.id)
        index = self.programme.findData(select) if select is not None else 0
        self.programme.setCurrentIndex(max(index, 0))
        self.programme.blockSignals(False)
        for widget in (
            self.rename_programme,
            self.rename_action,
            self.renew_action,
            self.calendar_action,
        ):
            widget.setEnabled(self.programme.count() > 0)

    def current_programme(self) -> int | None:
        value = self.programme.currentData()
        return int(value) if value is not None else None

    def _switch_programme(self, programme_id: int | None, keep_page: bool = False) -> None:
        if not self.session.is_demo:
            self.settings.programme_id = programme_id
        for page in self._built.values():
            page.show_programme(programme_id)
        self.refresh_states()
        if not keep_page:
            self._show_page(self.stack.currentIndex(), remember=False)

    def _announced(self, scope: Scope) -> None:
        """What the window itself shows of a change: the steps' states, the programmes'
        names, the shop's name; and a backup when one is due."""
        if scope & Scope.PROGRAMME:
            shown = self.current_programme()
            self._load_programmes(shown)
            if self.current_programme() != shown:  # the first one (made elsewhere), or gone
                self._switch_programme(self.current_programme(), keep_page=True)
        if scope & Scope.SHOP:
            self._show_shop()
        if scope & ~Scope.BOOKMARK:
            self.refresh_states()
        self.guard.back_up_when_due()

    def refresh_states(self) -> None:
        programme_id = self.current_programme()
        progress = programme_progress(programme_id) if programme_id is not None else None
        self.stepper.show_states(progress.steps if progress else None)
        self.missing.hide()

    def _show_page(self, index: int, remember: bool = True) -> None:
        page = self.page(index)
        self.stack.setCurrentIndex(index)
        page.bring_up_to_date()
        # A table whose rows were cut down while its page was hidden (the affinities, after
        # a person is removed) paints once past its scroll area as the page shows; the
        # pixels stayed on every page. The window paints itself again, over them.
        self.central.update()
        self.previous.setEnabled(index > DASHBOARD)
        self.next.setEnabled(index < len(TITLES) - 1)
        self.missing.hide()
        programme_id = self.current_programme()
        if remember and not self.session.is_demo:
            self.settings.page = index
        if remember and index != DASHBOARD and programme_id is not None:
            change(self, lambda: programmes.set_current_step(programme_id, index))

    def _fill_documents_menu(self) -> None:
        self.documents_menu.clear()
        programme_id = self.current_programme()
        if programme_id is None:
            return
        for label, document in (
            (self.tr("All the review sheets"), "review_sheets"),
            (self.tr("Programme summary"), "programme_summary"),
        ):
            add_document(self.documents_menu, self, label, build(document, programme_id))
        # the planning of the month she pins up, or of every month
        from app.documents import planning_months  # when the menu opens, not at start

        planning = self.documents_menu.addMenu(self.tr("Planning by month, for the staff room"))
        for year, month in planning_months(programme_id):
            name = self.tr("{month} {year}").format(month=text(MONTH_LABELS[month - 1]), year=year)
            add_document(
                planning, self, name, build("months_planning", programme_id, ((year, month),))
            )
        add_document(planning, self, self.tr("Every month"), build("month_planning", programme_id))

    def _next(self) -> None:
        index = self.stack.currentIndex()
        programme_id = self.current_programme()
        if index != DASHBOARD and programme_id is not None:
            status = programme_progress(programme_id).steps[index - 1]
            if status.missing is not None:
                self.missing.setText(text(status.missing))
                self.missing.show()
                return
        self.stepper.go_to(index + 1)

    # --- programmes ---------------------------------------------------------------------

    def choose_programme(self, programme_id: int) -> None:
        self.programme.setCurrentIndex(max(0, self.programme.findData(programme_id)))
        self._switch_programme(programme_id)

    def switch_data(self, demo_shop: str | None) -> bool:
        """Open the owner's data (``None``) or a demo; True when it was opened. When it
        cannot be, the file open before stays open and in use."""
        from ui import recovery  # her file missing, empty or damaged: the backup offer

        try:
            if demo_shop is None and self.settings.server:  # her data is the network's
                if not _server_actions().connect(self, self.session, self.settings.server):
                    return False
            elif demo_shop is None:
                recovery.open_own_data(self.session, self, at_start=False)
            else:
                self.session.open_demo(demo_shop)
        except recovery.Declined:
            return False
        except StorageProblem as problem:
            tell(self, text(problem.message), QMessageBox.Icon.Warning)
            return False
        self.open_data()
        self.guard.show_backup_state()
        return True

    def _copies(self, what: str) -> None:
        """Save a copy of the data, or restore one."""
        from ui import restore_dialog  # only when asked for

        (restore_dialog.save_copy if what == "save" else restore_dialog.restore_data)(self)

    def _export(self, what: str) -> None:
        """The calendars, or the team or the sessions for a spreadsheet."""
        programme_id = self.current_programme()
        if what == "calendars":
            from ui import calendar_actions

            if programme_id is not None:
                calendar_actions.export_calendars(self, programme_id)
            return
        from ui import privacy_actions

        privacy_actions.export_spreadsheet(self, programme_id if what == "sessions" else None, what)

    def _choose_forget_delay(self) -> None:
        from ui import privacy_actions

        privacy_actions.choose_forget_delay(self, self.settings)

    def _choose_language(self, language: str) -> None:
        """Remember the language; the screens are built in it at the next start."""
        for code, action in self.languages.items():
            action.setChecked(code == language)
        self.settings.language = language
        self.settings.sync()
        tell(self, self.tr("Tandem will use this language the next time it starts."))

    def closeEvent(self, event: QCloseEvent) -> None:
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()  # a field being typed in is saved as it loses the focus
        if any(form.held_back() for form in self.findChildren(SaveOnLeave)) and not confirm(
            self,
            self.tr(
                "Some of what you typed could not be saved, and is still in its fields. Close "
                "Tandem anyway, and lose it?"
            ),
        ):
            event.ignore()
            return
        self.guard.stop()
        self._follow_server(stop=True)
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        self.session.close()
        if self.instance is not None:
            self.instance.close()
        super().closeEvent(event)


def _server_actions() -> ModuleType:
    from ui import server_actions  # the server's driver loads only when a server is used

    return server_actions


def _build_page(index: int, window: MainWindow) -> StepPage:
    """The page of ``index``; its module is imported only now, when it is first shown."""
    if index == DASHBOARD:
        from ui.dashboard.page import DashboardPage

        return DashboardPage(window.changes)
    if index == 1:
        from ui.steps.needs_page import NeedsPage

        return NeedsPage(window.changes)
    if index == 2:
        from ui.steps.pairs_page import PairsPage

        return PairsPage(window.changes)
    if index == 3:
        from ui.steps.coaching_page import CoachingPage

        return CoachingPage(window.changes)
    if index == 4:
        from ui.steps.rules_page import RulesPage

        return RulesPage(window.changes)
    from ui.steps.review_page import ReviewPage

    review = ReviewPage(window.changes)
    review.renew_requested.connect(lambda: programme_actions.renew(window))
    return review
