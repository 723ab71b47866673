"""Authentication backends."""

from axes.backends import AxesStandaloneBackend


class TestClientAxesBackend(AxesStandaloneBackend):
    """Axes for the test settings, where Django's test client signs in through
    `authenticate()` with no request. Axes cannot count such an attempt and refuses it with
    an error; here it passes on to the next backend. A sign-in through a form always carries
    its request, so axes still limits every sign-in the tests make through the admin."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
