"""Load the demo resources page: external resources, and the activity reports as documents."""

import datetime
import textwrap

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection

from home.demo.resources import ACTIVITY_REPORTS, RESOURCES, RESOURCES_PAGE
from home.models import ExternalResource, ResourcesPage
from national_sites.setup import SHARED_COLLECTION
from national_sites.translation import translate
from solutions.demo.loader import texts

SOURCE_LANGUAGE = "en"
REPORTS_COLLECTION = "Activity reports"


def pdf_text(text):
    """Text as a PDF string literal in WinAnsiEncoding (Windows-1252), as the font declares."""
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return b"(" + escaped.encode("cp1252", "replace") + b")"


def report_pdf(title, summary):
    """A valid one-page A4 PDF showing the report's title and summary."""
    lines = [b"BT /F1 16 Tf 72 760 Td 16 TL " + pdf_text(title) + b" Tj T* /F1 11 Tf 14 TL"]
    lines += [b"T* " + pdf_text(line) + b" Tj" for line in textwrap.wrap(summary, 85)]
    lines.append(b"ET")
    content = b"\n".join(lines)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(pdf)


def load_resources(loader):
    """The external resources, the activity reports and the European resources page."""
    count = load_external_resources(loader.locales, loader.scale)
    collection = load_activity_reports()
    page = load_resources_page(loader.homes["eu"], loader.locales, collection)
    loader.log(
        f"Loaded {count} external resources, {len(ACTIVITY_REPORTS)} activity reports "
        f"and {page.title!r}."
    )


def load_external_resources(locales, scale=1):
    """Write the resources in English and translate them; `scale` numbers extra copies."""
    english = locales[SOURCE_LANGUAGE]
    count = 0
    for order, spec in enumerate(RESOURCES):
        # Copies share their address, so the resources of one address are its copies in
        # the order they were made.
        existing = list(
            ExternalResource.objects.filter(locale=english, url=spec["url"]).order_by("pk")
        )
        for copy in range(scale):
            suffix = "" if copy == 0 else f" {copy + 1}"
            resource = existing[copy] if copy < len(existing) else ExternalResource()
            resource.locale = english
            resource.url = spec["url"]
            resource.kind = spec["kind"]
            resource.sort_order = order
            resource.title = spec["title"][SOURCE_LANGUAGE] + suffix
            resource.description = spec["description"][SOURCE_LANGUAGE]
            resource.save()
            for language, locale in locales.items():
                if language == SOURCE_LANGUAGE or language not in spec["title"]:
                    continue
                strings = texts(spec, SOURCE_LANGUAGE, language, {})
                if suffix:
                    strings[resource.title] = spec["title"][language] + suffix
                translate(resource, locale, strings)
            count += 1
    return count


def load_activity_reports():
    """The reports as documents of a collection inside the network's shared collection."""
    shared = Collection.get_first_root_node().get_children().get(name=SHARED_COLLECTION)
    collection = shared.get_children().filter(name=REPORTS_COLLECTION).first()
    collection = collection or shared.add_child(name=REPORTS_COLLECTION)
    Document = get_document_model()
    for spec in ACTIVITY_REPORTS:
        document = Document.objects.filter(collection=collection, title=spec["title"]).first()
        if document is None:
            document = Document(title=spec["title"], collection=collection)
            document.file = ContentFile(
                report_pdf(spec["title"], spec["summary"]), name=spec["file_name"]
            )
            document._set_document_file_metadata()
            document.save()
        # The list shows the newest report first; the publication date stands in for the
        # upload time, which Wagtail sets when the document is saved.
        published = datetime.datetime.combine(
            datetime.date.fromisoformat(spec["published"]), datetime.time(12), datetime.UTC
        )
        Document.objects.filter(pk=document.pk).update(created_at=published)
    return collection


def load_resources_page(home, locales, collection):
    slug = RESOURCES_PAGE["slug"][SOURCE_LANGUAGE]
    page = home.get_children().filter(slug=slug).specific().first()
    if page is None:
        page = ResourcesPage(title=RESOURCES_PAGE["title"][SOURCE_LANGUAGE], slug=slug)
        home.add_child(instance=page)
    page.title = RESOURCES_PAGE["title"][SOURCE_LANGUAGE]
    page.intro = RESOURCES_PAGE["intro"][SOURCE_LANGUAGE]
    page.report_collection = collection
    page.save_revision().publish()
    for language, locale in locales.items():
        if language != SOURCE_LANGUAGE and language in RESOURCES_PAGE["title"]:
            translate(page, locale, texts(RESOURCES_PAGE, SOURCE_LANGUAGE, language, {}))
    return page
