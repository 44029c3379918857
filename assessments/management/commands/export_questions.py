from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from assessments.importers.store import bank_to_moodle_xml
from assessments.models import QuestionBank


class Command(BaseCommand):
    help = "Write a question bank to a Moodle XML file (import_questions reads it back unchanged)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--bank", required=True, help="Bank name.")
        parser.add_argument("--office", help="Dinsos office code; the national bank when omitted.")

    def handle(self, *args, file, bank, office, **options):
        target = QuestionBank.objects.filter(name=bank, office__code=office) if office else None
        if target is None:
            target = QuestionBank.objects.filter(name=bank, office__isnull=True)
        found = target.first()
        if found is None:
            raise CommandError(f"No question bank named “{bank}”.")
        file.write_bytes(bank_to_moodle_xml(found))
        self.stdout.write(self.style.SUCCESS(f"Wrote {found.questions.count()} questions to {file}."))
