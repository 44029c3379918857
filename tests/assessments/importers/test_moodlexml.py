"""Moodle XML import and export: sample files of every supported type, the problems reported
for unsupported types and broken files, and the round trip export -> import."""

import dataclasses
from decimal import Decimal
from pathlib import Path

from django.utils import translation

import pytest
from defusedxml import ElementTree

from assessments.choices import Difficulty, QuestionType
from assessments.exporters.moodlexml import questions_to_moodle_xml
from assessments.importers.base import ParsedChoice, ParsedQuestion, Problem
from assessments.importers.moodlexml import html_to_text, parse
from courses.choices import Pillar

FILES = Path(__file__).parent / "files"


@pytest.fixture(autouse=True)
def english():
    # Messages are asserted in their English msgids, whatever the catalogue holds.
    with translation.override("en"):
        yield


def parse_file(name: str):
    return parse((FILES / name).read_bytes())


def quiz(*questions: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n' + "\n".join(questions) + "\n</quiz>\n"
    ).encode()


def category_question(path: str) -> str:
    return f'<question type="category"><category><text>{path}</text></category></question>'


TRUE_FALSE_QUESTION = """<question type="truefalse">
  <questiontext><text>WKSBM berbasis masyarakat.</text></questiontext>
  <answer fraction="100"><text>true</text></answer>
  <answer fraction="0"><text>false</text></answer>
</question>"""


def choice(text, fraction, feedback="", tolerance=None):
    return ParsedChoice(text=text, fraction=Decimal(fraction), feedback=feedback, tolerance=tolerance)


class SampleFileTests:
    """moodle_all_types.xml: one question of each supported type, as Moodle writes them."""

    @pytest.fixture
    def result(self):
        return parse_file("moodle_all_types.xml")

    def test_reads_every_question_without_problems(self, result):
        assert result.problems == []
        assert result.ok
        assert [(q.line, q.type) for q in result.questions] == [
            (12, QuestionType.SINGLE),
            (51, QuestionType.MULTIPLE),
            (77, QuestionType.TRUE_FALSE),
            (93, QuestionType.SHORT_TEXT),
            (110, QuestionType.SHORT_TEXT),
            (126, QuestionType.NUMERIC),
            (144, QuestionType.NUMERIC),
        ]

    def test_single_choice_with_html_cdata_feedback_points_and_tags(self, result):
        assert result.questions[0] == ParsedQuestion(
            type=QuestionType.SINGLE,
            text="Apa kepanjangan dari WKSBM?",
            line=12,
            name="Kepanjangan WKSBM",
            choices=[
                choice("Wahana Kesejahteraan Sosial Berbasis Masyarakat", 100, "Tepat sekali."),
                choice("Wadah Koperasi & Simpan Bersama Masyarakat", 0, "Bukan koperasi."),
                choice("Wilayah Kerja Sosial Bersama Masyarakat", 0),
            ],
            general_feedback="WKSBM adalah wahana kesejahteraan sosial\nberbasis masyarakat.",
            category="Kelembagaan",
            tags=["kelembagaan", "dasar"],
            points=Decimal(2),
        )

    def test_multiple_choice_keeps_partial_and_negative_fractions(self, result):
        assert result.questions[1] == ParsedQuestion(
            type=QuestionType.MULTIPLE,
            text="Manakah yang termasuk unsur WKSBM? Pilih semua yang benar.",
            line=51,
            name="Unsur WKSBM",
            choices=[
                choice("Karang Taruna", 50, "Ya."),
                choice("PKK", 50),
                choice("Bank swasta", "-33.33333", "Bukan unsur masyarakat."),
            ],
            category="Kelembagaan",
        )

    def test_true_false_becomes_benar_and_salah(self, result):
        assert result.questions[2] == ParsedQuestion(
            type=QuestionType.TRUE_FALSE,
            text="Pengurus WKSBM sebaiknya mengadakan rapat rutin.",
            line=77,
            name="Rapat rutin",
            choices=[
                choice("Benar", 100, "Benar, rapat rutin menjaga koordinasi."),
                choice("Salah", 0, "Rapat rutin justru dianjurkan."),
            ],
            category="Kelembagaan/Rapat",
        )

    def test_short_answer_case_sensitive_with_auto_formatted_text(self, result):
        assert result.questions[3] == ParsedQuestion(
            type=QuestionType.SHORT_TEXT,
            text="Tuliskan singkatan dari Dinas Sosial.\nGunakan huruf besar-kecil yang tepat.",
            line=93,
            name="Singkatan dinas",
            choices=[choice("Dinsos", 100, "Tepat."), choice("Dinas Sosial", 50)],
            category="Kelembagaan/Rapat",
            case_sensitive=True,
        )

    def test_short_answer_in_plain_text_is_not_case_sensitive(self, result):
        question = result.questions[4]
        assert question.text == "Ibu kota Jawa Tengah adalah ..."
        assert question.case_sensitive is False
        assert question.choices == [choice("Semarang", 100)]

    def test_numerical_answers_with_tolerance(self, result):
        assert result.questions[5] == ParsedQuestion(
            type=QuestionType.NUMERIC,
            text="Iuran Rp 5.000 per bulan. Berapa ribu rupiah iuran setahun?",
            line=126,
            name="Iuran bulanan",
            choices=[
                choice("60", 100, "Benar: 12 × 5 = 60.", tolerance=Decimal(0)),
                choice("60", 50, tolerance=Decimal(5)),
            ],
            category="Keuangan",
            points=Decimal("1.5"),
        )

    def test_numerical_answer_outside_text_element_has_tolerance_zero(self, result):
        # Older Moodle files put the number straight into <answer>, without <tolerance>.
        assert result.questions[6].choices == [choice("25", 100, tolerance=Decimal(0))]


class ExtensionTagTests:
    """moodle_wksbm_tags.xml: Likert statements, pillar and difficulty carried in tags."""

    @pytest.fixture
    def result(self):
        return parse_file("moodle_wksbm_tags.xml")

    def test_likert_statement_loses_its_stand_in_answers(self, result):
        assert result.problems == []
        assert result.questions[0] == ParsedQuestion(
            type=QuestionType.LIKERT,
            text="Saya meluangkan waktu setiap minggu untuk kegiatan WKSBM.",
            line=8,
            name="Waktu untuk WKSBM",
            category="Komitmen",
            pillar=Pillar.KOMITMEN,
            tags=["sikap"],
        )

    def test_tags_are_read_case_insensitively_and_removed(self, result):
        question = result.questions[1]
        assert question.type == QuestionType.LIKERT
        assert question.reverse_scored is True
        assert question.pillar == Pillar.KOMITMEN
        assert question.difficulty == Difficulty.MEDIUM
        assert question.tags == []
        assert question.choices == []

    def test_reverse_scored_tag_on_another_type_stays_a_tag(self, result):
        question = result.questions[2]
        assert question.type == QuestionType.TRUE_FALSE
        assert question.reverse_scored is False
        assert question.difficulty == Difficulty.HARD
        assert question.pillar == Pillar.PENGETAHUAN
        assert question.tags == ["wksbm:terbalik"]
        assert question.choices == [choice("Benar", 0), choice("Salah", 100)]


class ProblemTests:
    def test_unsupported_types_are_named_with_their_line(self):
        result = parse_file("moodle_unsupported.xml")
        assert result.problems == [
            Problem(3, "Line 3: question type “matching” is not supported."),
            Problem(11, "Line 11: question type “essay” is not supported."),
            Problem(21, "Line 21: question type “description” is not supported."),
            Problem(25, "Line 25: question type “cloze” is not supported."),
            Problem(29, "Line 29: question type “multianswer” is not supported."),
            Problem(33, "Line 33: question type “ddwtos” is not supported."),
            Problem(37, "Line 37: question type “calculated” is not supported."),
            Problem(41, "Line 41: the question has no type."),
        ]
        assert [(q.line, q.type) for q in result.questions] == [(15, QuestionType.TRUE_FALSE)]
        assert not result.ok

    def test_broken_xml_is_one_problem_at_the_parser_line(self):
        result = parse_file("moodle_broken.xml")
        assert result.problems == [Problem(10, "Line 10: the file is not well-formed XML (mismatched tag).")]
        assert result.questions == []

    def test_file_without_quiz_root(self):
        result = parse_file("moodle_wrong_root.xml")
        assert result.problems == [
            Problem(3, "Line 3: this is not a Moodle XML file: it starts with <question>, not <quiz>.")
        ]
        assert result.questions == []

    def test_every_invalid_value_is_reported_with_its_question_line(self):
        result = parse_file("moodle_invalid_values.xml")
        assert result.problems == [
            Problem(3, "Line 3: the fraction “seratus” is not a number from -100 to 100."),
            Problem(3, "Line 3: the fraction “150” is not a number from -100 to 100."),
            Problem(9, "Line 9: the question has no answers."),
            Problem(14, "Line 14: the question has no text."),
            Problem(19, "Line 19: the answer “lima” is not a number."),
            Problem(19, "Line 19: the tolerance “satu” is not a number."),
            Problem(19, "Line 19: the answer “*” (any other answer) is not supported; remove it."),
            Problem(26, "Line 26: the default grade “dua” is not a number of points."),
            Problem(
                26,
                "Line 26: the tag “pilar:semangat” has an unknown value; use one of: "
                "komitmen, pengetahuan, keterampilan.",
            ),
            Problem(
                26, "Line 26: the tag “kesulitan:sulit” has an unknown value; use one of: easy, medium, hard."
            ),
            Problem(26, "Line 26: the true/false answer “ya” is neither “true” nor “false”."),
            Problem(
                37, "Line 37: images and attached files are not supported; remove them from the question."
            ),
        ]
        assert [q.line for q in result.questions] == [45]

    def test_true_false_needs_one_true_and_one_false(self):
        result = parse(
            quiz(
                """<question type="truefalse">
  <questiontext><text>Dua kali benar.</text></questiontext>
  <answer fraction="100"><text>true</text></answer>
  <answer fraction="0"><text>TRUE</text></answer>
</question>"""
            )
        )
        assert result.problems == [
            Problem(3, "Line 3: a true/false question needs one “true” and one “false” answer.")
        ]

    def test_empty_answer_text_is_reported(self):
        result = parse(
            quiz(
                """<question type="multichoice">
  <questiontext><text>Pilih.</text></questiontext>
  <answer fraction="100"><text>Dinsos</text></answer>
  <answer fraction="0"><text> </text></answer>
</question>"""
            )
        )
        assert result.problems == [Problem(3, "Line 3: an answer has no text.")]

    def test_entity_declarations_are_refused(self):
        data = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>
<quiz><question type="truefalse"><questiontext><text>&lol2;</text></questiontext></question></quiz>
"""
        result = parse(data)
        assert result.problems == [
            Problem(
                2, "Line 2: the file declares XML entities or external references, which are not allowed."
            )
        ]

    def test_text_that_is_not_utf8_is_malformed(self):
        result = parse(
            b'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n<question type="essay">\xff</question>'
        )
        assert result.problems == [
            Problem(3, "Line 3: the file is not well-formed XML (not well-formed (invalid token)).")
        ]

    def test_empty_file(self):
        assert parse(b"").problems == [
            Problem(1, "Line 1: the file is not well-formed XML (no element found).")
        ]


class CategoryPathTests:
    @pytest.mark.parametrize(
        ("path", "category"),
        [
            ("$course$/top/Default for Pembinaan/Keuangan/Kas", "Keuangan/Kas"),
            ("$course$/top/Bank Soal", ""),
            ("$course$/top", ""),
            ("$system$/top/Bank Soal/Keuangan", "Keuangan"),
            ("$module$/top/Bank Soal/Keuangan", "Keuangan"),
            ("$cat1$/top/Bank Soal/Keuangan", "Keuangan"),
            ("$coursecategory$/top/Bank Soal/Keuangan", "Keuangan"),
            ("$course$/Keuangan", "Keuangan"),
            ("$course$/Default for Pembinaan/Keuangan", "Keuangan"),
            ("Keuangan", "Keuangan"),
            ("$course$/top/Bank//Soal/Dana//Iuran", "Dana/Iuran"),
            (" $course$/top/ Bank / Keuangan / Kas ", "Keuangan/Kas"),
        ],
    )
    def test_path_is_made_relative_to_the_bank(self, path, category):
        result = parse(quiz(category_question(path), TRUE_FALSE_QUESTION))
        assert result.problems == []
        assert result.questions[0].category == category

    def test_questions_before_any_category_have_none(self):
        result = parse(
            quiz(TRUE_FALSE_QUESTION, category_question("$course$/top/Bank/Kas"), TRUE_FALSE_QUESTION)
        )
        assert [q.category for q in result.questions] == ["", "Kas"]


class TextTests:
    @pytest.mark.parametrize(
        ("markup", "text"),
        [
            ("<p>Satu</p><p>Dua</p>", "Satu\n\nDua"),
            ("Satu<br>Dua<br/>Tiga<br />Empat", "Satu\nDua\nTiga\nEmpat"),
            ("Satu<br><br>Dua", "Satu\n\nDua"),
            ("<p>Satu<br></p>\n<p>Dua</p>", "Satu\n\nDua"),
            ("  Banyak \n  spasi\t di  sini  ", "Banyak spasi di sini"),
            ("Rp&nbsp;5.000 &amp; &lt;lima&gt; &#8220;ribu&#8221;", "Rp 5.000 & <lima> “ribu”"),
            ("<ul><li>Ketua</li><li>Bendahara</li></ul>", "Ketua\nBendahara"),
            ("<p>Teks</p><script>alert(1)</script><style>p {}</style>", "Teks"),
            ("<div><span lang='id'>Kelurahan</span> <em>Tidar</em></div>", "Kelurahan Tidar"),
            ("", ""),
        ],
    )
    def test_html_to_text(self, markup, text):
        assert html_to_text(markup) == text

    @pytest.mark.parametrize(
        ("single", "question_type"),
        [
            ("<single>true</single>", QuestionType.SINGLE),
            ("<single>1</single>", QuestionType.SINGLE),
            ("", QuestionType.SINGLE),
            ("<single>false</single>", QuestionType.MULTIPLE),
            ("<single>0</single>", QuestionType.MULTIPLE),
        ],
    )
    def test_single_element_decides_single_or_multiple(self, single, question_type):
        question = f"""<question type="multichoice">
  <questiontext><text>Pilih.</text></questiontext>{single}
  <answer fraction="100"><text>Ya</text></answer>
</question>"""
        assert parse(quiz(question)).questions[0].type == question_type


def every_kind_of_question() -> list[ParsedQuestion]:
    return [
        ParsedQuestion(
            type=QuestionType.SINGLE,
            text="Siapa yang membina WKSBM?\nPilih satu jawaban: “Dinas” < “Kementerian” & lainnya.",
            line=0,
            name="Pembina <WKSBM>",
            choices=[
                choice("Dinas Sosial & Kemensos", 100, "Tepat.\nDinas Sosial membina pengurus."),
                choice("Bank <swasta>", "-33.33333", "Bukan."),
                choice("Koperasi", "0.5"),
            ],
            general_feedback="Pembinaan dilakukan oleh Dinas Sosial.",
            category="Kelembagaan",
            pillar=Pillar.PENGETAHUAN,
            difficulty=Difficulty.EASY,
            tags=["kelembagaan", "tahun 2025"],
            points=Decimal("2.50"),
        ),
        ParsedQuestion(
            type=QuestionType.MULTIPLE,
            text="Manakah unsur WKSBM?",
            line=0,
            name="Unsur",
            choices=[choice("Karang Taruna", 50), choice("PKK", "50.000"), choice("Bank", -100, "Bukan.")],
            category="Kelembagaan",
            difficulty=Difficulty.MEDIUM,
        ),
        ParsedQuestion(
            type=QuestionType.TRUE_FALSE,
            text="Rapat rutin dianjurkan.",
            line=0,
            name="Rapat",
            choices=[choice("Salah", 0, "Justru dianjurkan."), choice("Benar", 100, "Ya.")],
            category="Kelembagaan/Rapat",
        ),
        ParsedQuestion(
            type=QuestionType.SHORT_TEXT,
            text="Singkatan Dinas Sosial?",
            line=0,
            name="Singkatan",
            choices=[choice("Dinsos", 100, "Tepat."), choice("<Dinsos> & co", 25)],
            category="Keuangan/Kas",
            case_sensitive=True,
        ),
        ParsedQuestion(
            type=QuestionType.SHORT_TEXT,
            text="Ibu kota Jawa Tengah?",
            line=0,
            name="Ibu kota",
            choices=[choice("Semarang", 100)],
            category="Keuangan/Kas",
        ),
        ParsedQuestion(
            type=QuestionType.NUMERIC,
            text="Iuran Rp 5.000 sebulan; berapa ribu setahun?",
            line=0,
            name="Iuran",
            choices=[
                choice("60", 100, "12 × 5.", tolerance=Decimal(0)),
                choice("60.5", "50", tolerance=Decimal("0.500")),
            ],
            general_feedback="Kalikan dua belas.",
            category="",
            points=Decimal("0.75"),
        ),
        ParsedQuestion(
            type=QuestionType.LIKERT,
            text="Saya merasa rapat pengurus membuang waktu.",
            line=0,
            name="Rapat membosankan",
            category="Kesiapan",
            pillar=Pillar.KOMITMEN,
            difficulty=Difficulty.HARD,
            tags=["sikap"],
            reverse_scored=True,
        ),
        ParsedQuestion(
            type=QuestionType.LIKERT,
            text="Saya siap membina warga.",
            line=0,
            name="Siap membina",
            category="Kesiapan",
            pillar=Pillar.KETERAMPILAN,
        ),
    ]


def without_line(question: ParsedQuestion) -> ParsedQuestion:
    return dataclasses.replace(question, line=0)


class RoundTripTests:
    def test_export_then_import_gives_the_same_questions(self):
        questions = every_kind_of_question()
        result = parse(questions_to_moodle_xml(questions, "Bank Soal Pembinaan"))
        assert result.problems == []
        assert [without_line(q) for q in result.questions] == questions

    def test_imported_lines_point_at_the_question_elements(self):
        data = questions_to_moodle_xml(every_kind_of_question(), "Bank")
        lines = data.decode().splitlines()
        for question in parse(data).questions:
            assert lines[question.line - 1].strip().startswith("<question type=")
            assert 'type="category"' not in lines[question.line - 1]

    def test_sample_file_survives_a_round_trip(self):
        imported = parse_file("moodle_all_types.xml").questions
        again = parse(questions_to_moodle_xml(imported, "Bank")).questions
        assert [without_line(q) for q in again] == [without_line(q) for q in imported]


class ExportTests:
    @pytest.fixture
    def exported(self) -> bytes:
        return questions_to_moodle_xml(every_kind_of_question(), "Bank/Soal")

    def test_is_utf8_xml_with_a_quiz_root(self, exported):
        assert exported.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
        assert b"Pembina <WKSBM>" not in exported  # escaped
        assert "“Dinas”".encode() in exported  # written as UTF-8, not as character references
        assert ElementTree.fromstring(exported).tag == "quiz"

    def test_a_category_question_wherever_the_category_changes(self, exported):
        quiz_element = ElementTree.fromstring(exported)
        categories = [
            element.findtext("category/text") for element in quiz_element if element.get("type") == "category"
        ]
        assert categories == [
            "$course$/top/Bank//Soal/Kelembagaan",
            "$course$/top/Bank//Soal/Kelembagaan/Rapat",
            "$course$/top/Bank//Soal/Keuangan/Kas",
            "$course$/top/Bank//Soal",
            "$course$/top/Bank//Soal/Kesiapan",
        ]

    def test_moodle_fields_of_a_single_choice_question(self, exported):
        question = ElementTree.fromstring(exported).find("question[@type='multichoice']")
        assert question.findtext("name/text") == "Pembina <WKSBM>"
        assert question.find("questiontext").get("format") == "html"
        assert question.findtext("questiontext/text") == (
            "Siapa yang membina WKSBM?<br>Pilih satu jawaban: “Dinas” &lt; “Kementerian” &amp; lainnya."
        )
        assert question.findtext("defaultgrade") == "2.5"
        assert question.findtext("penalty") == "0.3333333"
        assert question.findtext("hidden") == "0"
        assert question.findtext("single") == "true"
        assert question.findtext("shuffleanswers") == "1"
        assert [answer.get("fraction") for answer in question.findall("answer")] == [
            "100",
            "-33.33333",
            "0.5",
        ]
        assert question.findtext("answer/feedback/text") == "Tepat.<br>Dinas Sosial membina pengurus."
        assert [tag.findtext("text") for tag in question.findall("tags/tag")] == [
            "kelembagaan",
            "tahun 2025",
            "pilar:pengetahuan",
            "kesulitan:easy",
        ]

    def test_likert_is_a_five_answer_multichoice_worth_nothing(self, exported):
        likert = [
            element
            for element in ElementTree.fromstring(exported)
            if "wksbm:likert" in [tag.findtext("text") for tag in element.findall("tags/tag")]
        ]
        assert len(likert) == 2
        first = likert[0]
        assert first.get("type") == "multichoice"
        assert first.findtext("single") == "true"
        assert first.findtext("shuffleanswers") == "0"
        assert [(a.findtext("text"), a.get("fraction")) for a in first.findall("answer")] == [
            ("1", "0"),
            ("2", "0"),
            ("3", "0"),
            ("4", "0"),
            ("5", "0"),
        ]
        assert [tag.findtext("text") for tag in first.findall("tags/tag")] == [
            "sikap",
            "pilar:komitmen",
            "kesulitan:hard",
            "wksbm:likert",
            "wksbm:terbalik",
        ]

    def test_true_false_short_answer_and_numerical_fields(self, exported):
        quiz_element = ElementTree.fromstring(exported)
        true_false = quiz_element.find("question[@type='truefalse']")
        assert [(a.findtext("text"), a.get("fraction")) for a in true_false.findall("answer")] == [
            ("false", "0"),
            ("true", "100"),
        ]
        short_answer = quiz_element.find("question[@type='shortanswer']")
        assert short_answer.findtext("usecase") == "1"
        assert short_answer.findall("answer")[1].findtext("text") == "<Dinsos> & co"
        numerical = quiz_element.find("question[@type='numerical']")
        assert [(a.findtext("text"), a.findtext("tolerance")) for a in numerical.findall("answer")] == [
            ("60", "0"),
            ("60.5", "0.5"),
        ]

    def test_a_question_without_name_is_named_after_its_first_line(self):
        question = ParsedQuestion(
            type=QuestionType.SHORT_TEXT,
            text="Apa singkatan Dinas Sosial?\nTulis singkat.",
            line=0,
            choices=[choice("Dinsos", 100)],
        )
        exported = questions_to_moodle_xml([question], "Bank")
        assert ElementTree.fromstring(exported).findtext("question[@type='shortanswer']/name/text") == (
            "Apa singkatan Dinas Sosial?"
        )

    def test_numeric_answer_without_tolerance_is_written_with_zero(self):
        question = ParsedQuestion(
            type=QuestionType.NUMERIC, text="Berapa?", line=0, name="n", choices=[choice("7", 100)]
        )
        [imported] = parse(questions_to_moodle_xml([question], "Bank")).questions
        assert imported.choices == [choice("7", 100, tolerance=Decimal(0))]

    def test_bank_name_is_required(self):
        with pytest.raises(ValueError):
            questions_to_moodle_xml([], " ")

    def test_no_questions_give_an_empty_quiz(self):
        exported = questions_to_moodle_xml([], "Bank")
        assert list(ElementTree.fromstring(exported)) == []
        assert parse(exported).questions == []
        assert parse(exported).problems == [Problem(None, "The file has no questions.")]

    def test_control_characters_are_left_out_so_the_xml_stays_well_formed(self):
        question = ParsedQuestion(
            type=QuestionType.SHORT_TEXT,
            text="Tab\tdan\x0bvertikal",
            line=0,
            name="n",
            choices=[choice("a", 100)],
        )
        result = parse(questions_to_moodle_xml([question], "Bank"))
        assert result.problems == []
        assert result.questions[0].text == "Tab danvertikal"
