"""The tables of a Tandem file (schema version 4), as Peewee models.

One SQLite file holds one shop; a network's database on a server holds many, and every row
says whose it is (``shop_id``), so that the server shows each shop its own rows alone. Every
row also says in which change it was last written, and by whom (``changed_in``,
``changed_by``): a coordinator's save over a row another one changed since her screen showed
it is refused (``app.storage.stamps``). The rules that decide what may be written live in
``app/steps``; the CHECK constraints here are the last line of defence, so that nothing
invalid reaches the file even through a bug.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

import peewee as pw

db = pw.DatabaseProxy()

if TYPE_CHECKING:
    # Peewee makes ``id``, the ``*_id`` columns and selected aliases at run time; its stubs
    # cannot know them, so the type checker sees rows as Any and checks the rest of the code.
    _Model = Any
else:
    _Model = pw.Model


def _level_check(column: str, nullable: bool = False) -> Any:
    test = f"{column} BETWEEN 0 AND 4"
    return pw.Check(f"{column} IS NULL OR {test}" if nullable else test)


class Table(_Model):
    class Meta:
        database = db
        legacy_table_names = False


class BaseModel(Table):
    """A table whose rows are stamped with the change that last wrote them."""

    #: The revision (``Revision.number``) of the change that last wrote this row.
    changed_in = pw.IntegerField(default=0)
    #: Who made that change: the coordinator's name on a server.
    changed_by = pw.CharField(max_length=200, default="")

    def save(self, force_insert: bool = False, only: Any = None) -> Any:
        from app.storage import stamps

        if self._pk is not None and not force_insert:
            stamps.check_unchanged(self)
        self.changed_in, self.changed_by = stamps.stamp(), stamps.who()
        if only:
            only = [*only, type(self).changed_in, type(self).changed_by]
        return super().save(force_insert=force_insert, only=only)

    @classmethod
    def update(cls, __data: Any = None, **fields: Any) -> Any:
        """Rows changed many at once are stamped too (never checked: no screen showed
        them one by one)."""
        from app.storage import stamps

        fields.update(changed_in=stamps.stamp(), changed_by=stamps.who())
        return super().update(__data, **fields)


def new_uid() -> str:
    return uuid.uuid4().hex


def _current_shop() -> int:
    from app.storage import stamps

    return stamps.current_shop()


class ShopRow(BaseModel):
    """A row that belongs to one shop of the network (on a file, always the file's shop)."""

    shop_id = pw.IntegerField(default=_current_shop, index=True)


class Shop(BaseModel):
    """The business itself: one row."""

    name = pw.CharField(max_length=200)
    #: Weekly days off as a bit mask, bit 0 = Monday … bit 6 = Sunday.
    weekly_days_off = pw.IntegerField(
        default=0, constraints=[pw.Check("weekly_days_off BETWEEN 0 AND 127")]
    )
    created_at = pw.DateTimeField(default=dt.datetime.now)


class ClosedPeriod(ShopRow):
    """Holidays and other closures: no session is planned from ``first_day`` to ``last_day``."""

    first_day = pw.DateField()
    last_day = pw.DateField(constraints=[pw.Check("last_day >= first_day")])
    #: Closed only in the morning (0) or the afternoon (1) of each of those days; the whole
    #: day when empty (added in schema version 4).
    part = pw.IntegerField(null=True, constraints=[pw.Check("part IS NULL OR part IN (0, 1)")])
    label = pw.CharField(max_length=200, default="")


class Person(ShopRow):
    name = pw.CharField(max_length=200)
    job = pw.CharField(max_length=200, default="")
    year_joined = pw.IntegerField(null=True)
    age_band = pw.CharField(max_length=20, default="")
    #: Free half-days as a bit mask: bit (weekday * 2 + part of day).
    availability = pw.IntegerField(
        default=0, constraints=[pw.Check("availability BETWEEN 0 AND 16383")]
    )
    temperament = pw.CharField(max_length=20, default="")
    learning_style = pw.CharField(max_length=20, default="")
    notes = pw.TextField(default="")
    active = pw.BooleanField(default=True)
    left_on = pw.DateField(null=True)


class Topic(ShopRow):
    name = pw.CharField(max_length=200)
    kind = pw.CharField(
        max_length=20, constraints=[pw.Check("kind IN ('digital', 'manual', 'other')")]
    )
    description = pw.TextField(default="")
    #: Part of the catalogue Tandem ships, as opposed to one the shop added.
    builtin = pw.BooleanField(default=False)


class Need(ShopRow):
    """What a senior wants to learn: from ``current_level`` up to ``target_level``."""

    person = pw.ForeignKeyField(Person, backref="needs", on_delete="CASCADE")
    topic = pw.ForeignKeyField(Topic, backref="needs", on_delete="CASCADE")
    current_level = pw.IntegerField(constraints=[_level_check("current_level")])
    target_level = pw.IntegerField(
        constraints=[_level_check("target_level"), pw.Check("target_level >= current_level")]
    )
    priority = pw.IntegerField(default=2, constraints=[pw.Check("priority BETWEEN 1 AND 3")])

    class Meta:
        indexes = ((("person", "topic"), True),)


class KnowHow(ShopRow):
    """What a young person can teach, and how well they master it."""

    person = pw.ForeignKeyField(Person, backref="know_how", on_delete="CASCADE")
    topic = pw.ForeignKeyField(Topic, backref="know_how", on_delete="CASCADE")
    level = pw.IntegerField(constraints=[_level_check("level")])

    class Meta:
        indexes = ((("person", "topic"), True),)


class AffinityLink(ShopRow):
    """How two people get along, as the owner sees it; stored once, lower id first."""

    person_a = pw.ForeignKeyField(Person, on_delete="CASCADE")
    person_b = pw.ForeignKeyField(Person, on_delete="CASCADE")
    kind = pw.CharField(
        max_length=20, constraints=[pw.Check("kind IN ('get_along', 'neutral', 'avoid')")]
    )

    class Meta:
        table_name = "affinity"
        indexes = ((("person_a", "person_b"), True),)
        constraints = [pw.SQL("CHECK (person_a_id < person_b_id)")]


class Programme(ShopRow):
    name = pw.CharField(max_length=200)
    state = pw.CharField(
        max_length=20, default="running", constraints=[pw.Check("state IN ('running', 'closed')")]
    )
    #: The step the owner was last on, so that Tandem reopens there.
    current_step = pw.IntegerField(
        default=1, constraints=[pw.Check("current_step BETWEEN 1 AND 5")]
    )
    renewed_from = pw.ForeignKeyField("self", null=True, on_delete="SET NULL")
    created_at = pw.DateTimeField(default=dt.datetime.now)
    closed_on = pw.DateField(null=True)


class Pair(ShopRow):
    programme = pw.ForeignKeyField(Programme, backref="pairs", on_delete="CASCADE")
    mentor = pw.ForeignKeyField(Person, backref="mentoring", on_delete="RESTRICT")
    mentee = pw.ForeignKeyField(Person, backref="mentored", on_delete="RESTRICT")
    state = pw.CharField(
        max_length=20,
        default="proposed",
        constraints=[pw.Check("state IN ('proposed', 'active', 'paused', 'finished', 'stopped')")],
    )
    stop_reason = pw.TextField(default="")
    notes = pw.TextField(default="")
    created_at = pw.DateTimeField(default=dt.datetime.now)

    class Meta:
        indexes = ((("programme", "mentor", "mentee"), True),)
        constraints = [pw.SQL("CHECK (mentor_id <> mentee_id)")]


class Objective(ShopRow):
    pair = pw.ForeignKeyField(Pair, backref="objectives", on_delete="CASCADE")
    topic = pw.ForeignKeyField(Topic, on_delete="RESTRICT")
    level_before = pw.IntegerField(constraints=[_level_check("level_before")])
    target_level = pw.IntegerField(constraints=[_level_check("target_level")])
    level_now = pw.IntegerField(constraints=[_level_check("level_now")])
    level_after = pw.IntegerField(
        null=True, constraints=[_level_check("level_after", nullable=True)]
    )

    class Meta:
        indexes = ((("pair", "topic"), True),)


class CoachingPoint(ShopRow):
    """One thing a young mentor should know before teaching; the shop may add its own."""

    title = pw.CharField(max_length=200)
    explanation = pw.TextField(default="")
    position = pw.IntegerField(default=0)
    builtin = pw.BooleanField(default=False)
    active = pw.BooleanField(default=True)


class MentorCoaching(ShopRow):
    """A mentor's coaching in one programme: notes, and "coached" when the owner says so."""

    programme = pw.ForeignKeyField(Programme, on_delete="CASCADE")
    mentor = pw.ForeignKeyField(Person, on_delete="CASCADE")
    marked_coached = pw.BooleanField(default=False)
    notes = pw.TextField(default="")

    class Meta:
        indexes = ((("programme", "mentor"), True),)


class CoachingCheck(ShopRow):
    """One point ticked for one mentor in one programme."""

    programme = pw.ForeignKeyField(Programme, on_delete="CASCADE")
    mentor = pw.ForeignKeyField(Person, on_delete="CASCADE")
    point = pw.ForeignKeyField(CoachingPoint, on_delete="CASCADE")
    done_on = pw.DateField()
    notes = pw.TextField(default="")

    class Meta:
        indexes = ((("programme", "mentor", "point"), True),)


class ProgrammeRules(ShopRow):
    """The frame of step 4 for a whole programme."""

    programme = pw.ForeignKeyField(Programme, backref="rules", unique=True, on_delete="CASCADE")
    start_on = pw.DateField()
    weeks = pw.IntegerField(constraints=[pw.Check("weeks BETWEEN 1 AND 104")])
    every_weeks = pw.IntegerField(default=1, constraints=[pw.Check("every_weeks BETWEEN 1 AND 8")])
    session_minutes = pw.IntegerField(constraints=[pw.Check("session_minutes BETWEEN 10 AND 480")])
    weekday = pw.IntegerField(constraints=[pw.Check("weekday BETWEEN 0 AND 6")])
    start_time = pw.TimeField()
    place = pw.CharField(max_length=200, default="")
    confidentiality = pw.TextField(default="")
    kindness = pw.TextField(default="")
    notice_days = pw.IntegerField(default=2, constraints=[pw.Check("notice_days BETWEEN 0 AND 30")])
    contact = pw.CharField(max_length=200, default="")
    out_of_scope = pw.TextField(default="")
    other_rules = pw.TextField(default="")


class PairRules(ShopRow):
    """A pair's own slot, where it differs from the programme's; NULL means "as the programme"."""

    pair = pw.ForeignKeyField(Pair, backref="rules", unique=True, on_delete="CASCADE")
    weekday = pw.IntegerField(
        null=True, constraints=[pw.Check("weekday IS NULL OR weekday BETWEEN 0 AND 6")]
    )
    start_time = pw.TimeField(null=True)
    session_minutes = pw.IntegerField(
        null=True,
        constraints=[pw.Check("session_minutes IS NULL OR session_minutes BETWEEN 10 AND 480")],
    )
    place = pw.CharField(max_length=200, null=True)


class Session(ShopRow):
    """One meeting of a pair, planned by the rules or added by hand, then logged."""

    pair = pw.ForeignKeyField(Pair, backref="sessions", on_delete="CASCADE")
    #: The date first planned; kept when the session is moved.
    planned_on = pw.DateField()
    #: The date it takes (or took) place.
    held_on = pw.DateField()
    start_time = pw.TimeField(null=True)
    minutes = pw.IntegerField(constraints=[pw.Check("minutes BETWEEN 0 AND 600")])
    status = pw.CharField(
        max_length=20,
        default="planned",
        constraints=[pw.Check("status IN ('planned', 'done', 'moved', 'cancelled')")],
    )
    objective = pw.ForeignKeyField(Objective, null=True, on_delete="SET NULL")
    learnt = pw.TextField(default="")
    to_practise = pw.TextField(default="")
    confidence = pw.IntegerField(
        null=True, constraints=[pw.Check("confidence IS NULL OR confidence BETWEEN 1 AND 5")]
    )
    #: The mentee's level on ``objective`` after this session, when it changed.
    level_reached = pw.IntegerField(
        null=True, constraints=[_level_check("level_reached", nullable=True)]
    )
    #: Made by the schedule (and so replaceable by a new schedule while still untouched).
    generated = pw.BooleanField(default=False)
    #: Who the session is in every calendar it was sent to, for its whole life (added in
    #: schema version 4): moved, planned again or cancelled, it stays the same event.
    uid = pw.CharField(max_length=40, unique=True, default=new_uid)

    class Meta:
        indexes = ((("pair", "held_on"), False),)


class CalendarEvent(ShopRow):
    """A session as the calendar files last said it (added in schema version 4): each
    export sends every event it ever sent, with a SEQUENCE that grows only when what it
    says changed - a session gone since is sent as cancelled, never left out."""

    programme = pw.ForeignKeyField(Programme, on_delete="CASCADE")
    #: The session's ``uid``; the session itself may be gone (planned again, its pair
    #: removed), which is why this is not a foreign key.
    uid = pw.CharField(max_length=40)
    #: Whose calendars the event is in.
    mentor = pw.ForeignKeyField(Person, on_delete="CASCADE")
    mentee = pw.ForeignKeyField(Person, on_delete="CASCADE")
    #: When it was last said to take place.
    day = pw.DateField()
    start_time = pw.TimeField(null=True)
    minutes = pw.IntegerField()
    #: What the event said, in short: a change of it is a new SEQUENCE.
    said = pw.TextField()
    sequence = pw.IntegerField(default=0, constraints=[pw.Check("sequence >= 0")])
    cancelled = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("programme", "uid"), True),)


class Review(ShopRow):
    """The owner's conclusion on a pair at the end of the programme."""

    pair = pw.ForeignKeyField(Pair, backref="review", unique=True, on_delete="CASCADE")
    conclusion = pw.TextField(default="")
    decision = pw.CharField(
        max_length=20,
        default="",
        constraints=[pw.Check("decision IN ('', 'renew', 'swap_roles', 'stop')")],
    )
    reviewed_on = pw.DateField(null=True)


class ReviewAnswer(ShopRow):
    """The answers of one of the two people of a pair."""

    pair = pw.ForeignKeyField(Pair, backref="answers", on_delete="CASCADE")
    role = pw.CharField(max_length=10, constraints=[pw.Check("role IN ('mentee', 'mentor')")])
    satisfaction = pw.IntegerField(
        null=True, constraints=[pw.Check("satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5")]
    )
    can_do_alone = pw.TextField(default="")
    minutes_saved_per_week = pw.IntegerField(
        null=True,
        constraints=[
            pw.Check("minutes_saved_per_week IS NULL OR minutes_saved_per_week BETWEEN 0 AND 3000")
        ],
    )
    bond = pw.IntegerField(
        null=True, constraints=[pw.Check("bond IS NULL OR bond BETWEEN 1 AND 5")]
    )
    ideas = pw.TextField(default="")
    met_as_agreed = pw.CharField(max_length=10, default="")
    would_do_again = pw.CharField(max_length=10, default="")
    comments = pw.TextField(default="")

    class Meta:
        indexes = ((("pair", "role"), True),)


class Revision(Table):
    """How many changes the file has seen (one row, added in schema version 2): backups are
    ordered by what they hold, whatever the PC's clock said when they were made."""

    number = pw.IntegerField(default=0, constraints=[pw.Check("number >= 0")])


ALL_MODELS: tuple[type[Table], ...] = (
    Shop,
    Revision,
    ClosedPeriod,
    Person,
    Topic,
    Need,
    KnowHow,
    AffinityLink,
    Programme,
    Pair,
    Objective,
    CoachingPoint,
    MentorCoaching,
    CoachingCheck,
    ProgrammeRules,
    PairRules,
    Session,
    Review,
    ReviewAnswer,
    CalendarEvent,
)
