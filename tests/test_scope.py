"""Scope across the whole URLconf: one office's people, knowing every URL and the other office's
ids, never read the other office's data and never change it.

Every pattern of the project's URLconf (the Wagtail admin, its API, choosers, bulk actions,
reports and exports included) and every sub-route of the other office's routable pages is
requested by each role of Magelang with Bengkulu Selatan's ids filled in. Bengkulu's private
data carries the marker SECRET; its published public module carries PUBLIC, which learner pages
may show (modules are public) but the admin may not. New URLs are covered without edits: their
parameters are filled from the name of the parameter, the view's model, or failing those every
id Bengkulu owns.
"""

import io
import itertools
import re
import zipfile
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.text import slugify

from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, PageViewRestriction, Revision, Workflow

import pytest
from PIL import Image as PILImage
from PIL.PngImagePlugin import PngInfo
from pypdf import PdfReader

from assessments.attempts import attempt_start, attempt_submit
from assessments.certificates import certificate_issue
from assessments.fieldwork import observation_record, session_record
from courses.models import Assignment, LessonProgress
from courses.sections import office_section_ensure
from lms.credentials import credential_events_record
from lms.models import CredentialEvent
from lms.roles import Role, office_group_name
from readiness.models import ReadinessSettings
from readiness.snapshots import month_start, snapshots_take
from tests.factories.assessments import make_bank, make_quiz, make_rubric, make_single
from tests.factories.courses import ensure_home_page, make_course, publish

pytestmark = pytest.mark.django_db

SECRET = "ZRAHASIA"
PUBLIC = "ZTERBUKA"
# In the names of their objects next to the marker, for searches: a search box repeats its query.
SEARCH_WORD = "kenanga"

# Public by design, with the reason. Keep this list short.
PUBLIC_BY_DESIGN = {
    # Anyone holding a certificate's code may check whom it was given to (UI.md "Sertifikat").
    "v/<str:code>/",
}


@dataclass
class Estate:
    """What one office owns, by model label, plus the strings a URL may need."""

    objects: dict[str, list] = field(default_factory=dict)
    attempt_keys: list[str] = field(default_factory=list)
    certificate_codes: list[str] = field(default_factory=list)
    page_paths: list[str] = field(default_factory=list)

    def add(self, *objs):
        for obj in objs:
            self.objects.setdefault(obj._meta.label_lower, []).append(obj)

    def pks(self, label: str | None = None) -> list[int]:
        if label == "wagtailcore.page":  # Wagtail's page views and bulk actions take any page
            return sorted(page.pk for page in self.pages)
        groups = [self.objects.get(label, [])] if label else self.objects.values()
        return sorted({obj.pk for group in groups for obj in group})

    key_pages: list[Page] = field(default_factory=list)  # one of each kind, for page ids in URLs

    @property
    def pages(self) -> list[Page]:
        return [obj for group in self.objects.values() for obj in group if isinstance(obj, Page)]


def _png_with_text(text: str) -> bytes:
    info = PngInfo()
    info.add_text("Comment", text)
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "teal").save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def _build_estate(world, *, office, penyuluh, wksbm, pengurus_term, marker: str, public: str) -> Estate:
    """An office's section, modules (public, draft, restricted, in moderation, locked), questions,
    rubric, media, evidence, certificate, credential history, settings and snapshots."""
    estate = Estate()
    person = pengurus_term.user
    person.name = f"Ibu {marker} Ketua"
    person.save()
    penyuluh.name = f"Pak {marker} Penyuluh"
    penyuluh.save()
    wksbm.name = f"WKSBM {marker}"
    wksbm.save()
    estate.add(office, wksbm, pengurus_term, person, penyuluh)

    section = office_section_ensure(office)
    section.title = f"Materi {public}"
    publish(section)
    course = make_course(section, title=f"Modul {public}", pillar="keterampilan", lessons=2)
    bank = make_bank(office=office, name=f"Bank {marker}")
    # A public module's quiz shows its questions to whoever takes it; the bank stays private.
    question = make_single(bank, text=f"Soal {public}?", right=f"Jawaban {public}")
    quiz = make_quiz(course, [question], title=f"Kuis {public}")
    draft = section.add_child(
        instance=course.__class__(
            title=f"Modul {marker} draf", pillar="komitmen", summary="Ringkasan.", live=False
        )
    )
    draft.save_revision(user=penyuluh)
    restricted = make_course(section, title=f"Modul {marker} terbatas", lessons=1)
    # A module only the office's penyuluh may read.
    restriction = PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name=office_group_name(Role.PENYULUH, office.code)))
    # Unpublished edit of the public module, submitted for approval, and the module locked.
    course.title = f"Modul {marker} revisi"
    revision = course.save_revision(user=penyuluh)
    workflow_state = Workflow.objects.get(name=f"Persetujuan {office.name}").start(course, penyuluh)
    Page.objects.filter(pk=course.pk).update(locked=True, locked_by=penyuluh, locked_at=timezone.now())
    estate.add(section, course, quiz, draft, restricted, *course.get_children().specific())
    estate.add(*restricted.get_children().specific(), bank, question, restriction, revision, workflow_state)
    estate.add(workflow_state.workflow, *workflow_state.task_states.all())
    estate.key_pages = [section, course, quiz, draft, restricted]
    estate.add(*Revision.objects.filter(pk__in=[page.latest_revision_id for page in estate.key_pages]))

    collection = Collection.objects.get(name=office.name)  # made by office_section_ensure
    image = get_image_model().objects.create(
        title=f"Gambar {marker}",
        collection=collection,
        file=ContentFile(_png_with_text(f"{marker} metadata"), name=f"gambar-{slugify(marker)}.png"),
    )
    document = get_document_model().objects.create(
        title=f"Dokumen {marker}",
        collection=collection,
        file=ContentFile(f"Isi {marker} kantor".encode(), name=f"dokumen-{slugify(marker)}.txt"),
    )
    estate.add(collection, image, document)

    rubric = make_rubric(office=office, name=f"Rubrik {marker}", criteria=(f"Kriteria {marker}",))
    today = timezone.localdate()
    observation = observation_record(
        observer=penyuluh,
        wksbm=wksbm,
        user=person,
        course=course,
        rubric=rubric,
        observed_on=today,
        levels={criterion.pk: 3 for criterion in rubric.criteria.all()},
        notes=f"Catatan {marker}",
    )
    session = session_record(
        facilitator=penyuluh, wksbm=wksbm, held_on=today, topic=f"Pertemuan {marker}", attendees=[person]
    )
    attempt = attempt_start(quiz=quiz, user=person)
    right_choice = question.choices.get(fraction=100)
    attempt_submit(key=attempt.key, user=person, responses={0: [right_choice.pk]})
    open_attempt = attempt_start(quiz=quiz, user=person)
    for lesson in course.get_children().type(course.get_children().first().specific_class):
        LessonProgress.objects.get_or_create(user=person, lesson_id=lesson.pk)
    certificate = certificate_issue(user=person, course=course)
    assignment = Assignment.objects.create(course=course, wksbm=wksbm, assigned_by=penyuluh)
    credential_events_record(people=[person], action=CredentialEvent.Action.REGISTERED, actor=penyuluh)
    settings_row = ReadinessSettings.objects.create(office=office)
    estate.add(rubric, *rubric.criteria.all(), observation, session, attempt, open_attempt, certificate)
    estate.add(assignment, settings_row, *CredentialEvent.objects.filter(person=person))
    estate.attempt_keys = [str(attempt.key), str(open_attempt.key)]
    estate.certificate_codes = [certificate.code]
    estate.page_paths = [page.url for page in estate.pages if page.url]
    return estate


@pytest.fixture
def estates(world):
    ensure_home_page()
    snapshots_month = month_start(timezone.localdate())
    ours = _build_estate(
        world,
        office=world.magelang,
        penyuluh=world.magelang_penyuluh,
        wksbm=world.tidar_utara,
        pengurus_term=world.tidar_ketua,
        marker="ZMILIKKAMI",
        public="ZMODULKAMI",
    )
    theirs = _build_estate(
        world,
        office=world.bengkulu,
        penyuluh=world.bengkulu_penyuluh,
        wksbm=world.kota_medan,
        pengurus_term=world.kota_medan_ketua,
        marker=f"{SECRET} {SEARCH_WORD}",
        public=PUBLIC,
    )
    snapshots_take(month=snapshots_month)
    from readiness.models import ReadinessSnapshot

    theirs.add(*ReadinessSnapshot.objects.filter(wksbm=world.kota_medan))
    return ours, theirs


# ---------------------------------------------------------------------------------------------
# Every URL of the URLconf, filled with the other office's ids


@dataclass(frozen=True)
class Route:
    pattern: str  # as written in the URLconf, prefixes joined
    view: object  # the resolved callback


def _routes(resolver=None, prefix="") -> list[Route]:
    resolver = resolver or get_resolver()
    routes = []
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            routes += _routes(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            routes.append(Route(prefix + str(entry.pattern), entry.callback))
    return routes


PAGE_PARAMS = {
    "page_id",
    "parent_page_id",
    "page_to_move_id",
    "page_pk",
    "destination_id",
    "course_id",
    "quiz_id",
}
PARAM_MODELS = {
    "image_id": "wagtailimages.image",
    "document_id": "wagtaildocs.document",
    "doc_id": "wagtaildocs.document",
    "revision_id": "wagtailcore.revision",
    "revision_id_a": "wagtailcore.revision",
    "revision_id_b": "wagtailcore.revision",
    "task_state_id": "wagtailcore.taskstate",
    "workflow_state_id": "wagtailcore.workflowstate",
    "workflow_pk": "wagtailcore.workflow",
    "wksbm_id": "wksbm.wksbm",
    "user_id": "lms.user",
    "collection_id": "wagtailcore.collection",
    "restriction_id": "wagtailcore.pageviewrestriction",
    "page_view_restriction_id": "wagtailcore.pageviewrestriction",
}
# Path prefixes of Wagtail's own views that carry no model on the view.
PREFIX_MODELS = {
    "admin/images/": "wagtailimages.image",
    "admin/documents/": "wagtaildocs.document",
    "admin/users/": "lms.user",
    "admin/collections/": "wagtailcore.collection",
    "admin/workflows/": "wagtailcore.workflow",
    "admin/api/main/^images/": "wagtailimages.image",
    "admin/api/main/^documents/": "wagtaildocs.document",
}
PARAM = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>|\(\?P<(?P<group>\w+)>[^)]*\)")


def _view_model(route: Route) -> str | None:
    initkwargs = getattr(route.view, "view_initkwargs", {}) or {}
    model = initkwargs.get("model") or getattr(getattr(route.view, "view_class", None), "model", None)
    if hasattr(model, "_meta"):
        return model._meta.label_lower
    for prefix, label in PREFIX_MODELS.items():
        if route.pattern.startswith(prefix):
            return label
    return None


def _candidates(name: str, route: Route, theirs: Estate) -> list[str]:
    """Values of their objects for one URL parameter."""
    if name in PAGE_PARAMS:
        return [str(page.pk) for page in theirs.key_pages]
    if name == "uidb64":
        return [urlsafe_base64_encode(force_bytes(pk)) for pk in theirs.pks("lms.user")]
    if name == "token":
        return ["set-password"]
    if name in PARAM_MODELS:
        return [str(pk) for pk in theirs.pks(PARAM_MODELS[name])] or ["1"]
    if name == "code":
        return theirs.certificate_codes
    if f"<path:{name}>" in route.pattern or name == "path":
        return _file_names(theirs)
    if name == "filter_spec":
        return ["max-165x165"]
    if name in {"pk", "object_id"}:
        label = _view_model(route)
        model = apps.get_model(label) if label else None
        if model is not None and issubclass(model, Page):
            return [str(page.pk) for page in theirs.key_pages]
        if label and theirs.pks(label):
            return [str(pk) for pk in theirs.pks(label)]
    # Anything else: every id they own.
    return [str(pk) for pk in theirs.pks()]


def _model_params(route: Route, theirs: Estate) -> list[dict]:
    """Patterns naming a model in the URL (bulk actions, settings, tag autocomplete, editing
    sessions): one set of values per model they own objects of."""
    out = []
    for label, objs in [*theirs.objects.items(), ("wagtailcore.page", theirs.key_pages)]:
        app_label, model_name = label.split(".")
        values = {
            "app_label": app_label,
            "app_name": app_label,
            "content_type_app_name": app_label,
            "model_name": model_name,
            "content_type_model_name": model_name,
        }
        actions = [
            action.action_type
            for action in bulk_action_registry.get_bulk_actions_for_model(app_label, model_name)
        ]
        for obj, action in itertools.product(objs[:1], actions or ["-"]):
            out.append(
                {
                    **values,
                    "pk": str(obj.pk),
                    "object_id": str(obj.pk),
                    "action": action,
                    "action_name": action,
                }
            )
    return out


def _fill(route: Route, theirs: Estate) -> list[str]:
    """Concrete paths (with query strings where the view reads ids from them)."""
    pattern = route.pattern
    if pattern == "documents/^(\\d+)/(.*)$":
        documents = theirs.objects.get("wagtaildocs.document", [])
        return [f"/documents/{doc.pk}/{doc.filename}" for doc in documents]
    if pattern.endswith("^((?:[\\w\\-]+/)*)$"):  # Wagtail's page route
        return theirs.page_paths
    if pattern.endswith("^.*/$"):  # Wagtail's admin catch-all 404
        return ["/admin/no-such-page/"]
    pattern = re.sub(r"\^|\$|\\Z|\\A", "", pattern)
    names = [m.group("name") or m.group("group") for m in PARAM.finditer(pattern)]
    if not names:
        return ["/" + pattern]
    if {"app_label", "app_name", "content_type_app_name"} & set(names):
        combos = _model_params(route, theirs)
    else:
        choices = [_candidates(name, route, theirs) for name in names]
        if len(names) > 1 and max(map(len, choices)) > len(theirs.key_pages):
            # Several parameters, one of them open-ended: each value once, the others cycled.
            longest = max(map(len, choices))
            rows = zip(
                *(itertools.islice(itertools.cycle(values), longest) for values in choices), strict=True
            )
        else:
            rows = itertools.product(*choices)
        combos = [dict(zip(names, values, strict=True)) for values in rows]
    paths = set()
    for combo in combos:
        path = PARAM.sub(lambda m, combo=combo: combo.get(m.group("name") or m.group("group"), "1"), pattern)
        paths.add("/" + path.replace("\\", "").replace("...", "..."))
    return sorted(paths)


def _query_variants(path: str, theirs: Estate, world, *, listing: bool, exports: bool) -> list[str]:
    """Listings also read their filters, searches and exports; reports also export."""
    if path.startswith("/admin/bulk/"):
        label = ".".join(path.split("/")[3:5])
        ids = [f"id={pk}" for pk in theirs.pks(label)] + [f"id=all&childOf={theirs.key_pages[0].pk}"]
        return [f"{path}?{query}" for query in ids]
    if not listing:
        return [path, *(f"{path}?export={fmt}" for fmt in ("csv", "xlsx", "pdf") if exports)]
    variants = [path, f"{path}?q={SEARCH_WORD}"]
    if path.endswith("/chosen-multiple/"):
        variants += [f"{path}?id={pk}" for pk in theirs.pks()]
    if "/api/" in path:
        variants += [
            f"{path}?{relation}={theirs.key_pages[0].pk}" for relation in ("child_of", "descendant_of")
        ]
    filters = f"office={world.bengkulu.pk}&region={world.bengkulu.region_id}&wksbm={world.kota_medan.pk}"
    collections = theirs.pks("wagtailcore.collection")
    variants.append(f"{path}?{filters}&collection_id={collections[0]}")
    if exports:
        variants += [f"{path}?export={fmt}&{filters}" for fmt in ("csv", "xlsx", "pdf")]
    return variants


def _exports(route: Route) -> bool:
    """Whether the view answers ?export= (Wagtail's spreadsheet exports, the readiness reports)."""
    view_class = getattr(route.view, "view_class", None)
    return (
        isinstance(view_class, type)
        and issubclass(view_class, SpreadsheetExportMixin)
        or "reports/" in route.pattern
    )


def _routable_paths(ours: Estate, theirs: Estate) -> list[str]:
    """Sub-routes of routable pages (quiz attempts, lesson completion): every page of either
    office with their attempt keys."""
    paths = []
    for page in ours.pages + theirs.pages:
        if not hasattr(page, "get_resolver") or not page.url:
            continue
        for route in _routes(page.get_resolver()):
            pattern = route.pattern.replace("^", "").replace("$", "")
            names = [m.group("name") or m.group("group") for m in PARAM.finditer(pattern)]
            for key in theirs.attempt_keys if names else [None]:
                paths.append(page.url + PARAM.sub(lambda m, key=key: key or "", pattern))
    return paths


def _body_text(response) -> str:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    kind = response.get("Content-Type", "")
    if content.startswith(b"PK"):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return " ".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())
    if "pdf" in kind or content.startswith(b"%PDF"):
        return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    return content.decode("utf-8", "replace")


def _file_names(theirs: Estate) -> list[str]:
    files = [
        obj.file.name
        for label in ("wagtailimages.image", "wagtaildocs.document")
        for obj in theirs.objects.get(label, [])
    ]
    return files + [name.split("/", 1)[-1] for name in files]


def _roles(world):
    return {
        "penyuluh": world.magelang_penyuluh,
        "manager": world.magelang_manager,
        "provincial admin": world.jateng_admin,
        "pengurus": world.tidar_ketua.user,
        "anonymous": None,
    }


def _all_paths(estates, world) -> list[str]:
    ours, theirs = estates
    paths = []
    for route in _routes():
        if route.pattern in PUBLIC_BY_DESIGN:
            continue
        listing = not PARAM.search(route.pattern) and "^" not in route.pattern
        for path in _fill(route, theirs):
            paths += _query_variants(path, theirs, world, listing=listing, exports=_exports(route))
    return sorted(set(paths + _routable_paths(ours, theirs)))


def _walk(client, world, paths, method: str) -> tuple[list[str], list[str]]:
    """Each role requests each path; returns what showed their data and what failed (5xx)."""
    client.raise_request_exception = False
    exposed, errors = [], []
    for role, user in _roles(world).items():
        for path in paths:
            if user is None:
                client.logout()
            else:
                client.force_login(user)
            response = getattr(client, method.lower())(path)
            if response.status_code >= 500:
                errors.append(f"{role} {method} {path}: {response.status_code}")
                continue
            # A message queued for the next page counts as shown.
            messages = " ".join(str(message) for message in get_messages(response.wsgi_request))
            text = _body_text(response) + messages
            if SECRET in text or (path.startswith("/admin/") and PUBLIC in text):
                exposed.append(f"{role} {method} {path}")
    return exposed, errors


def test_no_page_of_the_urlconf_shows_another_offices_data_to_any_role(client, estates, world):
    paths = _all_paths(estates, world)
    assert len(paths) > 1000  # the walk reached the admin, not only the learner pages
    exposed, errors = _walk(client, world, paths, "GET")
    assert not errors and not exposed, "\n".join(
        [f"{len(exposed)} responses show Bengkulu Selatan's data:", *exposed, "Errors:", *errors]
    )


def _fingerprint(theirs: Estate) -> dict[str, list[dict]]:
    """Every row they own, field by field."""
    return {
        label: list(
            apps.get_model(label)._default_manager.filter(pk__in=theirs.pks(label)).order_by("pk").values()
        )
        for label in theirs.objects
    }


def _table_counts(theirs: Estate, their_staff) -> dict[str, int]:
    """How many rows their office sees of each scoped model: a POST from outside adds none."""
    managers = [apps.get_model(label)._default_manager for label in theirs.objects]
    return {
        manager.model._meta.label_lower: manager.visible_to(their_staff).count()
        for manager in managers
        if hasattr(manager, "visible_to")
    }


def _post_paths(estates, world) -> list[str]:
    """Every pattern filled with their ids, bulk actions with their ids, and their sub-routes."""
    ours, theirs = estates
    paths = []
    for route in _routes():
        if route.pattern in PUBLIC_BY_DESIGN:
            continue
        for path in _fill(route, theirs):
            bulk = path.startswith("/admin/bulk/")
            paths += _query_variants(path, theirs, world, listing=False, exports=False) if bulk else [path]
    return sorted(set(paths + _routable_paths(ours, theirs)))


def test_no_post_to_any_url_changes_another_offices_data(client, estates, world):
    """The same walk with POST (deletes, bulk actions, workflow actions, locks, credential
    actions, quiz submissions with their attempt keys): nothing of theirs changes or goes."""
    _ours, theirs = estates
    paths = _post_paths(estates, world)
    assert len(paths) > 500
    before, counts = _fingerprint(theirs), _table_counts(theirs, world.bengkulu_penyuluh)
    exposed, errors = _walk(client, world, paths, "POST")
    after = _fingerprint(theirs)
    changed = [label for label in before if before[label] != after[label]]
    grown = [
        label
        for label, count in _table_counts(theirs, world.bengkulu_penyuluh).items()
        if count != counts[label]
    ]
    assert not (errors or exposed or changed or grown), "\n".join(
        [f"Changed: {changed}", f"Rows added or removed: {grown}", "Shown:", *exposed, "Errors:", *errors]
    )


def test_office_staff_are_not_offered_the_site_wide_reports(client, world):
    """Site history and page types span every office: their menu items are for superusers."""
    site_wide = ("/admin/reports/site-history/", "/admin/reports/page-types-usage/")
    ensure_home_page()
    office_section_ensure(world.magelang)  # page grants, which Wagtail's menu items look for
    client.force_login(world.magelang_manager)
    menu = client.get("/admin/").text
    assert "/admin/reports/readiness/courses/" in menu  # the reports menu is there, without those two
    assert not any(url in menu for url in site_wide)
    assert all(client.get(url).status_code in (302, 403) for url in site_wide)
    world.national_admin.is_superuser = True
    world.national_admin.save()
    client.force_login(world.national_admin)
    menu = client.get("/admin/").text
    assert all(url in menu for url in site_wide)
