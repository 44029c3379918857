"""Moodle's GIFT format: questions written as text, their answers between braces.

    // question: 1  name: Kepanjangan WKSBM
    // [tag:kelembagaan]
    $CATEGORY: $course$/top/Kelembagaan/WKSBM

    ::Kepanjangan WKSBM:: Apa kepanjangan WKSBM? {
        =Wahana Kesejahteraan Sosial Berbasis Masyarakat #Tepat.
        ~Wadah Kerja Sama Bina Masyarakat #Bukan, itu singkatan lain.
        ####WKSBM adalah jejaring pelayanan sosial di desa/kelurahan.
    }

Rules are Moodle's (https://docs.moodle.org/en/GIFT_format and Moodle's own importer):

- Questions are separated by blank lines. Lines starting with "//" are comments; a "[tag:name]" in
  the comments of a question adds that tag, as Moodle's GIFT export writes them ("[id:...]" is
  ignored: questions here have no id number).
- "$CATEGORY: path" sets the category of the questions after it. A context prefix ("$course$/",
  "$system$/", ...) and then "top/" are dropped, the rest is kept: "$course$/top/Keuangan/Kas" and
  "top/Keuangan/Kas" give "Keuangan/Kas". Extension: the line may also sit right above a question,
  without a blank line in between.
- "::title::" before the text becomes the question's name.
- "\\~ \\= \\# \\{ \\} \\:" are the characters themselves, "\\\\" a backslash, "\\n" a line break.
- "[html]", "[moodle]" (the default), "[plain]" or "[markdown]" at the start of the question text
  sets its format; answers and feedback use the question's format unless they start with their own.
  HTML is reduced to plain text as by the Moodle XML importer (tags removed, entities decoded, <br>
  and paragraphs start new lines): always for "[html]", and for "[moodle]" when the text contains
  tags or entities; "[moodle]" keeps the line breaks written in the file. "[plain]" and
  "[markdown]" texts are kept as written. Every line of a text is stripped.
- The answer block usually ends the question. When text follows it (Moodle's "missing word"
  format, for any kind of question) the question text gets "_____" where the block stood.
- "####text" at the end of the answer block is the question's general feedback.

Kinds of question:

- Multiple choice "{=right ~wrong ~wrong}": "=" answers are worth 100, "~" answers 0; "%weight%"
  right after either marker sets the credit in percent, from -100 to 100 ("~%33.33333%").
  "#text" after an answer is that answer's feedback. The question is QuestionType.MULTIPLE when an
  answer has a negative weight, or when several answers have positive weights and none is worth 100
  (the right answers then share 100); otherwise it is QuestionType.SINGLE, where answers with a
  smaller positive weight give partial credit, as in Moodle.
- True/false "{T}", "{TRUE}", "{F}", "{FALSE}" (in any case): QuestionType.TRUE_FALSE with the
  choices "Benar" and "Salah", 100 for the right one. In "{T#feedback1#feedback2}" the first
  feedback is Moodle's "wrong answer" feedback, so it goes to the wrong choice, the second to the
  right choice.
- Short answer "{=answer =other answer}" (no "~"): QuestionType.SHORT_TEXT, each accepted answer a
  choice worth 100 or its "%weight%". As in Moodle, a first answer without "=" counts too, and
  answers are not case sensitive.
- Numeric "{#...}": QuestionType.NUMERIC. An answer is "value", "value:tolerance" or "low..high"
  (the midpoint, with half the width as tolerance); several answers are written
  "{# =value:tolerance =%50%value:tolerance}", each with its own "%weight%" and "#feedback". The
  choice text is the plain number ("3", "3.14"), the tolerance 0 when none is given.

Reported as problems, each naming its line (a question with a problem is left out of `questions`):

- kinds that are not supported: matching ("{=a -> b}"), essay ("{}"), description (text without
  an answer block), numeric feedback for any other answer ("~#..."), images;
- mistakes: an answer block or title that is not closed, a brace outside the answer block, a
  question without text or without a right answer, right answers of a multiple-answer question
  that do not add up to 100%, a weight that is not a number from -100 to 100 ("%abc%"), an answer
  without text, multiple choice with fewer than two answers or with text before its first "="/"~",
  a numeric answer, tolerance or range that is not a number (or is negative, or reversed), and a
  file without questions.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from ..choices import QuestionType
from .base import ParsedChoice, ParsedQuestion, ParseResult, Problem
from .moodlexml import html_to_text

TRUE_TEXT = "Benar"
FALSE_TEXT = "Salah"
BLANK = "_____"  # replaces a "missing word" answer block in the question text

FULL_CREDIT = Decimal(100)
NO_CREDIT = Decimal(0)
# Right answers of a multiple-answer question may add up to 99.99999 (three of 33.33333).
CREDIT_SLACK = Decimal("0.1")

# While a question is taken apart, escaped characters stand as private-use placeholders, so
# that "\~" is never read as a marker; finished texts get the characters back.
_ESCAPE = re.compile(r"\\([\\~=#{}:n])")
_PLACEHOLDERS = {char: chr(0xE000 + index) for index, char in enumerate("~=#{}:n")}
_RESTORE = str.maketrans(
    {placeholder: "\n" if char == "n" else char for char, placeholder in _PLACEHOLDERS.items()}
)

_CATEGORY_LINE = re.compile(r"^\$CATEGORY:(.*)$", re.IGNORECASE)
_TAG = re.compile(r"\[tag:((?:\\\]|[^\]])*)\]")
# $course$, $system$, $module$, $cat1$ ... at the start of a category path.
_CONTEXT_PREFIX = re.compile(r"^\$[a-z0-9]+\$(?:/|$)", re.IGNORECASE)
# Moodle writes a "/" inside a category name as "//"; a single "/" separates categories.
_PATH_SEPARATOR = re.compile(r"(?<!/)/(?!/)")

_FORMAT_PREFIX = re.compile(r"^\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_LOOKS_LIKE_HTML = re.compile(r"</?[a-z][^<>]*>|&(?:[a-z][a-z0-9]*|#[0-9]+|#x[0-9a-f]+);", re.IGNORECASE)
_IMAGE = re.compile(r"<img\b", re.IGNORECASE)
_WEIGHT = re.compile(r"%([^%\n]*)%")
_CHOICE_MARKER = re.compile(r"[=~]")
_ANSWER_MARKER = re.compile(r"=")
_BRACE = re.compile(r"[{}]")
_TRUE_FALSE_WORDS = {"T": True, "TRUE": True, "F": False, "FALSE": False}


def parse(text: str) -> ParseResult:
    """Read GIFT `text` into questions, reporting every problem by line."""
    result = ParseResult()
    category = ""
    for piece in _pieces(text):
        if isinstance(piece, _Category):
            category = piece.path
            continue
        reader = _QuestionReader(piece)
        question = reader.read()
        result.problems.extend(reader.problems)
        if question is not None:
            question.category = category
            result.questions.append(question)
    if not result.questions and not result.problems:
        result.problems.append(Problem(None, _("The file has no questions.")))
    # A question's problems are found a little out of order (its missing right answer last).
    result.problems.sort(key=lambda problem: problem.line or 0)
    return result


# Splitting the file into questions and category lines


@dataclass
class _Block:
    """The lines of one question, from its first line; comment lines are left empty."""

    first_line: int
    lines: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)


@dataclass
class _Category:
    path: str


def _pieces(text: str) -> Iterator[_Block | _Category]:
    """The questions and the category lines of `text`, in file order."""
    block: _Block | None = None
    comments: list[str] = []  # comments above the next question
    for number, raw in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        line = raw.strip()
        if line.startswith("//"):
            if block is None:
                comments.append(line)
            else:
                block.comments.append(line)
                block.lines.append("")  # keeps the count of lines, for line numbers
            continue
        category = _CATEGORY_LINE.match(line)
        if not line or category:
            if block is not None:
                yield block
            block, comments = None, []
            if category:
                yield _Category(_category_path(category[1]))
            continue
        if block is None:
            block, comments = _Block(number, comments=comments), []
        block.lines.append(raw)
    if block is not None:
        yield block


def _category_path(path: str) -> str:
    """A Moodle category path without its context prefix and "top": "Keuangan/Kas"."""
    path = _CONTEXT_PREFIX.sub("", _unescape(path).strip())
    segments = [segment.replace("//", "/").strip() for segment in _PATH_SEPARATOR.split(path)]
    segments = [segment for segment in segments if segment]
    if segments[:1] == ["top"]:
        segments = segments[1:]
    return "/".join(segments)


def _tags(comments: list[str]) -> list[str]:
    tags: list[str] = []
    for comment in comments:
        for match in _TAG.finditer(comment):
            tag = match[1].replace("\\]", "]").strip()
            if tag and tag not in tags:
                tags.append(tag)
    return tags


# Reading one question


@dataclass
class _Part:
    """An answer in the answer block: the marker before it and where its text lies."""

    marker: str  # "=", "~", or "" for text before the first marker
    start: int
    end: int


@dataclass
class _Answer:
    weight: Decimal | None  # None once a bad weight has been reported
    text: str  # as written, escapes still replaced by placeholders
    feedback: str
    index: int  # where the answer starts in the question, for its line


class _QuestionReader:
    """Reads one question; `problems` lists what is wrong with it, by line."""

    def __init__(self, block: _Block):
        self.block = block
        self.text = _protect("\n".join(block.lines))
        self.problems: list[Problem] = []
        self.text_format = "moodle"

    def line_at(self, index: int) -> int:
        return self.block.first_line + self.text.count("\n", 0, index)

    def report(self, index: int, message: str, **values: str) -> None:
        """Report `message` at the line of `index` in the question's text."""
        line = self.line_at(index)
        self.problems.append(Problem(line, message % {"line": line, **values}))

    def report_question(self, message: str, **values: str) -> None:
        """Report `message` at the question's first line: it is about the whole question."""
        self.report(0, message, **values)

    def read(self) -> ParsedQuestion | None:
        """The question, or None when it has problems."""
        text = self.text
        name, start = self.title(_skip_space(text, 0))
        if image := _IMAGE.search(text):
            self.report(
                image.start(),
                _(
                    "Line %(line)s: images and attached files are not supported; "
                    "remove them from the question."
                ),
            )
        block = self.answer_block(start)
        if block is None:
            return None
        opening, closing = block

        after = text[closing + 1 :]
        question_text = text[start:opening] + BLANK + after if after.strip() else text[start:opening]
        self.text_format, question_text = _split_format(question_text.strip(), "moodle")
        question_text = _plain_text(question_text, self.text_format)
        if not question_text:
            self.report(start, _("Line %(line)s: the question has no text."))

        answers_end = closing
        general_feedback = ""
        separator = text.rfind("####", opening + 1, closing)
        if separator != -1:
            general_feedback = self.clean(text[separator + 4 : closing])
            answers_end = separator
        kind, choices = self.answers(*_strip_span(text, opening + 1, answers_end))
        if kind is None or self.problems:
            return None
        return ParsedQuestion(
            type=kind,
            text=question_text,
            line=self.block.first_line,
            name=name,
            choices=choices,
            general_feedback=general_feedback,
            tags=_tags(self.block.comments),
        )

    def title(self, start: int) -> tuple[str, int]:
        """The "::title::" at `start` (or "") and where the text after it starts."""
        if not self.text.startswith("::", start):
            return "", start
        end = self.text.find("::", start + 2)
        if end == -1:
            self.report(start, _("Line %(line)s: the question title is not closed: write it as “::title::”."))
            return "", start + 2
        name = " ".join(self.text[start + 2 : end].translate(_RESTORE).split())
        return name, _skip_space(self.text, end + 2)

    def answer_block(self, start: int) -> tuple[int, int] | None:
        """Where the answer block's "{" and "}" are, or None after reporting why there is none."""
        text = self.text
        opening, closing = text.find("{", start), text.find("}", start)
        if opening == -1 and closing == -1:
            self.report(
                start,
                _(
                    "Line %(line)s: descriptions (text without an answer block “{…}”) are not supported; "
                    "add the answers, or turn the text into a comment with “//”."
                ),
            )
            return None
        if closing == -1:
            self.report(opening, _("Line %(line)s: the answer block is not closed: “{” has no “}” after it."))
            return None
        if opening == -1 or closing < opening:
            self.report(
                closing,
                _(
                    "Line %(line)s: “}” has no “{” before it; "
                    "write a brace that is part of the text as “\\}”."
                ),
            )
            return None
        # A second brace most often means two questions without a blank line between them.
        nested = text.find("{", opening + 1, closing)
        following = _BRACE.search(text, closing + 1)
        extra = nested if nested != -1 else following.start() if following else -1
        if extra != -1:
            self.report(
                extra,
                _(
                    "Line %(line)s: a second “%(brace)s”: a question has one answer block “{…}”. "
                    "Separate questions with a blank line, and write a brace that is part of the text "
                    "as “\\{” or “\\}”."
                ),
                brace=text[extra],
            )
            return None
        return opening, closing

    def answers(self, start: int, end: int) -> tuple[QuestionType | None, list[ParsedChoice]]:
        """The kind of question and its choices, told apart as Moodle does."""
        body = self.text[start:end]
        if not body:
            self.report_question(
                _("Line %(line)s: essay questions (an empty answer block “{}”) are not supported.")
            )
            return None, []
        if body.startswith("#"):
            return QuestionType.NUMERIC, self.numeric(start + 1, end)
        if "~" in body:
            return self.multiple_choice(start, end)
        if "=" in body and "->" in body:
            self.report_question(_("Line %(line)s: matching questions are not supported."))
            return None, []
        if body.split("#", 1)[0].strip().upper() in _TRUE_FALSE_WORDS:
            return QuestionType.TRUE_FALSE, self.true_false(body)
        return QuestionType.SHORT_TEXT, self.short_answer(start, end)

    # Kinds of question

    def multiple_choice(self, start: int, end: int) -> tuple[QuestionType, list[ParsedChoice]]:
        answers = []
        for part in self.parts(start, end, _CHOICE_MARKER):
            if not part.marker:
                self.report(
                    part.start,
                    _(
                        "Line %(line)s: “%(text)s” is not marked as an answer: start each answer with “=” "
                        "(right) or “~” (wrong)."
                    ),
                    text=self.text[part.start : part.end].strip().translate(_RESTORE),
                )
                continue
            answers.append(self.answer(part, FULL_CREDIT if part.marker == "=" else NO_CREDIT))
        if len(answers) < 2:
            self.report_question(_("Line %(line)s: a multiple-choice question needs at least two answers."))
        choices = [self.choice(answer, self.clean(answer.text)) for answer in answers]
        fractions = [choice.fraction for choice in choices]
        positive = [fraction for fraction in fractions if fraction > 0]
        several_share_credit = len(positive) > 1 and FULL_CREDIT not in positive
        if any(fraction < 0 for fraction in fractions) or several_share_credit:
            kind = QuestionType.MULTIPLE
        else:
            kind = QuestionType.SINGLE
        if all(answer.weight is not None for answer in answers):
            self.check_credit(kind, fractions)
        return kind, choices

    def true_false(self, body: str) -> list[ParsedChoice]:
        word, *feedbacks = body.split("#", 2)
        wrong_feedback, right_feedback = (self.clean(feedback) for feedback in [*feedbacks, "", ""][:2])
        is_true = _TRUE_FALSE_WORDS[word.strip().upper()]
        return [
            ParsedChoice(
                text=TRUE_TEXT,
                fraction=FULL_CREDIT if is_true else NO_CREDIT,
                feedback=right_feedback if is_true else wrong_feedback,
            ),
            ParsedChoice(
                text=FALSE_TEXT,
                fraction=NO_CREDIT if is_true else FULL_CREDIT,
                feedback=wrong_feedback if is_true else right_feedback,
            ),
        ]

    def short_answer(self, start: int, end: int) -> list[ParsedChoice]:
        answers = [self.answer(part, FULL_CREDIT) for part in self.parts(start, end, _ANSWER_MARKER)]
        # Accepted answers are compared with what the learner types, so they stay literal text.
        choices = [
            self.choice(answer, " ".join(answer.text.translate(_RESTORE).split())) for answer in answers
        ]
        if all(answer.weight is not None for answer in answers):
            self.check_credit(QuestionType.SHORT_TEXT, [choice.fraction for choice in choices])
        return choices

    def numeric(self, start: int, end: int) -> list[ParsedChoice]:
        """The answers after "{#"; `start` is just after the "#"."""
        other = self.text.find("~", start, end)
        if other != -1:
            self.report(
                other,
                _(
                    "Line %(line)s: numeric questions with feedback for any other answer (“~#…”) are not "
                    "supported; remove it, or use the general feedback (“####…”)."
                ),
            )
            end = other
        parts = self.parts(start, end, _ANSWER_MARKER)
        if not parts:
            self.report(start, _("Line %(line)s: the numeric question has no number after “{#”."))
            return []
        answers = [self.answer(part, FULL_CREDIT) for part in parts]
        choices = []
        for answer in answers:
            if number := self.number(answer):
                value, tolerance = number
                choices.append(self.choice(answer, _number_text(value), tolerance=tolerance))
        if len(choices) == len(answers) and all(answer.weight is not None for answer in answers):
            self.check_credit(QuestionType.NUMERIC, [choice.fraction for choice in choices])
        return choices

    # Answers

    def parts(self, start: int, end: int, markers: re.Pattern) -> list[_Part]:
        """The answers between `start` and `end`, each starting where `markers` matches."""
        parts = []
        marker, part_start = "", start
        for match in markers.finditer(self.text, start, end):
            parts.append(_Part(marker, part_start, match.start()))
            marker, part_start = match[0], match.end()
        parts.append(_Part(marker, part_start, end))
        if not self.text[parts[0].start : parts[0].end].strip():
            parts.pop(0)  # nothing before the first marker
        return parts

    def answer(self, part: _Part, default_weight: Decimal) -> _Answer:
        """An answer's weight (`default_weight` unless "%weight%" is given), text and feedback."""
        start, end = _strip_span(self.text, part.start, part.end)
        body = self.text[start:end]
        weight: Decimal | None = default_weight
        if body.startswith("%"):
            weight, body = self.weight(body, start)
        text, _hash, feedback = body.partition("#")
        return _Answer(weight, text.strip(), feedback.strip(), start)

    def weight(self, body: str, index: int) -> tuple[Decimal | None, str]:
        """The "%weight%" that starts `body`, or None after reporting it; and the rest of `body`."""
        match = _WEIGHT.match(body)
        value = _decimal(match[1]) if match else None
        if value is not None and -100 <= value <= 100:
            return value, body[match.end() :]
        shown = match[0] if match else body.split()[0]
        self.report(
            index,
            _(
                "Line %(line)s: the weight “%(weight)s” is not valid: write a number from -100 to 100 "
                "between percent signs, e.g. “%%50%%”."
            ),
            weight=shown.translate(_RESTORE),
        )
        return None, body[match.end() :] if match else body.removeprefix("%")

    def choice(self, answer: _Answer, text: str, tolerance: Decimal | None = None) -> ParsedChoice:
        if not text:
            self.report(answer.index, _("Line %(line)s: an answer has no text."))
        return ParsedChoice(
            text=text,
            fraction=NO_CREDIT if answer.weight is None else answer.weight,
            feedback=self.clean(answer.feedback),
            tolerance=tolerance,
        )

    def number(self, answer: _Answer) -> tuple[Decimal, Decimal] | None:
        """The value and tolerance of a numeric answer, or None after reporting what is wrong."""
        written = answer.text.translate(_RESTORE)
        if not written:
            self.report(answer.index, _("Line %(line)s: an answer has no text."))
            return None
        # As in Moodle, ".." or ":" only separate when something stands before them.
        if ".." in written[1:]:
            low, high = (_decimal(bound) for bound in written.split("..", 1))
            if low is None or high is None:
                self.report(
                    answer.index, _("Line %(line)s: the answer “%(value)s” is not a number."), value=written
                )
                return None
            if low > high:
                self.report(
                    answer.index,
                    _(
                        "Line %(line)s: the range “%(value)s” must go from the lower number "
                        "to the higher one."
                    ),
                    value=written,
                )
                return None
            return (low + high) / 2, (high - low) / 2
        value_text, _colon, tolerance_text = (
            written.partition(":") if ":" in written[1:] else (written, "", "0")
        )
        value, tolerance = _decimal(value_text), _decimal(tolerance_text)
        if value is None:
            self.report(
                answer.index,
                _("Line %(line)s: the answer “%(value)s” is not a number."),
                value=value_text.strip(),
            )
            return None
        if tolerance is None:
            self.report(
                answer.index,
                _("Line %(line)s: the tolerance “%(value)s” is not a number."),
                value=tolerance_text.strip(),
            )
            return None
        if tolerance < 0:
            self.report(
                answer.index,
                _("Line %(line)s: the tolerance “%(value)s” is negative."),
                value=tolerance_text.strip(),
            )
            return None
        return value, tolerance

    def check_credit(self, kind: QuestionType, fractions: list[Decimal]) -> None:
        """Report, at the question's first line, a question no answer gives full credit on."""
        right_total = sum((fraction for fraction in fractions if fraction > 0), NO_CREDIT)
        if kind == QuestionType.MULTIPLE and right_total:
            if abs(right_total - FULL_CREDIT) > CREDIT_SLACK:
                self.report_question(
                    _("Line %(line)s: the weights of the right answers add up to %(sum)s%%, not 100%%."),
                    sum=_number_text(right_total),
                )
        elif FULL_CREDIT not in fractions:
            self.report_question(
                _(
                    "Line %(line)s: the question has no right answer: one answer must be worth 100%% "
                    "(“=” or “%%100%%”)."
                ),
            )

    # Texts

    def clean(self, written: str) -> str:
        """Plain text of a question part, in its own "[format]" or else the question's format."""
        text_format, text = _split_format(written.strip(), self.text_format)
        return _plain_text(text, text_format)


def _plain_text(text: str, text_format: str) -> str:
    """`text` (escapes as placeholders) in `text_format` as plain text, every line stripped."""
    if text_format == "html" or (text_format == "moodle" and _LOOKS_LIKE_HTML.search(text)):
        if text_format == "moodle":
            text = text.replace("\n", "<br>")  # Moodle shows these line breaks as written
        text = html_to_text(text)
    # Placeholders go back only now, so that an escaped "\n" breaks the line even in HTML.
    lines = text.translate(_RESTORE).split("\n")
    return "\n".join(line.strip() for line in lines).strip("\n")


def _protect(text: str) -> str:
    """`text` with its escaped characters replaced by placeholders (and "\\\\" by a backslash)."""
    return _ESCAPE.sub(lambda match: "\\" if match[1] == "\\" else _PLACEHOLDERS[match[1]], text)


def _unescape(text: str) -> str:
    return _protect(text).translate(_RESTORE)


def _skip_space(text: str, index: int) -> int:
    """The index of the first character from `index` on that is not whitespace."""
    return len(text) - len(text[index:].lstrip())


def _split_format(text: str, default: str) -> tuple[str, str]:
    """The "[format]" that starts `text` (or `default`), and the text without it."""
    match = _FORMAT_PREFIX.match(text)
    if match is None:
        return default, text
    return match[1].lower(), text[match.end() :]


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """`start` and `end` moved past the whitespace at either end of text[start:end]."""
    part = text[start:end]
    if not part.strip():
        return start, start
    return start + len(part) - len(part.lstrip()), end - len(part) + len(part.rstrip())


def _decimal(value: str) -> Decimal | None:
    """A finite number, or None."""
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _number_text(number: Decimal) -> str:
    """2.50 -> "2.5", 1.822E+3 -> "1822": the form grading and the question editor both read."""
    return format(number.normalize(), "f")
