"""seed_scale: synthetic WKSBM, pengurus and exactly the asked number of answers, on the demo data."""

from io import StringIO

from django.core.management import call_command
from django.core.management.base import CommandError

import pytest

from assessments.models import Answer, Attempt, Observation, PembinaanSession
from courses.models import Assignment
from demo.scale import PHONE_PREFIX
from lms.models import User
from readiness.choices import Level
from readiness.score import wksbm_readiness
from wksbm.models import CORE_JABATAN, Pengurus, Wksbm

pytestmark = pytest.mark.django_db

SIZES = ["--wksbm", "3", "--pengurus-per-wksbm", "4", "--answers-per-pengurus", "20"]


@pytest.fixture
def demo():
    call_command("seed_demo", stdout=StringIO())
    return {
        "wksbm": Wksbm.objects.count(),
        "pengurus": Pengurus.objects.count(),
        "answers": Answer.objects.count(),
    }


def test_seed_scale_adds_the_asked_numbers_of_wksbm_pengurus_and_answers(demo):
    out = StringIO()
    call_command("seed_scale", *SIZES, stdout=out)

    added = Wksbm.objects.filter(pengurus__user__phone__startswith=PHONE_PREFIX).distinct()
    assert Wksbm.objects.count() == demo["wksbm"] + 3
    assert added.count() == 3
    assert Pengurus.objects.count() == demo["pengurus"] + 3 * 4
    assert Answer.objects.count() == demo["answers"] + 3 * 4 * 20
    synthetic = User.objects.filter(phone__startswith=PHONE_PREFIX)
    assert synthetic.count() == 12
    assert not any(user.has_usable_password() for user in synthetic)
    for network in added:
        assert network.code.startswith(f"{network.kelurahan_id}-")
        assert set(CORE_JABATAN) <= set(network.pengurus.values_list("jabatan", flat=True))
        assert Assignment.objects.filter(wksbm=network).count() == 3
        assert PembinaanSession.objects.filter(wksbm=network).exists()
    for user in synthetic:
        assert Answer.objects.filter(attempt__user=user).count() == 20
        # Whole attempts are submitted and scored; only the last one may be left in progress.
        assert Attempt.objects.filter(user=user, submitted_at__isnull=True).count() <= 1
        assert not Attempt.objects.filter(user=user, submitted_at__isnull=False, score__isnull=True).exists()
    assert Observation.objects.filter(user__in=synthetic).exists()
    assert "20" in out.getvalue() and "240 answers" in out.getvalue()

    rows = wksbm_readiness(Wksbm.objects.all())
    assert sorted(row.wksbm_id for row in rows) == sorted(Wksbm.objects.values_list("pk", flat=True))
    by_id = {row.wksbm_id: row for row in rows}
    for network in added:
        assert by_id[network.pk].active_pengurus == 4
        assert by_id[network.pk].level in Level.values


def test_seed_scale_runs_seed_demo_first_and_refuses_a_second_run_without_force(db):
    out = StringIO()
    call_command("seed_scale", *SIZES, stdout=out)
    assert "running seed_demo first" in out.getvalue()
    synthetic_answers = Answer.objects.filter(attempt__user__phone__startswith=PHONE_PREFIX)
    assert synthetic_answers.count() == 3 * 4 * 20
    wksbm = Wksbm.objects.count()

    with pytest.raises(CommandError, match="--force"):
        call_command("seed_scale", *SIZES, stdout=StringIO())
    assert synthetic_answers.count() == 3 * 4 * 20

    call_command("seed_scale", *SIZES, "--force", stdout=StringIO())
    assert synthetic_answers.count() == 2 * 3 * 4 * 20
    assert User.objects.filter(phone__startswith=PHONE_PREFIX).count() == 2 * 3 * 4
    assert Wksbm.objects.count() == wksbm + 3  # the next free codes: no clash with the first set
