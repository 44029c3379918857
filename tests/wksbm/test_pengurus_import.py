"""Bulk registration of pengurus from the XLSX template: every problem named, all or nothing,
the same file twice changes nothing, and nobody registers pengurus outside their office."""

import datetime
import io
from io import StringIO

from django.core.management import CommandError, call_command
from django.utils import translation

import pytest
from openpyxl import Workbook, load_workbook

from lms.models import User
from lms.roles import Role
from tests.factories import UserFactory
from wksbm.models import Pengurus
from wksbm.pengurus_import import COLUMNS, pengurus_import_apply, pengurus_import_plan, template_xlsx

pytestmark = pytest.mark.django_db

TIDAR = "33.71.01.1010-1"  # world.tidar_utara's code (made from its kelurahan)
TODAY = datetime.date(2026, 7, 1)


def workbook(*rows, header=COLUMNS) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "Pengurus"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def plan_for(data, editor=None):
    with translation.override("en"):
        return pengurus_import_plan(data, editor=editor, today=TODAY)


def messages(plan):
    return {(problem.row, problem.message) for problem in plan.problems}


@pytest.fixture
def codes(world):
    return {"tidar": world.tidar_utara.code, "cacaban": world.cacaban.code, "medan": world.kota_medan.code}


def test_a_clean_file_registers_every_row_with_its_position_and_date(world, codes):
    data = workbook(
        ["Siti Aminah", "0812-3456-7890", "Sekretaris", codes["tidar"], "01/07/2025"],
        ["Budi Santoso", "+62 813 1111 2222", "wakil ketua", codes["cacaban"], None],
        ["Rina", "081311112223", "ANGGOTA", codes["tidar"], datetime.datetime(2024, 2, 3)],
    )
    plan = plan_for(data, editor=world.magelang_penyuluh)
    assert plan.ok and len(plan.new_rows) == 3
    pengurus_import_apply(plan)
    siti = Pengurus.objects.get(user__phone="+6281234567890")
    assert (siti.user.name, siti.jabatan, siti.wksbm, siti.active_from) == (
        "Siti Aminah",
        "sekretaris",
        world.tidar_utara,
        datetime.date(2025, 7, 1),
    )
    assert Pengurus.objects.get(user__name="Budi Santoso").active_from == TODAY  # empty: today
    assert Pengurus.objects.get(user__name="Rina").active_from == datetime.date(2024, 2, 3)
    assert not User.objects.get(phone="+6281234567890").has_usable_password()  # activated later


def test_every_kind_of_problem_is_named_with_its_row(world, codes):
    staff = UserFactory(role=Role.PENYULUH, office=world.magelang)
    data = workbook(
        ["Siti Aminah", "0812-3456-7890", "Sekretaris", codes["tidar"], ""],  # row 2: fine
        ["Salah Nomor", "021-555-1234", "Ketua", codes["tidar"], ""],  # 3: a landline
        ["Tanpa WKSBM", "0812-3456-7891", "Ketua", "99.99.99.9999-1", ""],  # 4: unknown code
        ["Orang Bengkulu", "0812-3456-7892", "Ketua", codes["medan"], ""],  # 5: outside the office
        ["Siti Aminah", "0812-3456-7890", "Anggota", codes["tidar"], ""],  # 6: duplicate of row 2
        ["Jabatan Aneh", "0812-3456-7893", "Bos", codes["tidar"], ""],  # 7: unknown position
        ["Tanggal Aneh", "0812-3456-7894", "Seksi", codes["tidar"], "kemarin"],  # 8: not a date
        ["", "0812-3456-7895", "Seksi", codes["tidar"], ""],  # 9: no name
        ["Staf", staff.phone, "Seksi", codes["tidar"], ""],  # 10: a staff account's number
        ["Nama Lain", "0812-3456-7890", "Seksi", codes["cacaban"], ""],  # 11: row 2's number, other name
    )
    plan = plan_for(data, editor=world.magelang_penyuluh)
    found = messages(plan)
    assert (3, "“021-555-1234” is not an Indonesian mobile number (for example 0812-3456-7890).") in found
    assert (4, "No WKSBM has the code “99.99.99.9999-1”.") in found
    assert (5, f"WKSBM {codes['medan']} is outside your office's region.") in found
    assert (6, "Duplicate of row 2: the same number in the same WKSBM.") in found
    assert any(
        row == 7 and message.startswith("Unknown position “Bos”; use one of: Ketua") for row, message in found
    )
    assert (8, "“kemarin” is not a date; write it as 31/12/2025.") in found
    assert (9, "The name is empty.") in found
    assert (10, "This number belongs to a staff account, not a pengurus.") in found
    assert (11, "Row 2 gives this number to Siti Aminah.") in found
    assert {row for row, _message in found} == {3, 4, 5, 6, 7, 8, 9, 10, 11}
    assert not plan.ok
    with pytest.raises(ValueError):
        pengurus_import_apply(plan)
    assert not Pengurus.objects.filter(user__phone="+6281234567890").exists()  # all or nothing


def test_a_file_that_is_not_the_template_is_refused_whole(world):
    assert messages(plan_for(b"not a workbook")) == {
        (None, "The file is not an Excel workbook (.xlsx): fill in the template and save it as .xlsx.")
    }
    no_phone = plan_for(workbook(["Siti", "Ketua"], header=("Nama", "Jabatan", "Kode WKSBM", "Aktif sejak")))
    assert messages(no_phone) == {(1, "Columns missing from the first row: Nomor HP. Use the template.")}
    assert messages(plan_for(workbook())) == {(None, "The file has no pengurus rows under the headings.")}


def test_importing_the_same_file_again_changes_nothing(world, codes):
    data = workbook(
        ["Siti Aminah", "0812-3456-7890", "Sekretaris", codes["tidar"], "01/07/2025"],
        ["Budi Santoso", "0813-1111-2222", "Ketua", codes["cacaban"], "01/07/2025"],
    )
    pengurus_import_apply(plan_for(data, editor=world.magelang_penyuluh))
    before = set(
        Pengurus.objects.values_list("pk", "user_id", "wksbm_id", "jabatan", "active_from", "active_to")
    )
    again = plan_for(data, editor=world.magelang_penyuluh)
    assert again.ok and again.new_rows == [] and all(row.registered for row in again.rows)
    pengurus_import_apply(again)
    after = set(
        Pengurus.objects.values_list("pk", "user_id", "wksbm_id", "jabatan", "active_from", "active_to")
    )
    assert after == before
    assert User.objects.filter(phone__in=["+6281234567890", "+6281311112222"]).count() == 2


def test_a_person_already_registered_elsewhere_gets_a_second_term_not_a_second_account(world, codes):
    person = world.tidar_ketua.user
    data = workbook([person.name, person.phone, "Anggota", codes["cacaban"], "01/01/2026"])
    plan = plan_for(data, editor=world.magelang_penyuluh)
    assert plan.ok and len(plan.new_rows) == 1
    pengurus_import_apply(plan)
    assert Pengurus.objects.filter(user=person).count() == 2
    assert User.objects.filter(phone=person.phone).count() == 1


def test_the_template_reads_back_as_one_example_row(world):
    book = load_workbook(io.BytesIO(template_xlsx()))
    assert [cell.value for cell in book["Pengurus"][1]] == list(COLUMNS)
    example = plan_for(template_xlsx())
    assert [(row.name, row.jabatan) for row in example.rows] == [("Siti Aminah", "sekretaris")]


def test_the_command_imports_all_or_nothing_and_keeps_to_the_office(world, codes, tmp_path):
    good = tmp_path / "pengurus.xlsx"
    good.write_bytes(workbook(["Siti Aminah", "0812-3456-7890", "Sekretaris", codes["tidar"], ""]))
    foreign = tmp_path / "bengkulu.xlsx"
    foreign.write_bytes(
        workbook(
            ["Siti Aminah", "0812-3456-7890", "Sekretaris", codes["tidar"], ""],
            ["Orang Bengkulu", "0812-3456-7892", "Ketua", codes["medan"], ""],
        )
    )
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_pengurus", str(foreign), "--office", "33.71", stdout=StringIO(), stderr=err)
    assert "bengkulu.xlsx:3: WKSBM 17.01.05.1010-1 berada di luar wilayah kantor Anda." in err.getvalue()
    assert not User.objects.filter(phone="+6281234567890").exists()
    out = StringIO()
    call_command("import_pengurus", str(good), "--office", "33.71", stdout=out)
    assert "1 registered, 0 already registered." in out.getvalue()
    out = StringIO()
    call_command("import_pengurus", str(good), stdout=out)
    assert "0 registered, 1 already registered." in out.getvalue()


IMPORT = "/admin/wksbm/pengurus/import/"
CONFIRM = "/admin/wksbm/pengurus/import/confirm/"


def upload(client, data, name="pengurus.xlsx"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(IMPORT, {"file": SimpleUploadedFile(name, data)})


def test_a_penyuluh_previews_then_confirms_once(client, world, codes):
    client.force_login(world.magelang_penyuluh)
    assert client.get("/admin/wksbm/pengurus/templat-pengurus.xlsx").status_code == 200
    data = workbook(
        ["Siti Aminah", "0812-3456-7890", "Sekretaris", codes["tidar"], "01/07/2025"],
        ["Budi Santoso", "0813-1111-2222", "Ketua", codes["cacaban"], ""],
    )
    preview = upload(client, data)
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Siti Aminah" in html and "Budi Santoso" in html
    assert not Pengurus.objects.filter(user__phone="+6281234567890").exists()  # nothing yet
    token = preview.context["token"]
    assert client.post(CONFIRM, {"token": token}).status_code == 302
    assert client.post(CONFIRM, {"token": token}).status_code == 302  # a double click
    assert Pengurus.objects.filter(user__phone__in=["+6281234567890", "+6281311112222"]).count() == 2


def test_a_file_with_problems_shows_them_and_cannot_be_confirmed(client, world, codes):
    client.force_login(world.magelang_penyuluh)
    data = workbook(
        ["Siti Aminah", "0812-3456-7890", "Sekretaris", codes["tidar"], ""],
        ["Orang Bengkulu", "0812-3456-7892", "Ketua", codes["medan"], ""],
    )
    page = upload(client, data)
    assert "token" not in page.context or not page.context["token"]
    assert f"WKSBM {codes['medan']} berada di luar wilayah kantor Anda." in page.content.decode()
    assert client.post(CONFIRM, {"token": "forged"}).status_code == 302
    assert not User.objects.filter(phone__in=["+6281234567890", "+6281234567892"]).exists()


def test_managers_cannot_register_pengurus(client, world, codes):
    client.force_login(world.magelang_manager)
    before = Pengurus.objects.count()
    assert client.get(IMPORT).status_code in (302, 403)
    data = workbook(["Siti Aminah", "0812-3456-7890", "Sekretaris", codes["tidar"], ""])
    assert upload(client, data).status_code in (302, 403)
    assert client.post(CONFIRM, {"token": "x"}).status_code in (302, 403)
    assert Pengurus.objects.count() == before
