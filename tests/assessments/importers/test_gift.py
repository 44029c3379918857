"""The GIFT importer (Moodle's text format): parsed values and problems by line."""

from decimal import Decimal
from pathlib import Path

from django.utils import translation

import pytest

from assessments.choices import QuestionType
from assessments.importers.base import ParsedChoice, ParsedQuestion, Problem
from assessments.importers.gift import parse

FILES = Path(__file__).parent / "files"

NO_RIGHT_ANSWER = "the question has no right answer: one answer must be worth 100% (“=” or “%100%”)."
BAD_WEIGHT = (
    "the weight “{}” is not valid: write a number from -100 to 100 between percent signs, e.g. “%50%”."
)


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in English, whatever the Indonesian catalogue says."""
    with translation.override("en"):
        yield


def read(name):
    return parse((FILES / name).read_text(encoding="utf-8"))


def by_line(result):
    return {question.line: question for question in result.questions}


def at(line, message):
    """The problem reported for `line`."""
    return Problem(line, f"Line {line}: {message}")


def choice(text, fraction, feedback="", tolerance=None):
    return ParsedChoice(
        text=text,
        fraction=Decimal(fraction),
        feedback=feedback,
        tolerance=None if tolerance is None else Decimal(tolerance),
    )


def benar_salah(right, *, benar_feedback="", salah_feedback=""):
    """The two choices of a true/false question whose right answer is `right`."""
    return [
        choice("Benar", 100 if right else 0, benar_feedback),
        choice("Salah", 0 if right else 100, salah_feedback),
    ]


# Every supported kind of question (gift_kinds.txt)


@pytest.fixture(scope="module")
def kinds():
    with translation.override("en"):
        return read("gift_kinds.txt")


def test_kinds_file_is_read_without_problems_and_questions_start_at_their_first_line(kinds):
    assert kinds.problems == []
    assert kinds.ok
    # Comment lines above a question do not count: the question starts at its own first line.
    assert [question.line for question in kinds.questions] == [
        8, 16, 24, 32, 35, 37, 42, 44, 49, 52, 54, 57, 63, 65, 67,
    ]  # fmt: skip


def test_categories_apply_to_the_questions_after_them(kinds):
    assert [question.category for question in kinds.questions] == (
        ["Kelembagaan/WKSBM"] * 4 + ["Keuangan/Kas"] * 4 + ["Pelayanan"] * 7
    )


def test_single_choice_with_title_answer_feedback_general_feedback_and_tags(kinds):
    assert by_line(kinds)[8] == ParsedQuestion(
        type=QuestionType.SINGLE,
        text="Apa kepanjangan WKSBM?",
        line=8,
        name="Kepanjangan WKSBM",
        choices=[
            choice("Wahana Kesejahteraan Sosial Berbasis Masyarakat", 100, "Tepat."),
            choice("Wadah Kerja Sama Bina Masyarakat", 0, "Bukan, itu bukan nama resminya."),
            choice("Wahana Keluarga Sejahtera Bersama Masyarakat", 0),
        ],
        general_feedback="WKSBM adalah jejaring pelayanan sosial di desa atau kelurahan.",
        category="Kelembagaan/WKSBM",
        tags=["kelembagaan", "dasar"],
    )


def test_weighted_answers_with_a_negative_weight_make_a_multiple_choice_question(kinds):
    question = by_line(kinds)[16]

    assert question.type == QuestionType.MULTIPLE
    assert question.name == "Unsur WKSBM"
    assert question.text == "Manakah yang termasuk unsur WKSBM?"
    assert question.choices == [
        choice("Karang Taruna", 50, "Ya."),
        choice("PKK", 50, "Ya."),
        choice("Partai politik", -100, "Bukan; WKSBM tidak berpolitik."),
    ]


def test_right_answers_may_share_100_with_decimal_weights(kinds):
    question = by_line(kinds)[24]

    assert question.type == QuestionType.MULTIPLE
    assert question.name == ""
    assert question.choices == [
        choice("Pekerja sosial masyarakat", "33.33333"),
        choice("Karang Taruna", "33.33333"),
        choice("Lembaga kesejahteraan sosial", "33.33333"),
        choice("Pedagang kaki lima", 0),
    ]
    assert all(isinstance(c.fraction, Decimal) for c in question.choices)


def test_a_full_credit_answer_with_partial_credit_answers_stays_single_choice(kinds):
    question = by_line(kinds)[32]

    assert question.type == QuestionType.SINGLE
    assert question.choices == [
        choice("Ketua", 100),
        choice("Wakil ketua", 50, "Boleh, bila ketua berhalangan."),
        choice("Bendahara", 0),
    ]


def test_true_false_questions_give_benar_and_salah(kinds):
    questions = by_line(kinds)

    assert questions[35] == ParsedQuestion(
        type=QuestionType.TRUE_FALSE,
        text="Bendahara mencatat setiap uang masuk dan keluar.",
        line=35,
        choices=benar_salah(True),
        category="Keuangan/Kas",
    )
    assert questions[44].type == QuestionType.TRUE_FALSE
    assert questions[44].choices == benar_salah(False)


def test_true_false_first_feedback_goes_to_the_wrong_choice_and_second_to_the_right_one(kinds):
    questions = by_line(kinds)

    # {FALSE#wrong#right}: "Benar" is the wrong choice.
    assert questions[37].name == "Kas kecil"
    assert questions[37].choices == benar_salah(
        False,
        benar_feedback="Keliru: kas kecil milik organisasi.",
        salah_feedback="Tepat, kas kecil hanya untuk organisasi.",
    )
    assert questions[37].general_feedback == "Lihat pedoman keuangan WKSBM."
    # {TRUE#wrong#right}: "Salah" is the wrong choice.
    assert questions[42].choices == benar_salah(
        True, benar_feedback="Ya, benar.", salah_feedback="Keliru, laporan wajib dibahas."
    )


def test_short_answer_accepts_every_answer_with_its_weight_and_feedback(kinds):
    assert by_line(kinds)[49] == ParsedQuestion(
        type=QuestionType.SHORT_TEXT,
        text="Siapa yang mengesahkan pengurus WKSBM di desa?",
        line=49,
        choices=[
            choice("Kepala desa", 100),
            choice("Kades", 100),
            choice("Camat", 50, "Camat hanya mengetahui."),
        ],
        category="Pelayanan",
    )


def test_missing_word_puts_a_blank_where_the_answer_block_was(kinds):
    questions = by_line(kinds)

    assert questions[52].type == QuestionType.SINGLE
    assert questions[52].text == "Pengurus WKSBM dipilih melalui _____ warga desa."
    assert questions[52].choices == [choice("undian", 0), choice("musyawarah", 100), choice("penunjukan", 0)]
    assert questions[54].type == QuestionType.SHORT_TEXT
    assert questions[54].text == "Rapat anggota WKSBM diadakan paling sedikit _____ kali setahun."
    assert questions[54].choices == [choice("satu", 100), choice("1", 100)]


def test_numeric_with_several_weighted_answers_and_tolerances(kinds):
    assert by_line(kinds)[57] == ParsedQuestion(
        type=QuestionType.NUMERIC,
        text="Undang-Undang Nomor 11 tentang Kesejahteraan Sosial terbit pada tahun berapa?",
        line=57,
        name="Tahun UU Kesos",
        choices=[
            choice("2009", 100, "Tepat.", tolerance=0),
            choice("2009", 50, "Hampir tepat.", tolerance=1),
        ],
        general_feedback="UU Nomor 11 Tahun 2009 tentang Kesejahteraan Sosial.",
        category="Pelayanan",
    )


def test_numeric_value_tolerance_range_and_plain_number(kinds):
    questions = by_line(kinds)

    assert questions[63].choices == [choice("2.5", 100, tolerance="0.25")]
    # 40..60 is the midpoint with half the width as tolerance.
    assert questions[65].choices == [choice("50", 100, tolerance=10)]
    # No tolerance given: 0, not None.
    assert questions[67].choices == [choice("3", 100, tolerance=0)]
    assert all(question.type == QuestionType.NUMERIC for question in (questions[63], questions[65]))


# Texts: escapes, formats, Moodle's export layout (gift_text_formats.gift)


@pytest.fixture(scope="module")
def formats():
    with translation.override("en"):
        return read("gift_text_formats.gift")


def test_text_formats_file_is_read_without_problems(formats):
    assert formats.problems == []
    assert [question.line for question in formats.questions] == [7, 14, 16, 22, 25, 27, 29]
    # A "top/" path keeps everything after "top/", as written.
    assert {question.category for question in formats.questions} == {"Default for Pembinaan/Administrasi"}


def test_html_question_is_reduced_to_plain_text_and_answers_follow_its_format(formats):
    assert by_line(formats)[7] == ParsedQuestion(
        type=QuestionType.SINGLE,
        text="Apa tugas sekretaris WKSBM?\n\nPilih satu.",
        line=7,
        name="Tugas sekretaris",
        choices=[
            choice("Mencatat notulen rapat & surat-menyurat", 100, "Tepat."),
            # An answer's own [plain] keeps what looks like a tag.
            choice("Mengelola <kas>", 0),
        ],
        general_feedback="Sekretaris mengurus administrasi.\nLihat modul 2.",
        category="Default for Pembinaan/Administrasi",
        tags=["administrasi", "sekretaris]"],
    )


def test_escaped_characters_are_taken_literally(formats):
    questions = by_line(formats)

    assert questions[14].name == "Rumus: iuran"
    assert (
        questions[14].text
        == "Jika iuran = Rp5.000 per bulan, berapa ribu rupiah iuran 3 bulan {dalam ribuan}?"
    )
    assert questions[14].choices == [choice("15", 100, tolerance=0)]
    assert questions[16].text == "Simbol ~ dan # tetap tampil.\nBaris kedua dimulai di sini."
    assert questions[16].choices == [
        choice("Benar = tepat", 100, "Umpan balik dengan {kurung kurawal}."),
        choice("Salah~keliru", 0),
        choice("Garis miring terbalik \\ tampil satu", 0),
    ]


def test_moodle_format_keeps_its_line_breaks_and_drops_tags(formats):
    questions = by_line(formats)

    assert questions[22].text == "Soal biasa boleh memakai HTML,\ndan baris barunya tetap."
    # Without tags or entities the text is not HTML: "<" stays.
    assert questions[25].text == "Teks 5 < 10 tanpa tanda HTML tetap apa adanya."


def test_markdown_is_kept_and_an_escaped_newline_breaks_html_text(formats):
    questions = by_line(formats)

    assert questions[27].text == "**Tebal** ditulis apa adanya dalam Markdown."
    assert questions[27].choices == benar_salah(False)
    assert questions[29].text == "Satu\nDua"


# Unsupported kinds (gift_unsupported.txt)


def test_unsupported_kinds_are_reported_by_name_and_line():
    result = read("gift_unsupported.txt")

    assert result.problems == [
        at(3, "matching questions are not supported."),
        at(9, "essay questions (an empty answer block “{}”) are not supported."),
        at(11, "essay questions (an empty answer block “{}”) are not supported."),
        at(
            15,
            "descriptions (text without an answer block “{…}”) are not supported; add the answers, "
            "or turn the text into a comment with “//”.",
        ),
        at(
            19,
            "numeric questions with feedback for any other answer (“~#…”) are not supported; "
            "remove it, or use the general feedback (“####…”).",
        ),
        at(22, "images and attached files are not supported; remove them from the question."),
    ]
    assert not result.ok
    # The supported question after them is still read.
    assert result.questions == [
        ParsedQuestion(
            type=QuestionType.TRUE_FALSE,
            text="WKSBM adalah jejaring pelayanan sosial.",
            line=25,
            name="Didukung",
            choices=benar_salah(True),
        )
    ]


# Mistakes (gift_malformed.txt)


def test_every_mistake_is_reported_with_its_line_and_reading_goes_on():
    result = read("gift_malformed.txt")

    assert result.problems == [
        at(3, "the answer block is not closed: “{” has no “}” after it."),
        at(7, "“}” has no “{” before it; write a brace that is part of the text as “\\}”."),
        at(
            10,
            "a second “{”: a question has one answer block “{…}”. Separate questions with a blank line, "
            "and write a brace that is part of the text as “\\{” or “\\}”.",
        ),
        at(12, NO_RIGHT_ANSWER),
        at(16, BAD_WEIGHT.format("%abc%")),  # the line of the answer, inside the question
        at(20, BAD_WEIGHT.format("%50")),
        at(22, BAD_WEIGHT.format("%150%")),
        at(24, "the weights of the right answers add up to 80%, not 100%."),
        at(26, "the answer “empat” is not a number."),
        at(28, "the tolerance “lima” is not a number."),
        at(30, "the tolerance “-5” is negative."),
        at(32, "the range “60..40” must go from the lower number to the higher one."),
        at(34, "the answer “40..enam puluh” is not a number."),
        at(36, "an answer has no text."),
        at(38, "a multiple-choice question needs at least two answers."),
        at(40, "“Semarang” is not marked as an answer: start each answer with “=” (right) or “~” (wrong)."),
        at(40, NO_RIGHT_ANSWER),
        at(42, "the question has no text."),
        at(44, "the question title is not closed: write it as “::title::”."),
        at(46, "the numeric question has no number after “{#”."),
        at(48, NO_RIGHT_ANSWER),
    ]
    # Questions with a problem are left out; the good one at the end is kept.
    assert result.questions == [
        ParsedQuestion(
            type=QuestionType.TRUE_FALSE, text="Bendahara mencatat kas.", line=51, choices=benar_salah(True)
        )
    ]
    assert not result.ok


@pytest.mark.parametrize(
    "text",
    ["", "\n\n  \n", "// hanya komentar\n// [tag:kas]\n", "$CATEGORY: $course$/top/Keuangan\n"],
    ids=["empty", "blank lines", "comments only", "category only"],
)
def test_a_file_without_questions_is_a_problem_about_the_whole_file(text):
    result = parse(text)

    assert result.questions == []
    assert result.problems == [Problem(None, "The file has no questions.")]
    assert not result.ok


# Rules shown on small inline examples


@pytest.mark.parametrize(
    ("path", "category"),
    [
        ("$course$/top/Keuangan/Kas", "Keuangan/Kas"),
        ("top/Keuangan/Kas", "Keuangan/Kas"),
        ("$system$/top", ""),
        ("Keuangan/Kas", "Keuangan/Kas"),
        ("  $course$/top/ Keuangan / Kas  ", "Keuangan/Kas"),
    ],
)
def test_category_paths_lose_their_context_and_top(path, category):
    result = parse(f"$CATEGORY: {path}\n\nKas dicatat bendahara. {{T}}\n")

    assert result.problems == []
    assert result.questions[0].category == category


@pytest.mark.parametrize(
    ("answer", "right"),
    [("T", True), ("TRUE", True), ("true", True), ("t", True), ("F", False), ("false", False)],
)
def test_true_false_words_are_read_in_any_case(answer, right):
    result = parse(f"Rapat dipimpin ketua. {{{answer}}}")

    assert result.questions[0].type == QuestionType.TRUE_FALSE
    assert result.questions[0].choices == benar_salah(right)


def test_a_short_answer_without_equals_sign_is_accepted_as_in_moodle():
    result = parse("Ibu kota provinsi Jawa Tengah? {Semarang}")

    assert result.questions[0].type == QuestionType.SHORT_TEXT
    assert result.questions[0].choices == [choice("Semarang", 100)]


def test_two_full_credit_answers_stay_single_choice():
    result = parse("Siapa yang boleh menandatangani surat? {=Ketua =Sekretaris ~Anggota}")

    assert result.questions[0].type == QuestionType.SINGLE
    assert result.questions[0].choices == [
        choice("Ketua", 100),
        choice("Sekretaris", 100),
        choice("Anggota", 0),
    ]


def test_a_negative_weight_makes_multiple_choice_even_with_one_right_answer():
    result = parse("Siapa yang mencatat kas? {=Bendahara ~%-50%Ketua ~Anggota}")

    assert result.questions[0].type == QuestionType.MULTIPLE
    assert result.questions[0].choices == [
        choice("Bendahara", 100),
        choice("Ketua", -50),
        choice("Anggota", 0),
    ]


def test_a_weight_may_follow_an_equals_sign_in_multiple_choice():
    result = parse("Pilih dua seksi WKSBM. {=%50%Seksi usaha =%50%Seksi sosial ~Seksi politik}")

    assert result.questions[0].type == QuestionType.MULTIPLE
    assert [c.fraction for c in result.questions[0].choices] == [Decimal(50), Decimal(50), Decimal(0)]


def test_numeric_accepts_negative_numbers_and_ranges_around_zero():
    result = parse("Selisih kas? {#-5:1}\n\nSuhu rata-rata? {#-5..5}\n\nSaldo? {#=1.50}")

    assert [question.choices for question in result.questions] == [
        [choice("-5", 100, tolerance=1)],
        [choice("0", 100, tolerance=5)],
        [choice("1.5", 100, tolerance=0)],
    ]


def test_an_escaped_backslash_is_not_an_escape_for_what_follows():
    result = parse(r"Berkas ada di C\:\\naskah. {T}")

    assert result.questions[0].text == "Berkas ada di C:\\naskah."


def test_windows_line_ends_and_a_byte_order_mark_keep_line_numbers():
    text = "\ufeff// Kas\r\n\r\nSoal satu. {T}\r\n\r\nSoal dua {\r\n  =Ya\r\n  ~%x%Tidak\r\n}\r\n"
    result = parse(text)

    assert [question.line for question in result.questions] == [3]
    assert result.problems == [at(7, BAD_WEIGHT.format("%x%"))]


def test_category_line_right_above_a_question_starts_a_new_piece():
    result = parse("Soal pertama. {T}\n$CATEGORY: Keuangan\nSoal kedua. {F}\n")

    assert result.problems == []
    assert [(question.line, question.category) for question in result.questions] == [(1, ""), (3, "Keuangan")]
