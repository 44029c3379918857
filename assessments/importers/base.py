"""What every question importer produces: parsed questions and the problems found, by line.

Parsers never touch the database. `assessments.importers.store` saves a parse result into a
bank in one transaction, and only when no problem was found (all or nothing).
"""

from dataclasses import dataclass, field
from decimal import Decimal

from ..choices import QuestionType


@dataclass
class ParsedChoice:
    text: str
    fraction: Decimal  # credit in percent of the question, -100 to 100 (Moodle's convention)
    feedback: str = ""
    tolerance: Decimal | None = None  # numeric answers only


@dataclass
class ParsedQuestion:
    type: QuestionType
    text: str  # plain text; HTML from the source is reduced to text with line breaks
    line: int  # where the question starts in the file (line, or spreadsheet row)
    name: str = ""
    choices: list[ParsedChoice] = field(default_factory=list)
    general_feedback: str = ""
    category: str = ""  # "Keuangan/Kas"; the bank itself is chosen by the importer's caller
    pillar: str = ""  # a courses.choices.Pillar value or ""
    difficulty: str = ""  # an assessments.choices.Difficulty value or ""
    tags: list[str] = field(default_factory=list)
    points: Decimal = Decimal(1)
    reverse_scored: bool = False  # Likert only
    case_sensitive: bool = False  # short text only


@dataclass
class Problem:
    line: int | None  # None when the problem is about the whole file
    message: str  # translated (Bahasa Indonesia by default), names what is wrong and where


@dataclass
class ParseResult:
    questions: list[ParsedQuestion] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.questions)
