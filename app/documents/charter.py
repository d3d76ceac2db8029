"""The pair's charter, signed at the start: when and where the pair meets, what it works
on, and the rules both agree to."""

from __future__ import annotations

from app.documents.page import (
    Answer,
    Block,
    Document,
    Facts,
    Heading,
    Section,
    Signatures,
    Together,
    Writer,
    make_writer,
)
from app.i18n import DateFormatter, NumberFormatter, Translator
from app.programmes import get_programme
from app.sessions import PairSlot, list_sessions, pair_slot
from app.steps import pairs
from app.steps.rules import get_programme_rules
from app.text import isolate
from app.vocabulary import LEVEL_LABELS, UPCOMING_SESSION_STATUSES, WEEKDAY_LABELS, SessionStatus


def _rhythm(w: Writer, every_weeks: int, slot: PairSlot) -> str:
    values = {
        "weeks": every_weeks,
        "day": WEEKDAY_LABELS[slot.weekday].render(w.translator),
        "time": slot.start_time.strftime("%H:%M"),
        "minutes": slot.session_minutes,
    }
    if every_weeks == 1:
        return w.translate(
            "documents", "Every week, on {day} at {time}, for {minutes} minutes"
        ).format(**values)
    return w.translate(
        "documents", "Every {weeks} weeks, on {day} at {time}, for {minutes} minutes"
    ).format(**values)


def pair_charter(
    pair_id: int,
    translate: Translator | None = None,
    format_date: DateFormatter | None = None,
    format_number: NumberFormatter | None = None,
) -> Document:
    w = make_writer(translate, format_date, format_number)
    pair = pairs.get_pair(pair_id)
    programme = get_programme(pair.programme_id)
    rules = get_programme_rules(pair.programme_id)
    body: list[Block] = [
        w.facts(
            [
                (w.translate("documents", "Programme"), programme.name),
                (w.translate("documents", "Mentor"), pair.mentor_name),
                (w.translate("documents", "Mentee"), pair.mentee_name),
            ]
        )
    ]
    if rules is not None:
        slot = pair_slot(pair_id)
        body += [
            Heading(w.translate("documents", "When and where")),
            w.facts(
                [
                    (
                        w.translate("documents", "Dates"),
                        w.translate("documents", "{start} to {end}").format(
                            start=w.format_date(rules.start_on), end=w.format_date(rules.end_on)
                        ),
                    ),
                    (w.translate("documents", "Rhythm"), _rhythm(w, rules.every_weeks, slot)),
                    (w.translate("documents", "Place"), slot.place),
                ]
            ),
        ]
        planned = [
            s
            for s in list_sessions(pair_id)
            if s.status in (*UPCOMING_SESSION_STATUSES, SessionStatus.DONE)
        ]
        body += [
            Heading(w.translate("documents", "Our sessions")),
            w.table(
                [
                    w.translate("documents", "Date"),
                    w.translate("documents", "Time"),
                    w.translate("documents", "Length"),
                ],
                [
                    (
                        w.format_date(s.held_on),
                        s.start_time.strftime("%H:%M") if s.start_time else "",
                        w.translate("documents", "{minutes} minutes").format(minutes=s.minutes),
                    )
                    for s in planned
                ],
                [50, 25, 25],
            ),
        ]
    body += [
        Heading(w.translate("documents", "What we will work on")),
        w.table(
            [
                w.translate("documents", "Topic"),
                w.translate("documents", "Level today"),
                w.translate("documents", "Level to reach"),
            ],
            [
                (
                    o.topic_name,
                    LEVEL_LABELS[o.level_before].render(w.translator),
                    LEVEL_LABELS[o.target_level].render(w.translator),
                )
                for o in pairs.list_objectives(pair_id)
            ],
            [40, 30, 30],
        ),
    ]
    rules_part: list[Heading | Facts | Answer | Signatures] = [
        Heading(w.translate("documents", "Our rules"))
    ]
    if rules is not None:
        agreed = [
            (w.translate("documents", "Confidentiality"), rules.confidentiality),
            (w.translate("documents", "Kindness"), rules.kindness),
            (
                w.translate("documents", "Moving a session"),
                w.translate("documents", "We warn each other at least {days} days before.").format(
                    days=rules.notice_days
                ),
            ),
            (
                w.translate("documents", "If it goes badly"),
                w.translate("documents", "We talk to {person}.").format(person=rules.contact)
                if rules.contact
                else "",
            ),
            (w.translate("documents", "Out of scope"), rules.out_of_scope),
            (w.translate("documents", "Other rules"), rules.other_rules),
        ]
        rules_part.append(w.facts([(label, value) for label, value in agreed if value.strip()]))
    else:
        rules_part.append(Answer(w.translate("documents", "Rules agreed together"), "", 6))
    rules_part.append(
        w.signatures(
            [
                (w.translate("documents", "The mentee"), pair.mentee_name),
                (w.translate("documents", "The mentor"), pair.mentor_name),
                (w.translate("documents", "The owner"), ""),
            ]
        )
    )
    body.append(Together(tuple(rules_part)))  # signed under the rules, on their page
    title = w.translate("documents", "Charter of the pair - {mentor} and {mentee}").format(
        mentor=isolate(pair.mentor_name), mentee=isolate(pair.mentee_name)
    )
    return w.document([Section(title, tuple(body))], title)
