import datetime

from django.db import IntegrityError, transaction

import pytest

from tests.factories import PengurusFactory, WksbmFactory
from wksbm.models import Pengurus

pytestmark = pytest.mark.django_db


def test_wksbm_codes_come_from_the_kelurahan_and_skip_codes_in_use(regions):
    first = WksbmFactory(kelurahan_code="33.71.01.1010")
    second = WksbmFactory(kelurahan_code="33.71.01.1010")
    assert (first.code, second.code) == ("33.71.01.1010-1", "33.71.01.1010-2")
    first.delete()
    assert WksbmFactory(kelurahan_code="33.71.01.1010").code == "33.71.01.1010-1"
    assert WksbmFactory(kelurahan_code="33.71.01.1010").code == "33.71.01.1010-3"


def test_active_pengurus_follow_the_term_dates(regions):
    term = PengurusFactory(active_from=datetime.date(2024, 1, 1), active_to=datetime.date(2025, 1, 1))
    assert list(Pengurus.objects.active(datetime.date(2024, 1, 1))) == [term]
    assert list(Pengurus.objects.active(datetime.date(2024, 12, 31))) == [term]
    assert not Pengurus.objects.active(datetime.date(2025, 1, 1)).exists()
    assert not Pengurus.objects.active(datetime.date(2023, 12, 31)).exists()


def test_core_officers_weigh_double(regions):
    assert PengurusFactory(jabatan="ketua").role_weight == 2
    assert PengurusFactory(jabatan="bendahara").role_weight == 2
    assert PengurusFactory(jabatan="wakil_ketua").role_weight == 1
    assert PengurusFactory(jabatan="anggota").role_weight == 1


def test_the_database_refuses_a_term_that_ends_before_it_starts(regions):
    with pytest.raises(IntegrityError), transaction.atomic():
        PengurusFactory(active_from=datetime.date(2025, 1, 1), active_to=datetime.date(2024, 1, 1))


def test_the_database_refuses_two_open_terms_of_one_person_in_one_wksbm(regions):
    term = PengurusFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        PengurusFactory(user=term.user, wksbm=term.wksbm)
    # A closed earlier term next to an open one is history, and allowed.
    PengurusFactory(
        user=term.user,
        wksbm=term.wksbm,
        active_from=datetime.date(2020, 1, 1),
        active_to=datetime.date(2023, 1, 1),
    )
