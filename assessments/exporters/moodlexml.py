"""Write questions as a Moodle XML file (https://docs.moodle.org/en/Moodle_XML_format).

`questions_to_moodle_xml(questions, bank_name)` returns UTF-8 bytes that Moodle imports and
that `assessments.importers.moodlexml.parse` reads back into equal questions (the `line`
aside). Types are written as:

- single / multiple choice: `multichoice` with `<single>true|false</single>`,
- true/false: `truefalse`, "Benar" as the `true` answer and "Salah" as the `false` one
  (other choice texts by position: first `true`, second `false`),
- short text: `shortanswer`, `<usecase>` from `case_sensitive`,
- numeric: `numerical`, each answer with its `<tolerance>` (0 when there is none),
- Likert: `multichoice` (Moodle has no Likert) with the five answers "1" to "5", all worth 0,
  not shuffled, tagged `wksbm:likert` (and `wksbm:terbalik` when reverse scored).

Pillar and difficulty travel as the tags `pilar:<value>` and `kesulitan:<value>`. Texts are
written as HTML: the plain text escaped, each line break a <br>. A category question comes
before the first question and wherever the category changes, with the path
`$course$/top/<bank_name>/<category>` (`$course$/top/<bank_name>` for no category). A
question without a name gets its first line as name, since Moodle lists questions by name.
"""

import html
import re
from decimal import Decimal
from xml.etree.ElementTree import Element, SubElement, indent, tostring

from ..choices import QuestionType
from ..importers.base import ParsedChoice, ParsedQuestion
from ..importers.moodlexml import (
    DIFFICULTY_TAG_PREFIX,
    FALSE_TEXT,
    LIKERT_TAG,
    PILLAR_TAG_PREFIX,
    REVERSE_SCORED_TAG,
    TRUE_TEXT,
)

LIKERT_ANSWERS = ("1", "2", "3", "4", "5")
NAME_LENGTH = 100  # Moodle allows 255 characters; a derived name only needs to be recognisable
PENALTY = "0.3333333"  # Moodle's default penalty for each wrong try
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

_MOODLE_TYPES = {
    QuestionType.SINGLE: "multichoice",
    QuestionType.MULTIPLE: "multichoice",
    QuestionType.LIKERT: "multichoice",  # Moodle has no Likert type; see _write_likert
    QuestionType.TRUE_FALSE: "truefalse",
    QuestionType.SHORT_TEXT: "shortanswer",
    QuestionType.NUMERIC: "numerical",
}


def questions_to_moodle_xml(questions: list[ParsedQuestion], bank_name: str) -> bytes:
    """The questions as a Moodle XML file, categories inside a category named after the bank."""
    bank_name = bank_name.strip()
    if not bank_name:
        raise ValueError("A Moodle category path needs the bank's name.")
    quiz = Element("quiz")
    category = None
    for question in questions:
        if question.category != category:
            category = question.category
            quiz.append(_category_question(bank_name, category))
        quiz.append(_question(question))
    indent(quiz)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(quiz, encoding="unicode").encode() + b"\n"


def _category_question(bank_name: str, category: str) -> Element:
    # Moodle reads "//" as a "/" inside a name; our categories already use "/" between levels.
    segments = ["$course$", "top", bank_name.replace("/", "//"), *category.split("/")]
    element = Element("question", type="category")
    _text(SubElement(element, "category"), "/".join(segment for segment in segments if segment))
    return element


def _question(question: ParsedQuestion) -> Element:
    element = Element("question", type=_MOODLE_TYPES[question.type])
    _text(SubElement(element, "name"), question.name or _name_from_text(question.text))
    _html(SubElement(element, "questiontext"), question.text)
    _html(SubElement(element, "generalfeedback"), question.general_feedback)
    SubElement(element, "defaultgrade").text = _number(question.points)
    # Moodle takes a true/false question's whole grade on a wrong try.
    SubElement(element, "penalty").text = "1" if question.type == QuestionType.TRUE_FALSE else PENALTY
    SubElement(element, "hidden").text = "0"
    _ANSWER_WRITERS[question.type](element, question)
    _tags(element, question)
    return element


# Answers of each question type


def _write_multichoice(element: Element, question: ParsedQuestion) -> None:
    SubElement(element, "single").text = "false" if question.type == QuestionType.MULTIPLE else "true"
    SubElement(element, "shuffleanswers").text = "1"
    SubElement(element, "answernumbering").text = "abc"
    for choice in question.choices:
        _answer(element, choice, _to_html(choice.text), text_format="html")


def _write_likert(element: Element, question: ParsedQuestion) -> None:
    SubElement(element, "single").text = "true"
    # A scale must keep its order and needs no letters before "1" to "5".
    SubElement(element, "shuffleanswers").text = "0"
    SubElement(element, "answernumbering").text = "none"
    for text in LIKERT_ANSWERS:
        _answer(element, ParsedChoice(text=text, fraction=Decimal(0)), text, text_format="html")


def _write_truefalse(element: Element, question: ParsedQuestion) -> None:
    for position, choice in enumerate(question.choices):
        _answer(element, choice, _truefalse_value(choice.text, position))


def _truefalse_value(text: str, position: int) -> str:
    known = {TRUE_TEXT.lower(): "true", FALSE_TEXT.lower(): "false", "true": "true", "false": "false"}
    return known.get(text.strip().lower(), "true" if position == 0 else "false")


def _write_shortanswer(element: Element, question: ParsedQuestion) -> None:
    SubElement(element, "usecase").text = "1" if question.case_sensitive else "0"
    for choice in question.choices:
        # Moodle compares a short answer with the response as written, so it is not HTML.
        _answer(element, choice, choice.text)


def _write_numerical(element: Element, question: ParsedQuestion) -> None:
    for choice in question.choices:
        answer = _answer(element, choice, choice.text)
        SubElement(answer, "tolerance").text = _number(choice.tolerance or Decimal(0))


_ANSWER_WRITERS = {
    QuestionType.SINGLE: _write_multichoice,
    QuestionType.MULTIPLE: _write_multichoice,
    QuestionType.LIKERT: _write_likert,
    QuestionType.TRUE_FALSE: _write_truefalse,
    QuestionType.SHORT_TEXT: _write_shortanswer,
    QuestionType.NUMERIC: _write_numerical,
}


def _answer(
    element: Element, choice: ParsedChoice, text: str, text_format: str = "moodle_auto_format"
) -> Element:
    """An <answer> with its text, fraction and feedback, in Moodle's order."""
    answer = SubElement(element, "answer", fraction=_number(choice.fraction), format=text_format)
    _text(answer, text)
    _html(SubElement(answer, "feedback"), choice.feedback)
    return answer


def _tags(element: Element, question: ParsedQuestion) -> None:
    tags = list(question.tags)
    if question.pillar:
        tags.append(PILLAR_TAG_PREFIX + question.pillar)
    if question.difficulty:
        tags.append(DIFFICULTY_TAG_PREFIX + question.difficulty)
    if question.type == QuestionType.LIKERT:
        tags.append(LIKERT_TAG)
        if question.reverse_scored:
            tags.append(REVERSE_SCORED_TAG)
    if tags:
        container = SubElement(element, "tags")
        for tag in tags:
            _text(SubElement(container, "tag"), tag)


# Texts and numbers


def _text(element: Element, text: str) -> None:
    # Control characters cannot appear in XML 1.0 at all, not even escaped.
    SubElement(element, "text").text = _XML_INVALID.sub("", text)


def _html(element: Element, text: str) -> None:
    element.set("format", "html")
    _text(element, _to_html(text))


def _to_html(text: str) -> str:
    """Plain text as HTML: escaped, each line break a <br>."""
    return "<br>".join(html.escape(line, quote=False) for line in re.split(r"\r\n|\r|\n", text))


def _name_from_text(text: str) -> str:
    first_line = text.strip().split("\n", 1)[0].strip()
    if len(first_line) <= NAME_LENGTH:
        return first_line
    return first_line[: NAME_LENGTH - 1].rstrip() + "…"


def _number(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 100, 33.33333, 0.5."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text if text not in {"", "-0"} else "0"
