"""Who may fetch an uploaded image or document: the one rule for private media.

Files in the root (national) collection are public. An office's files are for the office's own
staff (anyone holding a Wagtail permission on the collection: its penyuluh and managers, national
admins through the root) and for whoever may see a live page that uses them, found through
Wagtail's reference index: a document in a public module stays public, one used only in a draft,
in a page restricted to another group, or nowhere, is refused. Documents are checked by the
`before_serve_document` hook, original images by `courses.views.media_view`.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import IntegerField
from django.db.models.functions import Cast

from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import policy_registry

from lms.permissions import viewable_pages

# Wagtail's upload folders for image originals and renditions (AbstractImage.get_upload_to,
# AbstractRendition.get_upload_to) under MEDIA_ROOT; documents/ and the rest are never served.
RENDITIONS, ORIGINAL_IMAGES = "images", "original_images"
# Any one of these on the file's collection makes a user one of the collection's own staff.
COLLECTION_ACTIONS = ("add", "change", "choose")


def pages_using(obj):
    """The live pages whose content refers to `obj` (an image or document), as recorded by the
    reference index: the page row, i.e. the published content of a live page."""
    references = ReferenceIndex.get_references_to(obj).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    page_ids = references.values_list(Cast("object_id", output_field=IntegerField()), flat=True)
    return Page.objects.live().filter(pk__in=page_ids).only("pk", "path", "alias_of")


def media_viewable(obj, request) -> bool:
    """Whether `request` may fetch the file of `obj`, a Wagtail image or document."""
    if obj.collection.is_root():
        return True
    user = request.user
    policy = policy_registry.get_by_type(type(obj))
    if user.is_authenticated and policy.user_has_any_permission_for_instance(user, COLLECTION_ACTIONS, obj):
        return True
    return bool(viewable_pages(pages_using(obj), request))


def storage_name(path: str) -> str | None:
    """`path` from a URL (already percent-decoded) as a name in the default storage, or None when it
    is not a plain relative path of at least a folder and a file: an empty, "." or ".." segment, a
    backslash or a control character (NUL included) could step outside the folder it names."""
    segments = path.split("/")
    if len(segments) < 2 or any(segment in {"", ".", ".."} for segment in segments):
        return None
    if "\\" in path or any(ord(character) < 32 or ord(character) == 127 for character in path):
        return None
    return path
