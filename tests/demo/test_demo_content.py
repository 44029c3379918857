"""The demo content files (demo/content/, read by demo.files): every course and lesson loads, every
question file imports cleanly through the project's importers, and each quiz has the promised shape."""

import io
import re
from collections import Counter
from decimal import Decimal

import pytest
from PIL import Image
from pypdf import PdfReader

from assessments.choices import QuestionType
from assessments.importers.store import problems_with_model_rules, questions_store
from courses.choices import Pillar
from demo import artwork, files
from demo.people import OFFICES
from tests.factories.assessments import make_bank

COURSES = files.national_courses()
COURSE_PILLARS = {course.slug: course.pillar for course in COURSES}
QUESTION_FILES = [(course.slug, quiz) for course in COURSES for quiz in files.QUIZ_FILES]
BLOCKS = [(course.slug, quiz) for course in COURSES for quiz in ("pre-test", "post-test")]
OFFICE_COURSES = [course for code in OFFICES for course in files.office_courses(code)]
ALL_COURSES = COURSES + OFFICE_COURSES
KETERAMPILAN = "mengelola-organisasi-wksbm"


def questions(slug, quiz):
    result = files.quiz_questions(slug, quiz)
    assert result.problems == []
    return result.questions


# Courses and lessons ------------------------------------------------------------------------------


def test_the_national_catalogue_has_one_course_per_pillar_in_its_folder_order():
    assert [course.slug for course in COURSES] == [
        "mengenal-wksbm",
        "ppks-dan-alur-rujukan",
        "mengelola-organisasi-wksbm",
    ]
    assert sorted(COURSE_PILLARS.values()) == sorted(Pillar.values)
    assert [len(course.lessons) for course in COURSES] == [4, 4, 4]
    assert [lesson.slug for lesson in COURSES[1].lessons][2] == "pencegahan-penanganan-rujukan"


@pytest.mark.parametrize("course", ALL_COURSES, ids=lambda course: course.slug)
def test_every_course_and_lesson_loads_complete(course):
    assert course.title.strip() and course.summary.strip() and len(course.summary) <= 400
    assert course.pillar in Pillar.values
    assert course.jabatan
    slugs = [lesson.slug for lesson in course.lessons]
    assert len(set(slugs)) == len(slugs) >= 1
    for lesson in course.lessons:
        assert lesson.title.strip()
        assert lesson.body and all({"type", "value"} <= set(block) for block in lesson.body)


def test_each_demo_office_has_a_short_starter_module_of_its_own():
    for code in OFFICES:
        modules = files.office_courses(code)
        assert len(modules) == 1
        assert 1 <= len(modules[0].lessons) <= 2
    assert {course.slug for course in OFFICE_COURSES}.isdisjoint(COURSE_PILLARS)
    titles = sorted(course.title for course in OFFICE_COURSES)
    assert titles == [
        "Jejaring layanan sosial Kabupaten Bengkulu Selatan",
        "Jejaring layanan sosial Kota Magelang",
    ]


def test_the_office_modules_invent_no_phone_numbers():
    for course in OFFICE_COURSES:
        text = str([course.summary, *(lesson.body for lesson in course.lessons)])
        assert not re.search(r"\d{3,}[- ]?\d{3,}", text), course.slug


def test_every_medium_a_lesson_names_is_drawn_and_every_drawing_is_used():
    named = set()
    for course in ALL_COURSES:
        for lesson in course.lessons:
            named |= files.media_keys(lesson.body)
    assert named == {(art.kind, art.key) for art in artwork.ARTWORK}


def test_media_keys_are_resolved_to_ids_in_a_copy():
    body = [
        {"type": "image", "value": {"image": "@image:jaringan-kps", "alt": "Diagram", "caption": ""}},
        {"type": "document", "value": {"document": "@document:formulir-rujukan", "title": ""}},
        {"type": "paragraph", "value": "<p>@image:jaringan-kps stays text here.</p>"},
    ]
    resolved = files.body_resolved(body, {("image", "jaringan-kps"): 7, ("document", "formulir-rujukan"): 9})
    assert [resolved[0]["value"]["image"], resolved[1]["value"]["document"]] == [7, 9]
    assert resolved[2] == body[2]
    assert body[0]["value"]["image"] == "@image:jaringan-kps"  # the loaded content is left alone
    with pytest.raises(KeyError):
        files.body_resolved(body, {})


def test_a_lesson_file_without_a_number_is_refused(tmp_path):
    folder = tmp_path / "01-kursus"
    folder.mkdir()
    (folder / "course.json").write_text('{"title": "K", "pillar": "komitmen", "summary": "S", "jabatan": []}')
    (folder / "pelajaran.json").write_text('{"title": "P", "body": []}')
    with pytest.raises(ValueError, match="01-<slug>"):
        files.catalogue(tmp_path)


# The drawings and the form ------------------------------------------------------------------------


@pytest.mark.parametrize("art", artwork.ARTWORK, ids=lambda art: art.key)
def test_artwork_is_drawn_the_same_every_time(art):
    assert art.make() == art.make()


@pytest.mark.parametrize("art", [a for a in artwork.ARTWORK if a.kind == "image"], ids=lambda art: art.key)
def test_diagrams_are_pngs_twice_the_width_a_phone_shows(art):
    image = Image.open(io.BytesIO(art.make()))
    assert image.format == "PNG"
    assert image.width == 720 and 400 <= image.height <= 1200


def test_the_referral_form_is_a_one_page_pdf_filled_in_with_a_fictional_example():
    reader = PdfReader(io.BytesIO(artwork.referral_form_pdf()))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "FORMULIR RUJUKAN WARGA" in text
    assert "fiktif" in text and "Mbah Sumirah (nama contoh)" in text


# Questions ----------------------------------------------------------------------------------------


def test_every_national_course_has_its_three_question_files():
    for course in COURSES:
        for quiz in files.QUIZ_FILES:
            assert files.quiz_file(course.slug, quiz).is_file()
    assert {path.name for path in (files.CONTENT / "questions").iterdir()} == {
        files.quiz_file(slug, quiz).name for slug, quiz in QUESTION_FILES
    }


@pytest.mark.parametrize(("slug", "quiz"), QUESTION_FILES)
def test_every_question_file_imports_without_problems(slug, quiz):
    result = problems_with_model_rules(files.quiz_questions(slug, quiz))
    assert result.problems == []
    assert result.ok


@pytest.mark.django_db
def test_every_question_file_is_stored_by_the_importer():
    bank = make_bank(name="Semua soal demo")
    stored = [
        question
        for slug, quiz in QUESTION_FILES
        for question in questions_store(files.quiz_questions(slug, quiz), bank)
    ]
    assert len(stored) == bank.questions.count() == 3 * (5 + 10 + 8)


@pytest.mark.parametrize(("slug", "quiz"), BLOCKS)
def test_pre_tests_have_five_questions_and_post_tests_ten(slug, quiz):
    assert len(questions(slug, quiz)) == {"pre-test": 5, "post-test": 10}[quiz]


@pytest.mark.parametrize(("slug", "quiz"), BLOCKS)
def test_every_question_has_a_unique_title_and_a_general_feedback(slug, quiz):
    parsed = questions(slug, quiz)
    names = [question.name for question in parsed]
    assert all(names)
    assert len(set(names)) == len(names)
    assert all(question.general_feedback.strip() for question in parsed)


@pytest.mark.parametrize(("slug", "quiz"), BLOCKS)
def test_wrapped_lines_and_escapes_leave_clean_text(slug, quiz):
    """Source lines wrapped inside a sentence join with one space ("[html]"); "\\:" becomes ":"."""
    for question in questions(slug, quiz):
        texts = [question.text, question.general_feedback, *(c.feedback for c in question.choices)]
        assert not any("  " in text or "\\" in text for text in texts), question.name
        assert all(line.strip() for line in question.text.splitlines()), question.name


@pytest.mark.parametrize("slug", COURSE_PILLARS)
def test_post_tests_mix_the_kinds_of_question(slug):
    kinds = Counter(question.type for question in questions(slug, "post-test"))
    assert kinds[QuestionType.MULTIPLE] >= 1
    assert kinds[QuestionType.TRUE_FALSE] >= 1
    assert kinds[QuestionType.SHORT_TEXT] >= 1
    assert kinds[QuestionType.SINGLE] == max(kinds.values())  # single choice stays the most common


def test_keterampilan_post_test_has_numeric_bookkeeping_questions_with_no_tolerance():
    numeric = [q for q in questions(KETERAMPILAN, "post-test") if q.type == QuestionType.NUMERIC]
    assert len(numeric) >= 2
    for question in numeric:
        right = [choice for choice in question.choices if choice.fraction == 100]
        assert right
        assert all(choice.tolerance == 0 for choice in right)


def test_saldo_question_expects_the_balance_after_receipts_and_payments():
    saldo = next(q for q in questions(KETERAMPILAN, "post-test") if q.name == "Saldo kas akhir April")
    opening, receipts, payments = 875_000, 12 * 10_000 + 250_000, 185_000 + 40_000
    assert [choice.text for choice in saldo.choices if choice.fraction == 100] == [
        str(opening + receipts - payments)
    ]


@pytest.mark.parametrize(("slug", "quiz"), BLOCKS)
def test_multiple_answer_right_choices_add_up_to_a_hundred_and_wrong_ones_cost(slug, quiz):
    for question in questions(slug, quiz):
        if question.type != QuestionType.MULTIPLE:
            continue
        fractions = [choice.fraction for choice in question.choices]
        assert abs(sum(f for f in fractions if f > 0) - 100) <= Decimal("0.1")
        assert any(f < 0 for f in fractions)


@pytest.mark.parametrize(("slug", "quiz"), BLOCKS)
def test_every_wrong_choice_explains_why(slug, quiz):
    for question in questions(slug, quiz):
        if question.type in QuestionType.with_choices():
            wrong = [choice for choice in question.choices if choice.fraction <= 0]
            assert wrong
            assert all(choice.feedback for choice in wrong), question.name


@pytest.mark.parametrize("slug", COURSE_PILLARS)
def test_self_assessments_have_eight_statements_two_or_three_reversed(slug):
    statements = questions(slug, "penilaian-diri")
    assert len(statements) == 8
    assert all(statement.type == QuestionType.LIKERT for statement in statements)
    assert 2 <= sum(statement.reverse_scored for statement in statements) <= 3
    assert all(statement.text.startswith("Saya ") for statement in statements)
    assert len({statement.text for statement in statements}) == 8
    assert {(s.category, s.pillar) for s in statements} == {("Penilaian diri", COURSE_PILLARS[slug])}


def test_rubric_has_five_criteria_of_four_levels():
    rubric = files.rubric()
    assert rubric["name"] == "Rubrik keterampilan pengurus"
    assert rubric["description"].strip()
    assert len(rubric["criteria"]) == 5
    for criterion in rubric["criteria"]:
        assert criterion["name"].strip()
        assert len(criterion["levels"]) == 4
        assert all(level.strip() for level in criterion["levels"])


def test_rubric_observes_the_keterampilan_course():
    assert files.rubric()["course"] == KETERAMPILAN
    assert COURSE_PILLARS[KETERAMPILAN] == "keterampilan"


def test_six_session_topics():
    topics = files.session_topics()
    assert len(topics) == 6
    assert len(set(topics)) == 6
    assert all(topic.strip() == topic and topic for topic in topics)
