"""`make audit` fails on a known vulnerability and never passes an audit that did not happen."""

import json

import pytest

from smartencity import audit

CLEAN = {"name": "django", "version": "5.2.19", "vulns": []}
VULNERABLE = {
    "name": "django",
    "version": "5.2.1",
    "vulns": [{"id": "PYSEC-2025-1", "fix_versions": ["5.2.2"], "description": "..."}],
}
SKIPPED = {"name": "wagtail", "skip_reason": "Dependency not found on PyPI: wagtail (8.0)"}


@pytest.mark.parametrize(
    ("dependencies", "status", "says"),
    [
        ([CLEAN, {**CLEAN, "name": "wagtail"}], 0, "2 packages checked: no known vulnerability"),
        ([CLEAN, VULNERABLE], 1, "VULNERABLE django 5.2.1: PYSEC-2025-1 (fixed in 5.2.2)"),
        ([VULNERABLE, SKIPPED], 1, "VULNERABLE django 5.2.1"),
        ([CLEAN, SKIPPED], 1, "NOT CHECKED Dependency not found on PyPI: wagtail (8.0)"),
        ([SKIPPED, {**SKIPPED, "name": "django"}], 3, "NOT AUDITED"),
    ],
    ids=["clean", "vulnerable", "vulnerable-and-skipped", "one-skipped", "nothing-checked"],
)
def test_the_verdict_follows_what_pip_audit_could_check(dependencies, status, says):
    got_status, lines = audit.verdict({"dependencies": dependencies})

    assert got_status == status
    assert any(line.startswith(says) for line in lines), lines


def test_the_command_reads_the_report_file_and_exits_with_the_verdict(tmp_path, capsys):
    report = tmp_path / "report.json"
    report.write_text(json.dumps({"dependencies": [VULNERABLE]}), encoding="utf-8")

    assert audit.main(report) == 1
    assert "PYSEC-2025-1" in capsys.readouterr().err
