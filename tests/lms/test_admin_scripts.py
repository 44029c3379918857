"""The Wagtail admin screens staff use render no inline script or event handler, which the
Content-Security-Policy would block: date pickers, choosers and InlinePanels start from data
blocks read by static/js/admin-init.js (lms.admin_scripts, templates/wagtailadmin/)."""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from django.urls import reverse

from wagtail.admin.widgets import AdminPageChooser, BaseChooser

import pytest

from lms.admin_scripts import admin_init_block
from lms.models import User
from tests.factories.assessments import make_rubric
from tests.factories.courses import make_course, make_section

pytestmark = pytest.mark.django_db

ADMIN_INIT_JS = Path(__file__).resolve().parents[2] / "static" / "js" / "admin-init.js"
JAVASCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}


class InlineCode(HTMLParser):
    """Collects the inline scripts a browser would run and every inline event handler."""

    def __init__(self):
        super().__init__()
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.found += [f"<{tag} {name}>" for name in attributes if name.startswith("on")]
        href = (attributes.get("href") or "").strip().lower()
        if href.startswith("javascript:"):
            self.found.append(f"<{tag} href={href}>")
        self._in_script = (
            tag == "script"
            and "src" not in attributes
            and (attributes.get("type") or "").lower() in JAVASCRIPT_TYPES
        )

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.found.append(f"<script>{data.strip()[:80]}")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False


def inline_code(html: str) -> list[str]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


@pytest.fixture
def staff_client(client, world):
    client.force_login(User.objects.create_superuser(phone="+6281900000001", password="x", name="Super"))
    return client


def admin_screens(world):
    """Screens with date pickers, choosers and InlinePanels, from ours and from Wagtail."""
    course = make_course(make_section(), lessons=1)
    lesson = course.get_lessons().get()
    rubric = make_rubric()
    return {
        "WKSBM (InlinePanel, date)": reverse("wksbm:edit", args=[world.tidar_utara.pk]),
        "pengurus term (dates)": reverse("pengurus:edit", args=[world.tidar_ketua.pk]),
        "term change (date)": reverse("wksbm_admin:term_change", args=[world.tidar_ketua.pk]),
        "course (image chooser)": reverse("wagtailadmin_pages:edit", args=[course.pk]),
        "lesson (scheduling dates)": reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        "lesson history (date filter)": reverse("wagtailadmin_pages:history", args=[lesson.pk]),
        "question (snippet chooser)": reverse("wagtailsnippets_assessments_question:add"),
        "rubric (InlinePanel)": reverse("wagtailsnippets_assessments_rubric:edit", args=[rubric.pk]),
        "certificate logo (image chooser)": reverse("wagtailsnippets_assessments_certificatetemplate:add"),
        "workflow (task chooser)": reverse("wagtailadmin_workflows:add"),
        "attempts (date filter)": reverse("attempt:index"),
    }


def test_admin_screens_render_no_inline_script_or_handler(staff_client, world):
    for screen, url in admin_screens(world).items():
        response = staff_client.get(url)
        assert response.status_code == 200, screen
        html = response.content.decode()
        assert inline_code(html) == [], screen
        assert "data-admin-init=" in html, screen  # the widget is there, started by admin-init.js


def test_a_chooser_hands_its_start_up_arguments_to_admin_init_as_data():
    html = AdminPageChooser().render("course", None, {"id": "id_course"})
    assert inline_code(html) == []
    block = re.search(r'data-admin-init="PageChooser">(.*?)</script>', html).group(1)
    element_id, options = json.loads(block)
    assert element_id == "id_course"
    assert options["modalUrl"] == reverse("wagtailadmin_choose_page")


def test_a_data_block_cannot_be_closed_by_its_data():
    block = admin_init_block("PageChooser", "</script><script>alert(1)</script>")
    assert block.count("</script>") == 1
    assert json.loads(re.search(r">(.*)</script>", block).group(1)) == ["</script><script>alert(1)</script>"]


def all_subclasses(cls):
    for subclass in cls.__subclasses__():
        yield subclass
        yield from all_subclasses(subclass)


def test_admin_init_starts_every_chooser_wagtail_has():
    """A Wagtail upgrade that brings a chooser with a new constructor fails here, not in a browser."""
    starters = set(re.findall(r"^\s+(\w+): (?:call|construct|panel)\(", ADMIN_INIT_JS.read_text(), re.M))
    constructors = {chooser.js_constructor for chooser in all_subclasses(BaseChooser)}
    assert constructors <= starters
    assert {"initDateChooser", "initDateTimeChooser", "initTimeChooser", "InlinePanel"} <= starters
