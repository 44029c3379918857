from django.core.management.base import BaseCommand

from courses.sections import sections_sync


class Command(BaseCommand):
    help = (
        "Create the national catalogue and a section, groups, media collection and approval "
        "workflow for every Dinsos office that lacks them. Safe to run again."
    )

    def handle(self, *args, **options):
        offices = sections_sync()
        self.stdout.write(self.style.SUCCESS(f"Catalogue sections ready for {offices} offices."))
