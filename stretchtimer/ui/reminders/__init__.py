"""Reminders in the window: the service, the prompt and the settings page."""
