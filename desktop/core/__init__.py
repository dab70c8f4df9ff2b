"""Use cases, free of Qt: functions that take a SQLAlchemy session and return plain data."""
