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
    "Question",
    "QuestionBank",
    "QuizPage",
    "QuizQuestion",
    "Rubric",
    "RubricCriterion",
    "TaggedQuestion",
]
