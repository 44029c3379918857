from django.db import models
from django.utils.translation import gettext_lazy as _


class QuestionType(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple choice")
    TRUE_FALSE = "true_false", _("True/false")
    SHORT_TEXT = "short_text", _("Short answer (text)")
    NUMERIC = "numeric", _("Short answer (number)")
    LIKERT = "likert", _("Likert statement (1-5)")

    @classmethod
    def with_choices(cls) -> set[str]:
        """Types whose learner picks from listed choices."""
        return {cls.SINGLE, cls.MULTIPLE, cls.TRUE_FALSE}


class Difficulty(models.TextChoices):
    EASY = "easy", _("Easy")
    MEDIUM = "medium", _("Medium")
    HARD = "hard", _("Hard")


class QuizKind(models.TextChoices):
    PRE_TEST = "pre_test", _("Pre-test")
    POST_TEST = "post_test", _("Post-test")
    PRACTICE = "practice", _("Practice")
    SELF_ASSESSMENT = "self_assessment", _("Self-assessment")


class ReviewPolicy(models.TextChoices):
    AFTER_SUBMIT = "after_submit", _("Show correct answers after submitting")
    AFTER_CLOSE = "after_close", _("Show correct answers after the quiz closes")
    NEVER = "never", _("Never show correct answers")


# The five answers of a Likert statement, 1 (strongly disagree) to 5 (strongly agree).
LIKERT_LABELS = {
    1: _("Strongly disagree"),
    2: _("Disagree"),
    3: _("Neutral"),
    4: _("Agree"),
    5: _("Strongly agree"),
}
