"""A person's file, to hand to them: what Tandem holds about them, in words, from the same
facts as its JSON twin (``app.personal_file``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.documents.page import Block, Document, Heading, Paragraph, Section, Writer, make_writer
from app.i18n import DateFormatter, NumberFormatter, Translator
from app.personal_file import personal_facts
from app.text import isolate
from app.vocabulary import NOT_SAID


def personal_file(
    person_id: int,
    translate: Translator | None = None,
    format_date: DateFormatter | None = None,
    format_number: NumberFormatter | None = None,
    today: dt.date | None = None,
) -> Document:
    w = make_writer(translate, format_date, format_number)
    facts = personal_facts(person_id, w.translator, today)
    who = facts["person"]
    body: list[Block] = [
        Paragraph(
            w.translate(
                "documents",
                "This file lists everything Tandem, the reverse-mentoring tool of {shop}, holds "
                "about you on {date}. Ask for any of it to be corrected or erased.",
            ).format(shop=facts["shop"], date=_date(w, facts["made_on"]))
        ),
        Heading(w.translate("documents", "Who you are in Tandem")),
        w.facts(_who_rows(w, who)),
        Heading(w.translate("documents", "What you want to learn")),
        _table_or_nothing(
            w,
            [
                w.translate("documents", "Topic"),
                w.translate("documents", "Level now"),
                w.translate("documents", "Level to reach"),
                w.translate("documents", "Priority"),
            ],
            [
                (need["topic"], need["level_now"], need["level_to_reach"], need["priority"])
                for need in facts["wants_to_learn"]
            ],
            [34, 22, 22, 22],
        ),
        Heading(w.translate("documents", "What you can teach")),
        _table_or_nothing(
            w,
            [w.translate("documents", "Topic"), w.translate("documents", "Level")],
            [(skill["topic"], skill["level"]) for skill in facts["can_teach"]],
            [60, 40],
        ),
        Heading(w.translate("documents", "How you get along with others, as the owner noted it")),
        _table_or_nothing(
            w,
            [w.translate("documents", "With"), w.translate("documents", "As the owner sees it")],
            [(link["with"], link["as_the_owner_sees_it"]) for link in facts["how_they_get_along"]],
            [50, 50],
        ),
    ]
    for pair in facts["pairs"]:
        body.extend(_pair_blocks(w, pair))
    for coaching in facts["coaching_as_mentor"]:
        body.extend(_coaching_blocks(w, coaching))
    if facts["calendar_invitations"]:
        cancelled = w.translate("documents", "cancelled")
        body.append(Heading(w.translate("documents", "Calendar invitations sent")))
        body.append(
            w.table(
                [
                    w.translate("documents", "Programme"),
                    w.translate("documents", "Day"),
                    w.translate("documents", "Time"),
                    w.translate("documents", "What it said"),
                ],
                [
                    (
                        event["programme"],
                        _date(w, event["day"]),
                        event["time"] or "",
                        f"{event['said']} ({cancelled})" if event["cancelled"] else event["said"],
                    )
                    for event in facts["calendar_invitations"]
                ],
                [20, 20, 12, 48],
            )
        )
    body.append(Heading(w.translate("documents", "What Tandem does not hold")))
    body.extend(Paragraph(sentence) for sentence in facts["not_held"])
    title = w.translate("documents", "Personal file - {name}").format(name=isolate(who["name"]))
    return w.document([Section(title, tuple(body))], title)


def _date(w: Writer, iso: str | None) -> str:
    return w.format_date(dt.date.fromisoformat(iso)) if iso else ""


def _who_rows(w: Writer, who: dict[str, Any]) -> list[tuple[str, str]]:
    not_said = NOT_SAID.render(w.translator)
    rows = [
        (w.translate("documents", "Name"), who["name"]),
        (w.translate("documents", "Job"), who["job"] or not_said),
        (
            w.translate("documents", "Year joined"),
            str(who["year_joined"]) if who["year_joined"] else not_said,
        ),
        (w.translate("documents", "Age band"), who["age_band"] or not_said),
        (
            w.translate("documents", "Free half-days"),
            ", ".join(who["free_half_days"]) or not_said,
        ),
        (w.translate("documents", "Temperament"), who["temperament"]),
        (w.translate("documents", "Way of learning"), who["way_of_learning"]),
        (w.translate("documents", "Notes"), who["notes"] or not_said),
    ]
    if not who["in_the_team"]:
        rows.append((w.translate("documents", "Left the shop on"), _date(w, who["left_on"])))
    return rows


def _table_or_nothing(
    w: Writer, headers: list[str], rows: list[tuple[str, ...]], widths: list[int]
) -> Block:
    if not rows:
        return Paragraph(w.translate("documents", "Nothing is recorded."))
    return w.table(headers, rows, widths)


def _pair_blocks(w: Writer, pair: dict[str, Any]) -> list[Block]:
    blocks: list[Block] = [
        Heading(
            w.translate("documents", "{role} with {other} - {programme}").format(
                role=pair["role"], other=isolate(pair["with"]), programme=pair["programme"]
            )
        ),
        w.facts(
            [
                (w.translate("documents", "State"), pair["state"]),
                *(
                    [(w.translate("documents", "Why it stopped"), pair["why_stopped"])]
                    if pair["why_stopped"]
                    else []
                ),
                *([(w.translate("documents", "Notes"), pair["notes"])] if pair["notes"] else []),
                *_slot_rows(w, pair["own_slot"]),
            ]
        ),
    ]
    if pair["objectives"]:
        blocks.append(
            w.table(
                [
                    w.translate("documents", "Topic"),
                    w.translate("documents", "Level before"),
                    w.translate("documents", "Level to reach"),
                    w.translate("documents", "Level now"),
                ],
                [
                    (o["topic"], o["level_before"], o["level_to_reach"], o["level_now"])
                    for o in pair["objectives"]
                ],
                [34, 22, 22, 22],
            )
        )
    if pair["sessions"]:
        blocks.append(
            w.table(
                [
                    w.translate("documents", "Date"),
                    w.translate("documents", "Session"),
                    w.translate("documents", "What was learnt"),
                    w.translate("documents", "To practise"),
                ],
                [
                    (
                        _date(w, s["date"]),
                        s["status"],
                        s["learnt"],
                        s["to_practise"],
                    )
                    for s in pair["sessions"]
                ],
                [25, 13, 34, 28],
            )
        )
    review = pair["review"]
    if review and (review["conclusion"] or review["decision"]):
        blocks.append(
            w.facts(
                [
                    (w.translate("documents", "Review"), review["conclusion"]),
                    (w.translate("documents", "Decision"), review["decision"] or ""),
                ]
            )
        )
    for answer in pair["answers"]:
        blocks.append(
            w.facts(
                [
                    (
                        w.translate("documents", "Answers of the {role}").format(
                            role=answer["by"].lower()
                        ),
                        "",
                    ),
                    (w.translate("documents", "Can do alone now"), answer["can_do_alone_now"]),
                    (w.translate("documents", "Ideas"), answer["ideas"]),
                    (w.translate("documents", "Comments"), answer["comments"]),
                ]
            )
        )
    return blocks


def _slot_rows(w: Writer, slot: dict[str, Any] | None) -> list[tuple[str, str]]:
    """The pair's own day, time, length and place, where they differ from the programme's."""
    if slot is None:
        return []
    said = [
        slot["day"] or "",
        slot["time"] or "",
        w.duration(slot["minutes"]) if slot["minutes"] else "",
        slot["place"] or "",
    ]
    shown = ", ".join(part for part in said if part)
    return [(w.translate("documents", "Own slot"), shown)] if shown else []


def _coaching_blocks(w: Writer, coaching: dict[str, Any]) -> list[Block]:
    return [
        Heading(
            w.translate("documents", "Preparing to be a mentor - {programme}").format(
                programme=coaching["programme"]
            )
        ),
        w.facts(
            [
                (
                    point["point"],
                    " ".join(filter(None, (_date(w, point["on"]), point["notes"]))),
                )
                for point in coaching["points_gone_through"]
            ]
            + (
                [(w.translate("documents", "Notes"), coaching["notes"])]
                if coaching["notes"]
                else []
            )
        ),
    ]
