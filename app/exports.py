"""Spreadsheet exports (the team, the sessions) that Excel and LibreOffice open as they
should in French: ";" between cells, UTF-8 with its signature, and no cell that a
spreadsheet could take for a formula."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, Translator, untranslated
from app.sessions import list_sessions
from app.steps import needs, pairs
from app.vocabulary import AGE_BAND_LABELS, LEVEL_LABELS, SESSION_STATUS_LABELS

#: A cell starting with one of these could run as a formula (=1+1, @SUM, -2+3…).
RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: object) -> str:
    """The value as text; one that a spreadsheet would read as a formula is quoted."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(RISKY_STARTS) else text


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow([safe_cell(cell) for cell in header])
        for row in rows:
            writer.writerow([safe_cell(cell) for cell in row])
    return path


def team_csv(path: Path, translate: Translator = untranslated) -> Path:
    t = lambda source: translate("exports", source)  # noqa: E731
    header = [
        t(QT_TRANSLATE_NOOP("exports", "Name")),
        t(QT_TRANSLATE_NOOP("exports", "Job")),
        t(QT_TRANSLATE_NOOP("exports", "Year joined")),
        t(QT_TRANSLATE_NOOP("exports", "Age")),
        t(QT_TRANSLATE_NOOP("exports", "Wants to learn")),
        t(QT_TRANSLATE_NOOP("exports", "Can teach")),
        t(QT_TRANSLATE_NOOP("exports", "Left on")),
    ]
    # the whole team's needs and know-how read once, each person's kept in the lists' order
    needs_of: dict[int, list[needs.NeedInfo]] = {}
    for need in needs.list_needs():
        needs_of.setdefault(need.person_id, []).append(need)
    skills_of: dict[int, list[needs.KnowHowInfo]] = {}
    for skill in needs.list_know_how():
        skills_of.setdefault(skill.person_id, []).append(skill)
    rows = []
    for person in needs.list_people(include_left=True):
        wanted = ", ".join(
            f"{n.topic_name} ({LEVEL_LABELS[n.current_level].render(translate)} → {LEVEL_LABELS[n.target_level].render(translate)})"
            for n in needs_of.get(person.id, [])
        )
        known = ", ".join(
            f"{k.topic_name} ({LEVEL_LABELS[k.level].render(translate)})"
            for k in skills_of.get(person.id, [])
        )
        age = AGE_BAND_LABELS[person.age_band].render(translate) if person.age_band else ""
        rows.append(
            (
                person.name,
                person.job,
                person.year_joined or "",
                age,
                wanted,
                known,
                person.left_on or "",
            )
        )
    return _write(path, header, rows)


def sessions_csv(path: Path, programme_id: int, translate: Translator = untranslated) -> Path:
    t = lambda source: translate("exports", source)  # noqa: E731
    header = [
        t(QT_TRANSLATE_NOOP("exports", "Mentor")),
        t(QT_TRANSLATE_NOOP("exports", "Mentee")),
        t(QT_TRANSLATE_NOOP("exports", "Date")),
        t(QT_TRANSLATE_NOOP("exports", "First planned for")),
        t(QT_TRANSLATE_NOOP("exports", "Minutes")),
        t(QT_TRANSLATE_NOOP("exports", "Status")),
        t(QT_TRANSLATE_NOOP("exports", "What was learnt")),
        t(QT_TRANSLATE_NOOP("exports", "To practise")),
        t(QT_TRANSLATE_NOOP("exports", "Confidence (1 to 5)")),
    ]
    rows = []
    for pair in pairs.list_pairs(programme_id):
        for session in list_sessions(pair.id):
            rows.append(
                (
                    pair.mentor_name,
                    pair.mentee_name,
                    session.held_on.isoformat(),
                    session.planned_on.isoformat(),
                    session.minutes,
                    SESSION_STATUS_LABELS[session.status].render(translate),
                    session.learnt,
                    session.to_practise,
                    session.confidence or "",
                )
            )
    return _write(path, header, rows)
