"""The printed documents, as plain values (``app.documents.page``) that the screens lay
out on A4 (``ui.printing.composer``).

Each document is one function that returns the whole document, used both for the preview
and for the printer or PDF, so what is previewed is what prints. Text stays plain text
end to end - never HTML - so a name like ``<b>x</b>`` prints as typed.

* :func:`review_sheet` and :func:`review_sheets` - the review of one pair, or of all pairs;
* :func:`programme_summary` - the results of a programme;
* :func:`pair_charter` - the rules the pair signs at the start;
* :func:`mentor_guide` - the coaching points, handed to a young mentor;
* :func:`month_planning` - the sessions month by month, for the staff-room wall;
* :func:`team_questionnaire` - the questions of step 1, for each person to fill by hand.
"""

from app.documents.charter import pair_charter
from app.documents.guide import mentor_guide
from app.documents.planning import month_planning, months_planning, planning_months
from app.documents.questionnaire import team_questionnaire
from app.documents.review_sheet import review_sheet, review_sheets
from app.documents.summary import programme_summary

__all__ = [
    "mentor_guide",
    "month_planning",
    "months_planning",
    "pair_charter",
    "planning_months",
    "programme_summary",
    "review_sheet",
    "review_sheets",
    "team_questionnaire",
]
