"""The programme summary: every pair and its results in one table, and the three benefits
of the method in figures."""

from __future__ import annotations

from app import i18n
from app.charts import level_chart
from app.documents.page import Block, Document, Heading, Section, make_writer
from app.i18n import DateFormatter, NumberFormatter, Translator
from app.programmes import get_programme
from app.progress import programme_progress
from app.steps import review
from app.text import isolate
from app.vocabulary import DECISION_LABELS, HEALTH_LABELS, Decision


def programme_summary(
    programme_id: int,
    translate: Translator | None = None,
    format_date: DateFormatter | None = None,
    format_number: NumberFormatter | None = None,
) -> Document:
    w = make_writer(translate, format_date, format_number)
    programme = get_programme(programme_id)
    figures = review.programme_summary(programme_id)
    progress = programme_progress(programme_id)
    decisions = review.pair_decisions(programme_id)
    rows = []
    for pair in progress.pairs:
        rows.append(
            (
                w.translate("documents", "{mentor} → {mentee}").format(
                    mentor=isolate(pair.mentor_name), mentee=isolate(pair.mentee_name)
                ),
                ", ".join(pair.topics),
                w.translate("documents", "{done} of {planned}, {time}").format(
                    done=pair.sessions_done,
                    planned=pair.sessions_planned,
                    time=w.duration(pair.minutes_spent),
                ),
                str(pair.levels_gained),
                HEALTH_LABELS[pair.health].render(w.translator),
                DECISION_LABELS[decisions.get(pair.pair_id, Decision.UNDECIDED)].render(
                    w.translator
                ),
            )
        )
    bond = "-" if figures.average_bond is None else f"{w.format_number(figures.average_bond)} / 5"
    satisfaction = (
        "-"
        if figures.average_satisfaction is None
        else f"{w.format_number(figures.average_satisfaction)} / 5"
    )
    next_steps = [
        (DECISION_LABELS[decision].render(w.translator), str(figures.decisions.get(decision, 0)))
        for decision in (Decision.RENEW, Decision.SWAP_ROLES, Decision.STOP)
    ]
    body: list[Block] = [
        w.facts(
            [
                (w.translate("documents", "Programme"), programme.name),
                (
                    w.translate("documents", "Pairs reviewed"),
                    f"{figures.pairs_reviewed} / {figures.pairs}",
                ),
            ]
        ),
        Heading(w.translate("documents", "The pairs")),
        w.table(
            [
                w.translate("documents", "Pair"),
                w.translate("documents", "Topics"),
                w.translate("documents", "Sessions"),
                w.translate("documents", "Levels gained"),
                w.translate("documents", "State"),
                w.translate("documents", "Decision"),
            ],
            rows,
            [19, 22, 15, 13, 14, 17],
        ),
        Heading(w.translate("documents", "Levels, before and now")),
        level_chart(progress.pairs, w.translator),
        Heading(w.translate("documents", "What the programme brought")),
        w.facts(
            [
                (
                    w.translate("documents", "Productivity"),
                    # each number with the words that agree with it ("1 objectif atteint")
                    w.translate("documents", "{levels}; {reached}; {minutes}").format(
                        levels=w.counted(
                            i18n.translate("documents", "%n level(s) gained", None, 0),
                            figures.levels_gained,
                        ),
                        reached=w.counted(
                            i18n.translate(
                                "documents", "%n objective(s) reached out of {objectives}", None, 0
                            ),
                            figures.objectives_reached,
                        ).format(objectives=figures.objectives),
                        minutes=w.counted(
                            i18n.translate("documents", "%n minute(s) saved each week", None, 0),
                            figures.minutes_saved_per_week,
                        ),
                    ),
                ),
                (w.translate("documents", "The bond between generations"), bond),
                (w.translate("documents", "Satisfaction"), satisfaction),
                (w.translate("documents", "A fresh eye: ideas collected"), str(figures.ideas)),
            ]
        ),
        Heading(w.translate("documents", "For the next programme")),
        w.facts(next_steps),
    ]
    title = w.translate("documents", "Programme summary - {name}").format(
        name=isolate(programme.name)
    )
    return w.document([Section(title, tuple(body))], title)
