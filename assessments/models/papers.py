"""Quiz papers downloaded for answering offline."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OfflinePaper(models.Model):
    """The questions of a quiz as one learner downloaded them to answer offline, for one attempt.
    The snapshot, with its scoring data, stays here; the phone gets only the questions and
    choices. The attempt made on the phone is created from it when it reaches the server."""

    wagtail_reference_index_ignore = True  # a record, not content (docs/decisions.md)

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    quiz = models.ForeignKey(
        "assessments.QuizPage", verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="+"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="+"
    )
    questions = models.JSONField(_("questions given"), editable=False)
    # The attempt made from it: a paper serves one attempt, like an online start, so a second
    # attempt never gets the questions of a first one whose review the learner may have seen.
    attempt = models.OneToOneField(
        "assessments.Attempt", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("downloaded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("offline paper")
        verbose_name_plural = _("offline papers")
        indexes = [models.Index(fields=["quiz", "user", "-created_at"], name="paper_latest")]

    def __str__(self):
        return f"{self.user} · {self.quiz_id} · {self.created_at:%Y-%m-%d}"
