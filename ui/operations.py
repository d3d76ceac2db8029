"""The one way a screen changes the data, and how every screen learns of it.

A change is a call to an ``app`` function. :func:`change` runs it; a refused value is
explained beside its field and nothing is announced; a problem of the disk is told in a box.
After a success the window's :class:`Changes` announces the kinds of data the core wrote
(:mod:`app.changes` records them as the change runs: no screen says, or guesses, what it
touched), and each screen that shows data of those kinds reloads it from ``app``. No screen
tells another to refresh, and none can forget to announce: the announcement is made here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QWidget

from app.changes import Kind, watching
from app.errors import AgainstTheMethod, StorageProblem, ValidationError
from app.storage.conflicts import EditConflict
from app.storage.database import database_path
from app.storage.problems import storage_problem_for
from ui import server_wait
from ui.autosave import SaveOnLeave
from ui.forms import ErrorPlaces, confirm, report_storage_problem, tell
from ui.i18n import text

T = TypeVar("T")

log = logging.getLogger(__name__)


#: The kinds of data a change touches and a screen shows: the core says which
#: (:mod:`app.changes`).
Scope = Kind


class Changes(QObject):
    """The window's announcer of changes.

    Signals:

    * ``announced(Scope)`` - a change of these kinds of data was saved.
    """

    announced = Signal(Scope)

    def __init__(self, window: QObject | None = None) -> None:
        super().__init__(window)
        self.setObjectName("changes")


def changes_of(widget: QWidget | None) -> Changes | None:
    """The announcer of the window that holds ``widget`` (a dialog's is its parent's)."""
    while widget is not None:
        announcer = widget.findChild(Changes, "changes", Qt.FindChildOption.FindDirectChildrenOnly)
        if announcer is not None:
            return announcer
        widget = widget.parentWidget()
    return None


def change(parent: QWidget, action: Callable[[], T], errors: ErrorPlaces = None) -> T | None:
    """Run a change of the data, then announce the kinds of data it wrote.

    Returns the action's result, or None when it did not happen: nothing was saved and
    nothing announced, and whatever the person typed stays in the form. The window is
    found from ``parent`` (a dialog's through its parent); a widget in no window saves
    without announcing, as only a test builds one.

    Asked while another change waits for the server (a field left as the owner went to
    another window), it is made once that one is done, never inside it.
    """
    if server_wait.waiting():
        log.info("A change asked during a wait for the server is made after it")
        server_wait.when_free(parent, partial(change, parent, action, errors))
        return None
    with watching() as touched:
        result = attempt(parent, action, errors)
    if result is not None and touched.kinds:
        announcer = changes_of(parent)
        if announcer is not None:
            announcer.announced.emit(touched.kinds)
    return result


def change_on_purpose(
    parent: QWidget,
    action: Callable[[frozenset[str]], T],
    errors: ErrorPlaces = None,
) -> T | None:
    """Like :func:`change`, for a call that a rule of the method may advise against
    (``action`` takes the rules set aside): the owner reads why and is asked whether to go
    on all the same; yes calls the core again with that rule set aside on purpose, no
    leaves the refusal beside its field and nothing saved."""
    despite: set[str] = set()

    def run() -> T:
        while True:
            try:
                return action(frozenset(despite))
            except AgainstTheMethod as advised:
                question = QCoreApplication.translate("operations", "Go ahead all the same?")
                if advised.rule in despite or not confirm(
                    parent, f"{text(advised.message)}\n\n{question}"
                ):
                    raise
                despite.add(advised.rule)

    return change(parent, run, errors)


def changed(parent: QWidget, action: Callable[[], object], errors: ErrorPlaces = None) -> bool:
    """Like :func:`change`, for actions that return nothing: True when it was done."""
    return change(parent, lambda: (action(), True)[1], errors) is True


def attempt(parent: QWidget, action: Callable[[], T], errors: ErrorPlaces = None) -> T | None:
    """Call the core for something that changes no data of the file (a copy, an export);
    a refusal is shown next to its field, a problem of the disk in a box.

    ``errors`` is the label for refusals, or labels by field name (``None`` for the rest).
    """
    try:
        result = action()
    except EditConflict as refused:
        _show_their_version(parent)
        _refused(parent, refused, errors)
        return None
    except ValidationError as refused:
        _refused(parent, refused, errors)
        return None
    except StorageProblem as problem:
        log.warning("Not done: %s", problem)  # what she was told, for whoever helps her
        report_storage_problem(parent, problem)
        return None
    except Exception as error:  # a read before the change met the disk or the network
        met = storage_problem_for(error, database_path())
        if met is None:
            raise  # a bug: Tandem's exception hook logs it
        log.warning("Not done: %s", met, exc_info=error)
        report_storage_problem(parent, met)
        return None
    _hide_all(errors)
    return result


def _refused(parent: QWidget, refused: ValidationError, errors: ErrorPlaces) -> None:
    """A refusal shown beside its field, else in a box."""
    _hide_all(errors)
    place = _place_for(errors, refused.field)
    if place is not None:
        place.setText(text(refused.message))
        place.show()
        _bring_into_view(place)
    else:
        tell(parent, text(refused.message))


def _show_their_version(parent: QWidget) -> None:
    """Another coordinator changed what this form saves: every screen shows the data as it
    is now, and the form keeps in their fields the values she typed (saved when she leaves
    a field again); the fields she did not touch show, and will save, the other version."""
    form: QWidget | None = parent
    saver = None
    while form is not None and saver is None:
        saver = form.findChild(SaveOnLeave, "", Qt.FindChildOption.FindDirectChildrenOnly)
        form = form.parentWidget()
    announcer = changes_of(parent)
    if announcer is None:
        return
    if saver is None:
        changed_elsewhere(announcer)
        return
    with saver.keeping_typed():
        changed_elsewhere(announcer)


def _bring_into_view(label: QLabel) -> None:
    """A refusal is read where it is shown: a dialog grows to hold it, a page scrolls to it
    (one under a long table was out of view, and the change seemed to do nothing)."""
    window = label.window()
    if isinstance(window, QDialog):
        QTimer.singleShot(0, window, partial(_fit_height, window))
    parent = label.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            # once laid out: the label has just been shown
            QTimer.singleShot(0, parent, partial(parent.ensureWidgetVisible, label))
            return
        parent = parent.parentWidget()


def _fit_height(dialog: QDialog) -> None:
    """Grow ``dialog`` to the height its wrapped lines need at its width."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = (
        layout.totalHeightForWidth(dialog.width())
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


def _place_for(errors: ErrorPlaces, field: str | None) -> QLabel | None:
    if errors is None or isinstance(errors, QLabel):
        return errors
    return errors.get(field) or errors.get(None)


def _hide_all(errors: ErrorPlaces) -> None:
    labels = [errors] if isinstance(errors, QLabel) else list(errors.values()) if errors else []
    for label in labels:
        label.hide()


def changed_elsewhere(changes: Changes) -> None:
    """Another coordinator changed the network's data: every screen reloads, as after a
    change made here (``ui.server_watch`` hears of it)."""
    from app.storage.database import changed_elsewhere as forget_figures

    forget_figures()
    changes.announced.emit(Scope.EVERYTHING)
