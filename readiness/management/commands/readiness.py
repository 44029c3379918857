import csv
import datetime
import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from lms.roles import region_code_filter
from readiness.reports.tables import one_decimal_number
from readiness.score import readiness_by_office, settings_summary
from wksbm.models import DinsosOffice, Region, Wksbm

FIELDS = [
    "wksbm_id",
    "wksbm_code",
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


def _exact(value) -> float | None:
    return None if value is None else float(value)


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
        parser.add_argument(
            "--exact", action="store_true", help="print scores unrounded (default: one decimal, as on screen)"
        )

    def handle(self, *args, **options):
        with translation.override(settings.LANGUAGE_CODE):
            self._handle(**options)

    def _handle(self, *, office, region, as_of, format, exact, **options):
        networks = Wksbm.objects.select_related("kelurahan").order_by("kelurahan_id", "name")
        prefix = office or region
        if office and not DinsosOffice.objects.filter(region_id=office).exists():
            raise CommandError(f"No Dinsos office with code {office}.")
        if region and not Region.objects.filter(code=region).exists():
            raise CommandError(f"No region with code {region}.")
        if prefix:
            networks = networks.filter(region_code_filter(prefix, "kelurahan__code"))
        scores, used = readiness_by_office(networks, as_of=as_of)
        shown = _exact if exact else one_decimal_number
        rows = []
        for network in networks:
            score = scores[network.pk]
            rows.append(
                {
                    "wksbm_id": network.pk,
                    "wksbm_code": network.code,
                    "region_code": network.kelurahan_id,
                    "wksbm": network.name,
                    "readiness": shown(score.readiness),
                    "level": score.level_label,
                    "komitmen": shown(score.komitmen),
                    "pengetahuan": shown(score.pengetahuan),
                    "keterampilan": shown(score.keterampilan),
                    "coverage": shown(score.coverage),
                    "active_pengurus": score.active_pengurus,
                }
            )
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
