"""Read questions from a Moodle XML file (https://docs.moodle.org/en/Moodle_XML_format).

`parse(data)` returns the questions and every problem found, each with the line of its
<question> element; it never touches the database.

Supported Moodle question types:

- multichoice: `<single>true</single>` (or no <single>) is a single choice question, anything
  else (`false`, `0`) multiple choice; each <answer> keeps its `fraction` (percent) and feedback.
  <shuffleanswers>, <answernumbering> and the combined feedbacks are ignored.
- truefalse: two choices "Benar" (answer text `true`) and "Salah" (`false`), in file order,
  with the fraction and feedback of each answer.
- shortanswer: the answers as written; `<usecase>1</usecase>` makes the question case sensitive.
- numerical: each answer is a number with a <tolerance> (0 when absent). The "any other
  answer" `*` and units have no equivalent here: `*` is reported, units are ignored.

Common parts: <name>, <questiontext>, <generalfeedback>, <defaultgrade> (points) and
<tags>. Texts in `html` or `moodle_auto_format` (and texts without a format) are reduced to
plain text: tags removed, entities decoded, <br> starts a line, a paragraph is followed by
an empty line, whitespace inside a line collapses to one space and lines are stripped.
`plain_text` and `markdown` texts are kept, line by line stripped. Answers of shortanswer and
numerical questions are compared literally by Moodle, so they are only stripped.

Categories: a `<question type="category">` sets the category of the questions after it. Its
path is made relative to the bank: the context prefix (`$course$/`, `$system$/`,
`$module$/`, `$cat1$/`, ...) is dropped; when the path then starts with `top/` (Moodle 2 and
later), `top` and the segment after it are dropped, because that segment is the exporting
bank's own category ("Default for ..." in Moodle, the bank's name in our exports); without
`top/` (hand-written files, Moodle 1.9) the first segment is dropped only when more than one
remains. So `$course$/top/Bank/Keuangan/Kas` gives "Keuangan/Kas", `$course$/top/Bank`
gives "" and `$course$/Keuangan` gives "Keuangan"; this makes our own export round-trip.

Our extensions travel as Moodle tags, so Moodle still imports the file and keeps them:

- `pilar:<value>` sets the pillar (a `courses.choices.Pillar` value),
- `kesulitan:<value>` sets the difficulty (an `assessments.choices.Difficulty` value),
- `wksbm:likert` turns the question (exported as a five-answer multichoice) into a Likert
  statement without choices, and `wksbm:terbalik` marks it reverse scored.

These tags are removed from `tags`. Any other question type (matching, essay, description,
cloze, calculated, drag and drop, ...), images and attached files, malformed XML, entity
declarations, invalid values and a file without questions are reported as problems; nothing
is dropped silently.
"""

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from html.parser import HTMLParser
from io import BytesIO
from typing import Protocol
from xml.etree.ElementTree import Element, TreeBuilder
from xml.sax import InputSource, SAXParseException
from xml.sax.handler import ContentHandler

from django.utils.translation import gettext as _

from defusedxml import DefusedXmlException
from defusedxml.expatreader import create_parser

from courses.choices import Pillar

from ..choices import Difficulty, QuestionType
from .base import ParsedChoice, ParsedQuestion, ParseResult, Problem

TRUE_TEXT = "Benar"
FALSE_TEXT = "Salah"

LIKERT_TAG = "wksbm:likert"
REVERSE_SCORED_TAG = "wksbm:terbalik"
PILLAR_TAG_PREFIX = "pilar:"
DIFFICULTY_TAG_PREFIX = "kesulitan:"

# $course$, $system$, $module$, $coursecategory$, $cat1$ ... at the start of a category path.
_CONTEXT_PREFIX = re.compile(r"^\$[a-z0-9]+\$(/|$)", re.IGNORECASE)
# Moodle writes a "/" inside a category name as "//"; a single "/" separates categories.
_PATH_SEPARATOR = re.compile(r"(?<!/)/(?!/)")


def parse(data: bytes) -> ParseResult:
    """Read a Moodle XML file: its questions and every problem found, by line."""
    result = ParseResult()
    try:
        root, lines = _read_tree(data)
    except _UnreadableXml as error:
        result.problems.append(error.problem)
        return result

    if root.tag != "quiz":
        line = lines[root]
        message = _("Line %(line)s: this is not a Moodle XML file: it starts with <%(tag)s>, not <quiz>.")
        result.problems.append(Problem(line, message % {"line": line, "tag": root.tag}))
        return result

    category = ""
    for element in root.findall("question"):
        line = lines[element]
        question_type = element.get("type", "").strip()
        if question_type == "category":
            category = _category_from_path(_text_or_content(element.find("category")))
            continue
        reader = _READERS.get(question_type)
        if reader is None:
            result.problems.append(Problem(line, _unsupported_type_message(line, question_type)))
            continue
        question, problems = _read_question(element, line, reader)
        question.category = category
        result.problems.extend(problems)
        if not problems:
            result.questions.append(question)
    if not result.questions and not result.problems:
        result.problems.append(Problem(None, _("The file has no questions.")))
    return result


# Reading the XML, with the line of every element


class _UnreadableXml(Exception):
    def __init__(self, problem: Problem):
        super().__init__(problem.message)
        self.problem = problem


class _LineTrackingBuilder(ContentHandler):
    """Builds an ElementTree from SAX events and notes the line where each element starts.

    ElementTree itself does not keep line numbers, and problems must name the line.
    """

    def __init__(self):
        super().__init__()
        self.builder = TreeBuilder()
        self.lines: dict[Element, int] = {}

    def startElement(self, name, attrs):
        element = self.builder.start(name, dict(attrs))
        self.lines[element] = self._locator.getLineNumber()

    def endElement(self, name):
        self.builder.end(name)

    def characters(self, content):
        self.builder.data(content)


def _read_tree(data: bytes) -> tuple[Element, dict[Element, int]]:
    handler = _LineTrackingBuilder()
    reader = create_parser()  # defused: entity declarations and external references are refused
    reader.setContentHandler(handler)
    source = InputSource()
    source.setByteStream(BytesIO(data))
    try:
        reader.parse(source)
    except SAXParseException as error:
        line = error.getLineNumber()
        message = _("Line %(line)s: the file is not well-formed XML (%(error)s).")
        raise _UnreadableXml(Problem(line, message % {"line": line, "error": error.getMessage()})) from error
    except DefusedXmlException as error:
        line = reader.getLineNumber()
        message = _(
            "Line %(line)s: the file declares XML entities or external references, which are not allowed."
        )
        raise _UnreadableXml(Problem(line, message % {"line": line})) from error
    return handler.builder.close(), handler.lines


def _text_or_content(element: Element | None) -> str:
    """The <text> child of an element or, in older files, the element's own text."""
    if element is None:
        return ""
    text = element.findtext("text")
    if text is None:
        text = element.text or ""
    return text.strip()


# Categories


def _category_from_path(path: str) -> str:
    """A Moodle category path made relative to the bank (see the module docstring)."""
    path = _CONTEXT_PREFIX.sub("", path.strip())
    segments = [segment.replace("//", "/").strip() for segment in _PATH_SEPARATOR.split(path)]
    segments = [segment for segment in segments if segment]
    if segments and segments[0] == "top":
        return "/".join(segments[2:])
    if len(segments) > 1:
        segments = segments[1:]
    return "/".join(segments)


# Questions


class _Report(Protocol):
    def __call__(self, template: str, **values: str) -> None: ...


_Reader = Callable[[Element, ParsedQuestion, _Report], None]


def _read_question(
    element: Element, line: int, read_answers: _Reader
) -> tuple[ParsedQuestion, list[Problem]]:
    problems: list[Problem] = []

    def report(template: str, **values: str) -> None:
        problems.append(Problem(line, template % {"line": line, **values}))

    question = ParsedQuestion(
        type=QuestionType.SINGLE,  # set by the type's reader
        text=_formatted_text(element.find("questiontext")),
        line=line,
        name=_text_or_content(element.find("name")),
        general_feedback=_formatted_text(element.find("generalfeedback")),
    )
    if not question.text:
        report(_("Line %(line)s: the question has no text."))
    if _has_images_or_files(element):
        report(
            _("Line %(line)s: images and attached files are not supported; remove them from the question.")
        )
    _read_points(element, question, report)
    is_likert = _read_tags(element, question, report)
    if is_likert:
        # Moodle only sees a multichoice; its five stand-in answers carry nothing.
        question.type = QuestionType.LIKERT
    else:
        read_answers(element, question, report)
    return question, problems


def _unsupported_type_message(line: int, question_type: str) -> str:
    if not question_type:
        return _("Line %(line)s: the question has no type.") % {"line": line}
    message = _("Line %(line)s: question type “%(type)s” is not supported.")
    return message % {"line": line, "type": question_type}


def _has_images_or_files(element: Element) -> bool:
    if element.find(".//file") is not None:
        return True
    texts = (text.text or "" for text in element.iter("text"))
    return any(re.search(r"<img\b", text, re.IGNORECASE) for text in texts)


def _read_points(element: Element, question: ParsedQuestion, report: _Report) -> None:
    value = element.findtext("defaultgrade")
    if value is None:
        return
    points = _decimal(value)
    if points is None or points < 0:
        report(
            _("Line %(line)s: the default grade “%(value)s” is not a number of points."), value=value.strip()
        )
        return
    question.points = points


def _read_tags(element: Element, question: ParsedQuestion, report: _Report) -> bool:
    """Keep ordinary tags; turn our extension tags into fields. True for a Likert statement."""
    is_likert = reverse_scored = False
    for tag_element in element.findall("tags/tag"):
        tag = _text_or_content(tag_element)
        lowered = tag.lower()
        if not tag:
            continue
        if lowered == LIKERT_TAG:
            is_likert = True
        elif lowered == REVERSE_SCORED_TAG:
            reverse_scored = True
        elif lowered.startswith(PILLAR_TAG_PREFIX):
            question.pillar = _tag_value(tag, PILLAR_TAG_PREFIX, Pillar.values, report)
        elif lowered.startswith(DIFFICULTY_TAG_PREFIX):
            question.difficulty = _tag_value(tag, DIFFICULTY_TAG_PREFIX, Difficulty.values, report)
        else:
            question.tags.append(tag)
    if reverse_scored and not is_likert:
        # Only a Likert statement can be reverse scored; keep the tag rather than lose it.
        question.tags.append(REVERSE_SCORED_TAG)
    question.reverse_scored = is_likert and reverse_scored
    return is_likert


def _tag_value(tag: str, prefix: str, allowed: list[str], report: _Report) -> str:
    value = tag[len(prefix) :].strip().lower()
    if value not in allowed:
        message = _("Line %(line)s: the tag “%(tag)s” has an unknown value; use one of: %(values)s.")
        report(message, tag=tag, values=", ".join(allowed))
        return ""
    return value


# Answers of each question type


def _read_multichoice(element: Element, question: ParsedQuestion, report: _Report) -> None:
    # Moodle reads a missing <single> as true and "false", "0" or empty as false.
    single = element.findtext("single", default="true").strip().lower() not in {"false", "0", ""}
    question.type = QuestionType.SINGLE if single else QuestionType.MULTIPLE
    for answer in _answers(element, report):
        choice = _choice(answer, _formatted_text(answer), report)
        if not choice.text:
            report(_("Line %(line)s: an answer has no text."))
        question.choices.append(choice)


def _read_truefalse(element: Element, question: ParsedQuestion, report: _Report) -> None:
    question.type = QuestionType.TRUE_FALSE
    texts = {"true": TRUE_TEXT, "false": FALSE_TEXT}
    answers = _answers(element, report)
    values = [_text_or_content(answer) for answer in answers]
    for answer, value in zip(answers, values, strict=True):
        if value.lower() in texts:
            question.choices.append(_choice(answer, texts[value.lower()], report))
        else:
            message = _("Line %(line)s: the true/false answer “%(value)s” is neither “true” nor “false”.")
            report(message, value=value)
    all_valid = len(question.choices) == len(answers)
    if all_valid and sorted(value.lower() for value in values) not in ([], ["false", "true"]):
        report(_("Line %(line)s: a true/false question needs one “true” and one “false” answer."))


def _read_shortanswer(element: Element, question: ParsedQuestion, report: _Report) -> None:
    question.type = QuestionType.SHORT_TEXT
    question.case_sensitive = element.findtext("usecase", default="0").strip().lower() in {"1", "true"}
    for answer in _answers(element, report):
        choice = _choice(answer, _text_or_content(answer), report)
        if not choice.text:
            report(_("Line %(line)s: an answer has no text."))
        question.choices.append(choice)


def _read_numerical(element: Element, question: ParsedQuestion, report: _Report) -> None:
    question.type = QuestionType.NUMERIC
    for answer in _answers(element, report):
        value = _text_or_content(answer)
        if value == "*":
            report(_("Line %(line)s: the answer “*” (any other answer) is not supported; remove it."))
            continue
        if _decimal(value) is None:
            report(_("Line %(line)s: the answer “%(value)s” is not a number."), value=value)
            continue
        tolerance_text = answer.findtext("tolerance", default="0").strip() or "0"
        tolerance = _decimal(tolerance_text)
        if tolerance is None or tolerance < 0:
            report(_("Line %(line)s: the tolerance “%(value)s” is not a number."), value=tolerance_text)
            continue
        choice = _choice(answer, value, report)
        choice.tolerance = tolerance
        question.choices.append(choice)


_READERS: dict[str, _Reader] = {
    "multichoice": _read_multichoice,
    "truefalse": _read_truefalse,
    "shortanswer": _read_shortanswer,
    "numerical": _read_numerical,
}


def _answers(element: Element, report: _Report) -> list[Element]:
    answers = element.findall("answer")
    if not answers:
        report(_("Line %(line)s: the question has no answers."))
    return answers


def _choice(answer: Element, text: str, report: _Report) -> ParsedChoice:
    raw_fraction = answer.get("fraction", "0").strip()
    fraction = _decimal(raw_fraction)
    if fraction is None or not -100 <= fraction <= 100:
        report(
            _("Line %(line)s: the fraction “%(value)s” is not a number from -100 to 100."), value=raw_fraction
        )
        fraction = Decimal(0)
    return ParsedChoice(text=text, fraction=fraction, feedback=_formatted_text(answer.find("feedback")))


def _decimal(value: str) -> Decimal | None:
    """A finite number, or None."""
    try:
        number = Decimal(value.strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


# Texts


def _formatted_text(element: Element | None) -> str:
    """The plain text of an element with a `format` attribute and a <text> child."""
    if element is None:
        return ""
    raw = element.findtext("text", default="")
    text_format = element.get("format", "html")
    if text_format in {"plain_text", "markdown"}:
        return _tidy_lines(raw)
    if text_format == "moodle_auto_format":
        # Moodle shows line breaks of auto-formatted text as they are written.
        raw = raw.replace("\r\n", "\n").replace("\n", "<br>")
    return html_to_text(raw)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment: <br> ends a line, a paragraph ends with an empty line."""
    converter = _HtmlToText()
    converter.feed(markup)
    converter.close()
    return _tidy_lines("".join(converter.parts).replace("\xa0", " "))


def _tidy_lines(text: str) -> str:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(re.sub(r" {2,}", " ", line.strip()) for line in lines).strip("\n")


class _HtmlToText(HTMLParser):
    PARAGRAPH_TAGS = frozenset({"p"})
    BLOCK_TAGS = frozenset(
        {"div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "blockquote", "pre", "hr"}
        | {f"h{level}" for level in range(1, 7)}
    )
    HIDDEN_TAGS = frozenset({"script", "style"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN_TAGS:
            self._hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        else:
            self._end_block(tag)

    def handle_endtag(self, tag):
        if tag in self.HIDDEN_TAGS:
            self._hidden = max(0, self._hidden - 1)
        else:
            self._end_block(tag)

    def handle_data(self, data):
        if not self._hidden:
            # As in a browser, any run of whitespace in HTML shows as one space.
            self.parts.append(re.sub(r"[ \t\r\n\f]+", " ", data))

    def _end_block(self, tag: str) -> None:
        if tag in self.PARAGRAPH_TAGS:
            self._ensure_newlines(2)
        elif tag in self.BLOCK_TAGS:
            self._ensure_newlines(1)

    def _ensure_newlines(self, count: int) -> None:
        """End the text so far with `count` line breaks; blocks in a row do not add up."""
        text = "".join(self.parts).rstrip(" ")
        if not text:
            self.parts = []
            return
        missing = count - (len(text) - len(text.rstrip("\n")))
        self.parts = [text + "\n" * max(0, missing)]
