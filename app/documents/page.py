"""What a printed document is made of, as plain values the screens lay out on A4.

A document is a list of sections (one per sheet), each a title and a list of blocks. Text is
kept as plain text end to end - never HTML - so a name like ``<b>x</b>`` prints exactly as
typed. Each block knows whether it may be split across pages: a table row, a signature box
or a short answer never is; only an answer longer than a page flows on, between lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from app.charts import LevelChart
from app.i18n import DateFormatter, NumberFormatter, Translator, untranslated
from app.shop import get_shop
from app.text import unbroken


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Facts:
    """Label and value pairs, one a line, without a grid."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    """A grid whose header row repeats at the top of every page it runs onto."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    #: Share of the width of each column, in percent.
    widths: tuple[int, ...]


@dataclass(frozen=True)
class Answer:
    """A question and its answer in a box; an empty answer leaves room to write by hand."""

    question: str
    text: str
    blank_lines: int = 3


@dataclass(frozen=True)
class Choices:
    """Boxes to tick: the chosen one ticked, the others empty for a pen."""

    options: tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class Signatures:
    """A box per person to sign and date: (role, name)."""

    people: tuple[tuple[str, str], ...]
    signature: str
    date: str


@dataclass(frozen=True)
class Together:
    """Blocks printed on one page whenever they fit on one: the rules and the signatures
    under them, so that nobody signs a page that shows nothing of what is signed."""

    blocks: tuple[Heading | Paragraph | Facts | Table | Answer | Choices | Signatures, ...]


Block = Heading | Paragraph | Facts | Table | Answer | Choices | Signatures | LevelChart | Together


@dataclass(frozen=True)
class Section:
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Document:
    """What is printed: the shop's name on top of every section, each on new pages."""

    shop: str
    sections: tuple[Section, ...]
    #: A file name to propose when saving it (without ".pdf").
    name: str = field(default="Tandem")
    #: On A4 turned sideways: a wide table for the wall, like the month's planning.
    landscape: bool = False


def one_decimal(value: float) -> str:
    return f"{value:.1f}"


@dataclass(frozen=True)
class Writer:
    """Builds documents in the user's language."""

    translator: Translator = untranslated
    format_date: DateFormatter = dt.date.isoformat
    #: A number with one decimal, written as the user's language writes it (4,0 in French).
    format_number: NumberFormatter = one_decimal

    def translate(self, context: str, source: str) -> str:
        """Written ``w.translate("documents", "…")`` so that pyside6-lupdate finds the text."""
        return self.translator(context, source)

    def counted(self, source: str, count: int) -> str:
        """A text of the "documents" context whose words agree with ``count``. Written
        ``w.counted(translate("documents", "… %n …", None, 0), count)``: pyside6-lupdate
        finds a plural text only where its count is a literal."""
        return self.translator("documents", source, count)

    def duration(self, minutes: int) -> str:
        """ "3 h 05", on one line."""
        return unbroken(
            self.translate("documents", "{hours} h {minutes:02d}").format(
                hours=minutes // 60, minutes=minutes % 60
            )
        )

    def document(
        self, sections: Iterable[Section], name: str, *, landscape: bool = False
    ) -> Document:
        return Document(get_shop().name, tuple(sections), name, landscape)

    @staticmethod
    def facts(rows: Iterable[tuple[str, str]]) -> Facts:
        return Facts(tuple(rows))

    @staticmethod
    def table(
        headers: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[int]
    ) -> Table:
        return Table(tuple(headers), tuple(tuple(row) for row in rows), tuple(widths))

    def signatures(self, people: Sequence[tuple[str, str]]) -> Signatures:
        return Signatures(
            tuple(people),
            self.translate("documents", "Signature"),
            self.translate("documents", "Date:"),
        )


def make_writer(
    translate: Translator | None = None,
    format_date: DateFormatter | None = None,
    format_number: NumberFormatter | None = None,
) -> Writer:
    """A writer in the user's language (English, ISO dates, a decimal point when not said)."""
    return Writer(
        translate or untranslated, format_date or dt.date.isoformat, format_number or one_decimal
    )
