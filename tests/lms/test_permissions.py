"""`lms.permissions.viewable_pages`: Wagtail's page privacy for many pages at once, in the same
few queries whatever their number, agreeing with `Page.get_view_restrictions` page by page."""

from django.contrib.auth.models import AnonymousUser, Group

from wagtail.models import PageViewRestriction

import pytest

from lms.permissions import page_viewable, viewable_pages
from tests.factories.courses import make_course, make_section

pytestmark = pytest.mark.django_db


def wagtail_says(page, request) -> bool:
    """Wagtail's own rule, one page at a time: the oracle."""
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


@pytest.fixture
def tree(world):
    """Public, login-only and group-only modules, a lesson under each, and aliases of them placed
    under the public section."""
    members = Group.objects.create(name="Pengurus Tidar Utara")
    world.tidar_ketua.user.groups.add(members)
    section = make_section(office=world.magelang)
    public = make_course(section, title="Terbuka", lessons=1)
    login = make_course(section, title="Masuk dulu", lessons=1)
    group = make_course(section, title="Khusus anggota", lessons=1)
    PageViewRestriction.objects.create(page=login, restriction_type=PageViewRestriction.LOGIN)
    PageViewRestriction.objects.create(page=group, restriction_type=PageViewRestriction.GROUPS).groups.add(
        members
    )
    other = make_section(office=world.bengkulu, title="Materi lain")
    alias_of_course = group.create_alias(parent=other, update_slug="alias-kursus")
    alias_of_alias = alias_of_course.create_alias(parent=other, update_slug="alias-alias")
    # Wagtail copies a page's restrictions onto its alias; without the copies, only the source's
    # restriction (through the chain of aliases) protects them.
    PageViewRestriction.objects.filter(page__in=[alias_of_course, alias_of_alias]).delete()
    # Wagtail checks an alias's source page, not the source's ancestors: this alias of a lesson
    # under the group-only module is public, and viewable_pages says the same.
    alias_of_lesson = group.get_lessons().first().create_alias(parent=other, update_slug="alias-pelajaran")
    pages = [public, login, group, alias_of_course, alias_of_alias, alias_of_lesson]
    pages += [course.get_lessons().first() for course in (public, login, group)]
    return pages


@pytest.mark.parametrize("who", ["anonymous", "pengurus", "member", "bengkulu_penyuluh"])
def test_viewable_pages_agrees_with_wagtail_page_by_page(rf, world, tree, who):
    request = rf.get("/")
    request.session = {}
    request.user = {
        "anonymous": AnonymousUser(),
        "pengurus": world.cacaban_anggota.user,
        "member": world.tidar_ketua.user,
        "bengkulu_penyuluh": world.bengkulu_penyuluh,
    }[who]
    expected = [page for page in tree if wagtail_says(page, request)]
    assert viewable_pages(tree, request) == expected
    assert [page for page in tree if page_viewable(page, request)] == expected
    assert len(expected) < len(tree) or who == "member"


def test_an_alias_takes_the_restrictions_of_its_source(rf, tree):
    request = rf.get("/")
    request.session, request.user = {}, AnonymousUser()
    group, alias_of_course, alias_of_alias, alias_of_lesson = tree[2:6]
    assert alias_of_course.alias_of_id == group.pk and alias_of_alias.alias_of_id == alias_of_course.pk
    assert viewable_pages([alias_of_course, alias_of_alias, alias_of_lesson], request) == [alias_of_lesson]
    assert viewable_pages([alias_of_alias], request) == []  # its source read on its own


def test_many_pages_cost_no_more_queries_than_one(rf, world, tree, django_assert_max_num_queries):
    request = rf.get("/")
    request.session, request.user = {}, world.tidar_ketua.user
    plain = [page for page in tree if not page.alias_of_id]
    # The page chain, the restrictions and their groups, and the user's groups per group restriction.
    with django_assert_max_num_queries(4):
        assert len(viewable_pages(plain, request)) == len(plain)
    assert viewable_pages([], request) == []
