"""Lookups that one request makes many times, kept for the rest of that request only.

A listing asks for the network's locales once per item, and the chrome, the news and the map
each read their cache generation. Every such read goes to Redis in production; here the first
read of a request is remembered until the request ends, so a page pays for each lookup once.
Outside a request (commands, tasks, tests calling functions directly) nothing is remembered.
"""

from django.core.signals import request_finished, request_started
from django.dispatch import receiver

from asgiref.local import Local

_state = Local()


def remembered(key, compute):
    """`compute()`, or what it gave earlier in the current request."""
    memo = getattr(_state, "memo", None)
    if memo is None:
        return compute()
    try:
        return memo[key]
    except KeyError:
        value = memo[key] = compute()
        return value


def forget(key):
    """Drop `key` from the current request's memo, after the value behind it changed."""
    memo = getattr(_state, "memo", None)
    if memo is not None:
        memo.pop(key, None)


@receiver(request_started)
def start_memo(**kwargs):
    _state.memo = {}


@receiver(request_finished)
def end_memo(**kwargs):
    _state.memo = None
