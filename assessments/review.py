"""What a learner is shown of their attempts: the questions while answering (no scoring data),
and the result afterwards, as far as the quiz's review policy allows."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils import timezone
from django.utils.formats import number_format

from courses.progress import CourseOutline, LessonStep

from .choices import LIKERT_LABELS, QuestionType, ReviewPolicy
from .models import Attempt, QuizPage
from .scoring import chosen_ids, is_correct, parse_number


@dataclass(frozen=True)
class ChoiceView:
    id: int
    text: str


@dataclass(frozen=True)
class QuestionView:
    """A question as the answering form shows it: its text and choices, nothing that grades."""

    position: int
    type: str
    text: str
    choices: tuple[ChoiceView, ...]
    response: object

    @property
    def field_name(self) -> str:
        return f"q-{self.position}"

    @property
    def chosen_ids(self) -> set[int]:
        return chosen_ids(self.response)


@dataclass(frozen=True)
class ChecklistItem:
    """One line of "Periksa jawaban": question `number` (from 1) and whether it has an answer."""

    number: int
    position: int
    answered: bool


def answered_checklist(questions: list[dict], responses: dict[int, object]) -> list[ChecklistItem]:
    return [
        ChecklistItem(
            number=position + 1,
            position=position,
            answered=responses.get(position) not in (None, "", []),
        )
        for position in range(len(questions))
    ]


def questions_for_answering(questions: list[dict], responses: dict[int, object]) -> list[QuestionView]:
    """The form's view of a snapshot (an attempt's or an offline paper's): no scoring data."""
    views = []
    for position, question in enumerate(questions):
        choices = ()
        if question["type"] in QuestionType.with_choices():
            choices = tuple(ChoiceView(id=c["id"], text=c["text"]) for c in question["choices"])
        elif question["type"] == QuestionType.LIKERT:
            choices = tuple(ChoiceView(id=value, text=label) for value, label in LIKERT_LABELS.items())
        views.append(
            QuestionView(
                position=position,
                type=question["type"],
                text=question["text"],
                choices=choices,
                response=responses.get(position),
            )
        )
    return views


@dataclass(frozen=True)
class ReviewedQuestion:
    position: int
    type: str
    text: str
    given: str  # the learner's answer, as text
    credit: Decimal | None
    correct: bool
    right_answers: tuple[str, ...]  # empty unless the policy shows them
    feedback: tuple[str, ...]  # the chosen choices' feedback and the explanation, when shown
    lesson_id: int | None = None  # the materi the question tests, as it was when the attempt began

    @property
    def number(self) -> int:
        return self.position + 1


def answers_shown(quiz: QuizPage, now=None) -> bool:
    """Whether the review policy lets learners see right answers and explanations now."""
    if quiz.review_policy == ReviewPolicy.AFTER_SUBMIT:
        return True
    if quiz.review_policy == ReviewPolicy.AFTER_CLOSE:
        return quiz.is_closed(now or timezone.now())
    return False


def _given_text(question: dict, response) -> str:
    if response in (None, "", []):
        return ""
    if question["type"] == QuestionType.LIKERT:
        return str(LIKERT_LABELS.get(response, response))
    if question["type"] in QuestionType.with_choices():
        chosen = chosen_ids(response)
        return "; ".join(c["text"] for c in question["choices"] if c["id"] in chosen)
    return str(response)


def _answer_text(question: dict, text: str) -> str:
    """Accepted numbers the way Indonesians write them (1.020.000, 2,5)."""
    if question["type"] == QuestionType.NUMERIC:
        return number_format(parse_number(text), force_grouping=True)
    return text


def attempt_review(attempt: Attempt, *, show_answers: bool) -> list[ReviewedQuestion]:
    """Per question: the learner's answer and whether it earned full credit; with `show_answers`,
    also the right answers and feedback. Two queries at most, whatever the number of questions."""
    answers = {answer.position: answer for answer in attempt.answers.all()}
    reviewed = []
    for position, question in enumerate(attempt.questions):
        answer = answers.get(position)
        response = answer.response if answer else None
        credit = answer.credit if answer else None
        right, feedback = (), ()
        if show_answers and question["type"] != QuestionType.LIKERT:
            right = tuple(
                _answer_text(question, c["text"]) for c in question["choices"] if Decimal(c["fraction"]) > 0
            )
            chosen = chosen_ids(response)
            feedback = tuple(
                c["feedback"] for c in question["choices"] if c["id"] in chosen and c["feedback"]
            )
            if question["general_feedback"]:
                feedback += (question["general_feedback"],)
        reviewed.append(
            ReviewedQuestion(
                position=position,
                type=question["type"],
                text=question["text"],
                given=_given_text(question, response),
                credit=credit,
                correct=credit is not None and is_correct(question, credit),
                right_answers=right,
                feedback=feedback,
                lesson_id=question.get("lesson_id"),  # absent from attempts made before it existed
            )
        )
    return reviewed


def lessons_to_reread(reviewed: list[ReviewedQuestion], outline: CourseOutline) -> tuple[LessonStep, ...]:
    """The live materi of `outline` that the missed questions name, each once, in course order.
    Empty when no missed question names one: the result then points to the module's materi."""
    missed = {item.lesson_id for item in reviewed if item.type != QuestionType.LIKERT and not item.correct}
    return tuple(step for step in outline.lessons if step.id in missed)
