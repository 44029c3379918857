"""The demo assessments: every GIFT block imports cleanly and each quiz has the promised shape."""

from collections import Counter
from decimal import Decimal

import pytest

from assessments.choices import QuestionType
from assessments.importers.gift import parse
from demo.assessment_content import QUIZZES, RUBRIC, RUBRIC_COURSE, SELF_ASSESSMENTS, SESSION_TOPICS
from demo.course_content import COURSES

COURSE_PILLARS = {course["slug"]: course["pillar"] for course in COURSES}
BLOCKS = [(slug, kind) for slug, quizzes in QUIZZES.items() for kind in ("pre_test", "post_test")]
KETERAMPILAN = "mengelola-organisasi-wksbm"


def questions(slug, kind):
    result = parse(QUIZZES[slug][kind])
    assert result.problems == []
    return result.questions


def test_quizzes_cover_every_demo_course():
    assert set(QUIZZES) == set(COURSE_PILLARS)
    assert all(set(quizzes) == {"pre_test", "post_test"} for quizzes in QUIZZES.values())


@pytest.mark.parametrize(("slug", "kind"), BLOCKS)
def test_every_block_parses_without_problems(slug, kind):
    result = parse(QUIZZES[slug][kind])
    assert result.problems == []
    assert result.ok


@pytest.mark.parametrize(("slug", "kind"), BLOCKS)
def test_pre_tests_have_five_questions_and_post_tests_ten(slug, kind):
    assert len(questions(slug, kind)) == {"pre_test": 5, "post_test": 10}[kind]


@pytest.mark.parametrize(("slug", "kind"), BLOCKS)
def test_every_question_has_a_unique_title_and_a_general_feedback(slug, kind):
    parsed = questions(slug, kind)
    names = [question.name for question in parsed]
    assert all(names)
    assert len(set(names)) == len(names)
    assert all(question.general_feedback.strip() for question in parsed)


@pytest.mark.parametrize(("slug", "kind"), BLOCKS)
def test_wrapped_lines_and_escapes_leave_clean_text(slug, kind):
    """Source lines wrapped inside a sentence join with one space ("[html]"); "\\:" becomes ":"."""
    for question in questions(slug, kind):
        texts = [question.text, question.general_feedback, *(c.feedback for c in question.choices)]
        assert not any("  " in text or "\\" in text for text in texts), question.name
        assert all(line.strip() for line in question.text.splitlines()), question.name


@pytest.mark.parametrize("slug", QUIZZES)
def test_post_tests_mix_the_kinds_of_question(slug):
    kinds = Counter(question.type for question in questions(slug, "post_test"))
    assert kinds[QuestionType.MULTIPLE] >= 1
    assert kinds[QuestionType.TRUE_FALSE] >= 1
    assert kinds[QuestionType.SHORT_TEXT] >= 1
    assert kinds[QuestionType.SINGLE] == max(kinds.values())  # single choice stays the most common


def test_keterampilan_post_test_has_numeric_bookkeeping_questions_with_no_tolerance():
    numeric = [q for q in questions(KETERAMPILAN, "post_test") if q.type == QuestionType.NUMERIC]
    assert len(numeric) >= 2
    for question in numeric:
        right = [choice for choice in question.choices if choice.fraction == 100]
        assert right
        assert all(choice.tolerance == 0 for choice in right)


def test_saldo_question_expects_the_balance_after_receipts_and_payments():
    saldo = next(q for q in questions(KETERAMPILAN, "post_test") if q.name == "Saldo kas akhir April")
    opening, receipts, payments = 875_000, 12 * 10_000 + 250_000, 185_000 + 40_000
    assert [choice.text for choice in saldo.choices if choice.fraction == 100] == [
        str(opening + receipts - payments)
    ]


@pytest.mark.parametrize(("slug", "kind"), BLOCKS)
def test_multiple_answer_right_choices_add_up_to_a_hundred_and_wrong_ones_cost(slug, kind):
    for question in questions(slug, kind):
        if question.type != QuestionType.MULTIPLE:
            continue
        fractions = [choice.fraction for choice in question.choices]
        assert abs(sum(f for f in fractions if f > 0) - 100) <= Decimal("0.1")
        assert any(f < 0 for f in fractions)


@pytest.mark.parametrize(("slug", "kind"), BLOCKS)
def test_every_wrong_choice_explains_why(slug, kind):
    for question in questions(slug, kind):
        if question.type in QuestionType.with_choices():
            wrong = [choice for choice in question.choices if choice.fraction <= 0]
            assert wrong
            assert all(choice.feedback for choice in wrong), question.name


@pytest.mark.parametrize("slug", QUIZZES)
def test_self_assessments_have_eight_statements_two_or_three_reversed(slug):
    statements = SELF_ASSESSMENTS[slug]
    assert len(statements) == 8
    assert 2 <= sum(reverse for _text, reverse in statements) <= 3
    assert all(text.startswith("Saya ") and isinstance(reverse, bool) for text, reverse in statements)
    assert len({text for text, _reverse in statements}) == 8


def test_self_assessments_cover_every_demo_course():
    assert set(SELF_ASSESSMENTS) == set(COURSE_PILLARS)


def test_rubric_has_five_criteria_of_four_levels():
    assert RUBRIC["name"] == "Rubrik keterampilan pengurus"
    assert RUBRIC["description"].strip()
    assert len(RUBRIC["criteria"]) == 5
    for criterion in RUBRIC["criteria"]:
        assert criterion["name"].strip()
        assert len(criterion["levels"]) == 4
        assert all(level.strip() for level in criterion["levels"])


def test_rubric_observes_the_keterampilan_course():
    assert COURSE_PILLARS[RUBRIC_COURSE] == "keterampilan"


def test_six_session_topics():
    assert len(SESSION_TOPICS) == 6
    assert len(set(SESSION_TOPICS)) == 6
    assert all(topic.strip() for topic in SESSION_TOPICS)
