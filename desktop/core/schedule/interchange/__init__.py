"""Schedule interchange: the frab schedule XML, its JSON sibling, and iCalendar.

Importers are lenient (real exports deviate from the schema) and report what they skipped;
exporters write files that validate against the published schemas.
"""
