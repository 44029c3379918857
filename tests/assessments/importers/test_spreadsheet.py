"""The spreadsheet importer (the project's XLSX/CSV template): parsed values, problems by row and column,
and the downloadable templates."""

import csv
import io
from decimal import Decimal
from pathlib import Path

from django.utils import translation

import pytest
from openpyxl import Workbook, load_workbook

from assessments.choices import QuestionType
from assessments.importers.base import ParsedChoice, ParsedQuestion, Problem
from assessments.importers.spreadsheet import (
    COLUMNS,
    EXAMPLES,
    parse_csv,
    parse_xlsx,
    template_csv,
    template_xlsx,
)
from assessments.scoring import question_credit

FILES = Path(__file__).parent / "files"
TYPE_LIST = "pilihan_tunggal, pilihan_ganda, benar_salah, isian, angka, likert"


@pytest.fixture(autouse=True)
def english():
    """Messages are compared in English, whatever the Indonesian catalogue says."""
    with translation.override("en"):
        yield


def xlsx(*sheets: tuple[str, list[list]]) -> bytes:
    """A workbook with the given (title, rows) sheets, built as Excel would save it."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets:
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def cell(row: int, column: str, message: str) -> Problem:
    """The problem reported for a row and column."""
    return Problem(row, f"Row {row}, column “{column}”: {message}")


def csv_rows(name: str) -> list[list[str]]:
    with (FILES / name).open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


def choices(*pairs) -> list[ParsedChoice]:
    return [ParsedChoice(text, Decimal(fraction)) for text, fraction in pairs]


# Every question type, from the CSV sample (comma-delimited, headers in mixed case, a "No" column).
EXPECTED_TYPES = [
    ParsedQuestion(
        type=QuestionType.SINGLE,
        text="Siapa yang memimpin rapat pengurus?",
        line=2,
        choices=choices(("Bendahara", 0), ("Ketua", 100), ("Sekretaris", 0)),
        general_feedback="Ketua memimpin rapat.",
        category="Kelembagaan/Rapat",
        pillar="pengetahuan",
        difficulty="easy",
        tags=["rapat", "kelembagaan"],
        points=Decimal(1),
    ),
    ParsedQuestion(
        type=QuestionType.MULTIPLE,
        text="Manakah tugas bendahara?\nPilih semua yang benar.",
        line=3,
        choices=choices(
            ("Mencatat kas", 50),
            ("Memimpin rapat", -50),
            ("Menyimpan kuitansi", 50),
            ("Menulis notulen", -50),
        ),
        category="Keuangan/Kas",
        pillar="keterampilan",
        difficulty="medium",
        tags=["keuangan"],
        points=Decimal(2),
    ),
    ParsedQuestion(
        type=QuestionType.TRUE_FALSE,
        text="Laporan keuangan WKSBM boleh dibuat tanpa bukti pengeluaran.",
        line=4,
        choices=choices(("Benar", 0), ("Salah", 100)),
    ),
    # Row 5 is empty and skipped.
    ParsedQuestion(
        type=QuestionType.SHORT_TEXT,
        text="Apa singkatan dari Pekerja Sosial Masyarakat?",
        line=6,
        choices=choices(("PSM", 100), ("Pekerja Sosial Masyarakat", 100)),
        difficulty="hard",
    ),
    ParsedQuestion(
        type=QuestionType.NUMERIC,
        text="Kas awal 500000 rupiah ditambah iuran 150000 rupiah. Berapa rupiah saldonya?",
        line=7,
        choices=[ParsedChoice("650000", Decimal(100), tolerance=None)],
        points=Decimal("0.5"),
    ),
    ParsedQuestion(
        type=QuestionType.NUMERIC,
        text="Dua belas kilogram beras dibagi rata untuk lima keluarga. "
        "Berapa bagian tiap keluarga (kg atau gram)?",
        line=8,
        # "2,4±0,05" keeps its own tolerance; the toleransi column (50) covers "2400".
        choices=[
            ParsedChoice("2.4", Decimal(100), tolerance=Decimal("0.05")),
            ParsedChoice("2400", Decimal(100), tolerance=Decimal(50)),
        ],
    ),
    ParsedQuestion(
        type=QuestionType.LIKERT,
        text="Saya bangga menjadi pengurus WKSBM.",
        line=9,
        category="Komitmen",
        pillar="komitmen",
        reverse_scored=False,
    ),
    ParsedQuestion(
        type=QuestionType.LIKERT,
        text="Saya sering merasa enggan menghadiri rapat.",
        line=10,
        category="Komitmen",
        pillar="komitmen",
        reverse_scored=True,
    ),
    # Row 11 has only its "No" filled in (an unknown column) and is skipped.
]


# CSV ----------------------------------------------------------------------------------------------


def test_csv_gives_every_type_with_its_values():
    result = parse_csv((FILES / "sheet_types.csv").read_bytes())

    assert result.problems == []
    assert result.questions == EXPECTED_TYPES


def test_csv_with_semicolons_byte_order_mark_and_decimal_commas():
    result = parse_csv((FILES / "sheet_semicolon.csv").read_bytes())

    assert result.problems == []
    assert result.questions == [
        ParsedQuestion(
            type=QuestionType.NUMERIC,
            text="Empat orang membayar iuran Rp10.000 seluruhnya. Berapa ribu rupiah iuran tiap orang?",
            line=2,
            choices=[ParsedChoice("2.5", Decimal(100), tolerance=Decimal("0.25"))],
            points=Decimal("1.5"),
        ),
        ParsedQuestion(
            type=QuestionType.MULTIPLE,
            text="Manakah dokumen keuangan?",
            line=3,
            choices=choices(("Buku kas", 100), ("Kuitansi", -100)),
        ),
        ParsedQuestion(
            type=QuestionType.NUMERIC,
            text="Berapa persen pengurus yang hadir jika 18 dari 24 hadir?",
            line=4,
            choices=[ParsedChoice("75", Decimal(100), tolerance=Decimal("0.5"))],
        ),
    ]


def test_csv_with_tabs():
    data = b"jenis\tpertanyaan\tterbalik\nlikert\tSaya siap membantu warga.\tya\n"

    result = parse_csv(data)

    assert result.problems == []
    assert result.questions[0].reverse_scored is True


def test_csv_saved_by_excel_in_windows_1252():
    data = "jenis;pertanyaan;jawaban\nangka;Berapa “persen” yang hadir?;75±1\n".encode("cp1252")

    result = parse_csv(data)

    assert result.problems == []
    assert result.questions[0].text == "Berapa “persen” yang hadir?"
    assert result.questions[0].choices == [ParsedChoice("75", Decimal(100), tolerance=Decimal(1))]


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\r\n\r\n", b";;;\n;;;\n", b",,,\r\n"])
def test_empty_csv(data):
    assert parse_csv(data).problems == [Problem(None, "The file is empty.")]


def test_csv_that_is_not_text():
    assert parse_csv(template_xlsx()).problems == [
        Problem(None, "The file is not a CSV text file. Save it as “CSV UTF-8 (Comma delimited)”.")
    ]


def test_csv_with_a_header_and_no_questions():
    assert parse_csv(b"jenis,pertanyaan\n,\n").problems == [
        Problem(None, "The file has a header row but no questions below it.")
    ]


# XLSX ---------------------------------------------------------------------------------------------


def test_xlsx_reads_like_the_same_csv():
    result = parse_xlsx(xlsx(("Soal", csv_rows("sheet_types.csv"))))

    assert result.problems == []
    assert result.questions == EXPECTED_TYPES


def test_xlsx_cells_holding_numbers_and_booleans():
    rows = [
        ["jenis", "pertanyaan", "jawaban", "toleransi", "terbalik", "poin", "pilihan_a", "pilihan_b"],
        ["angka", "Berapa kg beras tiap keluarga?", 2.5, 0.1, None, 3],
        ["angka", "Berapa ton?", 1.234, None, None, None],
        ["pilihan_tunggal", "Berapa kg?", "B", None, None, None, 2.5, 3],
        # Indonesian Excel turns a typed "benar"/"salah"/"ya" into TRUE or FALSE.
        ["benar_salah", "Kas dicatat setiap hari.", True, None, None, 1.5],
        ["benar_salah", "Kuitansi boleh dibuang.", False, None, None, None],
        ["likert", "Saya enggan ikut rapat.", None, None, True, None],
    ]

    result = parse_xlsx(xlsx(("Soal", rows)))

    assert result.problems == []
    numeric, decimal, single, true, false, likert = result.questions
    assert numeric.choices == [ParsedChoice("2.5", Decimal(100), tolerance=Decimal("0.1"))]
    assert decimal.choices == [ParsedChoice("1.234", Decimal(100))]  # a number cell is never ambiguous
    assert single.choices == choices(("2,5", 0), ("3", 100))  # shown as Indonesian Excel shows them
    assert numeric.points == Decimal(3)
    assert true.choices == choices(("Benar", 100), ("Salah", 0))
    assert true.points == Decimal("1.5")
    assert false.choices == choices(("Benar", 0), ("Salah", 100))
    assert likert.reverse_scored is True


def test_xlsx_reads_the_soal_sheet_else_the_first():
    questions = [["jenis", "pertanyaan"], ["likert", "Saya siap membantu warga."]]
    notes = [["catatan"], ["bukan soal"]]

    assert len(parse_xlsx(xlsx(("Catatan", notes), ("Soal", questions))).questions) == 1
    assert len(parse_xlsx(xlsx(("Lembar1", questions), ("Catatan", notes))).questions) == 1


def test_xlsx_header_below_an_empty_first_row_keeps_real_row_numbers():
    rows = [[None], ["jenis", "pertanyaan"], ["likert", "Saya siap."], ["likert", None]]

    result = parse_xlsx(xlsx(("Soal", rows)))

    assert result.questions[0].line == 3
    assert result.problems == [cell(4, "pertanyaan", "the question text is missing.")]


@pytest.mark.parametrize(
    "data", [b"jenis,pertanyaan\nlikert,Saya siap.\n", b"PK\x03\x04 broken zip", b"\x00" * 64]
)
def test_xlsx_that_is_not_a_workbook(data):
    assert parse_xlsx(data).problems == [
        Problem(
            None,
            "The file is not an Excel workbook (.xlsx). Save it as “Excel Workbook (*.xlsx)”, or as CSV.",
        )
    ]


@pytest.mark.parametrize("data", [b"", xlsx(("Soal", []))])
def test_empty_xlsx(data):
    assert parse_xlsx(data).problems == [Problem(None, "The file is empty.")]


# Credit of multiple choice -------------------------------------------------------------------------


def test_multiple_choice_credit_is_split_exactly_between_right_and_wrong_choices():
    rows = [
        ["jenis", "pertanyaan", "pilihan_a", "pilihan_b", "pilihan_c", "pilihan_d", "pilihan_e", "jawaban"],
        ["pilihan_ganda", "Tugas bendahara?", "Kas", "Kuitansi", "Laporan", "Notulen", "Undangan", "a;B c"],
    ]

    question = parse_xlsx(xlsx(("Soal", rows))).questions[0]

    fractions = [choice.fraction for choice in question.choices]
    assert fractions == [
        Decimal("33.33333"),
        Decimal("33.33333"),
        Decimal("33.33334"),
        Decimal(-50),
        Decimal(-50),
    ]
    assert sum(fractions[:3]) == 100
    # Graded as the quiz grades it: all correct choices earn full credit, ticking every box earns nothing.
    snapshot = {
        "type": question.type,
        "choices": [{"id": number, "fraction": str(c.fraction)} for number, c in enumerate(question.choices)],
    }
    assert question_credit(snapshot, [0, 1, 2]) == 100
    assert question_credit(snapshot, [0, 1, 2, 3]) == 50
    assert question_credit(snapshot, [0, 1, 2, 3, 4]) == 0


# Problems -------------------------------------------------------------------------------------------


def test_every_row_problem_names_its_row_and_column():
    result = parse_csv((FILES / "sheet_problems.csv").read_bytes())

    assert result.problems == [
        cell(2, "jenis", f"the question type is missing; use one of: {TYPE_LIST}."),
        cell(3, "jenis", f"“esai” is not a question type; use one of: {TYPE_LIST}."),
        cell(4, "pertanyaan", "the question text is missing."),
        cell(5, "jawaban", "the answer “D” points at an empty choice (column “pilihan_d”)."),
        cell(6, "pilihan_a", "this question needs at least two choices, in pilihan_a to pilihan_f."),
        cell(
            7,
            "jawaban",
            "a “pilihan_tunggal” question has one correct letter; use “pilihan_ganda” for several.",
        ),
        cell(8, "jawaban", "“G” is not a choice letter; use A to F."),
        cell(8, "jawaban", "“x1” is not a choice letter; use A to F."),
        cell(9, "jawaban", "the answer is missing: write the letter of the correct choice, e.g. “B”."),
        cell(10, "pilihan_a", "a “benar_salah” question has no choices; leave the pilihan columns empty."),
        cell(10, "jawaban", "“mungkin” is not a true/false answer; write “benar” or “salah”."),
        cell(11, "jawaban", "the answer is missing: write the accepted answers, separated by “|”."),
        cell(12, "toleransi", "the tolerance cannot be negative."),
        cell(12, "jawaban", "“sepuluh” is not a number."),
        cell(
            13,
            "jawaban",
            "“650.000” is ambiguous: write whole numbers without thousands dots (650000) "
            "and decimals with a comma or a dot (2,5).",
        ),
        cell(14, "jawaban", "the tolerance after “±” is missing."),
        cell(15, "pilihan_a", "a “likert” question has no choices; leave the pilihan columns empty."),
        cell(15, "jawaban", "a Likert statement has no correct answer; leave this column empty."),
        cell(16, "pilar", "“moral” is not a pillar; use one of: komitmen, pengetahuan, keterampilan."),
        cell(16, "kesulitan", "“berat” is not a difficulty; use one of: mudah, sedang, sulit."),
        cell(16, "poin", "“dua” is not a number."),
        cell(17, "toleransi", "only “angka” questions have a tolerance; leave this column empty."),
        cell(17, "poin", "“-1” is not a valid number of points: use 0 to 9999, with at most two decimals."),
        cell(17, "terbalik", "only Likert statements can be reverse-scored; leave this column empty."),
        cell(
            18, "poin", "“1,255” is not a valid number of points: use 0 to 9999, with at most two decimals."
        ),
        cell(18, "terbalik", "“kadang” is not yes or no; write “ya” or “tidak”."),
    ]
    # Rows with problems are left out; the good row is still read.
    assert [question.line for question in result.questions] == [19]
    assert not result.ok


def test_problems_use_the_column_name_as_written_in_the_file():
    rows = [
        ["Jenis", "Soal", "Pilihan A", "Pilihan B", "Kunci Jawaban"],
        ["pilihan_tunggal", "Siapa?", "X", "Y", "C"],
    ]

    result = parse_xlsx(xlsx(("Soal", rows)))

    assert result.problems == [
        cell(2, "Kunci Jawaban", "the answer “C” points at an empty choice (column “pilihan_c”).")
    ]


def test_missing_required_columns_are_reported_on_the_header_row_only():
    result = parse_csv(b"Jenis,jawaban\npilihan_tunggal,A\n")

    assert result.problems == [
        Problem(1, "Row 1: the required column “pertanyaan” is missing from the header row.")
    ]
    assert result.questions == []


def test_header_typos_duplicates_and_extra_choices_are_reported_other_columns_ignored():
    rows = [
        ["No", "jenis", "pertanyaan", "pembahsan", "pilihan_g", "Pertanyaan", "Catatan penyusun"],
        [1, "likert", "Saya siap membantu warga.", "x", "y", "z", "dari rapat"],
    ]

    result = parse_xlsx(xlsx(("Soal", rows)))

    assert result.problems == [
        cell(1, "pembahsan", "unknown column; did you mean “pembahasan”?"),
        cell(1, "pilihan_g", "unknown column: a question has at most six choices, pilihan_a to pilihan_f."),
        cell(1, "Pertanyaan", "this column appears twice."),
    ]
    # The first of two same-named columns counts.
    assert result.questions[0].text == "Saya siap membantu warga."


@pytest.mark.parametrize(
    ("jawaban", "toleransi", "expected"),
    [
        ("10", "", [("10", None)]),
        ("10,0", "0", [("10", Decimal(0))]),
        ("-2,5", "", [("-2.5", None)]),
        ("1.234,5", "", [("1234.5", None)]),
        ("0.125", "", [("0.125", None)]),
        ("10 ± 0,5 | 12 +- 1 | 14", "2", [("10", Decimal("0.5")), ("12", Decimal(1)), ("14", Decimal(2))]),
    ],
)
def test_numeric_answers(jawaban, toleransi, expected):
    rows = [["jenis", "pertanyaan", "jawaban", "toleransi"], ["angka", "Berapa?", jawaban, toleransi]]

    result = parse_xlsx(xlsx(("Soal", rows)))

    assert result.problems == []
    assert result.questions[0].choices == [
        ParsedChoice(text, Decimal(100), tolerance=tolerance) for text, tolerance in expected
    ]


# The templates ---------------------------------------------------------------------------------------


def test_templates_parse_without_problems_into_the_example_questions():
    from_xlsx = parse_xlsx(template_xlsx())
    from_csv = parse_csv(template_csv())

    assert from_xlsx.problems == from_csv.problems == []
    assert from_xlsx.questions == from_csv.questions
    questions = from_xlsx.questions
    assert [question.text for question in questions] == [example["pertanyaan"] for example in EXAMPLES]
    assert [question.line for question in questions] == list(range(2, 2 + len(EXAMPLES)))
    assert [question.type for question in questions] == [
        QuestionType.SINGLE,
        QuestionType.MULTIPLE,
        QuestionType.TRUE_FALSE,
        QuestionType.SHORT_TEXT,
        QuestionType.NUMERIC,
        QuestionType.LIKERT,
        QuestionType.LIKERT,
    ]
    single, multiple, true_false, short_text, numeric, likert, reverse = questions
    assert [choice.fraction for choice in single.choices] == [100, 0, 0, 0]
    assert (single.pillar, single.difficulty, single.tags) == (
        "pengetahuan",
        "easy",
        ["kelembagaan", "WKSBM"],
    )
    assert [choice.fraction for choice in multiple.choices] == [50, 50, -50, -50]
    assert (multiple.category, multiple.points) == ("Keuangan/Kas", Decimal(2))
    assert true_false.choices == choices(("Benar", 100), ("Salah", 0))
    assert [choice.text for choice in short_text.choices] == ["PSM", "P.S.M."]
    assert numeric.choices == [ParsedChoice("75", Decimal(100), tolerance=Decimal("0.5"))]
    assert (likert.choices, likert.reverse_scored, reverse.reverse_scored) == ([], False, True)
    assert likert.pillar == "komitmen"


def test_csv_template_opens_in_indonesian_excel():
    data = template_csv()

    assert data.startswith(b"\xef\xbb\xbf")  # so Excel knows it is UTF-8
    header = data.decode("utf-8-sig").splitlines()[0]
    assert header.split(";") == list(COLUMNS)


def test_xlsx_template_layout():
    workbook = load_workbook(io.BytesIO(template_xlsx()))

    assert workbook.sheetnames == ["Soal", "Petunjuk"]
    sheet = workbook["Soal"]
    assert [cell.value for cell in sheet[1]] == list(COLUMNS)
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.column_dimensions["B"].width == 50
    assert sheet.freeze_panes == "C2"
    drop_downs = {
        str(validation.sqref): validation.formula1 for validation in sheet.data_validations.dataValidation
    }
    assert drop_downs["A2:A1000"] == '"pilihan_tunggal,pilihan_ganda,benar_salah,isian,angka,likert"'
    assert drop_downs["N2:N1000"] == '"komitmen,pengetahuan,keterampilan"'

    guide = workbook["Petunjuk"]
    assert [cell.value for cell in guide[1]] == ["Kolom", "Wajib diisi", "Isi", "Contoh"]
    assert guide["A1"].font.bold
    described = {cell.value for cell in guide["A"]}
    assert set(COLUMNS) - set(COLUMNS[2:8]) <= described
    assert "pilihan_a ... pilihan_f" in described
    text = " ".join(str(cell.value) for row in guide.iter_rows() for cell in row if cell.value)
    assert "dibagi jumlah pilihan salah" in text  # the multiple-choice credit rule
