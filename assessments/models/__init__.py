from .attempts import Answer, Attempt
from .questions import Choice, Question, QuestionBank, TaggedQuestion
from .quizzes import QuizPage, QuizQuestion

__all__ = [
    "Answer",
    "Attempt",
    "Choice",
    "Question",
    "QuestionBank",
    "QuizPage",
    "QuizQuestion",
    "TaggedQuestion",
]
