"""Network meetings, workshops and study visits; registrations for them; invitations sent."""

from events.models.invitations import Invitation, InvitationDelivery, InvitationKind
from events.models.pages import EventIndexPage, EventKind, EventPage
from events.models.registrations import Registration, RegistrationStatus

__all__ = [
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "Invitation",
    "InvitationDelivery",
    "InvitationKind",
    "Registration",
    "RegistrationStatus",
]
