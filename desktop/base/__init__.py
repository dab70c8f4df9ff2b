"""The base both the core and the PDF layer use: errors, progress, the schedule as plain data.

Nothing here imports the database, Qt or any other part of `desktop`.
"""
