"""Importing question files into a bank: every format, all or nothing, and the Moodle XML round trip."""

from dataclasses import replace
from pathlib import Path

from django.core.management import CommandError, call_command

import pytest

from assessments.importers import detect_format, parse_file
from assessments.importers.spreadsheet import template_xlsx
from assessments.importers.store import bank_to_moodle_xml, question_to_parsed, questions_store
from assessments.models import Question, QuestionBank

pytestmark = pytest.mark.django_db
FILES = Path(__file__).parent / "importers" / "files"


@pytest.mark.parametrize(
    "name, expected_format",
    [
        ("aiken_valid.txt", "aiken"),
        ("gift_kinds.txt", "gift"),
        ("gift_text_formats.gift", "gift"),
        ("moodle_all_types.xml", "moodlexml"),
        ("sheet_types.csv", "csv"),
    ],
)
def test_each_format_is_detected_and_imported_by_the_command(name, expected_format, capsys):
    data = (FILES / name).read_bytes()
    assert detect_format(name, data) == expected_format
    expected = len(parse_file(name, data).questions)
    call_command("import_questions", str(FILES / name), "--bank", "Impor")
    bank = QuestionBank.objects.get(name="Impor", office=None)
    assert bank.questions.count() == expected > 0
    assert f"Imported {expected} questions" in capsys.readouterr().out


def test_the_xlsx_template_imports_and_a_txt_file_is_sniffed(tmp_path):
    template = tmp_path / "template.xlsx"
    template.write_bytes(template_xlsx())
    call_command("import_questions", str(template), "--bank", "Templat", "--format", "xlsx")
    assert Question.objects.filter(bank__name="Templat").count() == len(
        parse_file("t.xlsx", template_xlsx()).questions
    )
    renamed = tmp_path / "soal.txt"
    renamed.write_bytes((FILES / "aiken_valid.txt").read_bytes())
    assert detect_format(renamed.name, renamed.read_bytes()) == "aiken"


@pytest.mark.parametrize(
    "name",
    [
        "aiken_problems.txt",
        "gift_malformed.txt",
        "gift_unsupported.txt",
        "moodle_broken.xml",
        "moodle_unsupported.xml",
        "sheet_problems.csv",
    ],
)
def test_a_file_with_any_problem_imports_nothing(name, capsys):
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("import_questions", str(FILES / name), "--bank", "Impor")
    assert not Question.objects.exists()
    assert not QuestionBank.objects.exists()
    assert "Baris" in capsys.readouterr().err  # every problem names its line or row, in Indonesian


def test_credits_the_editor_would_refuse_are_reported_by_line(tmp_path):
    gift = tmp_path / "soal.gift"
    gift.write_text("::Satu::Pilih {~%50%A ~%40%B ~C}\n", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("import_questions", str(gift), "--bank", "Impor")
    assert not Question.objects.exists()


def test_a_bank_exported_to_moodle_xml_imports_back_as_the_same_questions(tmp_path):
    source = FILES / "moodle_all_types.xml"
    call_command("import_questions", str(source), "--bank", "Asal")
    call_command("import_questions", str(FILES / "moodle_wksbm_tags.xml"), "--bank", "Asal")
    original = QuestionBank.objects.get(name="Asal")
    exported = tmp_path / "asal.xml"
    call_command("export_questions", str(exported), "--bank", "Asal")
    call_command("import_questions", str(exported), "--bank", "Salinan")
    copy = QuestionBank.objects.get(name="Salinan")

    def questions(bank):
        return [replace(question_to_parsed(q), line=0) for q in bank.questions.order_by("category", "pk")]

    assert len(questions(original)) == original.questions.count() > 5
    assert questions(copy) == questions(original)
    assert {q.type for q in questions(copy)} >= {
        "single",
        "multiple",
        "true_false",
        "short_text",
        "numeric",
        "likert",
    }


def test_the_store_refuses_a_result_with_problems():
    result = parse_file("x.gift", b"::A:: Tanpa jawaban {")
    with pytest.raises(ValueError):
        questions_store(result, QuestionBank.objects.create(name="B"))
    assert bank_to_moodle_xml(QuestionBank.objects.get(name="B")).startswith(b"<?xml")
