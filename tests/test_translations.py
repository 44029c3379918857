"""The Indonesian catalogues: the project's strings and the Wagtail admin, all translated.

locale/id/LC_MESSAGES/{django,djangojs}.po hold the project's own strings (from
makemessages) merged with the Wagtail admin translations kept in locale/id/wagtail/
(see locale/update_id_catalogues.py). The .po files are read with a small parser below,
so these tests need no gettext tools.
"""

import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import django
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from django.views.i18n import JSONCatalog

import pytest

LOCALE_ID = Path(settings.BASE_DIR) / "locale" / "id"
CATALOGUE = LOCALE_ID / "LC_MESSAGES" / "django.po"
JS_CATALOGUE = LOCALE_ID / "LC_MESSAGES" / "djangojs.po"
WAGTAIL_CATALOGUE = LOCALE_ID / "wagtail" / "django.po"
WAGTAIL_JS_CATALOGUE = LOCALE_ID / "wagtail" / "djangojs.po"


@dataclass
class Entry:
    msgid: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstrs: list[str] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    references: list[str] = field(default_factory=list)

    @property
    def key(self):
        return (self.msgctxt, self.msgid)

    @property
    def fuzzy(self):
        return "fuzzy" in self.flags

    @property
    def translated(self):
        return bool(self.msgstrs) and all(self.msgstrs) and not self.fuzzy

    def __str__(self):
        return f"[{self.msgctxt}] {self.msgid!r}" if self.msgctxt else repr(self.msgid)


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


def _unquote(text):
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), text.strip()[1:-1])


def parse_po(path):
    """The catalogue's entries (header and obsolete `#~` entries left out), in file order."""
    entries, entry, target = [], Entry(), None

    def finish():
        nonlocal entry, target
        if target is not None and entry.msgid:
            entries.append(entry)
        entry, target = Entry(), None

    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            finish()
            continue
        if line.startswith("#~"):
            continue
        if line.startswith("#"):
            if target is not None and target[0] == "msgstr":
                finish()
            if line.startswith("#,"):
                entry.flags |= {flag.strip() for flag in line[2:].split(",")}
            elif line.startswith("#:"):
                entry.references += line[2:].split()
            continue
        keyword, _, rest = line.partition(" ")
        if line.startswith('"'):
            keyword, rest = None, line
        elif keyword in ("msgctxt", "msgid") and target is not None and target[0] == "msgstr":
            finish()
        if keyword == "msgctxt":
            entry.msgctxt, target = "", ("msgctxt",)
        elif keyword == "msgid":
            entry.msgid, target = "", ("msgid",)
        elif keyword == "msgid_plural":
            entry.msgid_plural, target = "", ("msgid_plural",)
        elif keyword is not None and keyword.startswith("msgstr"):
            entry.msgstrs.append("")
            target = ("msgstr", len(entry.msgstrs) - 1)
        if target is None:
            raise ValueError(f"{path}: cannot read {line!r}")
        value = _unquote(rest)
        if target[0] == "msgstr":
            entry.msgstrs[target[1]] += value
        else:
            setattr(entry, target[0], (getattr(entry, target[0]) or "") + value)
    finish()
    return entries


def header(path):
    text = path.read_text(encoding="utf-8")
    block = text[text.index('msgid ""') : text.index("\n\n", text.index('msgid ""'))]
    return "".join(_unquote(line) for line in block.splitlines()[1:] if line.startswith('"'))


@pytest.fixture(scope="module")
def catalogue():
    return parse_po(CATALOGUE)


@pytest.fixture(scope="module")
def js_catalogue():
    return parse_po(JS_CATALOGUE)


@pytest.fixture(scope="module")
def wagtail_keys():
    return {entry.key for entry in parse_po(WAGTAIL_CATALOGUE)}


def django_indonesian_catalogues():
    """Django's own `id` catalogues, lowest priority first: core, then the installed contrib
    apps the way Django layers them (an app listed earlier in INSTALLED_APPS wins)."""
    paths = [Path(django.__file__).parent / "conf" / "locale" / "id" / "LC_MESSAGES" / "django.po"]
    for app_config in reversed(list(apps.get_app_configs())):
        if app_config.name.startswith("django."):
            po_file = Path(app_config.path) / "locale" / "id" / "LC_MESSAGES" / "django.po"
            if po_file.exists():
                paths.append(po_file)
    return paths


def runtime_translation(entry, n=None):
    """What Django returns for this entry under Indonesian, through the normal gettext calls."""
    if entry.msgid_plural is None:
        if entry.msgctxt is None:
            return translation.gettext(entry.msgid)
        return translation.pgettext(entry.msgctxt, entry.msgid)
    if entry.msgctxt is None:
        return translation.ngettext(entry.msgid, entry.msgid_plural, n)
    return translation.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, n)


PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def test_the_catalogues_use_djangos_indonesian_plural_rule():
    django_header = header(django_indonesian_catalogues()[0])
    plural_forms = re.search(r"Plural-Forms: (.*)\n", django_header).group(1)
    assert plural_forms == "nplurals=1; plural=0;"
    for path in (CATALOGUE, JS_CATALOGUE, WAGTAIL_CATALOGUE, WAGTAIL_JS_CATALOGUE):
        assert f"Plural-Forms: {plural_forms}\n" in header(path), path
        assert "Language: id\n" in header(path), path


def test_every_project_string_has_an_indonesian_translation(catalogue, js_catalogue, wagtail_keys):
    project_entries = [entry for entry in catalogue if entry.key not in wagtail_keys]
    project_entries += [entry for entry in js_catalogue if entry.references]
    assert len(project_entries) > 50  # the project's models, forms and templates are in there
    missing = [str(entry) for entry in project_entries if not entry.translated]
    assert not missing, "Translate these in locale/id/LC_MESSAGES/django.po: " + ", ".join(missing)


def test_every_wagtail_admin_string_is_translated_and_merged_into_the_catalogue(catalogue, js_catalogue):
    for merged, source in ((catalogue, WAGTAIL_CATALOGUE), (js_catalogue, WAGTAIL_JS_CATALOGUE)):
        by_key = {entry.key: entry for entry in merged}
        wagtail = parse_po(source)
        assert len(wagtail) > (1500 if source == WAGTAIL_CATALOGUE else 80)
        untranslated = [str(entry) for entry in wagtail if not entry.translated]
        assert not untranslated, f"Untranslated or fuzzy in {source.name}: " + ", ".join(untranslated)
        not_merged = [str(entry) for entry in wagtail if entry.key not in by_key]
        assert not not_merged, "Run locale/update_id_catalogues.py; missing: " + ", ".join(not_merged[:20])
        changed = [
            str(entry)
            for entry in wagtail
            if not by_key[entry.key].references and by_key[entry.key].msgstrs != entry.msgstrs
        ]
        assert not changed, f"Edit Wagtail strings in {source}, not in the merged file: " + ", ".join(changed)


@pytest.mark.parametrize(
    ("msgid", "indonesian"),
    [
        ("Dashboard", "Dasbor"),
        ("Pages", "Halaman"),
        ("Search", "Cari"),
        ("Add", "Tambah"),
        ("Edit", "Ubah"),
        ("Save draft", "Simpan draf"),
        ("Publish", "Terbitkan"),
        ("Unpublish", "Batalkan penerbitan"),
        ("Submit for moderation", "Ajukan untuk moderasi"),
        ("Approve", "Setujui"),
        ("Request changes", "Minta perubahan"),
        ("Preview", "Pratinjau"),
        ("History", "Riwayat"),
        ("Comments", "Komentar"),
        ("Bulk actions", "Tindakan massal"),
        ("Sort by", "Urutkan menurut"),
        ("Apply filters", "Terapkan filter"),
        ("Download CSV", "Unduh CSV"),
        ("Snippets", "Snippet"),
        ("Images", "Gambar"),
        ("Documents", "Dokumen"),
        ("Users", "Pengguna"),
        ("Groups", "Grup"),
        ("Reports", "Laporan"),
        ("Settings", "Pengaturan"),
        ("Forgotten password?", "Lupa kata sandi?"),
        ("There are validation errors, click save to highlight them.", None),
    ],
)
def test_wagtail_admin_strings_come_out_in_indonesian(msgid, indonesian):
    if indonesian is None:
        indonesian = "Ada kesalahan validasi, klik simpan untuk menandainya."
    with translation.override("id"):
        assert translation.gettext(msgid) == indonesian


@pytest.mark.parametrize(
    ("msgids", "n", "values", "indonesian"),
    [
        (("Delete 1 page", "Delete %(counter)s pages"), 3, {"counter": 3}, "Hapus 3 halaman"),
        (("%(count)s image", "%(count)s images"), 1, {"count": 1}, "1 gambar"),
        (
            ("Page '%(page_title)s' created and published.",),
            None,
            {"page_title": "Profil"},
            "Halaman 'Profil' dibuat dan diterbitkan.",
        ),
        (
            ("%(model_name)s '%(object)s' updated.",),
            None,
            {"model_name": "WKSBM", "object": "WKSBM Tidar Utara"},
            "WKSBM 'WKSBM Tidar Utara' diperbarui.",
        ),
    ],
)
def test_wagtail_admin_messages_keep_their_placeholders_and_plurals_in_indonesian(
    msgids, n, values, indonesian
):
    entry = Entry(msgid=msgids[0], msgid_plural=msgids[1] if len(msgids) > 1 else None)
    with translation.override("id"):
        assert runtime_translation(entry, n) % values == indonesian


def test_the_compiled_catalogue_is_not_stale(catalogue):
    """Every msgid/msgstr pair in the .po is what gettext returns: the .mo was recompiled."""
    with translation.override("id"):
        stale = []
        for entry in catalogue:
            counts = (1, 2, 5) if entry.msgid_plural is not None else (None,)
            for n in counts:
                if runtime_translation(entry, n) != entry.msgstrs[0]:
                    stale.append(str(entry))
    assert not stale, "Run `manage.py compilemessages -l id --ignore=.venv`; stale: " + ", ".join(stale[:20])


def test_the_compiled_javascript_catalogue_is_not_stale(rf, js_catalogue):
    with translation.override("id"):
        response = JSONCatalog.as_view(packages=["wagtail.admin"])(rf.get("/"))
    served = json.loads(response.content)["catalog"]
    stale = []
    for entry in js_catalogue:
        key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
        value = served.get(key)
        expected = entry.msgstrs if entry.msgid_plural is not None else entry.msgstrs[0]
        if value != expected:
            stale.append(str(entry))
    assert not stale, "Run `manage.py compilemessages -l id --ignore=.venv`; stale: " + ", ".join(stale[:20])


def test_django_keeps_its_own_wording_for_the_strings_it_shares_with_us(catalogue):
    """Our catalogue outranks Django's, so a shared msgid must carry Django's own wording."""
    djangos = {}
    for path in django_indonesian_catalogues():
        djangos |= {entry.key: entry.msgstrs for entry in parse_po(path) if entry.translated}
    differing = [
        f"{entry} (Django: {djangos[entry.key][0]!r}, ours: {entry.msgstrs[0]!r})"
        for entry in catalogue
        if entry.key in djangos and entry.msgstrs != djangos[entry.key]
    ]
    assert not differing, "Use Django's own translation for: " + "; ".join(differing)


def test_translations_keep_placeholders_and_html_intact(catalogue, js_catalogue):
    broken = []
    for entry in catalogue + js_catalogue:
        sources = [entry.msgid] if entry.msgid_plural is None else [entry.msgid, entry.msgid_plural]
        expected = sorted(PLACEHOLDER.findall(sources[-1]))
        allowed = {placeholder for source in sources for placeholder in PLACEHOLDER.findall(source)}
        for msgstr in entry.msgstrs:
            found = PLACEHOLDER.findall(msgstr)
            if entry.msgid_plural is None:
                intact = sorted(found) == expected
            else:  # one Indonesian form serves both: it needs the plural's placeholders
                intact = set(expected) <= set(found) <= allowed
            if not intact:
                broken.append(f"{entry}: placeholders {found}")
            if sorted(HTML_TAG.findall(msgstr)) != sorted(HTML_TAG.findall(sources[-1])):
                broken.append(f"{entry}: HTML {HTML_TAG.findall(msgstr)}")
    assert not broken, "\n".join(broken)


@pytest.mark.django_db
def test_the_admin_login_page_and_its_javascript_speak_indonesian(client):
    page = client.get(reverse("wagtailadmin_login")).content.decode()
    assert "Masuk ke Wagtail" in page
    assert "Lupa kata sandi?" in page
    assert "Ingat saya" in page
    script = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    assert '"Main menu": "Menu utama"' in script
    assert '"Page explorer": "Penjelajah halaman"' in script


@pytest.mark.skipif(
    shutil.which("xgettext") is None and os.environ.get("GETTEXT_REQUIRED") != "1",
    reason="GNU gettext (xgettext) is not installed: apt-get install gettext",
)
def test_every_string_in_the_source_is_in_the_catalogue(tmp_path, monkeypatch, settings, catalogue):
    """makemessages over a scratch copy of the source finds nothing our catalogue lacks."""
    source = Path(settings.BASE_DIR)
    project_apps = [Path(app.path) for app in apps.get_app_configs() if Path(app.path).parent == source]
    for folder in [*project_apps, source / "templates"]:
        shutil.copytree(folder, tmp_path / folder.name, ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / "locale").mkdir()
    monkeypatch.chdir(tmp_path)
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    call_command("makemessages", all=True, keep_pot=True, verbosity=0)
    extracted = {entry.key for entry in parse_po(tmp_path / "locale" / "django.pot")}
    translated = {entry.key for entry in catalogue if entry.translated}
    assert sorted(extracted - translated, key=str) == []


# UI.md "Words": one name for one thing. A word that names the thing in `pattern` (in the English
# msgid) must appear in its translation, and the words UI.md rules out appear nowhere.
VOCABULARY = [
    (r"\b(course|module)s?\b", r"\bmodul"),
    (r"\blessons?\b", r"\bmateri\b"),
    (r"\battempts?\b", r"\bpengerjaan"),
    (r"\bpre-test\b", r"\bpre-test\b"),
    (r"\bpost-test\b", r"\bpost-test\b"),
]
RULED_OUT = re.compile(r"\b(kursus|pelajaran|percobaan|tes awal|tes akhir)\b", re.IGNORECASE)


def test_project_strings_use_one_word_for_one_thing(catalogue, js_catalogue, wagtail_keys):
    wrong = []
    for entry in catalogue + js_catalogue:
        if entry.key in wagtail_keys:
            continue  # Wagtail's own admin strings keep Wagtail's wording
        english = f"{entry.msgid} {entry.msgid_plural or ''}"
        for translation_ in entry.msgstrs:
            if RULED_OUT.search(translation_):
                wrong.append(f"{entry}: {translation_!r} uses a word UI.md rules out")
            for thing, word in VOCABULARY:
                if re.search(thing, english, re.IGNORECASE) and not re.search(word, translation_, re.I):
                    wrong.append(f"{entry}: {translation_!r} should say {word}")
    assert not wrong, "\n".join(wrong)


def test_demo_content_uses_one_word_for_one_thing():
    content = Path(settings.BASE_DIR) / "demo" / "content"
    wrong = [
        f"{path.relative_to(content)}: {match.group(0)!r}"
        for path in sorted(content.rglob("*"))
        if path.is_file()
        for match in RULED_OUT.finditer(path.read_text(encoding="utf-8"))
    ]
    assert not wrong, "\n".join(wrong)
