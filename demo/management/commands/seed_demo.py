from django.core.management.base import BaseCommand
from django.db import transaction

from demo.assessments import demo_assessments_seed
from demo.courses import demo_courses_seed
from demo.people import DEMO_PASSWORD, STAFF, WKSBM, demo_pengurus_phone, demo_seed
from wksbm.models import Wksbm


class Command(BaseCommand):
    help = (
        "Load the demo data (regions, offices, staff, WKSBM, pengurus, courses, quizzes and their "
        "history). Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing when the database already has WKSBM."
        )

    def handle(self, *args, if_empty: bool, **options):
        if if_empty and Wksbm.objects.exists():
            self.stdout.write("Demo data already present; nothing loaded.")
        else:
            with transaction.atomic():
                counts = demo_seed()
                counts |= demo_courses_seed(
                    wksbm=list(Wksbm.objects.filter(code__in=[w.code for w in WKSBM]))
                )
                counts |= demo_assessments_seed()
            summary = ", ".join(f"{count} {name}" for name, count in counts.items())
            self.stdout.write(self.style.SUCCESS(f"Demo data ready: {summary}"))
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for phone, name, role, office in STAFF:
            self.stdout.write(f"  {phone}  {role.label:<16} {name}{f' ({office})' if office else ''}")
        self.stdout.write(
            f"  {demo_pengurus_phone(0, 0)}  {'Pengurus':<16} {WKSBM[0].people[0]} ({WKSBM[0].name})"
        )
