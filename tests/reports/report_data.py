"""The names and values of the small database the report tests build (importable by the tests)."""

import datetime as dt

TODAY = dt.date(2025, 9, 1)

HOME = "Organisation for Learning and Heritage"
NIMBUS = "Nimbus Telecom"
TARSA = "University of Tarsa"
# A partner name that a spreadsheet would run as a formula if it were not neutralised.
FORMULA_NAME = '=HYPERLINK("http://example.invalid/x","click me")'
QUIET = "Quiet Foundation"
SCRIPT = "<script>alert('boo')</script>"
IMG = '<img src="http://example.invalid/pixel.png" onerror="alert(1)">'
