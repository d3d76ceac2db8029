"""The mentor guide, handed to a young mentor: whom they teach and what, and the points that
make a session work."""

from __future__ import annotations

from app.documents.page import Block, Document, Heading, Paragraph, Section, make_writer
from app.i18n import DateFormatter, NumberFormatter, Translator
from app.programmes import get_programme
from app.steps import coaching, needs, pairs
from app.text import isolate
from app.vocabulary import LEVEL_LABELS, PairState


def mentor_guide(
    programme_id: int,
    mentor_id: int,
    translate: Translator | None = None,
    format_date: DateFormatter | None = None,
    format_number: NumberFormatter | None = None,
) -> Document:
    w = make_writer(translate, format_date, format_number)
    programme = get_programme(programme_id)
    mentor = needs.get_person(mentor_id)
    mentees = [
        p
        for p in pairs.list_pairs(programme_id)
        if p.mentor_id == mentor_id and p.state is not PairState.STOPPED
    ]
    rows = []
    for pair in mentees:
        for objective in pairs.list_objectives(pair.id):
            rows.append(
                (
                    pair.mentee_name,
                    objective.topic_name,
                    LEVEL_LABELS[objective.level_before].render(w.translator),
                    LEVEL_LABELS[objective.target_level].render(w.translator),
                )
            )
    body: list[Block] = [
        Paragraph(
            w.translate(
                "documents",
                "You know these subjects better than the people you will help. Teaching them is a skill of its own: "
                "these pages are a reminder of what makes a session useful and pleasant for both of you.",
            )
        ),
        w.facts(
            [
                (w.translate("documents", "Programme"), programme.name),
                (w.translate("documents", "Mentor"), mentor.name),
            ]
        ),
        Heading(w.translate("documents", "Whom you help, and with what")),
        w.table(
            [
                w.translate("documents", "Mentee"),
                w.translate("documents", "Topic"),
                w.translate("documents", "Level today"),
                w.translate("documents", "Level to reach"),
            ],
            rows,
            [22, 30, 24, 24],
        ),
        Heading(w.translate("documents", "How to teach well")),
        w.facts([(point.title, point.explanation) for point in coaching.list_points()]),
    ]
    title = w.translate("documents", "Mentor guide - {name}").format(name=isolate(mentor.name))
    return w.document([Section(title, tuple(body))], title)
