"""A per-address limit on how often a public form may be sent, counted in the cache."""

from django.core.cache import cache


def too_many_attempts(request, scope, limit, window):
    """Count this address's attempts at `scope`; True once there are more than `limit`
    within `window` seconds."""
    key = f"ratelimit:{scope}:{request.META.get('REMOTE_ADDR', '')}"
    # add() starts the window only for the first attempt; later ones do not extend it.
    cache.add(key, 0, window)
    try:
        attempts = cache.incr(key)
    except ValueError:  # the window ended between add() and incr()
        cache.add(key, 1, window)
        attempts = 1
    # During a Redis outage django-redis answers None: the form stays open rather than
    # failing, and the honeypot still stops the simplest robots.
    return attempts is not None and attempts > limit
