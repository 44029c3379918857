"""The admin screens to import a question file into a bank (upload, preview, confirm) and export a bank."""

import base64
import csv
import io
import time
from pathlib import Path

from django.contrib.messages import constants as message_levels
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils.text import slugify

import pytest
from openpyxl import load_workbook

from assessments import admin_views
from assessments.importers import moodlexml, parse_file
from assessments.models import Question
from tests.factories.assessments import make_bank, make_question, make_single

pytestmark = pytest.mark.django_db
FILES = Path(__file__).parent / "importers" / "files"
IMPORT_URL = reverse("assessments_admin:question_import")
PREVIEW_URL = reverse("assessments_admin:question_import_preview")
XLSX_URL = reverse("assessments_admin:question_template_xlsx")
CSV_URL = reverse("assessments_admin:question_template_csv")

GIFT = """$CATEGORY: $course$/top/Kelembagaan/Rapat

::Ketua::Siapa yang memimpin rapat pengurus WKSBM? {=Ketua ~Bendahara ~Sekretaris}

::Kas::Bendahara mencatat setiap uang masuk di buku kas umum. {T}
"""

AIKEN = """Apa kepanjangan dari WKSBM?
A. Wahana Kesejahteraan Sosial Berbasis Masyarakat
B. Wadah Kerja Sama Bina Masyarakat
ANSWER: A
"""


def export_url(bank):
    return reverse("assessments_admin:bank_export", args=[bank.pk])


def upload(client, bank, content, *, name="soal.gift", file_format="auto"):
    data = content.encode() if isinstance(content, str) else content
    return client.post(
        IMPORT_URL,
        {"bank": bank.pk, "format": file_format, "file": SimpleUploadedFile(name, data)},
    )


def confirm_token(client):
    return client.session[admin_views.SESSION_KEY]["token"]


@pytest.fixture
def bank(world):
    return make_bank(office=world.magelang, name="Kelembagaan Magelang")


@pytest.fixture
def penyuluh(client, world):
    client.force_login(world.magelang_penyuluh)
    return client


class HappyPathTests:
    def test_upload_preview_and_confirm_imports_the_questions_once(self, penyuluh, bank, world):
        page = penyuluh.get(IMPORT_URL)
        assert page.status_code == 200
        html = page.content.decode()
        assert 'enctype="multipart/form-data"' in html
        assert XLSX_URL in html and CSV_URL in html

        response = upload(penyuluh, bank, GIFT)
        assert response.status_code == 302 and response["Location"] == PREVIEW_URL
        assert not Question.objects.exists()  # nothing is saved before the confirmation

        preview = penyuluh.get(PREVIEW_URL)
        assert preview.status_code == 200
        html = preview.content.decode()
        assert "Siapa yang memimpin rapat pengurus WKSBM?" in html
        assert "Bendahara mencatat setiap uang masuk" in html
        assert "Kelembagaan/Rapat" in html
        start = html.index("data-import-preview")
        table = html[start : html.index("</table>", start)]
        assert table.count("<tr>") == 3  # a header and two questions
        assert preview.context["count"] == 2
        token = preview.context["token"]
        assert f'value="{token}"' in html

        confirmed = penyuluh.post(PREVIEW_URL, {"token": token})
        assert confirmed.status_code == 302
        listing_url = reverse("wagtailsnippets_assessments_question:list")
        assert confirmed["Location"] == f"{listing_url}?bank={bank.pk}"
        stored = list(bank.questions.order_by("pk"))
        assert [q.name for q in stored] == ["Ketua", "Kas"]
        assert stored[0].choices.count() == 3
        assert stored[0].latest_revision.user == world.magelang_penyuluh
        [message] = get_messages(confirmed.wsgi_request)
        assert message.level == message_levels.SUCCESS
        assert "2" in str(message) and bank.name in str(message)
        assert admin_views.SESSION_KEY not in penyuluh.session

        listing = penyuluh.get(confirmed["Location"])
        assert listing.status_code == 200

        again = penyuluh.post(PREVIEW_URL, {"token": token})  # a double click or the back button
        assert again.status_code == 302 and again["Location"] == IMPORT_URL
        assert bank.questions.count() == 2
        [warning] = get_messages(again.wsgi_request)
        assert warning.level == message_levels.WARNING

    def test_an_aiken_file_with_the_format_chosen_imports(self, penyuluh, bank):
        assert upload(penyuluh, bank, AIKEN, name="soal.txt", file_format="aiken").status_code == 302
        preview = penyuluh.get(PREVIEW_URL)
        assert preview.context["rows"][0]["choices"] == 2
        penyuluh.post(PREVIEW_URL, {"token": preview.context["token"]})
        assert bank.questions.get().choices.count() == 2

    def test_the_xlsx_template_itself_imports(self, penyuluh, bank):
        template = penyuluh.get(XLSX_URL).content
        expected = len(parse_file("t.xlsx", template).questions)
        assert upload(penyuluh, bank, template, name="templat-soal.xlsx").status_code == 302
        penyuluh.post(PREVIEW_URL, {"token": confirm_token(penyuluh)})
        assert bank.questions.count() == expected > 0

    def test_the_bank_can_be_preselected_and_a_new_upload_forgets_the_old_preview(self, penyuluh, bank):
        page = penyuluh.get(IMPORT_URL, {"bank": bank.pk})
        assert page.context["form"]["bank"].value() == bank.pk
        upload(penyuluh, bank, GIFT)
        penyuluh.get(IMPORT_URL)  # starting over
        assert admin_views.SESSION_KEY not in penyuluh.session
        assert penyuluh.get(PREVIEW_URL)["Location"] == IMPORT_URL


class ProblemTests:
    def test_a_file_with_problems_lists_them_by_line_and_imports_nothing(self, penyuluh, bank):
        data = (FILES / "aiken_problems.txt").read_bytes()
        expected = admin_views.parsed("aiken_problems.txt", data, "auto").problems
        response = upload(penyuluh, bank, data, name="aiken_problems.txt")
        assert response.status_code == 200
        html = response.content.decode()
        assert "data-import-problems" in html
        for problem in expected:
            assert f'data-line="{problem.line}"' in html
        assert len(response.context["problems"]) == len(expected) > 3
        assert 'name="file"' in html  # the form to try again
        assert response.context["form"]["bank"].value() == bank.pk
        assert admin_views.SESSION_KEY not in penyuluh.session
        assert not Question.objects.exists()

    def test_a_spreadsheet_with_problems_names_its_rows(self, penyuluh, bank):
        data = (FILES / "sheet_problems.csv").read_bytes()
        response = upload(penyuluh, bank, data, name="sheet_problems.csv")
        lines = {problem.line for problem in response.context["problems"]}
        assert {2, 3, 4} <= lines
        assert not Question.objects.exists()

    @pytest.mark.parametrize(
        "name, content, file_format",
        [
            ("rusak.xlsx", b"PK\x03\x04 not really a workbook", "auto"),
            ("gambar.png", bytes(range(256)) * 4, "auto"),
            ("soal.gift", GIFT.encode(), "moodlexml"),
            ("kosong.gift", b"// only a comment\n", "auto"),
        ],
    )
    def test_unreadable_files_are_reported_not_crashed_on(self, penyuluh, bank, name, content, file_format):
        response = upload(penyuluh, bank, content, name=name, file_format=file_format)
        assert response.status_code == 200
        assert response.context["problems"]
        assert not Question.objects.exists()

    def test_a_missing_file_or_an_unknown_format_is_a_form_error(self, penyuluh, bank):
        response = penyuluh.post(IMPORT_URL, {"bank": bank.pk, "format": "auto"})
        assert response.status_code == 200 and "file" in response.context["form"].errors
        response = upload(penyuluh, bank, GIFT, file_format="docx")
        assert response.status_code == 200 and "format" in response.context["form"].errors
        response = penyuluh.post(IMPORT_URL, {"bank": bank.pk, "file": SimpleUploadedFile("a.gift", b"")})
        assert "file" in response.context["form"].errors

    def test_a_file_over_the_limit_is_refused(self, penyuluh, bank, monkeypatch):
        monkeypatch.setattr(admin_views, "MAX_FILE_BYTES", 100)
        response = upload(penyuluh, bank, GIFT + " " * 100)
        assert response.status_code == 200 and "file" in response.context["form"].errors
        assert admin_views.SESSION_KEY not in penyuluh.session


class ScopeTests:
    def test_another_office_does_not_see_the_bank_and_cannot_import_into_it(self, client, world, bank):
        own = make_bank(office=world.bengkulu, name="Bank Bengkulu")
        client.force_login(world.bengkulu_penyuluh)
        page = client.get(IMPORT_URL)
        assert list(page.context["form"].fields["bank"].queryset) == [own]
        assert bank.name not in page.content.decode()
        response = upload(client, bank, GIFT)
        assert response.status_code == 200 and "bank" in response.context["form"].errors
        assert admin_views.SESSION_KEY not in client.session
        assert not Question.objects.exists()

    def test_a_stored_import_for_a_bank_out_of_scope_is_a_404(self, client, world, bank):
        client.force_login(world.bengkulu_penyuluh)
        pending = {
            "token": "forged-token",
            "user": world.bengkulu_penyuluh.pk,
            "bank": bank.pk,
            "filename": "soal.gift",
            "format": "auto",
            "data": base64.b64encode(GIFT.encode()).decode(),
            "expires": time.time() + 600,
        }
        for method, expected in (("get", 404), ("post", 404)):
            session = client.session
            session[admin_views.SESSION_KEY] = pending
            session.save()
            response = getattr(client, method)(PREVIEW_URL, {"token": "forged-token"})
            assert response.status_code == expected
            assert admin_views.SESSION_KEY not in client.session
        assert not Question.objects.exists()

    def test_a_bank_moved_out_of_reach_before_confirming_imports_nothing(self, penyuluh, world, bank):
        upload(penyuluh, bank, GIFT)
        bank.office = world.bengkulu
        bank.save()
        assert penyuluh.post(PREVIEW_URL, {"token": confirm_token(penyuluh)}).status_code == 404
        assert not Question.objects.exists()

    def test_another_office_cannot_export_the_bank_but_can_export_a_national_one(self, client, world, bank):
        make_single(bank)
        national = make_bank(office=None, name="Bank nasional")
        client.force_login(world.bengkulu_penyuluh)
        assert client.get(export_url(bank)).status_code == 404
        assert client.get(reverse("assessments_admin:bank_export", args=[999999])).status_code == 404
        assert client.get(export_url(national)).status_code == 200

    def test_a_pengurus_has_no_access(self, client, world, bank):
        client.force_login(world.tidar_ketua.user)
        for url in (IMPORT_URL, PREVIEW_URL, XLSX_URL, CSV_URL, export_url(bank)):
            response = client.get(url)
            assert response.status_code == 302, url
            assert response["Location"].startswith(reverse("wagtailadmin_login")), url
        assert upload(client, bank, GIFT).status_code == 302
        assert not Question.objects.exists()

    def test_a_manager_may_export_but_not_import(self, client, world, bank):
        client.force_login(world.magelang_manager)
        response = client.get(IMPORT_URL)
        assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
        assert client.get(XLSX_URL).status_code == 302
        assert client.get(export_url(bank)).status_code == 200


class TokenTests:
    def test_a_tampered_token_imports_nothing(self, penyuluh, bank):
        upload(penyuluh, bank, GIFT)
        token = confirm_token(penyuluh)
        other_first = "y" if token[0] == "x" else "x"  # a token may itself start with "x"
        for forged in ("", other_first + token[1:], token + "x"):
            response = penyuluh.post(PREVIEW_URL, {"token": forged})
            assert response.status_code == 302 and response["Location"] == IMPORT_URL
        assert not Question.objects.exists()
        penyuluh.post(PREVIEW_URL, {"token": token})  # the real one still works
        assert bank.questions.count() == 2

    def test_a_click_that_waited_for_another_finds_the_token_spent(self, penyuluh, bank, monkeypatch):
        """A double click: the second request read its session before the first one spent the token."""
        upload(penyuluh, bank, GIFT)
        token = confirm_token(penyuluh)
        first_click = Client()
        first_click.cookies = penyuluh.cookies  # the same browser session
        checked = admin_views.pending_import
        calls = []

        def first_click_finishes_meanwhile(session, user):
            pending = checked(session, user)
            calls.append(pending)
            if len(calls) == 1:  # the second click has read its session: now the first one runs
                assert first_click.post(PREVIEW_URL, {"token": token}).status_code == 302
                assert bank.questions.count() == 2
            return pending

        monkeypatch.setattr(admin_views, "pending_import", first_click_finishes_meanwhile)
        response = penyuluh.post(PREVIEW_URL, {"token": token})
        assert response.status_code == 302 and response["Location"] == IMPORT_URL
        assert bank.questions.count() == 2

    def test_another_users_token_imports_nothing(self, penyuluh, world, bank):
        upload(penyuluh, bank, GIFT)
        token = confirm_token(penyuluh)
        other = Client()
        other.force_login(world.national_admin)  # may write the bank, but did not upload the file
        response = other.post(PREVIEW_URL, {"token": token})
        assert response.status_code == 302 and response["Location"] == IMPORT_URL
        assert not Question.objects.exists()

    def test_an_expired_preview_imports_nothing(self, penyuluh, bank):
        upload(penyuluh, bank, GIFT)
        session = penyuluh.session
        token = session[admin_views.SESSION_KEY]["token"]
        session[admin_views.SESSION_KEY] = {**session[admin_views.SESSION_KEY], "expires": time.time() - 1}
        session.save()
        assert penyuluh.post(PREVIEW_URL, {"token": token})["Location"] == IMPORT_URL
        assert not Question.objects.exists()

    def test_the_preview_without_an_upload_goes_back_to_the_upload(self, penyuluh, bank):
        response = penyuluh.get(PREVIEW_URL)
        assert response.status_code == 302 and response["Location"] == IMPORT_URL


class DownloadTests:
    def test_the_xlsx_template_is_a_workbook(self, penyuluh):
        response = penyuluh.get(XLSX_URL)
        assert response.status_code == 200
        assert response["Content-Type"] == admin_views.XLSX_CONTENT_TYPE
        assert 'filename="templat-soal.xlsx"' in response["Content-Disposition"]
        workbook = load_workbook(io.BytesIO(response.content))
        assert workbook.active.max_row > 1

    def test_the_csv_template_is_csv(self, penyuluh):
        response = penyuluh.get(CSV_URL)
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        assert 'filename="templat-soal.csv"' in response["Content-Disposition"]
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
        assert len(rows) > 1 and len(rows[0]) > 3
        assert parse_file("templat-soal.csv", response.content).questions

    def test_a_bank_exports_to_moodle_xml_that_reads_back(self, penyuluh, bank):
        make_single(bank)
        make_question(bank, "true_false", text="Ketua memimpin.", choices=[("Benar", 100), ("Salah", 0)])
        make_question(bank, "likert", text="Saya senang mengikuti rapat.")
        response = penyuluh.get(export_url(bank))
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/xml")
        assert f'filename="{slugify(bank.name)}.xml"' in response["Content-Disposition"]
        result = moodlexml.parse(response.content)
        assert not result.problems
        assert len(result.questions) == 3


class AdminIntegrationTests:
    def test_the_menu_offers_the_import_to_authors_only(self, client, world):
        client.force_login(world.magelang_penyuluh)
        assert IMPORT_URL in client.get(reverse("wagtailadmin_home")).content.decode()
        client.force_login(world.magelang_manager)
        assert IMPORT_URL not in client.get(reverse("wagtailadmin_home")).content.decode()

    def test_the_bank_listing_links_each_bank_to_its_export(self, penyuluh, bank):
        response = penyuluh.get(reverse("wagtailsnippets_assessments_questionbank:list"))
        assert response.status_code == 200
        assert export_url(bank) in response.content.decode()
