"""Each office writes only in its own catalogue section; publishing goes through its managers."""

from django.urls import reverse
from django.utils.text import slugify

from wagtail.models import Collection, WorkflowPage, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data

import pytest

from courses.models import CourseIndexPage, CoursePage
from courses.sections import national_section_ensure, office_section_ensure
from lms.roles import Role
from tests.factories import DinsosOfficeFactory, UserFactory
from tests.factories.courses import ensure_home_page, make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(world):
    national_section_ensure()
    magelang = office_section_ensure(world.magelang)
    bengkulu = office_section_ensure(world.bengkulu)
    return magelang, bengkulu


def course_form(title):
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "pillar": "keterampilan",
            "summary": "Cara mencatat uang kas dengan rapi.",
            "cover_image": "",
            "comments": inline_formset([]),
        }
    )


def test_a_penyuluh_edits_in_their_office_section_but_cannot_publish(world, sections):
    magelang, _ = sections
    course = make_course(magelang)
    permissions = course.permissions_for_user(world.magelang_penyuluh)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    assert magelang.permissions_for_user(world.magelang_penyuluh).can_add_subpage()


def test_a_bengkulu_selatan_penyuluh_can_neither_edit_nor_publish_magelang_pages(client, world, sections):
    magelang, _ = sections
    course = make_course(magelang)
    outsider = world.bengkulu_penyuluh
    assert not course.permissions_for_user(outsider).can_edit()
    assert not course.permissions_for_user(outsider).can_publish()
    assert not magelang.permissions_for_user(outsider).can_add_subpage()

    client.force_login(outsider)
    edit_url = reverse("wagtailadmin_pages:edit", args=[course.pk])
    # Another office's page is not found, as any object out of scope (lms.admin_scope).
    assert client.get(edit_url).status_code == 404
    response = client.post(edit_url, {**course_form("Diambil alih"), "action-publish": "publish"})
    assert response.status_code == 404
    course.refresh_from_db()
    assert course.title == "Peran pengurus"
    add_url = reverse("wagtailadmin_pages:add", args=["courses", "coursepage", magelang.pk])
    assert client.post(add_url, course_form("Kursus liar")).status_code == 404
    assert not CoursePage.objects.filter(title="Kursus liar").exists()


def test_managers_publish_in_their_own_section_only(world, sections):
    magelang, bengkulu = sections
    assert make_course(magelang).permissions_for_user(world.magelang_manager).can_publish()
    assert not make_course(bengkulu, title="Lain").permissions_for_user(world.magelang_manager).can_publish()


def test_the_national_section_is_written_by_national_admins(world, sections):
    national = national_section_ensure()
    assert national.permissions_for_user(world.national_admin).can_publish_subpage()
    assert not national.permissions_for_user(world.magelang_penyuluh).can_add_subpage()


def test_a_penyuluh_submits_a_course_and_their_manager_approves_it(client, world, sections):
    magelang, _ = sections
    client.force_login(world.magelang_penyuluh)
    add_url = reverse("wagtailadmin_pages:add", args=["courses", "coursepage", magelang.pk])
    response = client.post(add_url, {**course_form("Buku kas sederhana"), "action-submit": "submit"})
    assert response.status_code == 302
    course = CoursePage.objects.get(title="Buku kas sederhana")
    assert not course.live
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(course.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Persetujuan Dinas Sosial Kota Magelang"

    # The penyuluh cannot approve their own submission.
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[course.pk, "approve", state.current_task_state.pk]
    )
    client.post(approve_url, {"comment": ""})
    course.refresh_from_db()
    assert not course.live

    client.force_login(world.magelang_manager)
    response = client.post(approve_url, {"comment": "Bagus, terbitkan."})
    assert response.status_code in (200, 302)
    course.refresh_from_db()
    assert course.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED


def test_each_office_uploads_media_into_its_own_collection(world, sections):
    collection = Collection.objects.get(name="Dinas Sosial Kota Magelang")
    magelang_groups = set(world.magelang_penyuluh.groups.values_list("name", flat=True))
    assert magelang_groups == {"Penyuluh 33.71"}
    granted = set(collection.group_permissions.values_list("group__name", flat=True))
    assert granted == {"Penyuluh 33.71", "Manager 33.71"}


def test_changing_a_users_office_moves_them_to_the_new_office_group(world):
    user = world.magelang_penyuluh
    user.office = world.bengkulu
    user.save()
    assert set(user.groups.values_list("name", flat=True)) == {"Penyuluh 17.01"}
    user.role = "pengurus"
    user.office = None
    user.save()
    assert not user.groups.exists()


def test_a_national_admin_may_approve_an_office_submission_too(client, world, sections):
    magelang, _ = sections
    course = make_course(magelang)
    course.save_revision(user=world.magelang_penyuluh)
    state = course.get_workflow().start(course, world.magelang_penyuluh)
    task = state.current_task_state.task.specific
    assert task.user_can_access_editor(course, world.national_admin)
    assert "approve" in [action[0] for action in task.get_actions(course, world.national_admin)]
    assert [action[0] for action in task.get_actions(course, world.bengkulu_penyuluh)] == []


def test_only_superusers_may_change_which_office_owns_a_section(client, world, sections):
    magelang, _ = sections
    client.force_login(world.magelang_manager)
    form = client.get(reverse("wagtailadmin_pages:edit", args=[magelang.pk])).context["form"]
    assert "office" not in form.fields


def test_a_cover_image_from_another_office_is_refused(client, world, sections, settings, tmp_path):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file
    from wagtail.models import Collection

    settings.MEDIA_ROOT = tmp_path
    magelang, _ = sections
    bengkulu_collection = Collection.objects.get(name="Dinas Sosial Kabupaten Bengkulu Selatan")
    foreign = Image.objects.create(
        title="Bengkulu", file=get_test_image_file(), collection=bengkulu_collection
    )
    client.force_login(world.magelang_penyuluh)
    add_url = reverse("wagtailadmin_pages:add", args=["courses", "coursepage", magelang.pk])
    response = client.post(add_url, {**course_form("Sampul curian"), "cover_image": foreign.pk})
    assert response.status_code == 200
    assert "cover_image" in response.context["form"].errors
    assert not CoursePage.objects.filter(title="Sampul curian").exists()


def test_the_page_chooser_hides_other_offices_courses(client, world, sections):
    magelang, bengkulu = sections
    make_course(magelang, title="Rapat RW Magelang")
    make_course(bengkulu, title="Rapat desa Bengkulu")
    client.force_login(world.bengkulu_penyuluh)
    response = client.get(reverse("wagtailadmin_choose_page_search"), {"q": "Rapat"})
    listed = response.content.decode()
    assert "Rapat desa Bengkulu" in listed
    assert "Rapat RW Magelang" not in listed


def test_a_new_office_can_author_as_soon_as_it_is_created(regions, django_capture_on_commit_callbacks):
    ensure_home_page()
    with django_capture_on_commit_callbacks(execute=True):
        office = DinsosOfficeFactory(region_code="33.71")

    section = CourseIndexPage.objects.get(office=office)
    penyuluh = UserFactory(role=Role.PENYULUH, office=office)
    assert section.permissions_for_user(penyuluh).can_add_subpage()
    assert WorkflowPage.objects.get(page=section).workflow.name == f"Persetujuan {office.name}"
    assert Collection.objects.filter(name=office.name).exists()
