"""The paper questionnaire each person of the team fills by hand: who they are, when they are
free, what they would like to learn and what they could teach - the same questions as the
team's table and its spreadsheet template, so the answers are typed in quickly."""

from __future__ import annotations

from app.documents.page import (
    Answer,
    Block,
    Choices,
    Document,
    Heading,
    Paragraph,
    Section,
    make_writer,
)
from app.i18n import DateFormatter, NumberFormatter, Translator
from app.steps import needs
from app.vocabulary import (
    AGE_BAND_LABELS,
    LEVEL_LABELS,
    PART_OF_DAY_LABELS,
    PRIORITY_LABELS,
    WEEKDAY_LABELS,
    Level,
)

#: Empty lines left under each list of topics for topics of one's own.
SPARE_LINES = 3


def team_questionnaire(
    translate: Translator | None = None,
    format_date: DateFormatter | None = None,
    format_number: NumberFormatter | None = None,
) -> Document:
    w = make_writer(translate, format_date, format_number)
    topics = [topic.name for topic in needs.list_topics()]
    levels = ", ".join(
        f"{int(level)} {label.render(w.translator).lower()}"
        for level, label in LEVEL_LABELS.items()
    )
    teaching_levels = ", ".join(
        f"{int(level)} {label.render(w.translator).lower()}"
        for level, label in LEVEL_LABELS.items()
        if level >= Level.HAS_TRIED
    )
    priorities = ", ".join(
        f"{int(priority)} {label.render(w.translator).lower()}"
        for priority, label in PRIORITY_LABELS.items()
    )
    body: list[Block] = [
        Paragraph(
            w.translate(
                "documents",
                "In our reverse-mentoring programme, those who know a subject better teach it to "
                "those who want to learn it, whatever their age. Your answers help form the pairs. "
                "Answer what you like; leave the rest empty.",
            )
        ),
        Answer(w.translate("documents", "Your name"), "", blank_lines=1),
        Answer(w.translate("documents", "Your job"), "", blank_lines=1),
        Heading(w.translate("documents", "Your age")),
        Choices(tuple((label.render(w.translator), False) for label in AGE_BAND_LABELS.values())),
        Heading(w.translate("documents", "When are you free for an hour? Tick the half-days.")),
        w.table(
            ["", *(label.render(w.translator) for label in PART_OF_DAY_LABELS.values())],
            [(label.render(w.translator), "", "") for label in WEEKDAY_LABELS.values()],
            [40, 30, 30],
        ),
        Heading(w.translate("documents", "What would you like to learn?")),
        Paragraph(
            w.translate(
                "documents",
                "For each topic you would like to learn, write your level today, the level you "
                "would like to reach, and how urgent it is. Levels: {levels}. Priority: {priorities}.",
            ).format(levels=levels, priorities=priorities)
        ),
        w.table(
            [
                w.translate("documents", "Topic"),
                w.translate("documents", "Level today"),
                w.translate("documents", "Level to reach"),
                w.translate("documents", "Priority"),
            ],
            [(topic, "", "", "") for topic in topics] + [("", "", "", "")] * SPARE_LINES,
            [46, 18, 18, 18],
        ),
        Heading(w.translate("documents", "What could you teach?")),
        Paragraph(
            w.translate(
                "documents",
                "For each topic you know well enough to show someone, write your level "
                "(1 to 4). Levels: {levels}.",
            ).format(levels=teaching_levels)
        ),
        w.table(
            [w.translate("documents", "Topic"), w.translate("documents", "Your level")],
            [(topic, "") for topic in topics] + [("", "")] * SPARE_LINES,
            [70, 30],
        ),
        Answer(w.translate("documents", "Anything else we should know?"), ""),
    ]
    title = w.translate("documents", "Questionnaire - learning from each other")
    return w.document([Section(title, tuple(body))], title)
