"""The Aiken importer (Moodle's plain-text single-choice format): parsed values and problems by line."""

from decimal import Decimal
from pathlib import Path

from django.utils import translation

import pytest

from assessments.choices import QuestionType
from assessments.importers.aiken import parse
from assessments.importers.base import ParsedChoice, ParsedQuestion, Problem

FILES = Path(__file__).parent / "files"


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in English, whatever the Indonesian catalogue says."""
    with translation.override("en"):
        yield


NEEDS_ONE_LETTER = "“ANSWER:” must be followed by the letter of the one correct choice, e.g. “ANSWER: B”."
NO_ANSWER_LINE = "the question has choices but no “ANSWER:” line after them."


def at(line, message):
    """The problem reported for `line`."""
    return Problem(line, f"Line {line}: {message}")


def single(text, line, choices, right, feedback=""):
    return ParsedQuestion(
        type=QuestionType.SINGLE,
        text=text,
        line=line,
        choices=[ParsedChoice(choice, Decimal(100) if choice == right else Decimal(0)) for choice in choices],
        general_feedback=feedback,
    )


def test_file_gives_every_question_with_its_values():
    result = parse((FILES / "aiken_valid.txt").read_text(encoding="utf-8"))

    assert result.problems == []
    assert result.ok
    assert result.questions == [
        single(
            "Apa kepanjangan dari WKSBM?",
            1,
            [
                "Wahana Kesejahteraan Sosial Berbasis Masyarakat",
                "Wadah Kerja Sama Bina Masyarakat",
                "Wahana Keluarga Sejahtera Bersama Masyarakat",
            ],
            right="Wahana Kesejahteraan Sosial Berbasis Masyarakat",
        ),
        single(
            "Bendahara WKSBM mencatat setiap uang masuk dan uang keluar.\n"
            "Di buku apakah catatan itu ditulis?",
            7,
            ["Buku tamu", "Buku kas umum", "Buku notulen", "Buku inventaris"],
            right="Buku kas umum",
            feedback="Buku kas umum mencatat semua penerimaan dan pengeluaran.\n"
            "Simpan juga bukti kuitansinya.",
        ),
        # Follows the previous question without a blank line, as Moodle allows; lower-case letters.
        single("Siapa yang memimpin rapat pengurus?", 16, ["Ketua", "Bendahara"], right="Ketua"),
    ]


def test_question_defaults_are_left_to_the_caller():
    question = parse("Siapa ketua?\nA. Bu Sri\nB. Pak Joko\nANSWER: B\n").questions[0]

    assert question.type == QuestionType.SINGLE
    assert (question.name, question.category, question.pillar, question.difficulty) == ("", "", "", "")
    assert (question.tags, question.points, question.reverse_scored) == ([], Decimal(1), False)


def test_windows_line_endings_byte_order_mark_and_stray_spaces():
    text = "\ufeff  Siapa ketua?  \r\n\tA)\tBu Sri \r\nB. Pak Joko\r\n\r\nANSWER:B\r\n"

    result = parse(text)

    assert result.problems == []
    assert result.questions == [single("Siapa ketua?", 1, ["Bu Sri", "Pak Joko"], right="Pak Joko")]


@pytest.mark.parametrize("answer_line", ["ANSWER: B", "answer: b", "Answer : B.", "JAWABAN: B", "ANSWER: B)"])
def test_answer_line_spellings(answer_line):
    result = parse(f"Siapa ketua?\nA. Bu Sri\nB. Pak Joko\n{answer_line}")

    assert result.problems == []
    assert result.questions[0].choices[1].fraction == 100


def test_answer_names_a_choice_by_its_letter_not_its_position():
    result = parse("Siapa ketua?\nB. Bu Sri\nD. Pak Joko\nANSWER: D")

    assert result.questions == [single("Siapa ketua?", 1, ["Bu Sri", "Pak Joko"], right="Pak Joko")]


def test_feedback_spelled_pembahasan_and_after_a_blank_line():
    result = parse(
        "Siapa ketua?\nA. Bu Sri\nB. Pak Joko\nANSWER: A\n\nPEMBAHASAN: Ketua dipilih dalam rapat."
    )

    assert result.questions[0].general_feedback == "Ketua dipilih dalam rapat."


def test_file_with_problems_reports_each_with_its_line_and_keeps_the_good_question():
    result = parse((FILES / "aiken_problems.txt").read_text(encoding="utf-8"))

    assert result.problems == [
        at(1, "“ANSWER:” line with no question above it."),
        at(3, NO_ANSWER_LINE),
        at(9, "the answer “C” is not one of the choices (A, B)."),
        at(11, "a question needs at least two choices; this one has 1."),
        at(17, "the letter “A” is used twice in this question."),
        at(18, "choice “B” has no text."),
        at(21, "the choices have no question text above them."),
        at(26, "the question has no choices and no “ANSWER:” line."),
        at(27, "a “FEEDBACK:” line must come right after a question's “ANSWER:” line."),
        at(32, NEEDS_ONE_LETTER),
        at(39, NO_ANSWER_LINE),
    ]
    assert result.questions == [
        single("Pertanyaan yang benar di tengah berkas", 34, ["Ya", "Tidak"], right="Tidak")
    ]
    assert not result.ok


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "Siapa ketua?\nA. Bu Sri\nB. Pak Joko\n",
            at(1, NO_ANSWER_LINE),
        ),
        (
            "Siapa ketua?\n\nANSWER: A",
            at(1, "a question needs at least two choices; this one has 0."),
        ),
        (
            "Siapa ketua?\nA. Bu Sri\nANSWER: A",
            at(1, "a question needs at least two choices; this one has 1."),
        ),
        (
            "Siapa ketua?\nA. Bu Sri\nB. Pak Joko\nANSWER: E",
            at(4, "the answer “E” is not one of the choices (A, B)."),
        ),
        (
            "Siapa ketua?\nA. Bu Sri\nB. Pak Joko\nANSWER: A, B",
            at(4, NEEDS_ONE_LETTER),
        ),
        (
            "Siapa ketua?\nA. Bu Sri\nB. Pak Joko\nANSWER:",
            at(4, NEEDS_ONE_LETTER),
        ),
        ("\nANSWER: A\n", at(2, "“ANSWER:” line with no question above it.")),
        (
            "Judul kuis\n\nSiapa ketua?\nA. Bu Sri\nB. Pak Joko\nANSWER: A",
            at(1, "the question has no choices and no “ANSWER:” line."),
        ),
    ],
)
def test_each_kind_of_problem(text, problem):
    result = parse(text)

    assert result.problems == [problem]


def test_text_after_choices_starts_the_next_question():
    result = parse(
        "Siapa ketua?\nA. Bu Sri\nB. Pak Joko\nSiapa bendahara?\nA. Bu Ani\nB. Pak Budi\nANSWER: A"
    )

    assert result.problems == [at(1, NO_ANSWER_LINE)]
    assert result.questions == [single("Siapa bendahara?", 4, ["Bu Ani", "Pak Budi"], right="Bu Ani")]


@pytest.mark.parametrize("text", ["", "\n \n\t\n", "\ufeff"])
def test_empty_file(text):
    assert parse(text).problems == [Problem(None, "The file has no questions.")]
