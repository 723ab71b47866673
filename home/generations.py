"""Cache generations: a group of cache entries that is forgotten at once.

A group keeps its current generation, a random string, under one key, and every entry of the
group has it in its own key. Starting a new generation leaves the old entries unreachable,
to expire on their own; that works alike in Redis and in a process's memory, and needs no
list of what was stored. The current generation is read once per request
(home/request_memo.py); the entries under it, once per process.
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
    """`build()`, cached as `name` in the group's current generation, and kept in this process."""
    return kept_in_process(f"{key}:{current(key)}:{name}", build, timeout)


# The group of what depends on the page tree: home/routes.py starts a new generation when any
# page, site, locale or view restriction is saved or deleted, or a page is moved.
PAGE_TREE = "routes:generation"
# Long enough to matter, short enough that the entries of a quiet site are rebuilt now and then.
PAGE_TREE_SECONDS = 60 * 60 * 24


def kept_with_the_tree(name, build):
    """`build()`, kept until the page tree next changes."""
    return kept(PAGE_TREE, name, build, PAGE_TREE_SECONDS)


# What is stored under a generation is never rewritten: a change starts a new generation,
# whose entries have other keys. So each process keeps its own copy of what it reads or
# writes under one, and a request pays only for reading the current generation: no round
# trip to Redis and no unpickling. Only the most recent entries are kept.
PROCESS_COPIES = 2_000
_process_copies = {}
_process_copies_lock = Lock()


def _keep(entry_key, value):
    with _process_copies_lock:
        if len(_process_copies) >= PROCESS_COPIES:
            _process_copies.clear()
        _process_copies[entry_key] = value


def read(entry_key):
    """What is stored under `entry_key`, which must carry a generation; None if nothing is."""
    value = _process_copies.get(entry_key)
    if value is None:
        value = cache.get(entry_key)
        if value is not None:
            _keep(entry_key, value)
    return value


def store(entry_key, value, timeout):
    """Store `value` under `entry_key`, which must carry a generation."""
    cache.set(entry_key, value, timeout)
    _keep(entry_key, value)


def kept_in_process(entry_key, build, timeout):
    """`build()`, stored under `entry_key` (which must carry a generation) and kept in this
    process as well."""
    value = read(entry_key)
    if value is None:
        value = build()
        store(entry_key, value, timeout)
    return value
