"""Session planning: rooms, tracks, sessions, speakers, conflicts and published releases.

`data` reads the schedule as plain frozen dataclasses (live tables or a published release);
`editing` changes it; `conflicts` checks it; `releases` publishes named versions of it.
"""
