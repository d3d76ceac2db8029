"""What a new Tandem file starts with: a catalogue of topics and the coaching points.

Both are written once, in the user's language, when the file is created; the shop then
edits and extends them as its own.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, Translator, untranslated
from app.storage.models import CoachingPoint, Topic
from app.vocabulary import TopicKind

_C = "catalogue"

#: (name, kind, description) of the topics a small shop most often needs.
SEED_TOPICS: tuple[tuple[str, TopicKind, str], ...] = (
    (
        QT_TRANSLATE_NOOP("catalogue", "Social networks"),
        TopicKind.DIGITAL,
        QT_TRANSLATE_NOOP(
            "catalogue", "Post photos and news of the shop, answer messages, keep a steady rhythm."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("catalogue", "The shop's website"),
        TopicKind.DIGITAL,
        QT_TRANSLATE_NOOP(
            "catalogue", "Change opening hours, prices and photos on the site without outside help."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("catalogue", "Newsletter"),
        TopicKind.DIGITAL,
        QT_TRANSLATE_NOOP(
            "catalogue", "Write and send a regular letter to customers who asked for it."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("catalogue", "Online customer file"),
        TopicKind.DIGITAL,
        QT_TRANSLATE_NOOP(
            "catalogue", "Keep customers' details and orders in one online file instead of paper."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("catalogue", "Online orders and sales"),
        TopicKind.DIGITAL,
        QT_TRANSLATE_NOOP(
            "catalogue", "Take orders and payments online, follow them until they are handed over."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("catalogue", "Customer reviews"),
        TopicKind.DIGITAL,
        QT_TRANSLATE_NOOP("catalogue", "Read the reviews left online and answer them calmly."),
    ),
    (
        QT_TRANSLATE_NOOP("catalogue", "Photos of products"),
        TopicKind.DIGITAL,
        QT_TRANSLATE_NOOP(
            "catalogue", "Take clear photos with a phone and get them ready to publish."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("catalogue", "Spreadsheets"),
        TopicKind.DIGITAL,
        QT_TRANSLATE_NOOP("catalogue", "Keep a simple table of stock, costs or schedules."),
    ),
    (
        QT_TRANSLATE_NOOP("catalogue", "A new technique of the trade"),
        TopicKind.MANUAL,
        QT_TRANSLATE_NOOP(
            "catalogue", "A way of working taught at school today that the shop does not use yet."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("catalogue", "A new product or ingredient"),
        TopicKind.MANUAL,
        QT_TRANSLATE_NOOP(
            "catalogue", "Working with a material or ingredient the shop does not know well yet."
        ),
    ),
)

#: (title, explanation) of what a young mentor should be ready for before teaching.
SEED_COACHING_POINTS: tuple[tuple[str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("catalogue", "Be patient"),
        QT_TRANSLATE_NOOP(
            "catalogue",
            "Your mentee may need to see a step two or three times. That is normal, and it is not lost time.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("catalogue", "Speak without jargon"),
        QT_TRANSLATE_NOOP(
            "catalogue",
            "Use everyday words. When a technical word is unavoidable, explain it once, simply.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("catalogue", "Their hands on the tool"),
        QT_TRANSLATE_NOOP(
            "catalogue",
            "Let your mentee hold the mouse, the phone or the tool. You guide; they do.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("catalogue", "Check what was understood"),
        QT_TRANSLATE_NOOP(
            "catalogue",
            "Ask your mentee to do it again alone, or to explain it back to you in their own words.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("catalogue", "One goal per session"),
        QT_TRANSLATE_NOOP(
            "catalogue", "Decide together what the session is for, and stop once it is reached."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("catalogue", "Leave a written memo"),
        QT_TRANSLATE_NOOP(
            "catalogue",
            "End with a few written lines your mentee keeps: the steps, where to click, what to practise.",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("catalogue", "Praise the progress"),
        QT_TRANSLATE_NOOP(
            "catalogue", "Say what went well. Learning something new at any age takes courage."
        ),
    ),
    (
        QT_TRANSLATE_NOOP("catalogue", "Giving feedback to your boss"),
        QT_TRANSLATE_NOOP(
            "catalogue",
            "During a session you are the one who knows. Say plainly what to change, with respect; your boss asked for it.",
        ),
    ),
)


def seed_catalogue(translate: Translator = untranslated) -> None:
    """Write the starting topics and coaching points; called once, inside file creation."""
    Topic.insert_many(
        [
            {
                "name": translate(_C, name),
                "kind": kind.value,
                "description": translate(_C, description),
                "builtin": True,
            }
            for name, kind, description in SEED_TOPICS
        ]
    ).execute()
    CoachingPoint.insert_many(
        [
            {
                "title": translate(_C, title),
                "explanation": translate(_C, explanation),
                "position": position,
                "builtin": True,
            }
            for position, (title, explanation) in enumerate(SEED_COACHING_POINTS)
        ]
    ).execute()
