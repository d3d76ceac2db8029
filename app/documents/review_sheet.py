"""The review sheet of a pair: what was aimed at, what was reached, what both say, what the
owner decides - signed by the three of them. An unfilled review prints with blank space."""

from __future__ import annotations

from app.documents.page import (
    Answer,
    Block,
    Choices,
    Document,
    Heading,
    Paragraph,
    Section,
    Together,
    Writer,
    make_writer,
)
from app.i18n import DateFormatter, NumberFormatter, Translator
from app.programmes import get_programme
from app.sessions import list_sessions
from app.steps import needs, pairs, review
from app.steps.review import AnswersInfo
from app.steps.rules import get_programme_rules
from app.text import isolate
from app.vocabulary import (
    DECISION_LABELS,
    LEVEL_LABELS,
    PAIR_STATE_LABELS,
    YES_NO_LABELS,
    Decision,
    SessionStatus,
    YesNo,
)


def _person(person_id: int) -> str:
    person = needs.get_person(person_id)
    name = isolate(person.name)
    return f"{name} ({isolate(person.job)})" if person.job else name


def _answers(w: Writer, answers: AnswersInfo | None) -> list[Block]:
    def yes_no(value: YesNo) -> str:
        return "" if value is YesNo.UNKNOWN else YES_NO_LABELS[value].render(w.translator)

    def scale(value: int | None) -> str:
        return f"{value} / 5" if value is not None else ""

    given = answers
    parts: list[Block] = [
        Answer(
            w.translate("documents", "Satisfaction (1 to 5)"),
            scale(given.satisfaction) if given else "",
            1,
        ),
        Answer(
            w.translate("documents", "What I can now do alone"), given.can_do_alone if given else ""
        ),
    ]
    # both people say what time they save: the mentor's answer was left off the paper
    minutes = given.minutes_saved_per_week if given else None
    parts.append(
        Answer(
            w.translate("documents", "Time saved each week"),
            w.translate("documents", "{minutes} minutes").format(minutes=minutes)
            if minutes is not None
            else "",
            1,
        )
    )
    parts += [
        Answer(
            w.translate("documents", "The bond created (1 to 5)"),
            scale(given.bond) if given else "",
            1,
        ),
        Answer(
            w.translate("documents", "Fresh ideas for the business"), given.ideas if given else ""
        ),
        Answer(
            w.translate("documents", "Did we meet as agreed?"),
            yes_no(given.met_as_agreed) if given else "",
            1,
        ),
        Answer(
            w.translate("documents", "Would you do it again?"),
            yes_no(given.would_do_again) if given else "",
            1,
        ),
        Answer(w.translate("documents", "Comments"), given.comments if given else ""),
    ]
    return parts


def _sheet(w: Writer, pair_id: int) -> Section:
    pair = pairs.get_pair(pair_id)
    programme = get_programme(pair.programme_id)
    rules = get_programme_rules(pair.programme_id)
    info = review.get_review(pair_id)
    held = [s for s in list_sessions(pair_id) if s.status is SessionStatus.DONE]
    minutes = sum(s.minutes for s in held)
    level = lambda value: LEVEL_LABELS[value].render(w.translator) if value is not None else ""  # noqa: E731
    dates = (
        w.translate("documents", "{start} to {end}").format(
            start=w.format_date(rules.start_on), end=w.format_date(rules.end_on)
        )
        if rules
        else ""
    )
    body: list[Block] = [
        w.facts(
            [
                (w.translate("documents", "Programme"), programme.name),
                (w.translate("documents", "Dates"), dates),
                (w.translate("documents", "Mentor"), _person(pair.mentor_id)),
                (w.translate("documents", "Mentee"), _person(pair.mentee_id)),
                (
                    w.translate("documents", "State of the pair"),
                    PAIR_STATE_LABELS[pair.state].render(w.translator),
                ),
            ]
        ),
        Heading(w.translate("documents", "Objectives")),
        w.table(
            [
                w.translate("documents", "Topic"),
                w.translate("documents", "Level before"),
                w.translate("documents", "Target"),
                w.translate("documents", "Level after"),
            ],
            [
                (o.topic_name, level(o.level_before), level(o.target_level), level(o.level_after))
                for o in info.objectives
            ],
            [34, 22, 22, 22],
        ),
        Heading(w.translate("documents", "Sessions")),
        w.facts(
            [
                (w.translate("documents", "Sessions held"), str(len(held))),
                (
                    w.translate("documents", "Time spent"),
                    w.duration(minutes),
                ),
                (
                    w.translate("documents", "First session"),
                    w.format_date(held[0].held_on) if held else "",
                ),
                (
                    w.translate("documents", "Last session"),
                    w.format_date(held[-1].held_on) if held else "",
                ),
            ]
        ),
        Heading(
            w.translate("documents", "The mentee's answers - {name}").format(
                name=isolate(pair.mentee_name)
            )
        ),
        *_answers(w, info.mentee),
        Heading(
            w.translate("documents", "The mentor's answers - {name}").format(
                name=isolate(pair.mentor_name)
            )
        ),
        *_answers(w, info.mentor),
        # the decision and the signatures under it, on one page
        Together(
            (
                Heading(w.translate("documents", "The owner's conclusion")),
                Answer(w.translate("documents", "Conclusion"), info.conclusion, 4),
                Paragraph(w.translate("documents", "What comes next:")),
                Choices(
                    tuple(
                        (DECISION_LABELS[d].render(w.translator), info.decision is d)
                        for d in (Decision.RENEW, Decision.SWAP_ROLES, Decision.STOP)
                    )
                ),
                w.signatures(
                    [
                        (w.translate("documents", "The mentee"), pair.mentee_name),
                        (w.translate("documents", "The mentor"), pair.mentor_name),
                        (w.translate("documents", "The owner"), ""),
                    ]
                ),
            )
        ),
    ]
    title = w.translate("documents", "Review sheet - {mentor} and {mentee}").format(
        mentor=isolate(pair.mentor_name), mentee=isolate(pair.mentee_name)
    )
    return Section(title, tuple(body))


def review_sheet(
    pair_id: int,
    translate: Translator | None = None,
    format_date: DateFormatter | None = None,
    format_number: NumberFormatter | None = None,
) -> Document:
    """The review sheet of one pair."""
    w = make_writer(translate, format_date, format_number)
    section = _sheet(w, pair_id)
    return w.document([section], section.title)


def review_sheets(
    programme_id: int,
    translate: Translator | None = None,
    format_date: DateFormatter | None = None,
    format_number: NumberFormatter | None = None,
) -> Document:
    """Every pair's review sheet in one document, each starting on a new page."""
    w = make_writer(translate, format_date, format_number)
    name = w.translate("documents", "Review sheets - {programme}").format(
        programme=get_programme(programme_id).name
    )
    return w.document([_sheet(w, pair.id) for pair in pairs.list_pairs(programme_id)], name)
