"""Report content, and one writer per format."""
