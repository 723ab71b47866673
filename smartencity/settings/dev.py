"""Development settings: `make demo` serves the six sites with these."""

from smartencity.settings import base

# Settings modules must expose every base setting at module level; copying the
# upper-case names keeps that explicit without a star import.
globals().update({name: value for name, value in vars(base).items() if name.isupper()})

DEBUG = True
# A development key only: the production settings refuse to start without SECRET_KEY.
SECRET_KEY = base.SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105 (dev only)
ALLOWED_HOSTS = ["localhost", ".localhost", "127.0.0.1", "[::1]"]
DEMO_CONTENT_ALLOWED = True
