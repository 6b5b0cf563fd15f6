"""Use cases shared by the GUI and the CLI: import, review and accept, invitation lifecycle."""
