"""Moodle's Aiken format: single-choice questions written as plain text.

    Apa kepanjangan WKSBM?
    A. Wahana Kesejahteraan Sosial Berbasis Masyarakat
    B) Wadah Kerja Sama Bina Masyarakat
    ANSWER: A
    FEEDBACK: WKSBM adalah jejaring pelayanan sosial di desa/kelurahan.

Rules (Moodle's, https://docs.moodle.org/en/Aiken_format, with a few forgiving extensions):
- A question starts with its text. Moodle wants it on one line; here it may run over several
  consecutive lines (joined with line breaks), but not over a blank line.
- Then the choices, one a line: a letter, "." or ")", a space and the choice text. Moodle wants
  capitals; lower-case letters are accepted too. Letters name the choices ("ANSWER: C" means the
  choice labelled C), so each letter may appear once per question.
- Then "ANSWER: X" with the letter of the correct choice. It ends the question. "ANSWER" may be
  written in any case, or as "JAWABAN".
- Extension: "FEEDBACK: text" (or "PEMBAHASAN: text") lines right after the ANSWER line become the
  question's general feedback.
- Blank lines between questions (and between a question's parts) are ignored.

Every question becomes a QuestionType.SINGLE question: the answer's choice is worth 100, the others 0.
Leading and trailing spaces are trimmed from every line. All problems are reported, each naming its
line; a question with a problem is left out of `questions`.
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext as _

from ..choices import QuestionType
from .base import ParsedChoice, ParsedQuestion, ParseResult, Problem

CHOICE_LINE = re.compile(r"^([A-Za-z])[.)](?:\s+(.*))?$")
ANSWER_LINE = re.compile(r"^(?:ANSWER|JAWABAN)\s*:\s*(.*)$", re.IGNORECASE)
FEEDBACK_LINE = re.compile(r"^(?:FEEDBACK|PEMBAHASAN)\s*:\s*(.*)$", re.IGNORECASE)
ANSWER_LETTER = re.compile(r"^([A-Za-z])[.)]?$")

FULL_CREDIT = Decimal(100)
NO_CREDIT = Decimal(0)


@dataclass
class _DraftChoice:
    letter: str
    text: str
    line: int


@dataclass
class _Draft:
    """A question being read: its text lines and choices, until its ANSWER line."""

    line: int  # where it starts: its first text line, or its first choice when the text is missing
    text_lines: list[str] = field(default_factory=list)
    choices: list[_DraftChoice] = field(default_factory=list)


def parse(text: str) -> ParseResult:
    """Read Aiken-format `text` into single-choice questions, reporting every problem by line."""
    return _AikenReader().read(text)


class _AikenReader:
    def __init__(self):
        self.result = ParseResult()
        self.draft: _Draft | None = None
        self.after_blank = False
        # Whether the previous line was an ANSWER (or FEEDBACK) line, and the question it finished
        # (None when that question had problems), so FEEDBACK lines know what they belong to.
        self.after_answer = False
        self.finished: ParsedQuestion | None = None

    def read(self, text: str) -> ParseResult:
        for number, raw in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
            line = raw.strip()
            if not line:
                self.after_blank = True
                continue
            if match := ANSWER_LINE.match(line):
                self.answer_line(number, match[1].strip())
            elif match := FEEDBACK_LINE.match(line):
                self.feedback_line(number, match[1].strip())
            elif match := CHOICE_LINE.match(line):
                self.choice_line(number, match[1].upper(), (match[2] or "").strip())
            else:
                self.text_line(number, line)
            self.after_blank = False
        self.end_of_file()
        # Problems are found a little out of order (a missing ANSWER only shows on a later line).
        self.result.problems.sort(key=lambda problem: problem.line or 0)
        return self.result

    def problem(self, line: int | None, message: str) -> None:
        self.result.problems.append(Problem(line, message))

    def text_line(self, number: int, line: str) -> None:
        self.after_answer = False
        draft = self.draft
        if draft is not None and draft.choices:
            # Text after choices can only be the next question: this one never got its ANSWER.
            self.report_unfinished(draft)
            draft = None
        elif draft is not None and self.after_blank:
            # A blank line ends a question's text; a question with text alone has no choices.
            self.report_unfinished(draft)
            draft = None
        if draft is None:
            draft = self.draft = _Draft(line=number)
        draft.text_lines.append(line)

    def choice_line(self, number: int, letter: str, text: str) -> None:
        self.after_answer = False
        if self.draft is None:
            self.draft = _Draft(line=number)
        self.draft.choices.append(_DraftChoice(letter, text, number))

    def answer_line(self, number: int, value: str) -> None:
        if self.draft is None:
            self.problem(
                number, _("Line %(line)s: “ANSWER:” line with no question above it.") % {"line": number}
            )
            self.after_answer, self.finished = False, None
            return
        question = self.finish(self.draft, number, value)
        if question is not None:
            self.result.questions.append(question)
        self.draft = None
        self.after_answer, self.finished = True, question

    def feedback_line(self, number: int, text: str) -> None:
        if not self.after_answer:
            self.problem(
                number,
                _("Line %(line)s: a “FEEDBACK:” line must come right after a question's “ANSWER:” line.")
                % {"line": number},
            )
            return
        if self.finished is not None and text:
            feedback = self.finished.general_feedback
            self.finished.general_feedback = f"{feedback}\n{text}" if feedback else text

    def end_of_file(self) -> None:
        if self.draft is not None:
            self.report_unfinished(self.draft)
        if not self.result.questions and not self.result.problems:
            self.problem(None, _("The file has no questions."))

    def report_unfinished(self, draft: _Draft) -> None:
        """A question that ends without an ANSWER line."""
        if draft.choices:
            message = _("Line %(line)s: the question has choices but no “ANSWER:” line after them.")
        else:
            message = _("Line %(line)s: the question has no choices and no “ANSWER:” line.")
        self.problem(draft.line, message % {"line": draft.line})

    def finish(self, draft: _Draft, answer_line: int, value: str) -> ParsedQuestion | None:
        """The question `draft` once its ANSWER line is read, or None after reporting its problems."""
        problems_before = len(self.result.problems)
        if not draft.text_lines:
            self.problem(
                draft.line,
                _("Line %(line)s: the choices have no question text above them.") % {"line": draft.line},
            )
        self.check_choices(draft)
        correct = self.answer_letter(draft, answer_line, value)
        if len(self.result.problems) > problems_before:
            return None
        return ParsedQuestion(
            type=QuestionType.SINGLE,
            text="\n".join(draft.text_lines),
            line=draft.line,
            choices=[
                ParsedChoice(
                    text=choice.text, fraction=FULL_CREDIT if choice.letter == correct else NO_CREDIT
                )
                for choice in draft.choices
            ],
        )

    def check_choices(self, draft: _Draft) -> None:
        seen = set()
        for choice in draft.choices:
            if choice.letter in seen:
                self.problem(
                    choice.line,
                    _("Line %(line)s: the letter “%(letter)s” is used twice in this question.")
                    % {"line": choice.line, "letter": choice.letter},
                )
            seen.add(choice.letter)
            if not choice.text:
                self.problem(
                    choice.line,
                    _("Line %(line)s: choice “%(letter)s” has no text.")
                    % {"line": choice.line, "letter": choice.letter},
                )
        if len(draft.choices) < 2:
            self.problem(
                draft.line,
                _("Line %(line)s: a question needs at least two choices; this one has %(count)s.")
                % {"line": draft.line, "count": len(draft.choices)},
            )

    def answer_letter(self, draft: _Draft, line: int, value: str) -> str | None:
        """The correct letter given on the ANSWER line, or None after reporting why it is unusable."""
        match = ANSWER_LETTER.match(value)
        if match is None:
            self.problem(
                line,
                _(
                    "Line %(line)s: “ANSWER:” must be followed by the letter of the one correct choice, "
                    "e.g. “ANSWER: B”."
                )
                % {"line": line},
            )
            return None
        letter = match[1].upper()
        letters = [choice.letter for choice in draft.choices]
        if letters and letter not in letters:
            self.problem(
                line,
                _("Line %(line)s: the answer “%(letter)s” is not one of the choices (%(letters)s).")
                % {"line": line, "letter": letter, "letters": ", ".join(letters)},
            )
            return None
        return letter
