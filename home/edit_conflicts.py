"""Wagtail's page editor, refusing a save made from a form that someone else's save outdated.

Two editors open the same page; the first saves; the second saves the form they opened
before that. Wagtail 8 catches this for autosave only: a full save would become the newest
revision over the first editor's, and neither would know. Both texts would still be in the
revisions, but the second editor would never see that their page now lacks the first one's
change. This view shows the second editor their form again, with their text, and says what
happened. The form then carries the newest revision, so saving it again is a choice made
knowingly. `smartencity/urls.py` puts this view in place of Wagtail's.
"""

from django.contrib import messages
from django.utils.translation import gettext as _

from wagtail.admin.views.pages.edit import EditView


class ConflictCheckingEditView(EditView):
    def post(self, request, *args, **kwargs):
        if self.page.alias_of_id or self.expects_json_response or not self.is_out_of_date:
            return super().post(request, *args, **kwargs)
        self.form = self.form_class(
            request.POST,
            request.FILES,
            instance=self.page,
            subscription=self.subscription,
            parent_page=self.parent,
            for_user=request.user,
        )
        messages.error(
            request,
            _(
                "Someone else saved this page after you opened it, so your changes are not "
                "saved yet. They are still in the form: compare the page's history with them, "
                "then save again to keep them."
            ),
        )
        self.has_unsaved_changes = True
        return self.render_to_response(self.get_context_data())
