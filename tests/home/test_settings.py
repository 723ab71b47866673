"""The production settings are safe to deploy and refuse to start unsafely."""

import os
import subprocess
import sys

from django.conf import settings

import pytest

PRODUCTION_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "smartencity.settings.production",
    "SECRET_KEY": "k3y-" + "x9Qz!v7#Lm2@pR5$wT8^nB4&cF6*hJ1(dG3)sA0_eY" * 2,
    "NETWORK_DOMAIN": "smartencity.example",
}


def manage(*args, environment):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(environment)
    return subprocess.run(  # noqa: S603 (our own manage.py, fixed arguments)
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_production_settings_pass_the_deployment_checks_without_warnings():
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", environment=PRODUCTION_ENVIRONMENT
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_the_production_settings_refuse_to_start_without_a_secret_key():
    environment = {**PRODUCTION_ENVIRONMENT, "SECRET_KEY": ""}

    result = manage("check", environment=environment)

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


@pytest.mark.django_db
def test_the_production_settings_refuse_to_load_the_demo_content():
    result = manage("load_demo_content", environment=PRODUCTION_ENVIRONMENT)

    assert result.returncode != 0
    assert "refused in production" in result.stderr
