"""Step 5 - the review: per pair, the levels reached, both people's answers, the owner's
conclusion and decision; the programme's results in figures; renewing the programme.

The three benefits the method promises are what the summary measures: productivity (levels
gained, time saved each week), the bond between generations, and the fresh ideas collected.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from app.errors import AgainstTheMethod
from app.i18n import QT_TRANSLATE_NOOP, message
from app.programmes import ProgrammeInfo, create_programme, get_programme, require_running
from app.steps.pairs import (
    ObjectiveInfo,
    cancel_sessions_to_come,
    objective_info,
    refuse_better_apart,
)
from app.storage.database import transaction
from app.storage.lookup import get_or_refuse, put
from app.storage.models import (
    Need,
    Objective,
    Pair,
    Programme,
    ProgrammeRules,
    Review,
    ReviewAnswer,
    Session,
    Topic,
)
from app.validation import clean_choice, clean_date, clean_int, clean_level, clean_note
from app.vocabulary import (
    Decision,
    Level,
    MethodRule,
    PairState,
    ProgrammeState,
    Role,
    SessionStatus,
    YesNo,
)


@dataclass(frozen=True)
class AnswersInfo:
    role: Role
    satisfaction: int | None
    can_do_alone: str
    minutes_saved_per_week: int | None
    bond: int | None
    ideas: str
    met_as_agreed: YesNo
    would_do_again: YesNo
    comments: str


@dataclass(frozen=True)
class ReviewInfo:
    pair_id: int
    objectives: tuple[ObjectiveInfo, ...]
    mentee: AnswersInfo | None
    mentor: AnswersInfo | None
    conclusion: str
    decision: Decision
    reviewed_on: dt.date | None
    #: The level after the review proposes for each objective not assessed yet: the last
    #: one the journal (or the pair view) noted.
    proposed_levels: dict[int, Level] = field(default_factory=dict)
    #: The days of the sessions still to come that the decision just cancelled.
    sessions_cancelled: tuple[dt.date, ...] = ()

    @property
    def complete(self) -> bool:
        """The owner has concluded with a decision."""
        return self.decision is not Decision.UNDECIDED


def _answers_info(row: ReviewAnswer) -> AnswersInfo:
    return AnswersInfo(
        Role(row.role),
        row.satisfaction,
        row.can_do_alone,
        row.minutes_saved_per_week,
        row.bond,
        row.ideas,
        YesNo(row.met_as_agreed),
        YesNo(row.would_do_again),
        row.comments,
    )


def _reviewable_pair(pair_id: int) -> Pair:
    pair = get_or_refuse(Pair, pair_id, "pair")
    require_running(pair.programme)
    return pair


def set_answers(
    pair_id: int,
    role: Role | str,
    *,
    satisfaction: object = None,
    can_do_alone: str = "",
    minutes_saved_per_week: object = None,
    bond: object = None,
    ideas: str = "",
    met_as_agreed: YesNo | str = YesNo.UNKNOWN,
    would_do_again: YesNo | str = YesNo.UNKNOWN,
    comments: str = "",
) -> AnswersInfo:
    """Record what the mentee or the mentor says of the pair (every field at once)."""
    fields = {
        "role": clean_choice(role, Role, "role").value,
        "satisfaction": clean_int(satisfaction, "satisfaction", 1, 5, required=False),
        "can_do_alone": clean_note(can_do_alone, "can_do_alone"),
        "minutes_saved_per_week": clean_int(
            minutes_saved_per_week, "minutes_saved_per_week", 0, 3000, required=False
        ),
        "bond": clean_int(bond, "bond", 1, 5, required=False),
        "ideas": clean_note(ideas, "ideas"),
        "met_as_agreed": clean_choice(met_as_agreed, YesNo, "met_as_agreed").value,
        "would_do_again": clean_choice(would_do_again, YesNo, "would_do_again").value,
        "comments": clean_note(comments, "comments"),
    }
    with transaction():
        pair = _reviewable_pair(pair_id)
        chosen = fields.pop("role")
        row = put(ReviewAnswer, {"pair": pair, "role": chosen}, fields)
    return _answers_info(row)


def set_level_after(objective_id: int, level: object) -> ObjectiveInfo:
    """The mentee's level on an objective at the end of the programme."""
    after = clean_level(level, "level_after")
    with transaction():
        row = get_or_refuse(Objective, objective_id, "objective")
        require_running(row.pair.programme)
        row.level_after = after
        row.level_now = after
        row.save()
    return objective_info(row)


def conclude(
    pair_id: int,
    decision: Decision | str,
    conclusion: str = "",
    reviewed_on: object = None,
    despite: Collection[str] = (),
) -> ReviewInfo:
    """The owner's conclusion on a pair, and what comes next: renew, swap roles or stop.

    A decision ends the pair's part in this programme: it is finished (a pair stopped
    before stays stopped), its sessions still to come are cancelled
    (:attr:`ReviewInfo.sessions_cancelled`), and the levels the journal noted become the
    levels after where none was given. A pair with sessions still to come is finished only
    on purpose (``despite`` names :attr:`MethodRule.SESSIONS_TO_COME`). Taken back, the
    pair is under way again."""
    choice = clean_choice(decision, Decision, "decision")
    text = clean_note(conclusion, "conclusion")
    day = clean_date(reviewed_on or dt.date.today(), "reviewed_on")
    cancelled: tuple[dt.date, ...] = ()
    with transaction():
        pair = _reviewable_pair(pair_id)
        before = Review.get_or_none(Review.pair == pair)
        put(
            Review,
            {"pair": pair},
            {"conclusion": text, "decision": choice.value, "reviewed_on": day},
        )
        if choice is not Decision.UNDECIDED:
            _keep_proposed_levels(pair)
            if pair.state in _LIVE:
                _refuse_sessions_to_come(pair, despite)
                cancelled = cancel_sessions_to_come(pair.id)
                pair.state = PairState.FINISHED.value
                pair.save()
        elif before is not None and before.decision and pair.state == PairState.FINISHED.value:
            pair.state = PairState.ACTIVE.value
            pair.save()
    return replace(get_review(pair_id), sessions_cancelled=cancelled)


def _refuse_sessions_to_come(pair: Pair, despite: Collection[str]) -> None:
    if MethodRule.SESSIONS_TO_COME in despite:
        return
    days = tuple(
        row.held_on
        for row in Session.select(Session.held_on)
        .where(
            (Session.pair == pair)
            & Session.status.in_([SessionStatus.PLANNED.value, SessionStatus.MOVED.value])
        )
        .order_by(Session.held_on)
    )
    if days:
        raise AgainstTheMethod(
            message(
                "validation",
                QT_TRANSLATE_NOOP(
                    "validation",
                    "Sessions of this pair still planned or not logged: {days}. Deciding now "
                    "finishes the pair and cancels them.",
                ),
                days=days,
            ),
            MethodRule.SESSIONS_TO_COME,
            "decision",
        )


#: The states of a pair that a decision at the review finishes.
_LIVE = (PairState.PROPOSED.value, PairState.ACTIVE.value, PairState.PAUSED.value)


class _Levels(Protocol):
    """What proposing a level after reads of an objective: a saved one, or a row of these."""

    @property
    def id(self) -> int: ...
    @property
    def level_before(self) -> int: ...
    @property
    def level_now(self) -> int: ...
    @property
    def level_after(self) -> int | None: ...


def _noted_objectives(objectives: Iterable[_Levels]) -> set[int]:
    """The objectives whose level the journal noted at a session held (in one query)."""
    ids = [objective.id for objective in objectives]
    return {
        row.objective_id
        for row in Session.select(Session.objective)
        .where(
            Session.objective.in_(ids)
            & (Session.status == SessionStatus.DONE.value)
            & Session.level_reached.is_null(False)
        )
        .distinct()
    }


def _proposals(objectives: Sequence[_Levels]) -> dict[int, Level]:
    """The level after proposed for each objective not assessed at the review: its level
    now, when the journal noted one or the owner set it in the pair view."""
    noted = _noted_objectives(objectives)
    return {
        objective.id: Level(objective.level_now)
        for objective in objectives
        if objective.level_after is None
        and (objective.id in noted or objective.level_now != objective.level_before)
    }


def _keep_proposed_levels(pair: Pair) -> None:
    objectives = list(Objective.select().where(Objective.pair == pair))
    for objective_id, level in _proposals(objectives).items():
        Objective.update(level_after=level.value).where(Objective.id == objective_id).execute()


def get_review(pair_id: int) -> ReviewInfo:
    pair = get_or_refuse(Pair, pair_id, "pair")
    rows = list(
        Objective.select(Objective, Topic)
        .join(Topic)
        .where(Objective.pair == pair)
        .order_by(Topic.name)
    )
    objectives = tuple(objective_info(row) for row in rows)
    answers = {
        row.role: _answers_info(row)
        for row in ReviewAnswer.select().where(ReviewAnswer.pair == pair)
    }
    review = Review.get_or_none(Review.pair == pair)
    return ReviewInfo(
        pair.id,
        objectives,
        answers.get(Role.MENTEE.value),
        answers.get(Role.MENTOR.value),
        review.conclusion if review else "",
        Decision(review.decision) if review else Decision.UNDECIDED,
        review.reviewed_on if review else None,
        _proposals(rows),
    )


def pair_decisions(programme_id: int) -> dict[int, Decision]:
    """The owner's decision for each reviewed pair of a programme, in one query."""
    rows = (
        Review.select(Review.pair, Review.decision).join(Pair).where(Pair.programme == programme_id)
    )
    return {row.pair_id: Decision(row.decision) for row in rows}


# --- the programme's results --------------------------------------------------------------


@dataclass(frozen=True)
class ProgrammeSummary:
    pairs: int
    pairs_reviewed: int
    objectives: int
    objectives_reached: int
    levels_gained: int
    minutes_saved_per_week: int
    average_bond: float | None
    ideas: int
    average_satisfaction: float | None
    decisions: dict[Decision, int]


def _count_ideas(text: str) -> int:
    return sum(1 for line in text.splitlines() if line.strip(" -•*\t"))


def programme_summary(programme_id: int) -> ProgrammeSummary:
    """The programme's results in figures, in five queries whatever its size."""
    get_or_refuse(Programme, programme_id, "programme")
    pair_ids = [row.id for row in Pair.select(Pair.id).where(Pair.programme == programme_id)]
    # the columns read, as plain rows: a model object per objective was most of the time
    objectives = list(
        Objective.select(
            Objective.id,
            Objective.level_before,
            Objective.level_now,
            Objective.level_after,
            Objective.target_level,
        )
        .join(Pair)
        .where(Pair.programme == programme_id)
        .namedtuples()
    )
    answers = list(ReviewAnswer.select().join(Pair).where(Pair.programme == programme_id))
    reviews = list(Review.select().join(Pair).where(Pair.programme == programme_id))
    proposed = _proposals(objectives)
    reached = {
        o.id: o.level_after if o.level_after is not None else proposed[o.id]
        for o in objectives
        if o.level_after is not None or o.id in proposed
    }
    judged = [o for o in objectives if o.id in reached]
    bonds = [a.bond for a in answers if a.bond is not None]
    satisfaction = [a.satisfaction for a in answers if a.satisfaction is not None]
    decisions = Counter(Decision(r.decision) for r in reviews if r.decision)
    return ProgrammeSummary(
        pairs=len(pair_ids),
        pairs_reviewed=sum(1 for r in reviews if r.decision),
        objectives=len(objectives),
        objectives_reached=sum(1 for o in judged if reached[o.id] >= o.target_level),
        levels_gained=sum(max(0, reached[o.id] - o.level_before) for o in judged),
        minutes_saved_per_week=sum(
            a.minutes_saved_per_week or 0 for a in answers if a.role == Role.MENTEE.value
        ),
        average_bond=round(sum(bonds) / len(bonds), 1) if bonds else None,
        ideas=sum(_count_ideas(a.ideas) for a in answers),
        average_satisfaction=round(sum(satisfaction) / len(satisfaction), 1)
        if satisfaction
        else None,
        decisions=dict(decisions),
    )


# --- renewing -----------------------------------------------------------------------------


def renew_programme(
    programme_id: int, name: str, today: dt.date | None = None, despite: Collection[str] = ()
) -> ProgrammeInfo:
    """Close a programme and open the next one, in one transaction.

    The team, its needs and affinities stay as they are (with the levels reached written back
    into the needs); the frame is carried over, starting after the old programme; pairs the
    owner decided to renew carry over with the objectives not yet reached, pairs whose roles
    are swapped come back the other way round, and stopped ones do not. A pair whose two
    people were marked "better apart" since carries over only on purpose (``despite``).
    """
    day = today or dt.date.today()
    with transaction():
        old = get_or_refuse(Programme, programme_id, "programme")
        require_running(old)
        new = create_programme(name)
        Programme.update(renewed_from=old).where(Programme.id == new.id).execute()
        _carry_rules(old, new.id, day)
        _write_back_levels(old)
        _carry_pairs(old, new.id, despite)
        old.state, old.closed_on = ProgrammeState.CLOSED.value, day
        old.save()
    return get_programme(new.id)


def _carry_rules(old: Programme, new_id: int, today: dt.date) -> None:
    rules = ProgrammeRules.get_or_none(ProgrammeRules.programme == old)
    if rules is None:
        return
    end = rules.start_on + dt.timedelta(weeks=rules.weeks)
    values = {
        field: getattr(rules, field)
        for field in ProgrammeRules._meta.sorted_field_names
        if field not in ("id", "programme")
    }
    values["start_on"] = max(end, today)
    ProgrammeRules.create(programme=new_id, **values)


def _write_back_levels(old: Programme) -> None:
    reached = (
        Objective.select(Objective, Pair)
        .join(Pair)
        .where((Pair.programme == old) & Objective.level_after.is_null(False))
    )
    for objective in reached:
        need = Need.get_or_none(
            (Need.person == objective.pair.mentee_id) & (Need.topic == objective.topic_id)
        )
        if need is not None and objective.level_after > need.current_level:
            need.current_level = min(objective.level_after, need.target_level)
            need.save()


def _carry_pairs(old: Programme, new_id: int, despite: Collection[str]) -> None:
    decided = (
        Pair.select(Pair, Review)
        .join(Review)
        .where((Pair.programme == old) & (Pair.state != PairState.STOPPED.value))
    )
    for pair in decided:
        decision = Decision(pair.review.decision)
        if decision in (Decision.RENEW, Decision.SWAP_ROLES):
            refuse_better_apart(pair.mentor, pair.mentee, despite)
        if decision is Decision.RENEW:
            again = Pair.get_or_create(
                programme=new_id, mentor=pair.mentor_id, mentee=pair.mentee_id
            )[0]
            for objective in Objective.select().where(Objective.pair == pair):
                reached = (
                    objective.level_after
                    if objective.level_after is not None
                    else objective.level_now
                )
                if reached < objective.target_level:
                    Objective.create(
                        pair=again,
                        topic=objective.topic_id,
                        level_before=reached,
                        target_level=objective.target_level,
                        level_now=reached,
                    )
        elif decision is Decision.SWAP_ROLES:
            Pair.insert(
                programme=new_id, mentor=pair.mentee_id, mentee=pair.mentor_id
            ).on_conflict_ignore().execute()
