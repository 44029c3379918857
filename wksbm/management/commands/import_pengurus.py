from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from lms.roles import Role
from wksbm.models import DinsosOffice
from wksbm.pengurus_import import pengurus_import_apply, pengurus_import_plan


class Command(BaseCommand):
    help = (
        "Register the pengurus of a filled-in XLSX template (Nama, Nomor HP, Jabatan, Kode WKSBM, "
        "Aktif sejak). All rows or none: every problem is printed with its row. Rows already "
        "registered are skipped, so importing the same file again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--office", help="Dinsos office code, e.g. 33.71: refuse WKSBM outside its region"
        )
        parser.add_argument("--dry-run", action="store_true", help="check the file and register nothing")

    def handle(self, *args, file: Path, office: str | None, dry_run: bool, **options):
        with translation.override(settings.LANGUAGE_CODE):
            self._handle(file, office, dry_run)

    def _handle(self, file: Path, office_code: str | None, dry_run: bool):
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"{file}: {error.strerror}") from error
        editor = None
        if office_code:
            office = DinsosOffice.objects.filter(region_id=office_code).first()
            if office is None:
                raise CommandError(f"No Dinsos office with code {office_code}.")
            editor = _office_editor(office)
        plan = pengurus_import_plan(data, editor=editor)
        for problem in plan.problems:
            where = f"{file.name}:{problem.row}" if problem.row else file.name
            self.stderr.write(f"{where}: {problem.message}")
        if not plan.ok:
            raise CommandError(
                "Nothing was registered." if plan.problems else "The file has no pengurus rows."
            )
        skipped = len(plan.rows) - len(plan.new_rows)
        if dry_run:
            self.stdout.write(f"{len(plan.new_rows)} to register, {skipped} already registered (dry run).")
            return
        registered = pengurus_import_apply(plan)
        self.stdout.write(self.style.SUCCESS(f"{len(registered)} registered, {skipped} already registered."))


def _office_editor(office):
    """An unsaved penyuluh of `office`: the scope rule is written for users."""
    from lms.models import User

    return User(role=Role.PENYULUH, office=office, is_active=True)
