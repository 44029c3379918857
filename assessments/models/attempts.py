"""Attempts at a quiz and the answers given, kept for every try."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.roles import region_code_filter, region_scope
from wksbm.models import Pengurus

from ..choices import QuizKind


class PersonalRecordQuerySet(models.QuerySet):
    """Records about one person (attempts, certificates)."""

    def visible_to(self, user):
        """Staff see the records of people serving (now or before) in their region; learners their own."""
        prefix = region_scope(user)
        if prefix is None:
            return self.filter(user=user) if getattr(user, "is_authenticated", False) else self.none()
        people = Pengurus.objects.filter(region_code_filter(prefix, "wksbm__kelurahan__code")).values(
            "user_id"
        )
        return self.filter(user__in=people)


class AttemptQuerySet(PersonalRecordQuerySet):
    def submitted(self):
        return self.filter(submitted_at__isnull=False)

    def in_progress(self):
        return self.filter(submitted_at__isnull=True)


class Attempt(models.Model):
    """One try at a quiz. It keeps the questions and choices it was given (`questions`) so that
    editing the bank later never rewrites what a learner answered; that snapshot holds the
    scoring data and never leaves the server before the attempt is submitted."""

    wagtail_reference_index_ignore = True  # a record, not content (docs/decisions.md)

    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Set by the phone for an attempt made offline, so that a retried sync finds it again.
    client_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    quiz = models.ForeignKey(
        "assessments.QuizPage", verbose_name=_("quiz"), on_delete=models.PROTECT, related_name="attempts"
    )
    # Copied from the quiz so reports need not walk the page tree.
    course = models.ForeignKey(
        "courses.CoursePage", verbose_name=_("course"), on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=QuizKind.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="attempts"
    )
    number = models.PositiveSmallIntegerField(_("attempt number"))
    questions = models.JSONField(_("questions given"), editable=False)
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"), null=True)
    started_at = models.DateTimeField(_("started at"))
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    score = models.DecimalField(_("score"), max_digits=6, decimal_places=3, null=True, blank=True)
    passed = models.BooleanField(_("passed"), null=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(fields=["quiz", "user", "number"], name="attempt_numbers_are_unique"),
            models.UniqueConstraint(
                fields=["quiz", "user"],
                condition=Q(submitted_at__isnull=True),
                name="one_open_attempt_per_quiz",
            ),
        ]
        indexes = [models.Index(fields=["user", "course", "kind", "submitted_at"], name="attempt_evidence")]

    def __str__(self):
        return f"{self.user} · {self.quiz.title} #{self.number}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None


class Answer(models.Model):
    """The response to one question of an attempt, saved as the learner goes."""

    wagtail_reference_index_ignore = True  # a record, not content (docs/decisions.md)

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    position = models.PositiveSmallIntegerField(_("position"))
    question = models.ForeignKey(
        "assessments.Question", null=True, on_delete=models.SET_NULL, related_name="answers"
    )
    response = models.JSONField(_("response"), null=True)
    credit = models.DecimalField(_("credit (%)"), max_digits=8, decimal_places=5, null=True)
    saved_at = models.DateTimeField(_("saved at"))

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="one_answer_per_question")
        ]

    def __str__(self):
        return f"{self.attempt_id}#{self.position}"
