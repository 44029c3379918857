from django.core.management.base import BaseCommand

from courses.sections import national_section_ensure, office_section_ensure
from wksbm.models import DinsosOffice


class Command(BaseCommand):
    help = (
        "Create the national catalogue and a section, groups, media collection and approval "
        "workflow for every Dinsos office that lacks them. Safe to run again."
    )

    def handle(self, *args, **options):
        national_section_ensure()
        offices = list(DinsosOffice.objects.select_related("region"))
        for office in offices:
            office_section_ensure(office)
        self.stdout.write(self.style.SUCCESS(f"Catalogue sections ready for {len(offices)} offices."))
