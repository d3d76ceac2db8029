"""Step 2 - proposing pairs: who could teach whom, with a score and the reasons in words.

The score (0 to 100) adds six parts, each from 0 to 1 times its weight:

* need covered - how far the mentor's level reaches towards the mentee's target;
* priority - how much the mentee wants it (first priority counts most);
* time in common - the half-days both are free;
* affinity - how the owner says they get along ("better not together" is never proposed);
* fit - personality and way of learning (a patient mentor for someone who likes to be shown);
* load - a mentor who already has mentees scores lower, so nobody is overloaded.

:func:`score_proposal` is pure; :func:`propose_pairs` reads what it needs in a fixed number
of queries and ranks the candidates. The whole-team proposal, solved exactly, builds on
this scoring in :mod:`app.steps.team_proposal`.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from app.availability import FULL_WEEK, common_slots, describe_slot
from app.i18n import (
    QT_TRANSLATE_NOOP,
    Message,
    Translator,
    counted,
    message,
    translate,
    untranslated,
)
from app.steps.needs import (
    NeedInfo,
    PersonInfo,
    affinity_map,
    list_know_how,
    list_needs,
    list_people,
)
from app.steps.pairs import list_pairs
from app.storage.database import data_version
from app.storage.models import Objective, Pair
from app.vocabulary import (
    LEVEL_LABELS,
    LIVE_PAIR_STATES,
    Affinity,
    LearningStyle,
    Level,
    Priority,
    Temperament,
)

_M = "matching"

WEIGHTS: Mapping[str, int] = {
    "need": 30,
    "priority": 20,
    "availability": 20,
    "affinity": 10,
    "fit": 10,
    "load": 10,
}
PRIORITY_VALUE: Mapping[Priority, float] = {
    Priority.FIRST: 1.0,
    Priority.SECOND: 0.6,
    Priority.LATER: 0.3,
}
AFFINITY_VALUE: Mapping[Affinity, float] = {Affinity.GET_ALONG: 1.0, Affinity.NEUTRAL: 0.5}
#: The most mentees the whole-team proposal gives one mentor.
DEFAULT_MAX_MENTEES = 2
#: The most mentors proposed for one mentee: the best few, not every possible pair.
PROPOSALS_PER_MENTEE = 3


class Strength(StrEnum):
    STRONG = "strong"
    GOOD = "good"
    POSSIBLE = "possible"


STRENGTH_LABELS: Mapping[Strength, Message] = {
    Strength.STRONG: message(_M, QT_TRANSLATE_NOOP("matching", "Strong match")),
    Strength.GOOD: message(_M, QT_TRANSLATE_NOOP("matching", "Good match")),
    Strength.POSSIBLE: message(_M, QT_TRANSLATE_NOOP("matching", "Possible match")),
}


@dataclass(frozen=True)
class ScorePart:
    name: str
    value: float
    weight: int

    @property
    def points(self) -> float:
        return self.value * self.weight


@dataclass(frozen=True)
class CoveredNeed:
    """A need of the mentee that the mentor knows more about."""

    need: NeedInfo
    mentor_level: Level

    @property
    def coverage(self) -> float:
        """1 when the mentor reaches the target; otherwise the share of the way."""
        if self.mentor_level >= self.need.target_level:
            return 1.0
        return (self.mentor_level - self.need.current_level) / (
            self.need.target_level - self.need.current_level
        )


@dataclass(frozen=True)
class Proposal:
    mentor_id: int
    mentor_name: str
    mentee_id: int
    mentee_name: str
    topic_ids: tuple[int, ...]
    topic_names: tuple[str, ...]
    parts: tuple[ScorePart, ...]
    reasons: tuple[Message, ...]

    @property
    def score(self) -> int:
        return round(sum(part.points for part in self.parts))

    @property
    def strength(self) -> Strength:
        if self.score >= 75:
            return Strength.STRONG
        if self.score >= 55:
            return Strength.GOOD
        return Strength.POSSIBLE

    def explanation(self, translate: Translator = untranslated) -> str:
        """The reasons as one sentence, in the user's language."""
        return translate(_M, QT_TRANSLATE_NOOP("matching", "; ")).join(
            reason.render(translate) for reason in self.reasons
        )


# --- scoring ------------------------------------------------------------------------------


def _fit(mentor: PersonInfo, mentee: PersonInfo) -> tuple[float, str | None]:
    """How the mentor's way suits the mentee's way of learning, and the reason's template
    when there is one worth saying (written only for the proposals shown)."""
    style, temper = mentee.learning_style, mentor.temperament
    if style is LearningStyle.SHOWN and temper is Temperament.PATIENT:
        return 1.0, QT_TRANSLATE_NOOP(
            "matching", "{mentor} is patient and {mentee} likes to be shown"
        )
    if style is LearningStyle.SHOWN and temper is Temperament.LIVELY:
        return 0.2, QT_TRANSLATE_NOOP(
            "matching", "{mentee} likes to be shown, so {mentor} will need to slow down"
        )
    if style is LearningStyle.TRY and temper is Temperament.LIVELY:
        return 1.0, QT_TRANSLATE_NOOP("matching", "{mentor} is lively and {mentee} likes to try")
    if style is LearningStyle.TRY and temper is Temperament.PATIENT:
        return 0.7, None
    if style is LearningStyle.READ and mentor.learning_style is LearningStyle.READ:
        return 1.0, QT_TRANSLATE_NOOP("matching", "both like to keep a written memo")
    if style is LearningStyle.READ:
        return 0.6, None
    return 0.5, None


def _need_reason(mentor: PersonInfo, mentee: PersonInfo, top: CoveredNeed) -> Message:
    names = {"mentor": mentor.name, "mentee": mentee.name, "topic": top.need.topic_name}
    if top.coverage < 1.0:
        return message(
            _M,
            QT_TRANSLATE_NOOP(
                "matching",
                "{mentor} can take {mentee} part of the way on {topic} (up to “{level}”)",
            ),
            level=LEVEL_LABELS[top.mentor_level],
            **names,
        )
    templates = {
        Priority.FIRST: QT_TRANSLATE_NOOP(
            "matching", "{mentor} can teach {topic}, {mentee}'s first priority"
        ),
        Priority.SECOND: QT_TRANSLATE_NOOP(
            "matching", "{mentor} can teach {topic}, {mentee}'s second priority"
        ),
        Priority.LATER: QT_TRANSLATE_NOOP(
            "matching", "{mentor} can teach {topic}, which {mentee} would like to learn"
        ),
    }
    return message(_M, templates[top.need.priority], **names)


def _time_value(mentor: PersonInfo, mentee: PersonInfo) -> float:
    """1 for two free half-days in common or more, 0.6 for one, 0 for none."""
    shared = (mentor.availability & mentee.availability & FULL_WEEK).bit_count()
    return 1.0 if shared >= 2 else 0.6 if shared == 1 else 0.0


def _time_reason(mentor: PersonInfo, mentee: PersonInfo) -> Message:
    shared = common_slots(mentor.availability, mentee.availability)
    if not shared:
        return message(_M, QT_TRANSLATE_NOOP("matching", "no free half-day in common yet"))
    if len(shared) == 1:
        return message(
            _M,
            QT_TRANSLATE_NOOP("matching", "both free on {first}"),
            first=describe_slot(shared[0]),
        )
    if len(shared) == 2:
        return message(
            _M,
            QT_TRANSLATE_NOOP("matching", "both free on {first} and {second}"),
            first=describe_slot(shared[0]),
            second=describe_slot(shared[1]),
        )
    return counted(
        _M,
        translate("matching", "both free on {first}, {second} and %n more half-days", None, 0),
        len(shared) - 2,
        first=describe_slot(shared[0]),
        second=describe_slot(shared[1]),
    )


LOAD_VALUE: Mapping[int, float] = {0: 1.0, 1: 0.7, 2: 0.4}


def _load_value(load: int) -> float:
    return LOAD_VALUE.get(load, 0.1)


def _rank(covered: CoveredNeed) -> tuple[Priority, float, str]:
    """The need that decides the score comes first: highest priority, then best covered."""
    return (covered.need.priority, -covered.coverage, covered.need.topic_name)


def _ranked(covered: Iterable[CoveredNeed]) -> list[CoveredNeed]:
    return sorted(covered, key=_rank)


def _values(
    mentor: PersonInfo, mentee: PersonInfo, top: CoveredNeed, affinity: Affinity, load: int
) -> tuple[tuple[str, float], ...]:
    """Each part of the score, from 0 to 1, before its weight - the one place they are
    worked out, for the proposals shown and for the candidates only ranked."""
    return (
        ("need", top.coverage),
        ("priority", PRIORITY_VALUE[top.need.priority]),
        ("availability", _time_value(mentor, mentee)),
        ("affinity", AFFINITY_VALUE[affinity]),
        ("fit", _fit(mentor, mentee)[0]),
        ("load", _load_value(load)),
    )


def score_proposal(
    mentor: PersonInfo,
    mentee: PersonInfo,
    covered: Iterable[CoveredNeed],
    affinity: Affinity,
    mentor_load: int,
) -> Proposal | None:
    """Score a mentor for a mentee over the needs the mentor covers; None if not a candidate."""
    needs = _ranked(covered)
    if not needs or affinity is Affinity.AVOID or mentor.id == mentee.id:
        return None
    top = needs[0]
    fit_reason = _fit(mentor, mentee)[1]
    reasons: list[Message] = [_need_reason(mentor, mentee, top)]
    if len(needs) > 1:
        reasons.append(
            counted(
                _M,
                translate("matching", "and %n more of {mentee}'s needs", None, 0),
                len(needs) - 1,
                mentee=mentee.name,
            )
        )
    reasons.append(_time_reason(mentor, mentee))
    if affinity is Affinity.GET_ALONG:
        reasons.append(message(_M, QT_TRANSLATE_NOOP("matching", "they get along well")))
    if fit_reason is not None:
        reasons.append(message(_M, fit_reason, mentor=mentor.name, mentee=mentee.name))
    if mentor_load:
        reasons.append(
            counted(
                _M,
                translate(
                    "matching", "{mentor} already mentors %n people in this programme", None, 0
                ),
                mentor_load,
                mentor=mentor.name,
            )
        )
    parts = tuple(
        ScorePart(name, value, WEIGHTS[name])
        for name, value in _values(mentor, mentee, top, affinity, mentor_load)
    )
    return Proposal(
        mentor.id,
        mentor.name,
        mentee.id,
        mentee.name,
        tuple(c.need.topic_id for c in needs),
        tuple(c.need.topic_name for c in needs),
        parts,
        tuple(reasons),
    )


# --- reading the team ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Team:
    people: dict[int, PersonInfo]
    open_needs: list[NeedInfo]
    skills: dict[int, dict[int, Level]]  # person -> topic -> level
    affinities: dict[tuple[int, int], Affinity]
    load: Counter[int]
    paired: set[tuple[int, int]]
    worked_on: set[tuple[int, int]]  # (mentee, topic) already an objective of a live pair


#: The team last read, and the programme and state of the data it was read from: the pairs
#: step asks for it for the proposals, then for the needs nobody can teach (each read took
#: 50 ms at 500 pairs).
_last_team: tuple[tuple[int, int], _Team] | None = None


def _read_team(programme_id: int) -> _Team:
    global _last_team
    key = (programme_id, data_version())
    if _last_team is None or _last_team[0] != key:
        _last_team = (key, _read_team_now(programme_id))
    return _last_team[1]


def _read_team_now(programme_id: int) -> _Team:
    people = {person.id: person for person in list_people()}
    skills: dict[int, dict[int, Level]] = {}
    for skill in list_know_how():
        if skill.person_id in people:
            skills.setdefault(skill.person_id, {})[skill.topic_id] = skill.level
    listed = list_pairs(programme_id)
    live = [pair for pair in listed if pair.state in LIVE_PAIR_STATES]
    worked_on = set(  # plain rows: a model object per objective costs 0.1 s at 500 pairs
        Objective.select(Pair.mentee, Objective.topic)
        .join(Pair)
        .where(
            (Pair.programme == programme_id) & (Pair.state.in_([s.value for s in LIVE_PAIR_STATES]))
        )
        .tuples()
    )
    open_needs = [
        need
        for need in list_needs()
        if need.person_id in people
        and need.target_level > need.current_level
        and (need.person_id, need.topic_id) not in worked_on
    ]
    return _Team(
        people=people,
        open_needs=open_needs,
        skills=skills,
        affinities=affinity_map(),
        load=Counter(pair.mentor_id for pair in live),
        # A pair already formed in this programme, even stopped, is not proposed again.
        paired={(pair.mentor_id, pair.mentee_id) for pair in listed},
        worked_on=worked_on,
    )


def _affinity(team: _Team, first: int, second: int) -> Affinity:
    return team.affinities.get((min(first, second), max(first, second)), Affinity.NEUTRAL)


def _covered(team: _Team, mentor_id: int, needs: Iterable[NeedInfo]) -> list[CoveredNeed]:
    skills = team.skills.get(mentor_id, {})
    return [
        CoveredNeed(need, skills[need.topic_id])
        for need in needs
        if need.topic_id in skills and skills[need.topic_id] > need.current_level
    ]


def _new_mentors(team: _Team, mentee_id: int) -> list[int]:
    """Everyone with know-how who is not the mentee and not already paired with them."""
    return [m for m in team.skills if m != mentee_id and (m, mentee_id) not in team.paired]


def _score(
    team: _Team, mentor_id: int, mentee_id: int, needs: Iterable[NeedInfo], load: int
) -> Proposal | None:
    return score_proposal(
        team.people[mentor_id],
        team.people[mentee_id],
        _covered(team, mentor_id, needs),
        _affinity(team, mentor_id, mentee_id),
        load,
    )


def _quick_score(
    team: _Team, mentor_id: int, mentee_id: int, needs: Iterable[NeedInfo], load: int
) -> int | None:
    """The score :func:`score_proposal` gives, without writing its reasons: a large team
    has hundreds of thousands of candidates to rank, and only the best are shown."""
    covered = _covered(team, mentor_id, needs)
    affinity = _affinity(team, mentor_id, mentee_id)
    if not covered or affinity is Affinity.AVOID or mentor_id == mentee_id:
        return None
    values = _values(
        team.people[mentor_id], team.people[mentee_id], min(covered, key=_rank), affinity, load
    )
    return round(sum(value * WEIGHTS[name] for name, value in values))


def propose_pairs(programme_id: int, per_mentee: int = PROPOSALS_PER_MENTEE) -> list[Proposal]:
    """The best new mentors for each mentee with open needs, best first: ``per_mentee`` at
    most each, so that a large team gets a list to read rather than every possible pair."""
    team = _read_team(programme_id)
    by_mentee: dict[int, list[NeedInfo]] = {}
    for need in team.open_needs:
        by_mentee.setdefault(need.person_id, []).append(need)
    proposals = []
    for mentee_id, needs in by_mentee.items():
        ranked = heapq.nsmallest(
            per_mentee,
            (
                (-score, team.people[mentor_id].name, mentor_id)
                for mentor_id in _new_mentors(team, mentee_id)
                if (score := _quick_score(team, mentor_id, mentee_id, needs, team.load[mentor_id]))
                is not None
            ),
        )
        for _, _, mentor_id in ranked:
            proposal = _score(team, mentor_id, mentee_id, needs, team.load[mentor_id])
            assert proposal is not None
            proposals.append(proposal)
    return sorted(proposals, key=lambda p: (-p.score, p.mentee_name, p.mentor_name))


def uncovered_needs(programme_id: int) -> list[NeedInfo]:
    """Open needs that nobody could teach: no active person knows more than the mentee, or
    only someone the owner would rather not pair with them."""
    team = _read_team(programme_id)
    return [
        need
        for need in team.open_needs
        if not any(
            mentor_id != need.person_id and _score(team, mentor_id, need.person_id, [need], 0)
            for mentor_id in team.skills
        )
    ]
