"""That a learner chose to skip a module's pre-test ("Lewati pre-test"), and when."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .attempts import PersonalRecordQuerySet


class PreTestSkip(models.Model):
    """An explicit skip: the path through the module (assessments.path) stops asking for the
    pre-test. Made by assessments.path.pre_test_skip, once per learner and quiz."""

    wagtail_reference_index_ignore = True  # a record, not content (docs/decisions.md)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="pre_test_skips",
    )
    quiz = models.ForeignKey(
        "assessments.QuizPage", verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="+"
    )
    skipped_at = models.DateTimeField(_("skipped at"), default=timezone.now)

    objects = PersonalRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("skipped pre-test")
        verbose_name_plural = _("skipped pre-tests")
        constraints = [models.UniqueConstraint(fields=["user", "quiz"], name="one_skip_per_pre_test")]

    def __str__(self):
        return f"{self.user} ⤼ {self.quiz_id}"
