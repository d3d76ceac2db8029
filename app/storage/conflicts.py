"""The sentence for a save refused because another coordinator changed the same thing
since the screen showed it: who, what, and what it holds now."""

from __future__ import annotations

from typing import Any

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, Message, joined, message


class EditConflict(ValidationError):
    """Someone else changed this since the screen showed it; nothing was saved, and what
    was typed stays in the form."""


def _says(template: str) -> Message:
    return message("conflicts", template)


#: What a row is, as the coordinator reads it.
TABLES: dict[str, Message] = {
    "shop": _says(QT_TRANSLATE_NOOP("conflicts", "the shop")),
    "closed_period": _says(QT_TRANSLATE_NOOP("conflicts", "a closure")),
    "person": _says(QT_TRANSLATE_NOOP("conflicts", "this person")),
    "topic": _says(QT_TRANSLATE_NOOP("conflicts", "this topic")),
    "need": _says(QT_TRANSLATE_NOOP("conflicts", "this need")),
    "know_how": _says(QT_TRANSLATE_NOOP("conflicts", "this know-how")),
    "affinity": _says(QT_TRANSLATE_NOOP("conflicts", "how these two get along")),
    "programme": _says(QT_TRANSLATE_NOOP("conflicts", "this programme")),
    "pair": _says(QT_TRANSLATE_NOOP("conflicts", "this pair")),
    "objective": _says(QT_TRANSLATE_NOOP("conflicts", "this objective")),
    "coaching_point": _says(QT_TRANSLATE_NOOP("conflicts", "this coaching point")),
    "mentor_coaching": _says(QT_TRANSLATE_NOOP("conflicts", "this mentor's coaching")),
    "coaching_check": _says(QT_TRANSLATE_NOOP("conflicts", "this coaching point")),
    "programme_rules": _says(QT_TRANSLATE_NOOP("conflicts", "the rules of this programme")),
    "pair_rules": _says(QT_TRANSLATE_NOOP("conflicts", "this pair's slot")),
    "session": _says(QT_TRANSLATE_NOOP("conflicts", "this session")),
    "review": _says(QT_TRANSLATE_NOOP("conflicts", "the review of this pair")),
    "review_answer": _says(QT_TRANSLATE_NOOP("conflicts", "these answers")),
}

#: The fields whose words are shown as they are now (the others change levels, dates and
#: choices, which the screen shows once she has saved or left the form).
FIELDS: dict[str, Message] = {
    "name": _says(QT_TRANSLATE_NOOP("conflicts", "Name")),
    "job": _says(QT_TRANSLATE_NOOP("conflicts", "Job")),
    "notes": _says(QT_TRANSLATE_NOOP("conflicts", "Notes")),
    "label": _says(QT_TRANSLATE_NOOP("conflicts", "Label")),
    "description": _says(QT_TRANSLATE_NOOP("conflicts", "Description")),
    "title": _says(QT_TRANSLATE_NOOP("conflicts", "Title")),
    "explanation": _says(QT_TRANSLATE_NOOP("conflicts", "Explanation")),
    "stop_reason": _says(QT_TRANSLATE_NOOP("conflicts", "Why it stopped")),
    "place": _says(QT_TRANSLATE_NOOP("conflicts", "Place")),
    "confidentiality": _says(QT_TRANSLATE_NOOP("conflicts", "Confidentiality")),
    "kindness": _says(QT_TRANSLATE_NOOP("conflicts", "Kindness")),
    "contact": _says(QT_TRANSLATE_NOOP("conflicts", "Contact")),
    "out_of_scope": _says(QT_TRANSLATE_NOOP("conflicts", "Out of scope")),
    "other_rules": _says(QT_TRANSLATE_NOOP("conflicts", "Other rules")),
    "learnt": _says(QT_TRANSLATE_NOOP("conflicts", "What was learnt")),
    "to_practise": _says(QT_TRANSLATE_NOOP("conflicts", "To practise")),
    "conclusion": _says(QT_TRANSLATE_NOOP("conflicts", "Conclusion")),
    "can_do_alone": _says(QT_TRANSLATE_NOOP("conflicts", "Can now do alone")),
    "ideas": _says(QT_TRANSLATE_NOOP("conflicts", "Ideas")),
    "comments": _says(QT_TRANSLATE_NOOP("conflicts", "Comments")),
}

#: Longest quote of a text as it is now, in characters.
QUOTE = 80


def _quoted(value: Any) -> str:
    words = " ".join(str(value or "").split())
    return words if len(words) <= QUOTE else words[: QUOTE - 1] + "…"


def conflict(table: str, author: str, differing: dict[str, Any]) -> EditConflict:
    """The refusal of a save over ``table``'s row that ``author`` changed; ``differing``
    holds the row's values now, where they differ from those being saved."""
    what = TABLES.get(table, TABLES["shop"])
    shown = [
        message(
            "conflicts",
            QT_TRANSLATE_NOOP("conflicts", "{field}: “{value}”"),
            field=FIELDS[name],
            value=_quoted(value),
        )
        for name, value in differing.items()
        if name in FIELDS and _quoted(value)  # an empty field tells her nothing
    ]
    now = (
        joined(shown, "conflicts", QT_TRANSLATE_NOOP("conflicts", "{first}; {second}"))
        if shown
        else None
    )
    if author:
        head = message(
            "conflicts",
            QT_TRANSLATE_NOOP(
                "conflicts", "Someone else ({who}) changed {what} after your screen showed it."
            ),
            who=author,
            what=what,
        )
    else:
        head = message(
            "conflicts",
            QT_TRANSLATE_NOOP(
                "conflicts", "Someone else changed {what} after your screen showed it."
            ),
            what=what,
        )
    if now is None:
        template = QT_TRANSLATE_NOOP(
            "conflicts",
            "{head} Nothing was saved: the screen now shows their version, with what you typed still "
            "in its fields - save again to keep it.",
        )
        return EditConflict(message("conflicts", template, head=head))
    template = QT_TRANSLATE_NOOP(
        "conflicts",
        "{head} It now reads: {now}. Nothing was saved: the screen now shows their version, with "
        "what you typed still in its fields - save again to keep it.",
    )
    return EditConflict(message("conflicts", template, head=head, now=now))
