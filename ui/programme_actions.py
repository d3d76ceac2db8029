"""The programmes at the window: a new one, one renamed, one renewed. Each asks for a name;
a new programme's name that could not be saved (refused, or the server away) is offered
again as she typed it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QInputDialog

from app import programmes
from ui.i18n import translate
from ui.operations import change, change_on_purpose
from ui.stepper import DASHBOARD

if TYPE_CHECKING:
    from ui.main_window import MainWindow

T = TypeVar("T")


def _ask_name(window: MainWindow, title: str, label: str, value: str = "") -> str | None:
    name, accepted = QInputDialog.getText(window, title, label, text=value)
    return name if accepted else None


def _named(
    window: MainWindow,
    title: str,
    label: str,
    save: Callable[[str], T | None],
    *,
    again: bool,
    value: str = "",
) -> T | None:
    """What ``save`` made of the name she typed (``value`` offered first); with ``again``,
    a name it could not save is offered again until she gives up."""
    name: str | None = value
    while (name := _ask_name(window, title, label, name or "")) is not None:
        done = save(name)
        if done is not None or not again:
            return done
    return None


def create(window: MainWindow) -> None:
    created = _named(
        window,
        translate("MainWindow", "New programme"),
        translate("MainWindow", "Name of the new programme:"),
        lambda name: change(window, partial(programmes.create_programme, name)),
        again=True,
    )
    if created is not None:
        window.choose_programme(created.id)
        window.stepper.go_to(1)


def rename(window: MainWindow) -> None:
    programme_id = window.current_programme()
    if programme_id is not None:
        _named(
            window,
            translate("MainWindow", "Rename the programme"),
            translate("MainWindow", "New name:"),
            lambda name: change(window, partial(programmes.rename_programme, programme_id, name)),
            again=False,
            value=programmes.get_programme(programme_id).name,
        )


def renew(window: MainWindow) -> None:
    # the review step's core loads when a programme is renewed, not with the first screen
    from app.steps.review import renew_programme

    programme_id = window.current_programme()
    if programme_id is None:
        return
    renewed = _named(
        window,
        translate("MainWindow", "Renew the programme"),
        translate(
            "MainWindow",
            "The team, the rules and the pairs you chose to renew go on in a new programme.\nIts name:",
        ),
        # a pair renewed between two people marked "better apart" since: asked first
        lambda name: change_on_purpose(
            window, lambda despite: renew_programme(programme_id, name, despite=despite)
        ),
        again=False,
    )
    if renewed is not None:
        window.choose_programme(renewed.id)
        window.stepper.go_to(DASHBOARD)
