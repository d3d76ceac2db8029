"""The month's planning for the staff-room wall: who meets whom, when and where, month by
month on A4 turned sideways, with the days the shop is closed."""

from __future__ import annotations

import datetime as dt

from app.documents.page import Block, Document, Heading, Paragraph, Section, make_writer
from app.i18n import DateFormatter, NumberFormatter, Translator
from app.programmes import get_programme
from app.sessions import programme_sessions
from app.shop import get_shop, list_closed_periods
from app.text import isolate
from app.vocabulary import MONTH_LABELS, SESSION_STATUS_LABELS, WEEKDAY_LABELS, PartOfDay

Month = tuple[int, int]  # (year, month)


def planning_months(programme_id: int) -> list[Month]:
    """The months that have sessions, in order: the owner prints one, or all."""
    return sorted({(s.day.year, s.day.month) for s in programme_sessions(programme_id)})


def month_planning(
    programme_id: int,
    translate: Translator | None = None,
    format_date: DateFormatter | None = None,
    format_number: NumberFormatter | None = None,
) -> Document:
    """A page (or more) per month that has sessions, in order."""
    return months_planning(programme_id, None, translate, format_date, format_number)


def months_planning(
    programme_id: int,
    chosen: tuple[Month, ...] | None,
    translate: Translator | None = None,
    format_date: DateFormatter | None = None,
    format_number: NumberFormatter | None = None,
) -> Document:
    """A page (or more) for each of the ``chosen`` months (None: every month with
    sessions), in order."""
    w = make_writer(translate, format_date, format_number)
    programme = get_programme(programme_id)
    months: dict[tuple[int, int], list[tuple[str, ...]]] = {}
    for session in programme_sessions(programme_id):
        if chosen is not None and (session.day.year, session.day.month) not in chosen:
            continue
        months.setdefault((session.day.year, session.day.month), []).append(
            (
                w.format_date(session.day),
                session.start.strftime("%H:%M") if session.start else "",
                w.translate("documents", "{mentor} → {mentee}").format(
                    mentor=isolate(session.mentor), mentee=isolate(session.mentee)
                ),
                session.place,
                ", ".join(session.topics),
                SESSION_STATUS_LABELS[session.status].render(w.translator),
            )
        )
    days_off = sorted(get_shop().days_off)
    closures = list_closed_periods()
    sections = []
    for (year, month), rows in sorted(months.items()):
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        halves = {
            None: "",
            PartOfDay.MORNING: " " + w.translate("documents", "(mornings)"),
            PartOfDay.AFTERNOON: " " + w.translate("documents", "(afternoons)"),
        }
        closed = [
            w.translate("documents", "{first} to {last}: {why}").format(
                first=w.format_date(period.first_day),
                last=w.format_date(period.last_day),
                why=period.label,
            )
            + halves[period.part]
            for period in closures
            if period.first_day <= last and period.last_day >= first
        ]
        blocks: list[Block] = []
        if days_off or closed:
            weekly = ", ".join(WEEKDAY_LABELS[day].render(w.translator) for day in days_off)
            said = (
                [w.translate("documents", "Days off: {days}.").format(days=weekly)]
                if days_off
                else []
            )
            blocks.append(Paragraph(" ".join([*said, *(f"{c}." for c in closed)])))
        blocks += [
            Heading(w.translate("documents", "Sessions")),
            w.table(
                [
                    w.translate("documents", "Day"),
                    w.translate("documents", "Time"),
                    w.translate("documents", "Pair"),
                    w.translate("documents", "Place"),
                    w.translate("documents", "Topics"),
                    w.translate("documents", "State"),
                ],
                rows,
                [24, 8, 22, 17, 18, 11],
            ),
        ]
        title = w.translate("documents", "Planning - {programme} - {month}").format(
            programme=isolate(programme.name),
            month=w.translate("documents", "{month} {year}").format(
                month=MONTH_LABELS[month - 1].render(w.translator), year=year
            ),
        )
        sections.append(Section(title, tuple(blocks)))
    if not sections:
        sections.append(
            Section(
                w.translate("documents", "Planning - {programme}").format(
                    programme=isolate(programme.name)
                ),
                (
                    Paragraph(
                        w.translate("documents", "No session is planned yet: plan them in step 4.")
                    ),
                ),
            )
        )
    name = w.translate("documents", "Planning - {programme}").format(programme=programme.name)
    return w.document(sections, name, landscape=True)
