from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from assessments.importers import FORMATS, parse_file
from assessments.importers.store import problems_with_model_rules, questions_store
from assessments.models import QuestionBank
from wksbm.models import DinsosOffice


class Command(BaseCommand):
    help = (
        "Import questions from FILE into a bank (created when missing): XLSX/CSV template, Aiken, "
        "GIFT or Moodle XML. All or nothing: any problem is listed with its line and nothing is saved."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--bank", required=True, help="Bank name.")
        parser.add_argument("--office", help="Dinsos office code (e.g. 33.71); national bank when omitted.")
        parser.add_argument("--format", dest="file_format", choices=FORMATS, default="auto")

    def handle(self, *args, file, bank, office, file_format, **options):
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from None
        owner = None
        if office:
            owner = DinsosOffice.objects.filter(code=office).first()
            if owner is None:
                raise CommandError(f"No Dinsos office with code {office}.")
        result = problems_with_model_rules(parse_file(file.name, data, file_format))
        if not result.ok:
            for problem in result.problems:
                self.stderr.write(problem.message)
            raise CommandError(f"{len(result.problems)} problem(s); nothing was imported.")
        with transaction.atomic():
            target, _ = QuestionBank.objects.get_or_create(name=bank, office=owner)
            stored = questions_store(result, target)
        self.stdout.write(self.style.SUCCESS(f"Imported {len(stored)} questions into bank “{target.name}”."))
