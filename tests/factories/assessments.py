"""Question banks, questions and quizzes for tests: `make_question(bank, "single", ...)`."""

from decimal import Decimal

from assessments.choices import QuestionType, QuizKind
from assessments.models import Choice, Question, QuestionBank, QuizPage, QuizQuestion, Rubric, RubricCriterion
from tests.factories.courses import publish

SECRET = "RAHASIA"  # every piece of scoring data in a secret quiz carries this marker


def make_bank(*, office=None, name="Bank soal"):
    return QuestionBank.objects.create(name=name, office=office)


def make_question(
    bank, type=QuestionType.SINGLE, *, text="Siapa yang memimpin rapat WKSBM?", choices=(), **fields
):
    """`choices` are (text, fraction) or (text, fraction, tolerance) tuples, in order."""
    question = Question(bank=bank, type=type, text=text, **fields)
    for order, spec in enumerate(choices):
        text_, fraction, *rest = spec
        question.choices.add(
            Choice(
                text=text_,
                fraction=Decimal(str(fraction)),
                tolerance=Decimal(str(rest[0])) if rest else None,
                feedback=f"Umpan balik {text_}",
                sort_order=order,
            )
        )
    question.save()
    return question


def make_single(bank, text="Siapa yang memimpin rapat WKSBM?", right="Ketua", wrong=("Bendahara", "Anggota")):
    return make_question(bank, text=text, choices=[(right, 100), *((w, 0) for w in wrong)])


def make_quiz(course, questions=(), *, title="Post-test", kind=QuizKind.POST_TEST, **rules):
    quiz = QuizPage(title=title, kind=kind, **rules)
    for order, question in enumerate(questions):
        quiz.quiz_questions.add(QuizQuestion(question=question, sort_order=order))
    publish(course.add_child(instance=quiz))
    return QuizPage.objects.get(pk=quiz.pk)


def make_rubric(*, office=None, name="Rubrik keterampilan", criteria=("Memimpin rapat", "Mencatat kas")):
    rubric = Rubric(name=name, office=office)
    for order, criterion in enumerate(criteria):
        rubric.criteria.add(
            RubricCriterion(
                name=criterion,
                level_1=f"{criterion}: belum mampu",
                level_2=f"{criterion}: mampu dengan bantuan",
                level_3=f"{criterion}: mampu mandiri",
                level_4=f"{criterion}: mampu membimbing",
                sort_order=order,
            )
        )
    rubric.save()
    return rubric


def make_secret_quiz(course, bank, **rules):
    """One question of each graded type whose accepted answers and feedback hold SECRET."""
    questions = [
        make_question(bank, QuestionType.SINGLE, text="Pilih satu", choices=[("Ketua", 100), ("Anggota", 0)]),
        make_question(
            bank, QuestionType.MULTIPLE, text="Pilih dua", choices=[("PKK", 50), ("RT", 50), ("Bank", -100)]
        ),
        make_question(bank, QuestionType.TRUE_FALSE, text="Benar?", choices=[("Benar", 100), ("Salah", 0)]),
        make_question(bank, QuestionType.SHORT_TEXT, text="Isian", choices=[(f"{SECRET} taruna", 100)]),
        make_question(bank, QuestionType.NUMERIC, text="Angka", choices=[("314159", 100, "0.5")]),
    ]
    for question in questions:
        question.general_feedback = f"{SECRET} pembahasan"
        question.save()
        question.choices.update(feedback=f"{SECRET} umpan balik")
    return make_quiz(course, questions, title="Kuis rahasia", **rules)
