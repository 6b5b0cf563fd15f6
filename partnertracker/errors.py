"""Errors a user can cause: the CLI prints their message on one line, the GUI shows it in a dialog."""


class UserError(Exception):
    """Something the user can fix (a missing file, a bad date, a bad query); the message says what."""
