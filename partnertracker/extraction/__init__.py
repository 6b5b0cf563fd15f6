"""Text -> proposal: pure functions, no Qt, no database."""
