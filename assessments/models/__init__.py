from .attempts import Answer, Attempt
from .certificates import Certificate, CertificateTemplate
from .observations import (
    Attendance,
    Observation,
    ObservationLevel,
    PembinaanSession,
    Rubric,
    RubricCriterion,
)
from .papers import OfflinePaper
from .questions import Choice, Question, QuestionBank, TaggedQuestion
from .quizzes import QuizPage, QuizQuestion
from .skips import PreTestSkip

__all__ = [
    "Answer",
    "Attempt",
    "Attendance",
    "Certificate",
    "CertificateTemplate",
    "Choice",
    "Observation",
    "OfflinePaper",
    "ObservationLevel",
    "PembinaanSession",
    "PreTestSkip",
    "Question",
    "QuestionBank",
    "QuizPage",
    "QuizQuestion",
    "Rubric",
    "RubricCriterion",
    "TaggedQuestion",
]
