"""partnertracker: partner organisations, visits, invitations and agreements, read from dispatches."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("partnertracker")
except PackageNotFoundError:  # running from a frozen build or a bare checkout
    __version__ = "0.1.0"

APP_NAME = "partnertracker"
APP_ID = "org.partnertracker.PartnerTracker"
