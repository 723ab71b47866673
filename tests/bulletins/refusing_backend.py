"""An e-mail backend that refuses one domain, as an SMTP server refuses a recipient."""

import smtplib

from django.core.mail.backends.locmem import EmailBackend


class RefusingEmailBackend(EmailBackend):
    def send_messages(self, messages):
        for message in messages:
            refused = [address for address in message.to if address.endswith("@refused.example")]
            if refused:
                raise smtplib.SMTPRecipientsRefused(dict.fromkeys(refused, (550, b"No")))
        return super().send_messages(messages)
