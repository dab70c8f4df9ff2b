"""Everything PySide6: the app, the main window, one module (or package) per screen."""
