"""Cache generations: a group of cache entries that is forgotten at once.

A group keeps its current generation, a random string, under one key, and every entry of the
group has it in its own key. Starting a new generation leaves the old entries unreachable,
to expire on their own; that works alike in Redis and in a process's memory, and needs no
list of what was stored. The current generation is read once per request
(home/request_memo.py).
"""

from threading import Lock
from uuid import uuid4

from django.core.cache import cache

from home.request_memo import forget, remembered


def current(key):
    """The generation the group named by `key` is in; the first reader starts one."""

    def cached_generation():
        value = cache.get(key)
        if value is None:
            value = uuid4().hex
            cache.set(key, value, None)
        return value

    return remembered(key, cached_generation)


def start_new(key):
    """Forget every entry of the group named by `key`."""
    cache.set(key, uuid4().hex, None)
    forget(key)


def kept(key, name, build, timeout):
    """`build()`, cached as `name` in the group's current generation (and once per request)."""
    entry_key = f"{key}:{current(key)}:{name}"

    def cached_value():
        value = cache.get(entry_key)
        if value is None:
            value = build()
            cache.set(entry_key, value, timeout)
        return value

    return remembered(entry_key, cached_value)


# What is stored under a generation is never rewritten: a change starts a new generation,
# whose entries have other keys. So a process may keep its own copy of a large entry and skip
# fetching and unpickling it on every request. Only the most recent few are kept.
PROCESS_COPIES = 64
_process_copies = {}
_process_copies_lock = Lock()


def kept_in_process(entry_key, build, timeout):
    """`build()`, stored under `entry_key` (which must carry a generation) and kept in this
    process as well."""
    value = _process_copies.get(entry_key)
    if value is not None:
        return value
    value = cache.get(entry_key)
    if value is None:
        value = build()
        cache.set(entry_key, value, timeout)
    with _process_copies_lock:
        if len(_process_copies) >= PROCESS_COPIES:
            _process_copies.clear()
        _process_copies[entry_key] = value
    return value
