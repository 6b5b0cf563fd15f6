"""partnertracker: partner organisations, visits, invitations and agreements, read from dispatches."""

# Kept equal to pyproject.toml's version by tests/test_version.py. A literal, not
# importlib.metadata, which costs 60 ms of imports at every start of the app.
__version__ = "0.1.0"

APP_NAME = "partnertracker"
APP_ID = "org.partnertracker.PartnerTracker"
