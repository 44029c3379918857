"""factory_boy factories; regions come from the demo CSV (`demo_regions` fixture)."""

import datetime
import itertools

import factory

from lms.models import User
from lms.roles import Role
from wksbm.models import DinsosOffice, Jabatan, Pengurus, Region, Wksbm

_numbers = itertools.count(1)


def phone_number() -> str:
    return f"+62812{next(_numbers):08d}"


class UserFactory(factory.django.DjangoModelFactory):
    """A pengurus account by default: `UserFactory(role=Role.PENYULUH, office=office)` for staff."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    phone = factory.LazyFunction(phone_number)
    name = factory.Faker("name", locale="id_ID")
    role = Role.PENGURUS
    password = factory.PostGenerationMethodCall("set_password", "rahasia-123")

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class DinsosOfficeFactory(factory.django.DjangoModelFactory):
    """`DinsosOfficeFactory(region_code="17.01")`; needs the demo regions loaded."""

    class Meta:
        model = DinsosOffice

    class Params:
        region_code = "33.71"

    region = factory.LazyAttribute(lambda office: Region.objects.get(code=office.region_code))
    name = factory.LazyAttribute(lambda office: f"Dinas Sosial {office.region.name}")


class WksbmFactory(factory.django.DjangoModelFactory):
    """`WksbmFactory(kelurahan_code="17.01.05.1010")`; needs the demo regions loaded."""

    class Meta:
        model = Wksbm

    class Params:
        kelurahan_code = "33.71.01.1010"

    name = factory.Sequence(lambda n: f"WKSBM Contoh {n}")
    kelurahan = factory.LazyAttribute(lambda wksbm: Region.objects.get(code=wksbm.kelurahan_code))


class PengurusFactory(factory.django.DjangoModelFactory):
    """An active term: `PengurusFactory(wksbm=w, jabatan=Jabatan.KETUA)`."""

    class Meta:
        model = Pengurus

    user = factory.SubFactory(UserFactory)
    wksbm = factory.SubFactory(WksbmFactory)
    jabatan = Jabatan.ANGGOTA
    active_from = datetime.date(2024, 1, 1)
