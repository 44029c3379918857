import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from readiness.snapshots import month_start, months_back, snapshots_take


def _month(value: str) -> datetime.date:
    try:
        return datetime.datetime.strptime(value, "%Y-%m").date()
    except ValueError as error:
        raise CommandError(f"--month takes YYYY-MM, not {value!r}.") from error


class Command(BaseCommand):
    help = (
        "Store the readiness of every WKSBM for the trend: by default the current month (as of today) "
        "and the last completed month. Safe to run again; schedule it daily or on the 1st of each month."
    )

    def add_arguments(self, parser):
        parser.add_argument("--month", type=_month, help="YYYY-MM: take this month (and those before it)")
        parser.add_argument(
            "--months", type=int, default=None, help="how many months to take, ending at --month (backfill)"
        )

    def handle(self, *args, month, months, **options):
        today = timezone.localdate()
        last = month or month_start(today)
        count = months if months is not None else (1 if month else 2)
        if last > today:
            raise CommandError("That month has not begun yet.")
        if count < 1:
            raise CommandError("--months must be at least 1.")
        for offset in range(count - 1, -1, -1):
            taken = months_back(last, offset)
            stored = snapshots_take(month=taken, today=today)
            self.stdout.write(self.style.SUCCESS(f"{taken:%Y-%m}: {stored} WKSBM"))
