"""The errors the core raises, split by who can do something about them.

* :class:`ValidationError` - the user typed something the method does not allow; the
  screen shows the message next to the field and keeps what was typed.
* :class:`StorageProblem` - the environment is in the way (disk full, read-only folder,
  file locked, a file that is not Tandem's or comes from a newer Tandem); the screen shows a
  calm sentence and the app keeps running.
Anything else is a bug: it is logged with its traceback.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, Message, message


class TandemError(Exception):
    """Base of the errors whose message is meant for the shop owner."""

    def __init__(self, msg: Message) -> None:
        super().__init__(str(msg))
        self.message = msg


class ValidationError(TandemError):
    """A value was refused; ``field`` names the form field it belongs to."""

    def __init__(self, msg: Message, field: str | None = None) -> None:
        super().__init__(msg)
        self.field = field


class AgainstTheMethod(ValidationError):
    """A choice a rule of the method advises against (two people marked "better not
    together", a slot outside someone's free time): refused, with the sentence that says
    why, unless the owner - asked - goes on with it on purpose; the core call then names
    ``rule`` among its ``despite``. Never passed in silence."""

    def __init__(self, msg: Message, rule: str, field: str | None = None) -> None:
        super().__init__(msg, field)
        self.rule = rule


class NotFound(ValidationError):
    """The thing asked for no longer exists (deleted meanwhile, or a stale id)."""

    def __init__(self, msg: Message, what: str) -> None:
        super().__init__(msg)
        #: What was looked for, for the log; the user's sentence does not need it.
        self.what = what


class StorageProblem(TandemError):
    """The data file cannot be used as it is; nothing was changed."""


class NewerVersionError(StorageProblem):
    """The file was written by a newer Tandem."""


class NotTandemFileError(StorageProblem):
    """The file exists but is not a Tandem file; it is left untouched."""


def invalid(field: str | None, template: str, **values: object) -> ValidationError:
    """A :class:`ValidationError` whose template is translated in the "validation" context."""
    return ValidationError(message("validation", template, **values), field)


def not_found(what: str) -> NotFound:
    return NotFound(
        message(
            "validation",
            QT_TRANSLATE_NOOP(
                "validation", "This no longer exists: it was removed in the meantime."
            ),
        ),
        what,
    )
