"""Demo data for `manage.py seed_demo`: two Dinsos offices with real regions and WKSBM."""

import datetime
from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.db import transaction

from lms.models import User
from lms.phone import normalize_phone
from lms.roles import Role
from wksbm.models import DinsosOffice, Jabatan, KpsGroup, Pengurus, Wksbm
from wksbm.regions import demo_regions, regions_load

DEMO_PASSWORD = "pembinaan-demo"  # noqa: S105 - published demo login

OFFICES = {
    "33.71": ("Dinas Sosial Kota Magelang", "Jl. Sarwo Edi Wibowo No. 2, Magelang"),
    "17.01": ("Dinas Sosial Kabupaten Bengkulu Selatan", "Jl. Affan Bachsin, Manna"),
}

# (phone, name, role, office region or None)
STAFF = [
    ("0812-2700-1001", "Sri Wahyuni", Role.PENYULUH, "33.71"),
    ("0812-2700-1002", "Bambang Hermawan", Role.MANAGER, "33.71"),
    ("0812-7300-2001", "Rahmat Hidayat", Role.PENYULUH, "17.01"),
    ("0812-7300-2002", "Yulia Fitriani", Role.MANAGER, "17.01"),
    ("0811-1000-0001", "Admin Nasional", Role.ADMIN, None),
]

KPS_BY_WKSBM = [
    ("Majelis Taklim Al-Ikhlas", KpsGroup.Kind.MAJELIS_TAKLIM),
    ("PKK Kelurahan", KpsGroup.Kind.PKK),
    ("Karang Taruna Tunas Harapan", KpsGroup.Kind.KARANG_TARUNA),
    ("Rukun Kematian RW 03", KpsGroup.Kind.RUKUN_KEMATIAN),
]

JABATAN_ORDER = [
    Jabatan.KETUA,
    Jabatan.WAKIL_KETUA,
    Jabatan.SEKRETARIS,
    Jabatan.BENDAHARA,
    Jabatan.SEKSI,
    Jabatan.SEKSI,
    Jabatan.ANGGOTA,
    Jabatan.ANGGOTA,
    Jabatan.ANGGOTA,
    Jabatan.ANGGOTA,
]


@dataclass(frozen=True)
class DemoWksbm:
    code: str
    name: str
    founded_on: datetime.date
    people: tuple[str, ...]


WKSBM = [
    DemoWksbm(
        "33.71.01.1010-1",
        "WKSBM Guyub Rukun Tidar Utara",
        datetime.date(2019, 3, 12),
        (
            "Suharto Wibisono",
            "Endang Lestari",
            "Agus Setiawan",
            "Sri Rahayu",
            "Joko Purnomo",
            "Siti Aminah",
            "Bayu Prasetyo",
            "Wulan Sari",
        ),
    ),
    DemoWksbm(
        "33.71.01.1003-1",
        "WKSBM Sejahtera Rejowinangun Selatan",
        datetime.date(2018, 7, 2),
        ("Slamet Riyadi", "Tri Wahyuningsih", "Dwi Kurniawan", "Sumarni", "Heru Santoso", "Ratna Dewi"),
    ),
    DemoWksbm(
        "33.71.02.1008-1",
        "WKSBM Bersatu Kramat Utara",
        datetime.date(2020, 1, 20),
        (
            "Mulyono",
            "Yuni Astuti",
            "Teguh Santosa",
            "Kartini",
            "Eko Nugroho",
            "Fitri Handayani",
            "Gunawan",
            "Lestari Ningsih",
            "Wahyu Hidayat",
        ),
    ),
    DemoWksbm(
        "33.71.03.1002-1",
        "WKSBM Peduli Sesama Cacaban",
        datetime.date(2017, 10, 5),
        (
            "Sugeng Riyanto",
            "Nur Hidayah",
            "Budi Santoso",
            "Puji Astuti",
            "Hendra Saputra",
            "Dewi Kusuma",
            "Anton Wijaya",
        ),
    ),
    DemoWksbm(
        "33.71.02.1004-1",
        "WKSBM Mandiri Potrobangsan",
        datetime.date(2021, 6, 14),
        (
            "Darmaji",
            "Sulastri",
            "Rudi Hartono",
            "Yanti Susilowati",
            "Arif Rahman",
            "Indah Permatasari",
            "Suparno",
            "Tutik Handayani",
            "Andi Pratama",
            "Rina Marlina",
        ),
    ),
    DemoWksbm(
        "17.01.05.1010-1",
        "WKSBM Setia Kawan Kota Medan",
        datetime.date(2016, 9, 1),
        ("Zulkifli", "Nurhayati", "Hamdan Syarif", "Rosmawati", "Edi Supriadi", "Lina Marlina", "Junaidi"),
    ),
    DemoWksbm(
        "17.01.11.1004-1",
        "WKSBM Bersatu Pasar Mulia",
        datetime.date(2018, 2, 26),
        (
            "Syamsul Bahri",
            "Rita Zahara",
            "Herman Sani",
            "Mardiana",
            "Darwis",
            "Yusnidar",
            "Ahmad Fauzi",
            "Elita Sari",
        ),
    ),
    DemoWksbm(
        "17.01.02.2004-1",
        "WKSBM Sepakat Tanjung Menang",
        datetime.date(2020, 11, 9),
        ("Sarkowi", "Hasnah", "Iskandar Zulkarnain", "Ratna Juwita", "Sahrul", "Erna Wati"),
    ),
]


def demo_pengurus_phone(wksbm_index: int, person_index: int) -> str:
    return f"0813-{5100 + wksbm_index:04d}-{2001 + person_index:04d}"


def _user(phone: str, name: str, role: str, password: str, office: DinsosOffice | None = None) -> User:
    """`password` is a hash: one for every demo account (the password is published anyway), as a
    slow hasher's cost per account would add a minute to seeding."""
    user, created = User.objects.get_or_create(
        phone=normalize_phone(phone), defaults={"name": name, "role": role, "office": office}
    )
    if created:
        user.password = password
        user.save(update_fields=["password"])
    return user


@transaction.atomic
def demo_seed() -> dict[str, int]:
    """Create the demo regions, offices, staff, WKSBM and pengurus; running it again adds nothing."""
    regions = regions_load(demo_regions())
    offices = {
        code: DinsosOffice.objects.get_or_create(region_id=code, defaults={"name": name, "address": address})[
            0
        ]
        for code, (name, address) in OFFICES.items()
    }
    password = make_password(DEMO_PASSWORD)
    for phone, name, role, office_code in STAFF:
        _user(phone, name, role, password, offices.get(office_code))

    pengurus_count = 0
    for wksbm_index, demo in enumerate(WKSBM):
        wksbm, created = Wksbm.objects.get_or_create(
            code=demo.code,
            defaults={
                "name": demo.name,
                "kelurahan_id": demo.code.split("-")[0],
                "founded_on": demo.founded_on,
                "decree_number": f"188/{100 + wksbm_index}/{demo.founded_on.year}",
            },
        )
        if created:
            for kps_name, kind in KPS_BY_WKSBM:
                KpsGroup.objects.create(wksbm=wksbm, name=kps_name, kind=kind)
        for person_index, name in enumerate(demo.people):
            user = _user(demo_pengurus_phone(wksbm_index, person_index), name, Role.PENGURUS, password)
            Pengurus.objects.get_or_create(
                user=user,
                wksbm=wksbm,
                active_to=None,
                defaults={"jabatan": JABATAN_ORDER[person_index], "active_from": demo.founded_on},
            )
            pengurus_count += 1
    return {"regions": regions, "offices": len(offices), "wksbm": len(WKSBM), "pengurus": pengurus_count}
