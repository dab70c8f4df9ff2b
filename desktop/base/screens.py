"""The main window's screens by key, in navigation order.

`confdesk gui --screen KEY` and the app's navigation both read this list, so the command line
offers exactly the screens the window has, without importing Qt.
"""

SCREEN_KEYS: tuple[str, ...] = ("desk", "attendees", "schedule", "badges", "dashboard", "program")
