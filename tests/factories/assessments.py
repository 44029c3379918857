"""Question banks, questions and quizzes for tests: `make_question(bank, "single", ...)`."""

from decimal import Decimal

from assessments.choices import QuestionType, QuizKind
from assessments.models import Choice, Question, QuestionBank, QuizPage, QuizQuestion
from tests.factories.courses import publish


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
