"""Catalogue sections and who may write in them.

The national section holds shared courses (national admins write and publish there). Each
Dinsos office has its own section: its penyuluh add and edit, its managers also publish, and
publishing goes through the office's approval workflow (its managers or a national admin
approve). Each office also gets an image and document collection of its own.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q
from django.utils.text import slugify

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from lms.roles import NATIONAL_ADMIN_GROUP, Role, office_group_name
from wksbm.models import DinsosOffice

from .models import CourseIndexPage

NATIONAL_SLUG, NATIONAL_TITLE = "materi", "Materi pembinaan"
PENYULUH_PAGE_PERMISSIONS = ("add_page", "change_page")
PUBLISHER_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
MEDIA_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)


def _section(*, slug: str, title: str, office: DinsosOffice | None) -> CourseIndexPage:
    existing = CourseIndexPage.objects.filter(office=office).first()
    if existing:
        return existing
    home = Site.objects.get(is_default_site=True).root_page
    section = home.add_child(instance=CourseIndexPage(slug=slug, title=title, office=office))
    section.save_revision().publish()
    return CourseIndexPage.objects.get(pk=section.pk)


def _grant_pages(group: Group, page: Page, codenames) -> None:
    for codename in codenames:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _grant_collection(group: Group, collection: Collection) -> None:
    for app_label, codename in MEDIA_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def _approval_workflow(*, name: str, approvers: list[Group], page: Page) -> Workflow:
    workflow, _ = Workflow.objects.get_or_create(name=name)
    task = GroupApprovalTask.objects.filter(name=name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=name)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    task.groups.add(*approvers)
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def national_section_ensure() -> CourseIndexPage:
    section = _section(slug=NATIONAL_SLUG, title=NATIONAL_TITLE, office=None)
    admins, _ = Group.objects.get_or_create(name=NATIONAL_ADMIN_GROUP)
    _grant_pages(admins, section, PUBLISHER_PAGE_PERMISSIONS)
    _grant_collection(admins, Collection.get_first_root_node())
    return section


@transaction.atomic
def office_section_ensure(office: DinsosOffice) -> CourseIndexPage:
    """The office's section, groups, collection and approval workflow; safe to call again."""
    section = _section(
        slug=slugify(f"materi {office.region.name}"), title=f"Materi {office.name}", office=office
    )
    penyuluh, _ = Group.objects.get_or_create(name=office_group_name(Role.PENYULUH, office.code))
    managers, _ = Group.objects.get_or_create(name=office_group_name(Role.MANAGER, office.code))
    _grant_pages(penyuluh, section, PENYULUH_PAGE_PERMISSIONS)
    _grant_pages(managers, section, PUBLISHER_PAGE_PERMISSIONS)

    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=office.name).first() or root.add_child(name=office.name)
    for group in (penyuluh, managers):
        _grant_collection(group, collection)
    admins, _ = Group.objects.get_or_create(name=NATIONAL_ADMIN_GROUP)
    _approval_workflow(name=f"Persetujuan {office.name}", approvers=[managers, admins], page=section)
    return section


def office_created(sender, instance, created, raw=False, **kwargs):
    """post_save receiver: a new office can author courses as soon as it exists."""
    if not created or raw:
        return

    # After commit, so a failed office form leaves no section behind; skipped before the
    # site exists (migrations, bare test databases).
    def ensure():
        if Site.objects.filter(is_default_site=True).exists():
            office_section_ensure(instance)

    transaction.on_commit(ensure)


def sections_sync() -> int:
    """The national section and every office's section; returns the number of offices."""
    national_section_ensure()
    offices = list(DinsosOffice.objects.select_related("region"))
    for office in offices:
        office_section_ensure(office)
    return len(offices)


def pages_outside_other_offices(pages, user):
    """`pages` without the sections (and their courses) of offices outside `user`'s scope."""
    if user.is_superuser:
        return pages
    hidden = CourseIndexPage.objects.exclude(office__isnull=True).exclude(
        office__in=DinsosOffice.objects.visible_to(user)
    )
    hidden_paths = list(hidden.values_list("path", flat=True))
    if not hidden_paths:
        return pages
    shown = CourseIndexPage.objects.exclude(path__in=hidden_paths).values_list("path", flat=True)
    # Keep pages above the sections, and pages inside a section that is shown.
    section_depth = CourseIndexPage.objects.values_list("depth", flat=True).first()
    keep = Q(depth__lt=section_depth)
    for path in shown:
        keep |= Q(path__startswith=path)
    return pages.filter(keep)
