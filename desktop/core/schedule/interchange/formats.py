"""The schedule export formats: a name (the CLI's --format), the suffix of the file and the
schema each follows; the last two write the speakers list. Plain data, so the CLI can list
them without loading the store."""

from __future__ import annotations

EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "xml": (".xml", "frab XML, voc-schedule.xml.xsd"),
    "xml-classic": (".xml", "frab XML of the older schema, voc-schedule-without-person.xml.xsd"),
    "json": (".json", "schedule JSON, voc-schedule-schema.json"),
    "schedule2": (".json", "c3voc schedule2 JSON, voc-schedule-schema2.json"),
    "ics": (".ics", "iCalendar, RFC 5545"),
    "speakers-csv": (".csv", "the speakers list as CSV"),
    "vcard": (".vcf", "the speakers list as vCard 3.0, RFC 2426"),
}
