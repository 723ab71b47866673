import pytest

pytestmark = pytest.mark.django_db


def test_the_european_home_page_answers_in_english(client, network):
    response = client.get("/en/", HTTP_HOST="localhost")
    assert response.status_code == 200
    assert b'<html lang="en">' in response.content
