"""The project's own question template, filled in by penyuluh as XLSX or CSV: one question a row.

Row 1 (or the first row that is not empty) holds the column names; case and spaces do not matter
("Pilihan A" is pilihan_a). Every later row that is not empty is one question. Columns, in the
template's order:

- jenis (required): pilihan_tunggal | pilihan_ganda | benar_salah | isian | angka | likert
- pertanyaan (required): the question text (line breaks inside the cell are kept)
- pilihan_a ... pilihan_f: the choices of pilihan_tunggal and pilihan_ganda (at least two); empty
  for every other type
- jawaban: the correct answer -
    pilihan_tunggal: one letter, "B";
    pilihan_ganda: every correct letter, "A,C" (commas, semicolons or spaces between them);
    benar_salah: "benar" or "salah" (the question gets the choices "Benar" and "Salah");
    isian: the accepted answers separated by "|", "PSM|Pekerja Sosial Masyarakat";
    angka: the number, optionally "±tolerance" ("75±0,5", also "75+/-0,5"); several numbers
      separated by "|";
    likert: empty (a Likert statement has no correct answer; the learner answers 1 to 5)
- toleransi: angka only; the tolerance of every number in jawaban that has no "±" of its own
- terbalik: likert only; "ya" for a reverse-scored statement, "tidak" or empty otherwise
- pembahasan: the explanation shown with the result (general feedback)
- kategori: a path such as "Keuangan/Kas"
- pilar: komitmen | pengetahuan | keterampilan (or empty)
- kesulitan: mudah | sedang | sulit (Difficulty easy, medium, hard; or empty)
- topik: topics (tags) separated by commas
- poin: the question's points, 0 to 9999 with at most two decimals; 1 when empty

Multiple-choice credit rule (pilihan_ganda): the correct letters share 100% evenly and the wrong
choices share -100% evenly, so each wrong choice ticked costs 100 / (number of wrong choices)
percent. Grading keeps a question's credit between 0 and 100, so ticking every box earns nothing.
Shares are rounded to five decimals with the remainder put on the last one, so they add up to
exactly 100 (and -100).

Numbers ("0,5", "2.5", "1.234,5") are read as `assessments.scoring.parse_number` reads a learner's
answer; "650.000" (a dot before exactly three digits, no comma) is refused as ambiguous.

A few other header names are understood (soal, tipe, kunci_jawaban, ...: see ALIASES). Unknown
columns (a "No" column, notes) are ignored, except that a name close to a known one ("pembahsan")
or a seventh choice column (pilihan_g) is reported, so that no typo silently loses data.

CSV: UTF-8 with or without BOM (Excel's "CSV UTF-8"); Excel's plain "CSV" on Windows writes
Windows-1252, which is accepted as a fallback. The delimiter is sniffed from the header row:
"," or ";" (what Excel writes where the decimal separator is a comma, as in Indonesia) or a tab.
XLSX: the sheet named "Soal", else the first sheet.

Row numbers in problems are spreadsheet row numbers (the header is row 1); every row problem names
its row and column. All problems are reported; a row with a problem is left out of `questions`.
"""

import csv
import difflib
import io
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time
from decimal import ROUND_DOWN, Decimal

from django.utils.translation import gettext as _

from courses.choices import Pillar
from lms.spreadsheets import WorkbookRefused, workbook_rows

from ..choices import Difficulty, QuestionType
from ..scoring import parse_number
from .base import ParsedChoice, ParsedQuestion, ParseResult, Problem

LETTERS = "ABCDEF"
CHOICE_COLUMNS = tuple(f"pilihan_{letter.lower()}" for letter in LETTERS)
COLUMNS = (
    "jenis",
    "pertanyaan",
    *CHOICE_COLUMNS,
    "jawaban",
    "toleransi",
    "terbalik",
    "pembahasan",
    "kategori",
    "pilar",
    "kesulitan",
    "topik",
    "poin",
)
REQUIRED_COLUMNS = ("jenis", "pertanyaan")
ALIASES = {
    "tipe": "jenis",
    "jenis_soal": "jenis",
    "soal": "pertanyaan",
    "kunci": "jawaban",
    "kunci_jawaban": "jawaban",
    "jawaban_benar": "jawaban",
    "penjelasan": "pembahasan",
    "tag": "topik",
    "bobot": "poin",
}
TYPES = {
    "pilihan_tunggal": QuestionType.SINGLE,
    "pilihan_ganda": QuestionType.MULTIPLE,
    "benar_salah": QuestionType.TRUE_FALSE,
    "isian": QuestionType.SHORT_TEXT,
    "angka": QuestionType.NUMERIC,
    "likert": QuestionType.LIKERT,
}
TYPE_NAMES = {kind: name for name, kind in TYPES.items()}
DIFFICULTIES = {"mudah": Difficulty.EASY, "sedang": Difficulty.MEDIUM, "sulit": Difficulty.HARD}
PILLARS = tuple(Pillar.values)
TRUE_WORD, FALSE_WORD = "benar", "salah"
# Indonesian Excel turns a typed "benar"/"salah" into the booleans TRUE/FALSE, so those count as yes/no.
YES = {"ya", TRUE_WORD}
NO = {"tidak", FALSE_WORD}

SHEET_NAME = "Soal"
GUIDE_SHEET_NAME = "Petunjuk"
FULL_CREDIT = Decimal(100)
NO_CREDIT = Decimal(0)
CREDIT_PLACES = Decimal("0.00001")  # Choice.fraction keeps five decimals
MAX_POINTS = Decimal("9999.99")  # Question.points: six digits, two decimals
ANSWER_SEPARATOR = "|"
TOLERANCE_MARK = re.compile(r"\s*(?:±|\+/-|\+-)\s*")
LETTER_SEPARATORS = re.compile(r"[\s,;/]+")
AMBIGUOUS_THOUSANDS = re.compile(r"^[+-]?[1-9]\d{0,2}(?:\.\d{3})+$")  # "650.000", not "0.125"
SUGGESTION_CUTOFF = 0.8


# Reading ------------------------------------------------------------------------------------------


def parse_xlsx(data: bytes) -> ParseResult:
    """Read the questions of an .xlsx workbook (the "Soal" sheet, else the first one)."""
    if not data:
        return _file_problem(_("The file is empty."))
    try:
        rows = workbook_rows(data, sheet_name=SHEET_NAME)
    except WorkbookRefused as refused:
        return _file_problem(str(refused))
    except Exception:  # openpyxl raises many kinds (BadZipFile, KeyError, InvalidFileException ...)
        return _file_problem(
            _("The file is not an Excel workbook (.xlsx). Save it as “Excel Workbook (*.xlsx)”, or as CSV.")
        )
    return _parse_rows(rows)


def parse_csv(data: bytes) -> ParseResult:
    """Read the questions of a CSV file: UTF-8 (or Windows-1252), delimited by ",", ";" or tab."""
    text = _decode(data)
    if text is None:
        return _file_problem(_("The file is not a CSV text file. Save it as “CSV UTF-8 (Comma delimited)”."))
    header = _first_filled_line(text)
    if header is None:
        return _file_problem(_("The file is empty."))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(header))
    try:
        rows = list(enumerate(reader, start=1))
    except csv.Error:
        return _file_problem(_("The file is not a readable CSV file."))
    return _parse_rows(rows)


def _file_problem(message: str) -> ParseResult:
    return ParseResult(problems=[Problem(None, message)])


def _decode(data: bytes) -> str | None:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            return None
    # A NUL byte means a binary file (an .xlsx uploaded as CSV, say), not text.
    return None if "\x00" in text else text


def _first_filled_line(text: str) -> str | None:
    """The first line with something besides delimiters in it (Excel writes empty rows as ";;;")."""
    return next((line for line in text.splitlines() if line.strip(' \t,;"')), None)


def _delimiter(header: str) -> str:
    """The delimiter the header row uses most: ",", ";" or tab (column names contain none of them)."""
    counts = {delimiter: header.count(delimiter) for delimiter in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def _cell_text(value) -> str:
    """A cell's value as the text a penyuluh sees in it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return TRUE_WORD if value else FALSE_WORD
    if isinstance(value, float):
        # As Indonesian Excel shows it: 2.5 is "2,5" (which also keeps 1.234 from looking like 1234).
        return str(int(value)) if value.is_integer() else str(value).replace(".", ",")
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def _header_key(name: str) -> str:
    """Names ignore case, spaces and hyphens: "Pilihan A" and "pilihan-a" are both pilihan_a."""
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


# The header -------------------------------------------------------------------------------------


class _Header:
    """Where each known column is, and the name the file gives it (for messages)."""

    def __init__(self, number: int, cells: Sequence):
        self.number = number
        self.index: dict[str, int] = {}
        self.labels: dict[str, str] = {}
        self.problems: list[Problem] = []
        for index, cell in enumerate(cells):
            label = _cell_text(cell)
            if label:
                self.add(index, label)
        for column in REQUIRED_COLUMNS:
            if column not in self.index:
                self.problems.append(
                    Problem(
                        number,
                        _("Row %(row)s: the required column “%(column)s” is missing from the header row.")
                        % {"row": number, "column": column},
                    )
                )

    def add(self, index: int, label: str) -> None:
        key = _header_key(label)
        column = ALIASES.get(key, key)
        if column in COLUMNS:
            if column in self.index:
                self.problem(label, _("this column appears twice."))
            else:
                self.index[column] = index
                self.labels[column] = label
        elif re.fullmatch(r"pilihan_[g-z]", key):
            self.problem(
                label, _("unknown column: a question has at most six choices, pilihan_a to pilihan_f.")
            )
        elif suggestion := difflib.get_close_matches(key, COLUMNS, n=1, cutoff=SUGGESTION_CUTOFF):
            self.problem(label, _("unknown column; did you mean “%(column)s”?") % {"column": suggestion[0]})

    def problem(self, label: str, message: str) -> None:
        self.problems.append(_cell_problem(self.number, label, message))

    def label(self, column: str) -> str:
        return self.labels.get(column, column)

    def values(self, cells: Sequence) -> dict[str, str]:
        return {
            column: _cell_text(cells[index]) if index < len(cells) else ""
            for column, index in self.index.items()
        }


def _cell_problem(row: int, column: str, message: str) -> Problem:
    return Problem(
        row,
        _("Row %(row)s, column “%(column)s”: %(problem)s")
        % {"row": row, "column": column, "problem": message},
    )


def _parse_rows(rows: Iterable[tuple[int, Sequence]]) -> ParseResult:
    remaining = iter(rows)
    header = None
    for number, cells in remaining:
        if any(_cell_text(cell) for cell in cells):
            header = _Header(number, cells)
            break
    if header is None:
        return _file_problem(_("The file is empty."))
    result = ParseResult(problems=list(header.problems))
    if any(column not in header.index for column in REQUIRED_COLUMNS):
        return result  # without them, every row would only repeat the same complaint
    for number, cells in remaining:
        values = header.values(cells)
        if not any(values.values()):
            continue
        row = _Row(number, values, header)
        question = row.question()
        if row.problems:
            result.problems.extend(row.problems)
        elif question is not None:
            result.questions.append(question)
    if not result.questions and not result.problems:
        result.problems.append(Problem(None, _("The file has a header row but no questions below it.")))
    return result


# One row ----------------------------------------------------------------------------------------


def _shares(total: Decimal, count: int) -> list[Decimal]:
    """`total` split in `count` five-decimal shares that add up to exactly `total`."""
    if not count:
        return []
    share = (total / count).quantize(CREDIT_PLACES, rounding=ROUND_DOWN)
    return [share] * (count - 1) + [total - share * (count - 1)]


def _plain_number(number: Decimal) -> str:
    """2.50 -> "2.5", 6.5E+5 -> "650000": the form grading and the question editor both read."""
    return format(number.normalize(), "f")


class _Row:
    def __init__(self, number: int, values: dict[str, str], header: _Header):
        self.number = number
        self.values = values
        self.header = header
        self.problems: list[Problem] = []

    def get(self, column: str) -> str:
        return self.values.get(column, "")

    def problem(self, column: str, message: str) -> None:
        self.problems.append(_cell_problem(self.number, self.header.label(column), message))

    def question(self) -> ParsedQuestion | None:
        """The row's question; None (with `problems` filled) when it has problems."""
        kind = self.question_type()
        text = self.get("pertanyaan")
        if not text:
            self.problem("pertanyaan", _("the question text is missing."))
        # Every column is checked, even when the type is unknown, so that all problems are reported.
        choices = self.choices(kind) if kind else []
        details = {
            "general_feedback": self.get("pembahasan"),
            "category": "/".join(part.strip() for part in self.get("kategori").split("/") if part.strip()),
            "pillar": self.pillar(),
            "difficulty": self.difficulty(),
            "tags": self.tags(),
            "points": self.points(),
            "reverse_scored": self.reverse_scored(kind),
        }
        if self.problems or kind is None:
            return None
        return ParsedQuestion(type=kind, text=text, line=self.number, choices=choices, **details)

    # Columns every type shares

    def question_type(self) -> QuestionType | None:
        value = self.get("jenis")
        names = ", ".join(TYPES)
        if not value:
            self.problem(
                "jenis", _("the question type is missing; use one of: %(types)s.") % {"types": names}
            )
            return None
        kind = TYPES.get(_header_key(value))
        if kind is None:
            self.problem(
                "jenis",
                _("“%(value)s” is not a question type; use one of: %(types)s.")
                % {"value": value, "types": names},
            )
        return kind

    def pillar(self) -> str:
        value = self.get("pilar")
        if value and value.lower() not in PILLARS:
            self.problem(
                "pilar",
                _("“%(value)s” is not a pillar; use one of: %(values)s.")
                % {"value": value, "values": ", ".join(PILLARS)},
            )
            return ""
        return value.lower()

    def difficulty(self) -> str:
        value = self.get("kesulitan")
        if value and value.lower() not in DIFFICULTIES:
            self.problem(
                "kesulitan",
                _("“%(value)s” is not a difficulty; use one of: %(values)s.")
                % {"value": value, "values": ", ".join(DIFFICULTIES)},
            )
            return ""
        return DIFFICULTIES[value.lower()].value if value else ""

    def tags(self) -> list[str]:
        tags: dict[str, str] = {}
        for tag in self.get("topik").split(","):
            tag = " ".join(tag.split())
            if tag:
                tags.setdefault(tag.casefold(), tag)
        return list(tags.values())

    def points(self) -> Decimal:
        value = self.get("poin")
        if not value:
            return Decimal(1)
        number = self.number_in("poin", value)
        if number is None:
            return Decimal(1)
        if not (0 <= number <= MAX_POINTS) or number.normalize().as_tuple().exponent < -2:
            self.problem(
                "poin",
                _("“%(value)s” is not a valid number of points: use 0 to 9999, with at most two decimals.")
                % {"value": value},
            )
        return number

    def reverse_scored(self, kind: QuestionType | None) -> bool:
        value = self.get("terbalik").lower()
        if not value or value in NO:
            return False
        if value not in YES:
            self.problem(
                "terbalik",
                _("“%(value)s” is not yes or no; write “ya” or “tidak”.") % {"value": self.get("terbalik")},
            )
            return False
        if kind is not None and kind != QuestionType.LIKERT:
            self.problem(
                "terbalik", _("only Likert statements can be reverse-scored; leave this column empty.")
            )
        return True

    def number_in(self, column: str, value: str) -> Decimal | None:
        """`value` (from `column`) as a number, or None after reporting why it is not one."""
        if AMBIGUOUS_THOUSANDS.match(value.replace(" ", "")):
            self.problem(
                column,
                _(
                    "“%(value)s” is ambiguous: write whole numbers without thousands dots (650000) "
                    "and decimals with a comma or a dot (2,5)."
                )
                % {"value": value},
            )
            return None
        number = parse_number(value)
        if number is None:
            self.problem(column, _("“%(value)s” is not a number.") % {"value": value})
        return number

    # Choices and answers, by type

    def choices(self, kind: QuestionType) -> list[ParsedChoice]:
        if kind != QuestionType.NUMERIC and self.get("toleransi"):
            self.problem("toleransi", _("only “angka” questions have a tolerance; leave this column empty."))
        if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            return self.listed_choices(kind)
        self.no_listed_choices(kind)
        if kind == QuestionType.TRUE_FALSE:
            return self.true_false_choices()
        if kind == QuestionType.SHORT_TEXT:
            return self.short_text_choices()
        if kind == QuestionType.NUMERIC:
            return self.numeric_choices()
        if self.get("jawaban"):
            self.problem("jawaban", _("a Likert statement has no correct answer; leave this column empty."))
        return []

    def no_listed_choices(self, kind: QuestionType) -> None:
        for column in CHOICE_COLUMNS:
            if self.get(column):
                self.problem(
                    column,
                    _("a “%(type)s” question has no choices; leave the pilihan columns empty.")
                    % {"type": TYPE_NAMES[kind]},
                )
                return

    def listed_choices(self, kind: QuestionType) -> list[ParsedChoice]:
        options = {letter: self.get(column) for letter, column in zip(LETTERS, CHOICE_COLUMNS, strict=True)}
        options = {letter: text for letter, text in options.items() if text}
        if len(options) < 2:
            self.problem(
                CHOICE_COLUMNS[0], _("this question needs at least two choices, in pilihan_a to pilihan_f.")
            )
        correct = self.answer_letters(kind, options)
        if not correct:
            return []
        if kind == QuestionType.SINGLE:
            credits = {letter: FULL_CREDIT if letter in correct else NO_CREDIT for letter in options}
        else:
            right = [letter for letter in options if letter in correct]
            wrong = [letter for letter in options if letter not in correct]
            credits = dict(zip(right, _shares(FULL_CREDIT, len(right)), strict=True))
            credits |= dict(zip(wrong, _shares(-FULL_CREDIT, len(wrong)), strict=True))
        return [ParsedChoice(text=text, fraction=credits[letter]) for letter, text in options.items()]

    def answer_letters(self, kind: QuestionType, options: dict[str, str]) -> set[str]:
        """The correct letters in jawaban, or an empty set after reporting a problem."""
        value = self.get("jawaban")
        if not value:
            if kind == QuestionType.SINGLE:
                message = _("the answer is missing: write the letter of the correct choice, e.g. “B”.")
            else:
                message = _("the answer is missing: write the letters of the correct choices, e.g. “A,C”.")
            self.problem("jawaban", message)
            return set()
        tokens = [token.rstrip(".)") for token in LETTER_SEPARATORS.split(value) if token]
        if kind == QuestionType.SINGLE and len(tokens) > 1:
            self.problem(
                "jawaban",
                _("a “pilihan_tunggal” question has one correct letter; use “pilihan_ganda” for several."),
            )
            return set()
        letters, problems_before = set(), len(self.problems)
        for token in tokens:
            letter = token.upper()
            if len(letter) != 1 or letter not in LETTERS:
                self.problem(
                    "jawaban", _("“%(value)s” is not a choice letter; use A to F.") % {"value": token}
                )
            elif letter not in options:
                self.problem(
                    "jawaban",
                    _("the answer “%(letter)s” points at an empty choice (column “%(choice)s”).")
                    % {"letter": letter, "choice": self.header.label(CHOICE_COLUMNS[LETTERS.index(letter)])},
                )
            else:
                letters.add(letter)
        return letters if len(self.problems) == problems_before else set()

    def true_false_choices(self) -> list[ParsedChoice]:
        value = self.get("jawaban").lower()
        if value not in (TRUE_WORD, FALSE_WORD):
            if value:
                message = _("“%(value)s” is not a true/false answer; write “benar” or “salah”.") % {
                    "value": self.get("jawaban")
                }
            else:
                message = _("the answer is missing: write “benar” or “salah”.")
            self.problem("jawaban", message)
            return []
        return [
            ParsedChoice(text="Benar", fraction=FULL_CREDIT if value == TRUE_WORD else NO_CREDIT),
            ParsedChoice(text="Salah", fraction=FULL_CREDIT if value == FALSE_WORD else NO_CREDIT),
        ]

    def short_text_choices(self) -> list[ParsedChoice]:
        answers = [" ".join(answer.split()) for answer in self.get("jawaban").split(ANSWER_SEPARATOR)]
        answers = [answer for answer in answers if answer]
        if not answers:
            self.problem("jawaban", _("the answer is missing: write the accepted answers, separated by “|”."))
        return [ParsedChoice(text=answer, fraction=FULL_CREDIT) for answer in answers]

    def numeric_choices(self) -> list[ParsedChoice]:
        default_tolerance = self.tolerance("toleransi", self.get("toleransi"))
        parts = [part.strip() for part in self.get("jawaban").split(ANSWER_SEPARATOR) if part.strip()]
        if not parts:
            self.problem(
                "jawaban", _("the answer is missing: write the correct number, e.g. “75” or “2,5±0,1”.")
            )
        choices = []
        for part in parts:
            value, *own_tolerance = TOLERANCE_MARK.split(part, maxsplit=1)
            number = self.number_in("jawaban", value)
            tolerance = (
                self.tolerance("jawaban", own_tolerance[0], given=True)
                if own_tolerance
                else default_tolerance
            )
            if number is not None:
                choices.append(
                    ParsedChoice(text=_plain_number(number), fraction=FULL_CREDIT, tolerance=tolerance)
                )
        return choices

    def tolerance(self, column: str, value: str, *, given: bool = False) -> Decimal | None:
        """A tolerance from `column`, or None. `given`: written after a "±", so it may not be empty."""
        if not value:
            if given:
                self.problem(column, _("the tolerance after “±” is missing."))
            return None
        number = self.number_in(column, value)
        if number is not None and number < 0:
            self.problem(column, _("the tolerance cannot be negative."))
            return None
        return number


# The template -----------------------------------------------------------------------------------

# One example row per question type (two Likert: plain and reverse-scored), in Bahasa Indonesia.
EXAMPLES = (
    {
        "jenis": "pilihan_tunggal",
        "pertanyaan": "Apa kepanjangan dari WKSBM?",
        "pilihan_a": "Wahana Kesejahteraan Sosial Berbasis Masyarakat",
        "pilihan_b": "Wadah Kerja Sama Bina Masyarakat",
        "pilihan_c": "Wahana Keluarga Sejahtera Bersama Masyarakat",
        "pilihan_d": "Wilayah Kesejahteraan Sosial Berbasis Musyawarah",
        "jawaban": "A",
        "pembahasan": "WKSBM adalah Wahana Kesejahteraan Sosial Berbasis Masyarakat.",
        "kategori": "Kelembagaan",
        "pilar": "pengetahuan",
        "kesulitan": "mudah",
        "topik": "kelembagaan, WKSBM",
        "poin": "1",
    },
    {
        "jenis": "pilihan_ganda",
        "pertanyaan": "Manakah yang termasuk dokumen keuangan WKSBM? Pilih semua yang benar.",
        "pilihan_a": "Buku kas umum",
        "pilihan_b": "Kuitansi pengeluaran",
        "pilihan_c": "Daftar hadir rapat",
        "pilihan_d": "Notulen rapat",
        "jawaban": "A,B",
        "pembahasan": "Buku kas umum dan kuitansi mencatat uang masuk dan keluar; daftar hadir dan notulen "
        "adalah dokumen rapat.",
        "kategori": "Keuangan/Kas",
        "pilar": "pengetahuan",
        "kesulitan": "sedang",
        "topik": "keuangan, administrasi",
        "poin": "2",
    },
    {
        "jenis": "benar_salah",
        "pertanyaan": "Setiap pengeluaran kas sebaiknya disertai bukti, seperti kuitansi atau nota.",
        "jawaban": "benar",
        "pembahasan": "Bukti pengeluaran membuat laporan keuangan dapat diperiksa.",
        "kategori": "Keuangan/Kas",
        "pilar": "keterampilan",
        "kesulitan": "mudah",
        "topik": "keuangan",
        "poin": "1",
    },
    {
        "jenis": "isian",
        "pertanyaan": "Apa singkatan dari Pekerja Sosial Masyarakat?",
        "jawaban": "PSM|P.S.M.",
        "pembahasan": "PSM adalah singkatan dari Pekerja Sosial Masyarakat.",
        "kategori": "Kelembagaan",
        "pilar": "pengetahuan",
        "kesulitan": "mudah",
        "topik": "kelembagaan",
        "poin": "1",
    },
    {
        "jenis": "angka",
        "pertanyaan": "Sebanyak 18 dari 24 pengurus hadir dalam rapat. Berapa persen pengurus yang hadir?",
        "jawaban": "75",
        "toleransi": "0,5",
        "pembahasan": "18 dibagi 24 dikali 100% sama dengan 75%.",
        "kategori": "Administrasi/Rapat",
        "pilar": "keterampilan",
        "kesulitan": "sedang",
        "topik": "administrasi, rapat",
        "poin": "1",
    },
    {
        "jenis": "likert",
        "pertanyaan": "Saya bersedia meluangkan waktu setiap bulan untuk kegiatan WKSBM.",
        "terbalik": "tidak",
        "kategori": "Komitmen",
        "pilar": "komitmen",
        "topik": "komitmen",
        "poin": "1",
    },
    {
        "jenis": "likert",
        "pertanyaan": "Saya merasa kegiatan WKSBM hanya menyita waktu saya.",
        "terbalik": "ya",
        "kategori": "Komitmen",
        "pilar": "komitmen",
        "topik": "komitmen",
        "poin": "1",
    },
)

# The "Petunjuk" sheet: (column, required?, what to write, example).
GUIDE = (
    (
        "jenis",
        "Ya",
        "Jenis soal: pilihan_tunggal (satu jawaban benar), pilihan_ganda (beberapa jawaban benar), "
        "benar_salah, isian (jawaban singkat berupa teks), angka (jawaban berupa bilangan), atau likert "
        "(pernyataan yang dijawab dengan skala 1-5, tanpa jawaban benar).",
        "pilihan_tunggal",
    ),
    (
        "pertanyaan",
        "Ya",
        "Teks soal atau pernyataan. Boleh lebih dari satu baris dalam satu sel (Alt+Enter).",
        "Apa kepanjangan dari WKSBM?",
    ),
    (
        "pilihan_a ... pilihan_f",
        "Untuk pilihan_tunggal dan pilihan_ganda",
        "Teks pilihan jawaban A sampai F: paling sedikit dua, paling banyak enam. "
        "Kosongkan untuk jenis soal lain.",
        "Buku kas umum",
    ),
    (
        "jawaban",
        "Ya, kecuali untuk likert",
        "pilihan_tunggal: satu huruf pilihan yang benar. "
        "pilihan_ganda: semua huruf yang benar, dipisah koma. "
        "benar_salah: “benar” atau “salah”. "
        "isian: semua jawaban yang diterima, dipisah “|”; huruf besar dan kecil tidak dibedakan. "
        "angka: bilangan yang benar, boleh dengan toleransi sendiri memakai “±” (75±0,5); beberapa bilangan "
        "dipisah “|”. "
        "likert: kosongkan.",
        "A\nA,C\nbenar\nPSM|P.S.M.\n75±0,5",
    ),
    (
        "toleransi",
        "Tidak",
        "Hanya untuk angka: selisih dari jawaban yang masih dianggap benar. Berlaku untuk setiap bilangan di "
        "kolom jawaban yang tidak memakai “±”. Kosong berarti jawaban harus tepat.",
        "0,5",
    ),
    (
        "terbalik",
        "Tidak",
        "Hanya untuk likert: “ya” bila pernyataannya terbalik (makin setuju, makin rendah nilainya); "
        "“tidak” atau kosong bila tidak.",
        "ya",
    ),
    (
        "pembahasan",
        "Tidak",
        "Penjelasan yang ditampilkan bersama hasil, apa pun jawaban peserta.",
        "Bukti pengeluaran membuat laporan keuangan dapat diperiksa.",
    ),
    ("kategori", "Tidak", "Kelompok soal; pakai “/” untuk subkelompok.", "Keuangan/Kas"),
    ("pilar", "Tidak", "komitmen, pengetahuan, atau keterampilan.", "pengetahuan"),
    ("kesulitan", "Tidak", "mudah, sedang, atau sulit.", "sedang"),
    ("topik", "Tidak", "Topik soal, dipisah koma.", "keuangan, administrasi"),
    ("poin", "Tidak", "Bobot soal: 0 sampai 9999, paling banyak dua angka desimal. Kosong berarti 1.", "2"),
)
GUIDE_NOTES = (
    "Baris 1 lembar “Soal” berisi nama kolom; jangan diubah. Setiap baris di bawahnya berisi satu soal; "
    "baris kosong dilewati.",
    "Kolom lain (misalnya “No”) diabaikan. Kolom yang namanya mirip nama kolom di atas dilaporkan, "
    "supaya isinya tidak hilang karena salah ketik.",
    "Bilangan boleh memakai koma desimal (0,5) atau titik desimal (0.5). Jangan memakai titik ribuan: "
    "tulis 650000, bukan 650.000.",
    "Nilai pilihan_ganda: 100% dibagi rata di antara pilihan yang benar, dan setiap pilihan salah yang "
    "dipilih mengurangi 100% dibagi jumlah pilihan salah. Nilai soal tidak pernah kurang dari 0%. "
    "Contoh: empat pilihan, jawaban “A,C”: memilih A dan C = 100%; A saja = 50%; A, B, dan C = 50%; "
    "memilih semua = 0%.",
    "benar_salah menghasilkan dua pilihan: “Benar” dan “Salah”.",
    "Simpan sebagai Excel (.xlsx), atau sebagai CSV UTF-8 dengan pemisah koma atau titik koma.",
)
COLUMN_WIDTHS = {
    "jenis": 18,
    "pertanyaan": 50,
    **dict.fromkeys(CHOICE_COLUMNS, 28),
    "jawaban": 14,
    "toleransi": 11,
    "terbalik": 10,
    "pembahasan": 45,
    "kategori": 20,
    "pilar": 14,
    "kesulitan": 11,
    "topik": 24,
    "poin": 7,
}
DROP_DOWNS = {
    "jenis": tuple(TYPES),
    "terbalik": ("ya", "tidak"),
    "pilar": PILLARS,
    "kesulitan": tuple(DIFFICULTIES),
}
DROP_DOWN_ROWS = 1000  # how far down the sheet the drop-downs reach
NUMBER_COLUMNS = ("toleransi", "poin")


def template_csv() -> bytes:
    """The template as CSV: UTF-8 with a BOM and ";" between cells, so Indonesian Excel opens it as is."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for example in EXAMPLES:
        writer.writerow([example.get(column, "") for column in COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def template_xlsx() -> bytes:
    """The template as an Excel workbook: the "Soal" sheet to fill in and the "Petunjuk" sheet."""
    from openpyxl import Workbook

    workbook = Workbook()
    _write_question_sheet(workbook.active)
    _write_guide_sheet(workbook.create_sheet(GUIDE_SHEET_NAME))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xlsx_value(column: str, example: dict[str, str]):
    """An example cell as Excel would hold it: numbers as numbers, empty cells empty."""
    value = example.get(column, "")
    if not value:
        return None
    if column in NUMBER_COLUMNS or (column == "jawaban" and example["jenis"] == "angka"):
        number = parse_number(value)
        return int(number) if number == number.to_integral_value() else float(number)
    return value


def _write_question_sheet(sheet) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    sheet.title = SHEET_NAME
    sheet.append(COLUMNS)
    for example in EXAMPLES:
        sheet.append([_xlsx_value(column, example) for column in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "C2"  # keep the header and the type and question in view
    for number, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(number)
        sheet.column_dimensions[letter].width = COLUMN_WIDTHS[column]
        if column in DROP_DOWNS:
            validation = DataValidation(
                type="list",
                formula1='"{}"'.format(",".join(DROP_DOWNS[column])),
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="Isian tidak dikenal",
                error="Pilih salah satu isian dari daftar. Lihat lembar Petunjuk.",
            )
            validation.add(f"{letter}2:{letter}{DROP_DOWN_ROWS}")
            sheet.add_data_validation(validation)


def _write_guide_sheet(sheet) -> None:
    from openpyxl.styles import Alignment, Font

    sheet.append(("Kolom", "Wajib diisi", "Isi", "Contoh"))
    for row in GUIDE:
        sheet.append(row)
    sheet.append(())
    sheet.append(("Catatan",))
    notes_heading = sheet.max_row
    for number, note in enumerate(GUIDE_NOTES, start=1):
        sheet.append((str(number), None, note))
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in (*sheet[1], sheet.cell(row=notes_heading, column=1)):
        cell.font = Font(bold=True)
    for letter, width in zip("ABCD", (24, 22, 80, 34), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
