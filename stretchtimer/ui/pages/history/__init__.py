"""The history page: streaks, the calendar, trends, sessions and export."""
