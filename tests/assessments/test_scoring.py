"""Grading of every question type against a snapshot, as assessments.scoring documents it."""

from decimal import Decimal

import pytest

from assessments.scoring import Graded, attempt_score, is_correct, parse_number, question_credit


def snapshot(type, choices=(), **options):
    return {
        "type": type,
        "choices": [
            {"id": i + 1, "text": text, "fraction": str(fraction), "tolerance": tol, "feedback": ""}
            for i, (text, fraction, tol) in enumerate((*c, None)[:3] for c in choices)
        ],
        **options,
    }


SINGLE = snapshot("single", [("Ketua", 100), ("Bendahara", 0), ("Anggota", 0)])
TRUE_FALSE = snapshot("true_false", [("Benar", 0), ("Salah", 100)])
# Two right (50 each) and two wrong (-50 each) choices.
MULTIPLE = snapshot("multiple", [("PKK", 50), ("Karang taruna", 50), ("Bank", -50), ("Partai", -50)])


@pytest.mark.parametrize(
    "response, credit",
    [([1], 100), ([2], 0), ([], 0), (None, 0), ([1, 2], 0), ("1", 100), (["x"], 0)],
)
def test_single_choice_earns_the_chosen_choices_credit(response, credit):
    assert question_credit(SINGLE, response) == credit


def test_true_false_is_graded_like_a_single_choice():
    assert question_credit(TRUE_FALSE, [2]) == 100
    assert question_credit(TRUE_FALSE, [1]) == 0


@pytest.mark.parametrize(
    "response, credit",
    [
        ([1, 2], 100),  # both right
        ([1], 50),  # half
        ([1, 3], 0),  # a right and a wrong cancel out
        ([1, 2, 3], 50),
        ([1, 2, 3, 4], 0),  # ticking everything earns nothing
        ([3], 0),  # never below zero
    ],
)
def test_multiple_choice_partial_credit_is_the_sum_kept_between_0_and_100(response, credit):
    assert question_credit(MULTIPLE, response) == credit


def test_short_text_ignores_case_spaces_and_unicode_width_unless_case_sensitive():
    question = snapshot("short_text", [("Karang Taruna", 100), ("karang-taruna", 50)])
    assert question_credit(question, "  karang   TARUNA ") == 100
    assert question_credit(question, "Karang-Taruna") == 50
    assert question_credit(question, "PKK") == 0
    assert question_credit(question, "") == 0
    strict = {**question, "case_sensitive": True}
    assert question_credit(strict, "karang taruna") == 0
    assert question_credit(strict, "Karang  Taruna") == 100


@pytest.mark.parametrize(
    "response, credit",
    [("3.14", 100), ("3,15", 100), ("3.16", 50), ("3.2", 50), ("3.3", 0), ("tiga", 0), ("", 0), (None, 0)],
)
def test_numeric_answers_are_right_within_their_tolerance(response, credit):
    question = snapshot("numeric", [("3.14", 100, "0.01"), ("3.1", 50, "0.1")])
    assert question_credit(question, response) == credit


def test_indonesian_numbers_are_understood():
    assert parse_number("1.234,5") == Decimal("1234.5")
    assert parse_number("2,5") == Decimal("2.5")
    assert parse_number("2.5") == Decimal("2.5")
    assert parse_number("650.000") == Decimal("650000")
    assert parse_number("Rp 1.250.000") == Decimal("1250000")
    assert parse_number("0.125") == Decimal("0.125")
    assert parse_number("Infinity") is None
    assert parse_number("abc") is None


@pytest.mark.parametrize("response, credit", [(1, 0), (2, 25), (3, 50), (4, 75), (5, 100), (None, 0), (6, 0)])
def test_likert_scores_response_minus_one_over_four(response, credit):
    assert question_credit(snapshot("likert"), response) == credit


@pytest.mark.parametrize("response, credit", [(1, 100), (2, 75), (3, 50), (4, 25), (5, 0)])
def test_a_reverse_scored_likert_item_counts_six_minus_the_response(response, credit):
    assert question_credit(snapshot("likert", reverse_scored=True), response) == credit


def test_a_self_assessment_score_is_the_mean_response_rule_of_the_brief():
    # Responses 4, 5 and a reverse item answered 2 (counted 6 - 2 = 4): mean 4.333 -> 83.333.
    items = [(snapshot("likert"), 4), (snapshot("likert"), 5), (snapshot("likert", reverse_scored=True), 2)]
    graded = [Graded(credit=question_credit(q, r), points=Decimal(1)) for q, r in items]
    assert attempt_score(graded) == Decimal("83.333")


def test_the_attempt_score_weights_questions_by_points():
    graded = [Graded(credit=Decimal(100), points=Decimal(3)), Graded(credit=Decimal(0), points=Decimal(1))]
    assert attempt_score(graded) == Decimal("75.000")
    assert attempt_score([]) == 0


def test_three_right_choices_of_a_third_each_are_fully_correct():
    thirds = snapshot("multiple", [("A", "33.33333"), ("B", "33.33333"), ("C", "33.33333"), ("D", -100)])
    credit = question_credit(thirds, [1, 2, 3])
    assert is_correct(thirds, credit)
    assert not is_correct(thirds, question_credit(thirds, [1, 2]))
