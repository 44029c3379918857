"""The blocks penyuluh build lessons from: light on data, readable on a 360 px phone."""

import re

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        description = _("A section heading inside the lesson.")
        preview_value = {"text": "Tugas sekretaris WKSBM"}


# The widths templates/blocks/image_block.html offers; downloads store the one the phone shows.
LESSON_IMAGE_FILTERS = ("width-360|format-webp", "width-720|format-webp")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Alt text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        description = _("A photo or diagram, served at phone size.")


YOUTUBE_ID = re.compile(r"(?:youtube\.com/(?:watch\?(?:.*&)?v=|embed/|shorts/)|youtu\.be/)([\w-]{11})")


def youtube_embed_url(link: str) -> str:
    """The privacy-enhanced embed address of a YouTube link, or "" for any other link."""
    match = YOUTUBE_ID.search(link)
    return f"https://www.youtube-nocookie.com/embed/{match.group(1)}" if match else ""


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    file = DocumentChooserBlock(label=_("Video file"), required=False)
    link = blocks.URLBlock(
        label=_("Video link"), required=False, help_text=_("For example a YouTube address.")
    )
    minutes = blocks.IntegerBlock(label=_("Length in minutes"), required=False, min_value=1)

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        description = _("A video that loads only when the learner taps it.")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["embed_url"] = youtube_embed_url(value.get("link") or "")
        return context

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("file")) == bool(value.get("link")):
            message = _("Choose an uploaded video file or give a link, not both.")
            raise StructBlockValidationError(block_errors={"file": [message]})
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=120,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        description = _("A file to download, with its size shown first.")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"), choices=[("tip", _("Tip")), ("warning", _("Warning"))], default="tip"
    )
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"
        description = _("A tip or a warning that stands out from the text.")
        preview_value = {"kind": "tip", "text": "<p>Catat setiap uang masuk pada hari yang sama.</p>"}


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=250), label=_("Items"))

    class Meta:
        icon = "list-ul"
        template = "blocks/checklist_block.html"
        description = _("Steps or things to check, with tick boxes.")


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    scenario = blocks.RichTextBlock(label=_("Scenario"), features=RICH_TEXT_FEATURES)
    discussion = blocks.RichTextBlock(
        label=_("Discussion"),
        features=RICH_TEXT_FEATURES,
        help_text=_("Hidden until the learner opens it, so they think first."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/case_study_block.html"
        description = _("A real situation to think about, with a discussion to open afterwards.")


class KeyPointsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120, default="Poin penting")
    points = blocks.ListBlock(blocks.CharBlock(label=_("Point"), max_length=250), label=_("Points"))

    class Meta:
        icon = "pick"
        template = "blocks/key_points_block.html"
        description = _("A summary of what to remember.")


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Running text."),
    )
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    checklist = ChecklistBlock()
    case_study = CaseStudyBlock()
    key_points = KeyPointsBlock()
