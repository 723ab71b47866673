from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class InvitationKind(models.TextChoices):
    INVITATION = "invitation", _("Invitation")
    REMINDER = "reminder", _("Reminder")


class Invitation(models.Model):
    """One sending of an event's invitation (or reminder): who started it, and its counts."""

    event_key = models.UUIDField(_("event key"), db_index=True, editable=False)
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=InvitationKind.choices)
    title = models.CharField(_("title"), max_length=255)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("started by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    recipients = models.PositiveIntegerField(_("recipients"), default=0)
    sent = models.PositiveIntegerField(_("sent"), default=0)
    skipped = models.PositiveIntegerField(
        _("skipped"), default=0, help_text=_("Already had this e-mail.")
    )
    failed = models.PositiveIntegerField(_("failed"), default=0)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-started_at"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.title}"


class InvitationDelivery(models.Model):
    """One person's copy of an event's invitation or reminder.

    It is claimed, under the unique constraint, before the e-mail is sent: a second sending
    (a retry, or an editor pressing the button twice) skips everyone already claimed.
    """

    event_key = models.UUIDField(_("event key"), editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=InvitationKind.choices)
    email = models.EmailField(_("e-mail"))
    invitation = models.ForeignKey(
        Invitation, verbose_name=_("invitation"), on_delete=models.CASCADE, related_name="+"
    )
    language = models.CharField(_("language"), max_length=10)
    claimed_at = models.DateTimeField(_("claimed"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent"), null=True)

    class Meta:
        verbose_name = _("invitation delivery")
        verbose_name_plural = _("invitation deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["event_key", "kind", "email"], name="events_one_delivery_per_person"
            )
        ]

    def __str__(self):
        return f"{self.kind} {self.event_key} → {self.email}"
