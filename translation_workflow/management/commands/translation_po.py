"""Bulk PO files for translation agencies: export what is left to translate, import it back.

One file per translation (a page or snippet into one language), because a file is then the
same as the one the translation editor downloads and uploads: wagtail-localize's contexts
are paths inside one object, so a combined file would need our own way of telling objects
apart, and an agency can quote, split and return work page by page.
"""

from pathlib import Path

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.models import DraftStateMixin, Locale
from wagtail_localize.models import SourceDeletedError, Translation

from translation_workflow import po as po_files


class Command(BaseCommand):
    @property
    def help(self):
        return _(
            "Export the untranslated strings of a language to PO files, one per page or snippet, "
            "or import filled-in PO files back into their translations."
        )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)

        export = actions.add_parser(
            "export",
            help=_("Write a PO file for each translation with strings left to do."),
        )
        export.add_argument("--locale", required=True, help=_("Target language code, e.g. da."))
        export.add_argument(
            "--output",
            required=True,
            type=Path,
            help=_("Folder to write the files into."),
        )
        export.add_argument(
            "--progress-every",
            type=int,
            default=100,
            metavar="N",
            help=_("Report progress every N translations."),
        )

        imports = actions.add_parser(
            "import", help=_("Import filled-in PO files; all of them or none.")
        )
        imports.add_argument("--locale", required=True, help=_("Target language code, e.g. da."))
        imports.add_argument("files", nargs="+", type=Path, metavar="FILE")
        imports.add_argument(
            "--publish",
            action="store_true",
            help=_("Publish the translated pages; without it they are saved as drafts."),
        )
        imports.add_argument(
            "--progress-every",
            type=int,
            default=50,
            metavar="N",
            help=_("Report progress every N files."),
        )

    def handle(self, *args, action, locale, progress_every, verbosity, **options):
        self.verbosity = verbosity
        self.progress_every = max(progress_every, 1)
        target_locale = Locale.objects.filter(language_code=locale).first()
        if target_locale is None:
            raise CommandError(
                _("There is no language “%(code)s” on this site. Choose one of: %(codes)s.")
                % {
                    "code": locale,
                    "codes": ", ".join(Locale.objects.values_list("language_code", flat=True)),
                }
            )
        if action == "export":
            self.export(target_locale, options["output"])
        else:
            self.import_files(target_locale, options["files"], options["publish"])

    def progress(self, done, total, message):
        if self.verbosity > 0 and (done % self.progress_every == 0 or done == total):
            self.stdout.write(message % {"done": done, "total": total})

    def export(self, locale, output):
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CommandError(
                _("Cannot write into %(folder)s: %(error)s") % {"folder": output, "error": error}
            ) from error
        translations = list(
            Translation.objects.filter(target_locale=locale, enabled=True)
            .select_related(
                "source", "source__locale", "source__specific_content_type", "target_locale"
            )
            .order_by("source__object_repr", "pk")
        )
        files = strings = complete = 0
        for done, translation in enumerate(translations, start=1):
            po = po_files.export_untranslated(translation)
            if po is None:
                complete += 1
            elif self.source_exists(translation):
                po.save(str(output / po_files.po_file_name(translation)))
                files += 1
                strings += len(po)
            self.progress(
                done, len(translations), _("Checked %(done)d of %(total)d translations.")
            )
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Wrote %(files)d PO files with %(strings)d untranslated strings into "
                    "%(folder)s; %(complete)d of %(total)d translations into %(language)s "
                    "had nothing left to translate."
                )
                % {
                    "files": files,
                    "strings": strings,
                    "folder": output,
                    "complete": complete,
                    "total": len(translations),
                    "language": po_files.language_name(locale),
                }
            )
        )

    @staticmethod
    def source_exists(translation):
        try:
            translation.source.get_source_instance()
        except ObjectDoesNotExist:
            return False
        return True

    def import_files(self, locale, paths, publish):
        # Every file is checked before anything is stored, so a refusal changes nothing.
        checked = []
        seen = {}
        for path in paths:
            po, translation = self.checked_file(path, locale)
            if translation.pk in seen:
                raise CommandError(
                    _("%(name)s and %(other)s are both for “%(object)s”; import only one.")
                    % {
                        "name": path,
                        "other": seen[translation.pk],
                        "object": translation.source.object_repr,
                    }
                )
            seen[translation.pk] = path
            checked.append((path, po, translation))

        strings = published = drafts = 0
        with transaction.atomic():
            for done, (path, po, translation) in enumerate(checked, start=1):
                try:
                    strings += po_files.import_checked(translation, po, str(path))
                except po_files.RefusedPOFile as refusal:
                    raise CommandError(refusal.message) from refusal
                model = translation.source.specific_content_type.model_class()
                # Snippets without drafts are live as soon as they are saved.
                publish_target = publish or not issubclass(model, DraftStateMixin)
                try:
                    if publish_target:
                        translation.save_target(publish=True)
                    else:
                        po_files.save_draft(translation)
                except SourceDeletedError as error:
                    raise CommandError(
                        _("%(name)s is for “%(object)s”, which has been deleted.")
                        % {"name": path, "object": translation.source.object_repr}
                    ) from error
                except ValidationError as error:
                    raise CommandError(
                        _("%(name)s cannot be saved into “%(object)s”: %(errors)s")
                        % {
                            "name": path,
                            "object": translation.source.object_repr,
                            "errors": "; ".join(error.messages),
                        }
                    ) from error
                if publish_target:
                    published += 1
                else:
                    drafts += 1
                self.progress(done, len(checked), _("Imported %(done)d of %(total)d files."))
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Imported %(strings)d translated strings from %(files)d files into "
                    "%(language)s: %(published)d published, %(drafts)d saved as drafts."
                )
                % {
                    "strings": strings,
                    "files": len(checked),
                    "language": po_files.language_name(locale),
                    "published": published,
                    "drafts": drafts,
                }
            )
        )

    def checked_file(self, path, locale):
        """The parsed file and its translation, or a CommandError saying what is wrong."""
        if not path.is_file():
            raise CommandError(_("%(name)s is not a file.") % {"name": path})
        try:
            po = po_files.read_po(path.read_bytes(), str(path))
            translation = po_files.translation_of(po, str(path))
            if translation.target_locale_id != locale.pk:
                raise po_files.RefusedPOFile(
                    _(
                        "“%(name)s” is for the %(file_language)s translation of “%(object)s”, "
                        "not %(language)s."
                    )
                    % {
                        "name": path,
                        "file_language": po_files.language_name(translation.target_locale),
                        "object": translation.source.object_repr,
                        "language": po_files.language_name(locale),
                    }
                )
            po_files.check_language(po, locale, str(path))
            source = po.metadata.get(po_files.SOURCE_OBJECT_HEADER)
            if source and source != str(translation.source.object_id):
                raise po_files.RefusedPOFile(
                    _(
                        "“%(name)s” names the source object %(source)s, but its translation "
                        "ID belongs to “%(object)s”. The file's header has been edited; "
                        "export it again."
                    )
                    % {"name": path, "source": source, "object": translation.source.object_repr}
                )
        except po_files.RefusedPOFile as refusal:
            raise CommandError(refusal.message) from refusal
        return po, translation
