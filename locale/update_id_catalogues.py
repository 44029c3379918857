"""Rebuild the Indonesian catalogues: the project's own strings plus the Wagtail admin.

Run from the project root whenever translatable strings change:

    .venv/bin/python locale/update_id_catalogues.py

1. `makemessages` refreshes the project's strings in id/LC_MESSAGES/django.po (and
   djangojs.po once the project has JavaScript strings). It drops every msgid the
   project does not use, the Wagtail ones included.
2. `msgcat --use-first` appends the Wagtail admin translations kept in id/wagtail/*.po.
   Where the project uses the same msgid, the project's translation wins.
3. `compilemessages` writes the .mo files, which are committed: a fresh machine needs
   no gettext, only this script does (msgcat, msgmerge, msgfmt).

It ends by listing what still needs an Indonesian translation (untranslated or fuzzy).
Translate those in id/LC_MESSAGES/django.po, or in id/wagtail/*.po for Wagtail strings,
then run this script again. tests/test_translations.py fails until nothing is left.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent
ROOT = LOCALE_DIR.parent
LANGUAGE = "id"
MESSAGES_DIR = LOCALE_DIR / LANGUAGE / "LC_MESSAGES"
WAGTAIL_DIR = LOCALE_DIR / LANGUAGE / "wagtail"
IGNORE = [".venv/*", "staticfiles/*", "node_modules/*", "media/*", "tests/*", "*.egg-info/*"]


def run(*args: str, capture: bool = False) -> str:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": os.environ.get("DJANGO_SETTINGS_MODULE", "lms.settings.dev"),
    }
    result = subprocess.run(args, cwd=ROOT, env=env, check=True, text=True, capture_output=capture)  # noqa: S603
    return (result.stdout or "") + (result.stderr or "") if capture else ""


def manage(*args: str) -> None:
    run(sys.executable, "manage.py", *args)


def fix_header(po_file: Path) -> None:
    """A catalogue makemessages creates from scratch has a fuzzy header and no language."""
    text = po_file.read_text(encoding="utf-8")
    head, sep, rest = text.partition('msgid ""\n')
    head = head.replace("#, fuzzy\n", "")
    rest = rest.replace('"Language: \\n"', f'"Language: {LANGUAGE}\\n"', 1)
    po_file.write_text(head + sep + rest, encoding="utf-8")


def merge(domain: str) -> Path:
    project = MESSAGES_DIR / f"{domain}.po"
    wagtail = WAGTAIL_DIR / f"{domain}.po"
    if project.exists():
        fix_header(project)
        run("msgcat", "--use-first", str(project), str(wagtail), "-o", str(project))  # noqa: S607
    else:
        run("msgcat", str(wagtail), "-o", str(project))  # noqa: S607
    return project


def leftovers(po_file: Path) -> list[str]:
    """The msgids msgattrib reports as untranslated or fuzzy (the header excluded)."""
    out = []
    for option in ("--untranslated", "--only-fuzzy"):
        text = run("msgattrib", option, "--no-wrap", str(po_file), capture=True)  # noqa: S607
        for block in re.findall(r'^msgid ((?:".*"\n)+)', text + "\n", flags=re.MULTILINE):
            msgid = "".join(re.findall(r'"(.*)"', block))
            if msgid:
                out.append(msgid)
    return out


def main() -> int:
    ignore = [f"--ignore={pattern}" for pattern in IGNORE]
    common = ["-l", LANGUAGE, "--no-obsolete", "--add-location=file", *ignore]
    manage("makemessages", "-d", "django", *common)
    manage("makemessages", "-d", "djangojs", *common)
    catalogues = [merge("django"), merge("djangojs")]
    manage("compilemessages", "-l", LANGUAGE, *[f"--ignore={pattern}" for pattern in IGNORE])
    missing = 0
    for po_file in catalogues:
        stats = run("msgfmt", "--check", "--statistics", "-o", os.devnull, str(po_file), capture=True)  # noqa: S607
        todo = leftovers(po_file)
        missing += len(todo)
        sys.stdout.write(f"{po_file.relative_to(ROOT)}: {stats.strip()} {len(todo)} to translate.\n")
        sys.stdout.writelines(f"    {msgid}\n" for msgid in todo)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
