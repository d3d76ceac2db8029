"""The whole team's proposal: the best set of new pairs there is, exactly (see
:mod:`app.assignment`), on the scores of :mod:`app.steps.matching`, and a sentence for each
senior it leaves without a mentor."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.assignment import Value, best_pairs
from app.availability import FULL_WEEK
from app.i18n import QT_TRANSLATE_NOOP, Message, counted, joined, message, translate
from app.steps.matching import (  # the scoring this proposal builds on
    _M,
    DEFAULT_MAX_MENTEES,
    PRIORITY_VALUE,
    Proposal,
    _affinity,
    _covered,
    _new_mentors,
    _quick_score,
    _read_team,
    _score,
    _Team,
)
from app.steps.needs import NeedInfo, PersonInfo
from app.text import sort_key
from app.vocabulary import Affinity, Priority


def _can_meet(mentor: PersonInfo, mentee: PersonInfo) -> bool:
    """A free half-day in common - or free times not given yet by one of them, which says
    nothing against it."""
    if not mentor.availability or not mentee.availability:
        return True
    return bool(mentor.availability & mentee.availability & FULL_WEEK)


def _value(team: _Team, mentor_id: int, mentee_id: int, needs: list[NeedInfo]) -> Value | None:
    """A candidate pair's worth for the whole-team proposal (see :mod:`app.assignment`);
    None when the two cannot be paired."""
    if not _can_meet(team.people[mentor_id], team.people[mentee_id]):
        return None
    score = _quick_score(team, mentor_id, mentee_id, needs, team.load[mentor_id])
    if score is None:
        return None
    covered = _covered(team, mentor_id, needs)
    return Value(
        sum(1 for c in covered if c.need.priority is Priority.FIRST),
        sum(round(100 * PRIORITY_VALUE[c.need.priority] * c.coverage) for c in covered),
        score,
    )


@dataclass(frozen=True)
class TeamProposal:
    """The whole-team proposal: its pairs, best first, and a sentence for each senior left
    without a mentor saying why."""

    pairs: tuple[Proposal, ...]
    left_out: tuple[Message, ...]


def propose_team(
    programme_id: int, max_mentees_per_mentor: int = DEFAULT_MAX_MENTEES
) -> list[Proposal]:
    """The pairs of :func:`team_proposal`."""
    return list(team_proposal(programme_id, max_mentees_per_mentor).pairs)


def team_proposal(
    programme_id: int, max_mentees_per_mentor: int = DEFAULT_MAX_MENTEES
) -> TeamProposal:
    """The best set of new pairs for the whole team, exactly (see :mod:`app.assignment`):
    the most first-priority needs covered, then the most weighted priority, then the best
    scores; a senior gets one new mentor, a mentor no more than ``max_mentees_per_mentor``
    mentees in all, never two people better apart nor two who cannot meet. A senior left
    with needs can be given another mentor by proposing again once these are formed."""
    team = _read_team(programme_id)
    by_mentee: dict[int, list[NeedInfo]] = {}
    for need in team.open_needs:
        by_mentee.setdefault(need.person_id, []).append(need)
    candidates = {
        (mentor_id, mentee_id): value
        for mentee_id, needs in by_mentee.items()
        for mentor_id in _new_mentors(team, mentee_id)
        if (value := _value(team, mentor_id, mentee_id, needs)) is not None
    }
    room = {
        mentor_id: max(0, max_mentees_per_mentor - team.load[mentor_id])
        for mentor_id in team.skills
    }
    chosen = best_pairs(candidates, room)
    proposals = []
    for mentor_id, mentee_id in chosen:
        proposal = _score(team, mentor_id, mentee_id, by_mentee[mentee_id], team.load[mentor_id])
        assert proposal is not None
        proposals.append(proposal)
    priority = {
        (p.mentor_id, p.mentee_id): min(
            c.need.priority for c in _covered(team, p.mentor_id, by_mentee[p.mentee_id])
        )
        for p in proposals
    }
    proposals.sort(key=lambda p: (priority[(p.mentor_id, p.mentee_id)], -p.score, p.mentee_name))
    paired = {mentee_id for _, mentee_id in chosen}
    left_out = [
        _why_left_out(team, mentee_id, needs, room, chosen, max_mentees_per_mentor)
        for mentee_id, needs in sorted(
            by_mentee.items(), key=lambda item: sort_key(team.people[item[0]].name)
        )
        if mentee_id not in paired
    ]
    return TeamProposal(tuple(proposals), tuple(left_out))


def _names(team: _Team, ids: Iterable[int]) -> str:
    return ", ".join(sorted((team.people[i].name for i in ids), key=sort_key))


def _why_left_out(
    team: _Team,
    mentee_id: int,
    needs: list[NeedInfo],
    room: Mapping[int, int],
    chosen: set[tuple[int, int]],
    most: int,
) -> Message:
    """Why the proposal gives this senior nobody, in a sentence: nobody knows their topics
    better, or each who does is better apart from them, cannot meet them, is full, or
    went to needs that come first."""
    mentee = team.people[mentee_id]
    able = [
        m
        for m in team.skills
        if m != mentee_id and (m, mentee_id) not in team.paired and _covered(team, m, needs)
    ]
    topics = ", ".join(sorted({n.topic_name for n in needs}, key=sort_key))
    if not able:
        return message(
            _M,
            QT_TRANSLATE_NOOP("matching", "{mentee}: nobody in the team knows {topics} better."),
            mentee=mentee.name,
            topics=topics,
        )
    apart = [m for m in able if _affinity(team, m, mentee_id) is Affinity.AVOID]
    never_free = [m for m in able if m not in apart and not _can_meet(team.people[m], mentee)]
    full = [m for m in able if m not in apart and m not in never_free and room.get(m, 0) == 0]
    taken = [m for m in able if m not in apart and m not in never_free and m not in full]
    reasons = []
    if apart:
        reasons.append(
            message(
                _M,
                QT_TRANSLATE_NOOP("matching", "better not with {names}"),
                names=_names(team, apart),
            )
        )
    if never_free:
        reasons.append(
            message(
                _M,
                QT_TRANSLATE_NOOP("matching", "no free half-day in common with {names}"),
                names=_names(team, never_free),
            )
        )
    if full:
        reasons.append(
            counted(
                _M,
                translate("matching", "the limit of %n mentees is reached for {names}", None, 0),
                most,
                names=_names(team, full),
            )
        )
    if taken:
        others = sorted({team.people[s].name for m, s in chosen if m in taken}, key=sort_key)
        reasons.append(
            message(
                _M,
                QT_TRANSLATE_NOOP(
                    "matching",
                    "the places of {names} go to {others}, which covers more of the team's needs",
                ),
                names=_names(team, taken),
                others=", ".join(others),
            )
        )
    return message(
        _M,
        QT_TRANSLATE_NOOP("matching", "{mentee}, for {topics}: {reasons}."),
        mentee=mentee.name,
        topics=topics,
        reasons=joined(reasons, _M, QT_TRANSLATE_NOOP("matching", "{first}; {second}")),
    )
