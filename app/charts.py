"""The programme's levels as a picture: each pair's level before the programme and where it
stands now (at the review, the level given then), two bars on the scale of levels. The same chart is drawn on the review
step and on the printed summary; here are its values, the screens draw them."""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import Translator, untranslated
from app.progress import PairProgress
from app.text import isolate
from app.vocabulary import LEVEL_LABELS, Level


@dataclass(frozen=True)
class ChartRow:
    """One pair: its name and its two levels (the mean of its objectives when it has
    several, so a bar may end between two levels)."""

    label: str
    before: float
    after: float
    #: The same in words, for a tooltip and for a screen reader.
    description: str


@dataclass(frozen=True)
class LevelChart:
    rows: tuple[ChartRow, ...]
    #: The levels' names, lowest first: the chart's scale.
    scale: tuple[str, ...]
    #: The words of the legend: the bar before, the bar after.
    before: str
    after: str


def level_chart(
    pairs: tuple[PairProgress, ...], translate: Translator = untranslated
) -> LevelChart:
    """The chart of ``pairs`` that have objectives, in the order given."""
    rows = []
    for pair in pairs:
        if not pair.objectives:
            continue
        before = sum(o.level_before for o in pair.objectives) / len(pair.objectives)
        after = sum(o.level_reached for o in pair.objectives) / len(pair.objectives)
        label = translate("charts", "{mentor} → {mentee}").format(
            mentor=isolate(pair.mentor_name), mentee=isolate(pair.mentee_name)
        )
        levels = "; ".join(
            translate("charts", "{topic}: {before} → {after}").format(
                topic=o.topic_name,
                before=LEVEL_LABELS[o.level_before].render(translate),
                after=LEVEL_LABELS[o.level_reached].render(translate),
            )
            for o in pair.objectives
        )
        rows.append(ChartRow(label, before, after, f"{label}: {levels}"))
    return LevelChart(
        tuple(rows),
        tuple(LEVEL_LABELS[level].render(translate) for level in Level),
        translate("charts", "Before"),
        translate("charts", "Now"),
    )
