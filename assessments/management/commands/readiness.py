import csv
import datetime
import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from assessments.readiness import readiness_by_office, settings_summary
from assessments.reports.tables import one_decimal_number
from lms.roles import region_code_filter
from wksbm.models import DinsosOffice, Region, Wksbm

FIELDS = [
    "region_code",
    "wksbm",
    "readiness",
    "level",
    "komitmen",
    "pengetahuan",
    "keterampilan",
    "coverage",
    "active_pengurus",
]


class Command(BaseCommand):
    help = (
        "Print the readiness of every WKSBM (of an office or a region): region code, name, readiness, "
        "level, the three pillar scores, coverage and active pengurus."
    )

    def add_arguments(self, parser):
        scope = parser.add_mutually_exclusive_group()
        scope.add_argument("--office", help="Dinsos office code, e.g. 33.71")
        scope.add_argument("--region", help="Kemendagri region code, e.g. 33 or 33.71.01")
        parser.add_argument("--as-of", type=datetime.date.fromisoformat, help="YYYY-MM-DD (default today)")
        parser.add_argument("--format", choices=["table", "json", "csv"], default="table")

    def handle(self, *args, **options):
        with translation.override(settings.LANGUAGE_CODE):
            self._handle(**options)

    def _handle(self, *, office, region, as_of, format, **options):
        networks = Wksbm.objects.select_related("kelurahan").order_by("kelurahan_id", "name")
        prefix = office or region
        if office and not DinsosOffice.objects.filter(region_id=office).exists():
            raise CommandError(f"No Dinsos office with code {office}.")
        if region and not Region.objects.filter(code=region).exists():
            raise CommandError(f"No region with code {region}.")
        if prefix:
            networks = networks.filter(region_code_filter(prefix, "kelurahan__code"))
        scores, used = readiness_by_office(networks, as_of=as_of)
        rows = [
            {
                "region_code": network.kelurahan_id,
                "wksbm": network.name,
                "readiness": one_decimal_number(scores[network.pk].readiness),
                "level": scores[network.pk].level_label,
                "komitmen": one_decimal_number(scores[network.pk].komitmen),
                "pengetahuan": one_decimal_number(scores[network.pk].pengetahuan),
                "keterampilan": one_decimal_number(scores[network.pk].keterampilan),
                "coverage": one_decimal_number(scores[network.pk].coverage),
                "active_pengurus": scores[network.pk].active_pengurus,
            }
            for network in networks
        ]
        if format == "json":
            self.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2))
        elif format == "csv":
            writer = csv.DictWriter(self.stdout, fieldnames=FIELDS)
            writer.writeheader()
            writer.writerows(rows)
        else:
            for settings_used in used:
                self.stdout.write(f"# {settings_summary(settings_used)}")
            self._table(rows)

    def _table(self, rows):
        widths = {f: max([len(f), *(len("" if r[f] is None else str(r[f])) for r in rows)]) for f in FIELDS}
        self.stdout.write("  ".join(f.ljust(widths[f]) for f in FIELDS))
        for row in rows:
            self.stdout.write(
                "  ".join(("-" if row[f] is None else str(row[f])).ljust(widths[f]) for f in FIELDS)
            )
