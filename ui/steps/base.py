"""What every step page shares: its title, a few lines on how to do the step well, a
scrollable body, the programme it works on, and the parts it keeps up to date."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QVBoxLayout, QWidget

from app import programmes
from app.vocabulary import ProgrammeState
from ui.forms import intro_label, note_label, plain_label
from ui.i18n import translate
from ui.operations import Changes, Scope
from ui.stepper import step_title


class StepPage(QWidget):
    """A page of the wizard. Subclasses fill ``self.body`` and :meth:`watch` each part they
    show with the kinds of data it shows; :meth:`reload` shows them all.

    A change announced while the page is on screen reloads the parts it touches at once;
    while the page is hidden, they reload when it is next shown, once.
    """

    number = 0

    def __init__(self, changes: Changes) -> None:
        super().__init__()
        self.programme_id: int | None = None
        self._parts: list[tuple[Scope, Callable[[], None]]] = []
        self._stale: set[int] = set()
        self._refreshing = False
        changes.announced.connect(self._announced)
        self.heading = plain_label()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = intro_label("")
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.closed_note = note_label()
        self.closed_note.setObjectName("closed_note")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.closed_note)
        layout.addWidget(scroll, 1)
        self.watch(Scope.PROGRAMME, self._show_state)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The page scrolls to the field the keyboard moved to: a table's Tab goes from cell
        to cell without the page knowing, and a field below its edge was typed in unseen."""
        if new is not None and self.body.isAncestorOf(new):
            self.scroll_area.ensureWidgetVisible(new)

    def title(self) -> str:
        return step_title(self.number)

    def set_texts(self, intro: str) -> None:
        self.heading.setText(f"{self.number} - {self.title()}" if self.number else self.title())
        self.intro.setText(intro)

    def editable_parts(self) -> list[QWidget]:
        """The parts that change the programme, read-only while it is closed."""
        return []

    def _show_state(self) -> None:
        closed = (
            self.programme_id is not None
            and programmes.get_programme(self.programme_id).state is ProgrammeState.CLOSED
        )
        self.closed_note.setVisible(closed and bool(self.editable_parts()))
        self.closed_note.setText(
            # the context by name: self.tr() would look in the page's own class
            translate(
                "StepPage",
                "This programme is closed: it can be read and printed, not changed. To go on "
                "with the same team, renew it in step 5.",
            )
        )
        for part in self.editable_parts():
            part.setEnabled(not closed)

    def watch(self, scope: Scope, refresh: Callable[[], None]) -> None:
        """Keep a part of the page up to date: ``refresh`` shows it again from the data
        after any change of ``scope``. Parts refresh in the order they are watched."""
        self._parts.append((scope, refresh))
        self._stale.add(len(self._parts) - 1)

    def show_programme(self, programme_id: int | None) -> None:
        """Work on another programme: every part is shown again, now or when next shown."""
        self.programme_id = programme_id
        self.mark_stale()
        if self.on_screen():
            self.bring_up_to_date()

    def reload(self) -> None:
        """Show every part from what the data holds now."""
        self.mark_stale()
        self.bring_up_to_date()

    def mark_stale(self) -> None:
        """Every part is to be shown again, when the page is next brought up to date."""
        self._stale = set(range(len(self._parts)))

    def bring_up_to_date(self) -> None:
        """Refresh the parts that changed while the page was not shown (each once). A
        change announced while a part is being shown is shown after it, never inside it."""
        if self._refreshing:
            return
        self._refreshing = True
        try:
            while self._stale:
                index = min(self._stale)
                self._stale.discard(index)
                self._parts[index][1]()
        finally:
            self._refreshing = False

    def on_screen(self) -> bool:
        """Shown in its window (the window itself may not be shown yet)."""
        return self.isVisibleTo(self.window())

    def _announced(self, scope: Scope) -> None:
        self._stale.update(i for i, (watched, _) in enumerate(self._parts) if watched & scope)
        if not self.on_screen():
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            # saved as a field was left by a click elsewhere: shown once the click is
            # handled, so that it picks what was under the pointer, not what a list
            # re-sorted by the change would put there
            QTimer.singleShot(0, self, self._bring_up_to_date_if_shown)
        else:
            self.bring_up_to_date()

    def _bring_up_to_date_if_shown(self) -> None:
        """The window may have closed (and its file with it) before the click was handled."""
        if self.on_screen() and self.window().isVisible():
            self.bring_up_to_date()
