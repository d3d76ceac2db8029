"""Texts the core hands to the screens, ready to be translated there.

The core cannot call Qt's ``tr()``, yet its validation messages and its explanations of a
proposed pair are read by the shop owner. Each such text is a :class:`Message`: an English
template with named values. The screens translate the template with Qt (the context and
source text are what ``pyside6-lupdate`` extracts, thanks to :func:`QT_TRANSLATE_NOOP`)
and then fill in the values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol


class Translator(Protocol):
    """How a screen turns (context, English source) into the user's language; ``count``,
    for a text with ``%n``, picks its plural form (Qt's numerus forms) and fills ``%n``."""

    def __call__(self, context: str, source: str, count: int = -1, /) -> str: ...


#: How a screen writes a date in the user's language.
DateFormatter = Callable[[dt.date], str]
#: Writes a number with one decimal in the user's language: 4.0, or 4,0 in French.
NumberFormatter = Callable[[float], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` and return it unchanged."""
    return source


def translate(context: str, source: str, disambiguation: None = None, count: int = 0) -> str:
    """Mark a text that holds a number (``%n``) for translation with its plural forms,
    and return it unchanged: the screens translate it with the count (:func:`counted`).
    Written ``translate("context", "… %n …", None, 0)`` so that pyside6-lupdate finds it."""
    return source


def untranslated(context: str, source: str, count: int = -1, /) -> str:
    """English as written; ``%n`` is filled with the count."""
    return source.replace("%n", str(count)) if count >= 0 else source


@dataclass(frozen=True)
class Message:
    """An English template (``str.format`` style) with its values, translated late."""

    context: str
    template: str
    values: Mapping[str, Any] = field(default_factory=dict)
    #: For a template with ``%n``: the number that picks its plural form.
    count: int = -1

    def render(
        self, translate: Translator = untranslated, format_date: DateFormatter = dt.date.isoformat
    ) -> str:
        """The text in the user's language; values that are messages or dates are rendered too."""
        values = {
            name: _render_value(value, translate, format_date)
            for name, value in self.values.items()
        }
        return translate(self.context, self.template, self.count).format(**values)

    def __str__(self) -> str:
        return self.render()


def message(context: str, template: str, **values: Any) -> Message:
    """Build a :class:`Message`; ``template`` must be a literal wrapped in QT_TRANSLATE_NOOP."""
    return Message(context, template, values)


def counted(context: str, template: str, count: int, **values: Any) -> Message:
    """A :class:`Message` whose words follow ``count`` ("1 more need", "2 more needs");
    ``template`` holds ``%n`` and is wrapped in :func:`translate`."""
    return Message(context, template, values, count)


def joined(items: list[Message], context: str, template: str) -> Message:
    """Several messages one after the other, by ``template`` ("{first}; {second}", wrapped
    in QT_TRANSLATE_NOOP so that each language writes its own separator)."""
    whole = items[0]
    for item in items[1:]:
        whole = message(context, template, first=whole, second=item)
    return whole


def _render_value(value: Any, translate: Translator, format_date: DateFormatter) -> Any:
    if isinstance(value, Message):
        return value.render(translate, format_date)
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, tuple):  # days one after the other ("Tuesday, March 30, 2027; ...")
        return "; ".join(str(_render_value(item, translate, format_date)) for item in value)
    return value
