"""The command line starts light: a command imports only what it uses."""

import subprocess
import sys

from partnertracker import reports
from partnertracker.cli import report as report_command


def test_report_choices_are_the_report_packages_own():
    assert tuple(reports.KINDS) == report_command.KINDS
    assert set(report_command.FORMAT_NAMES) == set(reports.FORMATS)


def test_parsing_the_command_line_imports_neither_the_store_nor_qt():
    code = (
        "import sys; from partnertracker.cli import build_parser; "
        "build_parser().parse_args(['extract', 'x.txt']); "
        "print(sorted(m for m in sys.modules if m.startswith(('partnertracker.store', 'partnertracker.reports', 'PySide6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
