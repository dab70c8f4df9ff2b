"""Session planning: rooms, tracks, sessions, speakers, conflicts and published releases.

`data` reads the schedule (live tables or a published release) as the plain dataclasses of
`desktop.base.schedule`; `interchange` reads and writes frab XML/JSON and iCalendar files;
`editing` changes it; `conflicts` checks it; `releases` publishes named versions of it.
"""
