"""`make audit`: read pip-audit's JSON report and say whether the installed packages are safe.

    python -m smartencity.audit report.json

Exit 0: every package was checked and none has a known vulnerability. Exit 1: at least one
has (they are listed). Exit 3: the vulnerability data could not be had for any package, so
nothing was checked; the message says so, and `.ci/run` shows it as a warning on a machine
that cannot reach pypi.org's vulnerability data rather than pretend the audit passed. A
report where only some packages were skipped fails too, since those few were not checked.
"""

import json
import sys

NOTHING_CHECKED = 3


def verdict(report):
    """(exit status, lines to print) for a pip-audit JSON report."""
    dependencies = report.get("dependencies", [])
    vulnerable = [entry for entry in dependencies if entry.get("vulns")]
    skipped = [entry for entry in dependencies if entry.get("skip_reason")]
    lines = []
    for entry in vulnerable:
        for vulnerability in entry["vulns"]:
            fixes = ", ".join(vulnerability.get("fix_versions", [])) or "no fixed release yet"
            lines.append(
                f"VULNERABLE {entry['name']} {entry['version']}: {vulnerability['id']} "
                f"(fixed in {fixes})"
            )
    if vulnerable:
        return 1, lines
    if dependencies and len(skipped) == len(dependencies):
        return NOTHING_CHECKED, [
            f"NOT AUDITED: no vulnerability data could be had for any of the {len(skipped)} "
            "packages (is pypi.org's JSON API in reach?)."
        ]
    if skipped:
        return 1, [f"NOT CHECKED {entry['skip_reason']}" for entry in skipped]
    return 0, [f"{len(dependencies)} packages checked: no known vulnerability."]


def main(path):
    with open(path, encoding="utf-8") as report_file:
        status, lines = verdict(json.load(report_file))
    for line in lines:
        print(line, file=sys.stderr if status else sys.stdout)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
