import time
from io import StringIO

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from demo.scale import PHONE_PREFIX, ScaleSeedRefused, demo_missing, scale_seed


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise ValueError(value)
    return number


def _not_negative(value: str) -> int:
    number = int(value)
    if number < 0:
        raise ValueError(value)
    return number


class Command(BaseCommand):
    help = (
        "Add synthetic WKSBM, pengurus and their evidence at scale, in bulk, for the readiness benchmark "
        "(e.g. --wksbm 1000 --pengurus-per-wksbm 10 --answers-per-pengurus 100: 1,000,000 answers). "
        "Builds on the demo data and runs seed_demo first when the demo courses are missing. Every "
        "pengurus answers exactly --answers-per-pengurus questions (whole submitted attempts; the last one "
        "is left in progress when it does not fit whole). Synthetic accounts have phones "
        f"{PHONE_PREFIX}... and unusable passwords. It refuses to run on a database that already holds "
        "synthetic pengurus; --force adds another set after them (new phones, next free WKSBM codes). "
        "All or nothing: one transaction. For test and benchmark databases only, never production."
    )

    def add_arguments(self, parser):
        parser.add_argument("--wksbm", type=_positive, required=True, help="WKSBM to add")
        parser.add_argument("--pengurus-per-wksbm", type=_positive, default=10, help="default 10")
        parser.add_argument(
            "--answers-per-pengurus",
            type=_not_negative,
            default=100,
            help="answers per pengurus, default 100",
        )
        parser.add_argument("--seed", type=int, default=2026, help="random seed, default 2026")
        parser.add_argument(
            "--force", action="store_true", help="Add another set even if synthetic pengurus exist."
        )

    def _report(self, step: str, counts: dict, seconds: float) -> None:
        summary = ", ".join(f"{count:,} {name}" for name, count in counts.items())
        self.stdout.write(f"  {step:<16} {seconds:7.1f} s  {summary}")

    def handle(self, *args, wksbm, pengurus_per_wksbm, answers_per_pengurus, seed, force, **options):
        started = time.perf_counter()
        if demo_missing() == "the demo courses":
            self.stdout.write("The demo courses are missing: running seed_demo first.")
            output = StringIO()
            call_command("seed_demo", stdout=output)
            self.stdout.write(
                f"  {output.getvalue().splitlines()[0]} ({time.perf_counter() - started:.1f} s)"
            )
        self.stdout.write(
            f"Adding {wksbm:,} WKSBM x {pengurus_per_wksbm:,} pengurus x {answers_per_pengurus:,} answers "
            f"(seed {seed}):"
        )
        try:
            counts = scale_seed(
                wksbm=wksbm,
                pengurus_per_wksbm=pengurus_per_wksbm,
                answers_per_pengurus=answers_per_pengurus,
                seed=seed,
                force=force,
                report=self._report,
            )
        except ScaleSeedRefused as refusal:
            raise CommandError(str(refusal)) from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Done in {time.perf_counter() - started:.1f} s: {counts['wksbm']:,} WKSBM, "
                f"{counts['pengurus']:,} pengurus, {counts['attempts']:,} attempts, "
                f"{counts['answers']:,} answers."
            )
        )
