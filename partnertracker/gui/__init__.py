"""Qt widgets, item models, dialogs and workers. Nothing outside gui/ imports it."""
