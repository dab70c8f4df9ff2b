"""The core's refusals and notes (`db.words.refusal`, `note`) marked for
translation.

Written by scripts/core_words_catalog.py (`make translations` runs it); a test keeps it current.
A screen shows a refusal with `desktop.ui.errors.user_message`, which translates its template.
"""

from desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "CoreWords"
TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "CoreWords", "--map {item}: the file has no column named {column} (columns: {headers})"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "--map {item}: unknown field {target} (fields: {value})"),
    QT_TRANSLATE_NOOP("CoreWords", "--map {item}: write it as COLUMN=field, e.g. 'E-mail=email'"),
    QT_TRANSLATE_NOOP("CoreWords", "Category band"),
    QT_TRANSLATE_NOOP("CoreWords", "Image"),
    QT_TRANSLATE_NOOP("CoreWords", "Image {name}"),
    QT_TRANSLATE_NOOP("CoreWords", "Logo"),
    QT_TRANSLATE_NOOP("CoreWords", "QR"),
    QT_TRANSLATE_NOOP("CoreWords", "a category's template is one saved in the event or built in"),
    QT_TRANSLATE_NOOP("CoreWords", "a day is YYYY-MM-DD or the day's number, not {text}"),
    QT_TRANSLATE_NOOP("CoreWords", "a duration of {n} minutes is longer than a day"),
    QT_TRANSLATE_NOOP("CoreWords", "a release needs a name, such as v1 or final"),
    QT_TRANSLATE_NOOP("CoreWords", "a room has no field {unknown}"),
    QT_TRANSLATE_NOOP("CoreWords", "a room needs a name"),
    QT_TRANSLATE_NOOP("CoreWords", "a session has no field {unknown}"),
    QT_TRANSLATE_NOOP("CoreWords", "a session needs a duration"),
    QT_TRANSLATE_NOOP("CoreWords", "a session needs a title"),
    QT_TRANSLATE_NOOP("CoreWords", "a speaker has no field {unknown}"),
    QT_TRANSLATE_NOOP("CoreWords", "a speaker needs a name"),
    QT_TRANSLATE_NOOP("CoreWords", "a track colour is #rrggbb, not {value}"),
    QT_TRANSLATE_NOOP("CoreWords", "a track has no field {key}"),
    QT_TRANSLATE_NOOP("CoreWords", "a track needs a name"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "an attendee needs a name: given or family name, or the name in Chinese"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "an availability window ends before it starts ({a} - {b})"),
    QT_TRANSLATE_NOOP("CoreWords", "an availability window needs a start and an end"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "attendee {attendee_id} was merged into {merged_into_id}: reissue that badge"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "attendee {attendee_id} was merged into {merged_into_id}; change that one"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "cannot connect to PostgreSQL at {where} (database {database}): {text}"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "cannot create folder {folder}: {value}"),
    QT_TRANSLATE_NOOP("CoreWords", "cannot create {path}: the folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("CoreWords", "cannot edit {unknown}: editable are {EDITABLE}"),
    QT_TRANSLATE_NOOP("CoreWords", "cannot open {describe}: {known}"),
    QT_TRANSLATE_NOOP("CoreWords", "cannot open {describe}: {text}"),
    QT_TRANSLATE_NOOP("CoreWords", "cannot read sheet preset {name}: {exc}"),
    QT_TRANSLATE_NOOP("CoreWords", "cannot read template {p}: it is a folder, not a JSON file"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "cannot read template {p}: not a Confdesk badge template (invalid JSON at line {lineno}, column {colno}: {msg})",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "cannot read template {p}: not a Confdesk badge template (not UTF-8 text)"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "cannot read template {p}: {exc}"),
    QT_TRANSLATE_NOOP("CoreWords", "cannot read template {p}: {value}"),
    QT_TRANSLATE_NOOP("CoreWords", "cannot read {name}: {value}"),
    QT_TRANSLATE_NOOP("CoreWords", "cannot read {path}: permission denied"),
    QT_TRANSLATE_NOOP("CoreWords", "cannot read {path}: {value}"),
    QT_TRANSLATE_NOOP("CoreWords", "cannot read {p}: {strerror}"),
    QT_TRANSLATE_NOOP("CoreWords", "cannot sort by {sort}: choose one of {value}"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "cannot write the backup to {dest}: folder missing or not writable"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "cannot write the backup to {where}: permission denied"),
    QT_TRANSLATE_NOOP("CoreWords", "cannot write the backup to {where}: {reason}"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "cannot write the rejected rows to {path}: the disk is full; nothing was imported",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "cannot write the rejected rows to {path}: the disk is read-only; nothing was imported",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "cannot write the rejected rows to {path}: {why}; nothing was imported"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "cannot write the rejected rows to {p}: no such folder {folder}"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "cannot write to folder {folder}: permission denied"),
    QT_TRANSLATE_NOOP("CoreWords", "cannot write {out}: {value}"),
    QT_TRANSLATE_NOOP("CoreWords", "cannot write {path}: {value}"),
    QT_TRANSLATE_NOOP("CoreWords", "choose two different records to merge"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "column {column} names no list for {shown}{more}: add the lists, or give --value 'VALUE=LIST NAME'; nobody was signed up",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "day {index}: a room without a name ({count} events skipped)"),
    QT_TRANSLATE_NOOP("CoreWords", "day {index}: no date; its events were skipped"),
    QT_TRANSLATE_NOOP("CoreWords", "day {index}: rooms is not an object; skipped"),
    QT_TRANSLATE_NOOP("CoreWords", "day {n}: not an object; skipped"),
    QT_TRANSLATE_NOOP("CoreWords", "enter a name: given or family name, or the name in Chinese"),
    QT_TRANSLATE_NOOP("CoreWords", "event {n}: not an object; skipped"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "export to .xml, .json or .ics (the speakers list to .csv or .vcf), not {name}"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "folder does not exist: {parent}"),
    QT_TRANSLATE_NOOP("CoreWords", "folder {parent} does not exist"),
    QT_TRANSLATE_NOOP("CoreWords", "give a reason for cancelling the registration"),
    QT_TRANSLATE_NOOP("CoreWords", "give a reason for the new badge code (e.g. lost badge)"),
    QT_TRANSLATE_NOOP("CoreWords", "give a reason for undoing the check-in"),
    QT_TRANSLATE_NOOP("CoreWords", "give the list a name"),
    QT_TRANSLATE_NOOP("CoreWords", "given with --timezone"),
    QT_TRANSLATE_NOOP("CoreWords", "keep at least one automatic backup"),
    QT_TRANSLATE_NOOP("CoreWords", "likely duplicates are merged, added or skipped, not {action}"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "line {line}: a likely duplicate is merged, added or skipped, not {action}"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "line {n}: the window ends before it starts"),
    QT_TRANSLATE_NOOP("CoreWords", "line {n}: {raw} has an impossible date or time"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "line {n}: {raw} is not a window such as 2026-12-03 09:00-18:00"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "line {n}: {t} does not exist in {zone} (the clocks change)"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "lost the connection to the PostgreSQL server: nothing was written"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "no attendee matches this selection; nothing printed"),
    QT_TRANSLATE_NOOP("CoreWords", "no attendee with id {attendee_id}"),
    QT_TRANSLATE_NOOP("CoreWords", "no backup at {path}"),
    QT_TRANSLATE_NOOP("CoreWords", "no check-in list {ref} (the lists: {names})"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "no database at {path}; create one with `confdesk init --name NAME` or `confdesk demo`",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "no export format {fmt} (formats: {names})"),
    QT_TRANSLATE_NOOP("CoreWords", "no file at {path}"),
    QT_TRANSLATE_NOOP("CoreWords", "no file name given for the rejected rows"),
    QT_TRANSLATE_NOOP("CoreWords", "no folder {parent}"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "no font for {count} character(s) ({scripts}: {shown}); they are left out"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "no printable attendee with id {map} (unknown, cancelled or merged)"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "no registration has a column {column} (an import keeps the columns it does not map under their header)",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "no room named {room}"),
    QT_TRANSLATE_NOOP("CoreWords", "no room named {room} (rooms: {names})"),
    QT_TRANSLATE_NOOP("CoreWords", "no schedule release with id {release_id}"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "no schedule release {release}; `confdesk schedule releases` lists them"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "no session with id {session_id}"),
    QT_TRANSLATE_NOOP("CoreWords", "no speaker named {speaker}"),
    QT_TRANSLATE_NOOP("CoreWords", "no speakers to export; nothing was written"),
    QT_TRANSLATE_NOOP("CoreWords", "no such file: {p}"),
    QT_TRANSLATE_NOOP("CoreWords", "no such folder: {parent}"),
    QT_TRANSLATE_NOOP("CoreWords", "no {what} with id {ident} (deleted in another window?)"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "not a Confdesk badge template (format must be confdesk-badge-template)"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "not a date (YYYY-MM-DD): {day}"),
    QT_TRANSLATE_NOOP("CoreWords", "not a date and time: {value}"),
    QT_TRANSLATE_NOOP("CoreWords", "not a date and time: {value} (use 2026-09-27T09:30)"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "not a valid database URL (postgresql+psycopg://USER@HOST:PORT/DATABASE, the port a number); or give a file path",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "nothing to export: no session has a time and a room yet ({waiting} waiting in the unscheduled list); nothing was written",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "nothing to export: no session has a time and a room yet; nothing was written"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "person id {external_id} names more than one person in the file (“{name}” and another): each kept apart",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "person id {external_id} was “{was}” and the file names “{name}”: kept as two people (merge them if it is one person)",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "record {attendee_id} was merged into {merged_into_id}"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "right-to-left text cannot be shaped (python-bidi/arabic-reshaper missing)"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "speaker {speaker_id} is listed twice in one session"),
    QT_TRANSLATE_NOOP("CoreWords", "template file not found: {p}"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "template name {name}: use letters, digits, spaces, '-', '_' or '.' (at most 80, starting with a letter or digit)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "template version {spec} is newer than this Confdesk ({VERSION})"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "template {name}: 'background' must be an object with color and image"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "template {name}: 'category_colors' must map categories to colours like #1f5f9e",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "template {name}: sides must be one of {SIDES}"),
    QT_TRANSLATE_NOOP("CoreWords", "template {name}: {key} must be between 10 and 500 mm"),
    QT_TRANSLATE_NOOP("CoreWords", "template {name}: {side} must be a list of items"),
    QT_TRANSLATE_NOOP("CoreWords", "the backup and the event file are the same file"),
    QT_TRANSLATE_NOOP("CoreWords", "the backup folder"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "the backup was written by a newer Confdesk (schema {revision}); install it to restore",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "the capacity is a number of seats from 1 to 1000000"),
    QT_TRANSLATE_NOOP("CoreWords", "the colour of {category} must look like #1f5f9e, not {color}"),
    QT_TRANSLATE_NOOP("CoreWords", "the database URL's port {port} is out of range (1-65535)"),
    QT_TRANSLATE_NOOP("CoreWords", "the disk is full: cannot open {describe}; nothing was written"),
    QT_TRANSLATE_NOOP("CoreWords", "the disk is full: no backup was written to {where}"),
    QT_TRANSLATE_NOOP("CoreWords", "the disk is full: nothing was written"),
    QT_TRANSLATE_NOOP("CoreWords", "the disk is read-only: nothing was written"),
    QT_TRANSLATE_NOOP("CoreWords", "the dump has a column {name}.{key} this schema lacks"),
    QT_TRANSLATE_NOOP("CoreWords", "the dump holds a table {name} this schema lacks"),
    QT_TRANSLATE_NOOP("CoreWords", "the event ends before it starts"),
    QT_TRANSLATE_NOOP("CoreWords", "the event file"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "the event file could not be read or written (disk I/O error): nothing was written; check the disk, then run `confdesk check`",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "the event file is read-only: nothing was written (check the file's permissions and the disk)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "the event file {describe} is on a read-only disk or folder: nothing was written",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "the event has {count} day(s); there is no day {n}"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "the event is busy (an import or another desk is writing): nothing was written; try again",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "the event is busy (another desk or an import is writing)"),
    QT_TRANSLATE_NOOP("CoreWords", "the event is no longer in this database; open the event again"),
    QT_TRANSLATE_NOOP("CoreWords", "the event keeps its time zone {timezone}"),
    QT_TRANSLATE_NOOP("CoreWords", "the event needs a name"),
    QT_TRANSLATE_NOOP("CoreWords", "the event's"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "the event's time zone was {timezone} (nobody had chosen it); it is now {zone_name} ({why})",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "the file names the time zone {file_zone}; the event keeps its own, {timezone}: the times keep their instants and show in {timezone}; to use the file's zone: confdesk event set --tz {file_zone} --keep-instants (or File > Event details)",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "the file's time zone {timezone} is unknown; ignored"),
    QT_TRANSLATE_NOOP("CoreWords", "the file's time_zone_name"),
    QT_TRANSLATE_NOOP("CoreWords", "the list closes ({closes}) before it opens ({opens})"),
    QT_TRANSLATE_NOOP("CoreWords", "the migrations have {count} heads; this Confdesk is damaged"),
    QT_TRANSLATE_NOOP("CoreWords", "the proof must be a .pdf file, not {name}"),
    QT_TRANSLATE_NOOP("CoreWords", "the registration of {value} is cancelled"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "the {category} template {name} is {own} x {own2} mm ({own3}), the batch's {spec} {spec2} x {spec3} mm ({spec4}): give the category a template of the same size, or print it on its own",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "there is a check-in list named {name} already"),
    QT_TRANSLATE_NOOP("CoreWords", "there is already a release named {name}; choose another name"),
    QT_TRANSLATE_NOOP("CoreWords", "there is already a room named {name}"),
    QT_TRANSLATE_NOOP("CoreWords", "there is already a track named {name}"),
    QT_TRANSLATE_NOOP("CoreWords", "there is already a track named {values}"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "this database already holds an event; give `demo` a new --db file"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "this database already holds an event; use another --db for a new one"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "this database holds no event yet; run `confdesk init --name NAME` or `confdesk demo`",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "unknown admission rule {admit}: use one of {ADMIT}"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown category {category} (known: {known})"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown category {category}: use one of {CATEGORIES}"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown category {unknown}: use one of {CATEGORIES}"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown delimiter {value}: use one of , ; tab |"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown desk print {kind} (use desk or reprint)"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "unknown encoding {name} (for example utf-8, utf-16, big5, cp950, gbk, gb18030, cp1252)",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "unknown export {what} (choose from {WHAT})"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown glyph forms {forms}: use {known}"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown language {language} (choose {LANGUAGES})"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown order {order} (choose {ORDERS})"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown paper {paper} (A4 or A3)"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown preset {name} (presets: {PRESETS})"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown print kind {kind}"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown print policy {policy} (use {POLICIES})"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown print status {status}"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown program kind {kind} (choose {KINDS})"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown session type {value} (one of {SESSION_TYPES})"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown sheet preset {name} (choose from: {sheet_names})"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown sheet preset {sheet} (choose from: {sheet_names})"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown sort {sort} (use {SORTS})"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown speaker role {role} (one of {SPEAKER_ROLES})"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown status {status}: choose registered or cancelled"),
    QT_TRANSLATE_NOOP("CoreWords", "unknown status {value} (one of {SESSION_STATUSES})"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "unknown template {name} (available: {template_names}; or give a path to a .json file)",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "unknown template {name} (built-in: {builtin_names})"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "unknown time zone {override} (use a name such as Europe/Brussels)"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "unknown time zone {timezone} (use a name such as Asia/Hong_Kong)"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "unsupported database URL {describe}: use a file path or postgresql+psycopg://"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "use VALUE=category (a pattern may hold * and ?), not {item}"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "will not write the rejected rows to {p}: it is the file being imported; choose another file name",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "will not write the rejected rows to {p}: it is this event's database; choose another file name",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{count} links or attachments are relative urls without a base: left out of the JSON, which wants full addresses",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{count} sessions opted out of the recording: schedule2 JSON has no field for it, so only a Confdesk import reads it back (the frab XML and schedule JSON say it to every tool)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{count} sessions' recording licence has no field in schedule2 JSON: only a Confdesk import reads it back",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{day} from {name} is outside the event's days ({span})"),
    QT_TRANSLATE_NOOP("CoreWords", "{day} is not a day of this schedule (days: {listed})"),
    QT_TRANSLATE_NOOP("CoreWords", "{day} is not one of the event's days"),
    QT_TRANSLATE_NOOP("CoreWords", "{describe} holds tables that are not a Confdesk database"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{describe} is back but holds another schema than this desk's copy: restart Confdesk to open it",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{describe} is not empty: restore into a new, empty database"),
    QT_TRANSLATE_NOOP("CoreWords", "{describe} needs an upgrade to schema {head}"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{describe} was written by a newer Confdesk (schema {current}); this version knows schema {head}. Install the newer Confdesk to open it.",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{dest} already exists; choose another name for the backup"),
    QT_TRANSLATE_NOOP("CoreWords", "{display_name} is not checked in"),
    QT_TRANSLATE_NOOP("CoreWords", "{display_name} is not checked in for {name}"),
    QT_TRANSLATE_NOOP("CoreWords", "{email} is not an e-mail address (expected name@example.com)"),
    QT_TRANSLATE_NOOP("CoreWords", "{fmt} is written to a {suffix} file, not {name}"),
    QT_TRANSLATE_NOOP("CoreWords", "{item} overlaps {other}"),
    QT_TRANSLATE_NOOP("CoreWords", "{item}: text shortened to fit its box"),
    QT_TRANSLATE_NOOP("CoreWords", "{item}: {warn}"),
    QT_TRANSLATE_NOOP("CoreWords", "{label} is a {value} picture; use PNG or JPEG"),
    QT_TRANSLATE_NOOP("CoreWords", "{label} is empty"),
    QT_TRANSLATE_NOOP("CoreWords", "{label} is larger than {MAX_BYTES} MB; use a smaller one"),
    QT_TRANSLATE_NOOP("CoreWords", "{label} is not a PNG or JPEG picture Confdesk can read"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "{label} is {width} x {height} pixels; at most {MAX_PIXELS} a side"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "{naive} of {count} event times carry no time zone; read as {zone} ({why})"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{naive} of {count} event times carry no time zone; read as {zone} ({why}); choose another with --timezone",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name} covers {fspan}, none of the event's days ({span}); nothing was imported (import it anyway with --other-days)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name} has arrays or objects nested thousands deep; no schedule is, so it was not read",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{name} has no exit scans"),
    QT_TRANSLATE_NOOP("CoreWords", "{name} has no sheet named {sheet} (sheets: {names})"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name} holds a number thousands of digits long; no schedule does, so it was not read",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "{name} holds no <day> elements: not a schedule, or an empty one"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{name} holds no days: an empty schedule"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "{name} holds no events that could be read; nothing was imported"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{name} holds no sheet of rows"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "{name} holds {word}, which is not a JSON number; nothing was imported"
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "{name} is JSON but not a frab/pretalx schedule (no schedule.conference.days)"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{name} is XML but not a frab schedule (its root is <{tag}>)"),
    QT_TRANSLATE_NOOP("CoreWords", "{name} is an xCal file without a calendar"),
    QT_TRANSLATE_NOOP("CoreWords", "{name} is empty"),
    QT_TRANSLATE_NOOP("CoreWords", "{name} is larger than {MAX_BYTES} MB; use a smaller one"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name} is neither a frab XML, a frab/pretalx JSON schedule nor a calendar (.ics, xCal)",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{name} is not UTF-8 text"),
    QT_TRANSLATE_NOOP("CoreWords", "{name} is not a Confdesk sheet preset"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "{name} is not a calendar that can be read; nothing was imported"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{name} is not a readable XLSX workbook (not a zip file)"),
    QT_TRANSLATE_NOOP("CoreWords", "{name} is not a readable XLSX workbook ({damage})"),
    QT_TRANSLATE_NOOP("CoreWords", "{name} is not a readable XLSX workbook ({damage}); {AGAIN}"),
    QT_TRANSLATE_NOOP("CoreWords", "{name} is not a readable XLSX workbook ({exc})"),
    QT_TRANSLATE_NOOP("CoreWords", "{name} is not a text file (it contains binary data)"),
    QT_TRANSLATE_NOOP("CoreWords", "{name} is not a text file: it is {what}"),
    QT_TRANSLATE_NOOP("CoreWords", "{name} is not signed up for {name2}"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name} is not valid JSON at line {lineno}, column {colno} ({msg}); nothing was imported",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name} is not well-formed XML at line {line}, column {col}{hint}; nothing was imported",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{name} is one of the event's own lists; it stays"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name} is one page of the talks: only its {here} were imported (save every page, or the schedule.json export, for all of them)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name} is one page of {count} talks: only its {here} were imported (save every page, or the schedule.json export, for all of them)",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{name} is signed up for {name2} already"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name} is this event's database, not a registration file; choose the CSV or XLSX file to import",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{name} is {size} MiB; a schedule file is far smaller"),
    QT_TRANSLATE_NOOP("CoreWords", "{name} takes no sign-ups: add a list for the session or table"),
    QT_TRANSLATE_NOOP("CoreWords", "{name} text"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name} unpacks to {unpacked} MiB in {count} parts; Confdesk reads workbooks of up to {MAX_XLSX_UNPACKED} MiB unpacked (save it as CSV, or split it)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name} was refused: it declares XML entities or a DTD ({name__}); schedule files never need them and they can be used for an XML bomb",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{name}'s registration is cancelled"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name}: cannot tell the text encoding; give it with --encoding (for example big5, gbk, cp1252)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name}: columns {seen} and {i} are both named {h}; rename one so each column has its own name",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{name}: day {index} ({date}) ends before it starts"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name}: day {index} ({date}, until {b1}) overlaps day {index2} ({date2}, from {a2}); nothing was imported",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name}: days {seen} and {index} are both {date}; overlapping days, nothing was imported",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{name}: give the file a .csv or .xlsx name"),
    QT_TRANSLATE_NOOP("CoreWords", "{name}: line {line_num}: {exc}"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name}: line {line}: byte 0x{bad} is not valid {encoding}; save the file again as UTF-8, or give its encoding with --encoding",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        '{name}: line {start}: unclosed quote (a value opens with " and is never closed, so every line after it would be read as one value); fix the quote and import again',
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name}: room {room} has a capacity of {cap}; a room holds at most {MAX_CAPACITY} people; nothing was imported",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name}: sheet {title} has {rows} rows; Confdesk imports at most {MAX_XLSX_ROWS} rows (split the file)",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{name}: sheet {title} is damaged ({damage}); {AGAIN}"),
    QT_TRANSLATE_NOOP("CoreWords", "{name}: sheet {title} is empty"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name}: sheet {title}, cell {get_column_letter}{num} holds {count} characters; a cell holds at most {MAX_CELL_CHARS} (Excel's limit)",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{name}: the first row holds no column names"),
    QT_TRANSLATE_NOOP("CoreWords", "{name}: {sheet} is a chart sheet, not a sheet of rows"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name}: {value} holds more than 1 MiB; a cell holds at most {MAX_CELL_CHARS} characters (Excel's limit)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name}: {value} lasts {duration_min} minutes; a session lasts at most a week ({MAX_DURATION_MIN}); nothing was imported",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name}: {what} is at UTC{value}, an offset no time zone has (they run from -12:00 to +14:00); nothing was imported",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name}: {what} is on {value}, outside the dates Confdesk accepts ({FIRST_YEAR} to {LAST_YEAR}); nothing was imported",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{name}: {what} is {kind}, not a list; nothing was imported"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{name}: {where} is in room {room}, which the file does not list (rooms: {listed}); nothing was imported",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{outside} scheduled session(s) would fall outside {start} - {value}; move them first, move the timetable with the dates, or choose other dates",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{out} should end in .pdf"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "{path} already exists: restore a dump into a new file or an empty database"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{path} is a folder"),
    QT_TRANSLATE_NOOP("CoreWords", "{path} is a folder, not a Confdesk database"),
    QT_TRANSLATE_NOOP("CoreWords", "{path} is a folder, not a file"),
    QT_TRANSLATE_NOOP("CoreWords", "{path} is damaged (integrity check failed); choose another"),
    QT_TRANSLATE_NOOP("CoreWords", "{path} is damaged or not a Confdesk backup"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{path} is empty, not a Confdesk database; create one with `confdesk init` or `confdesk demo`",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "{path} is not a Confdesk backup (neither an event file nor a dump)"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{path} is not a Confdesk backup (no schema revision)"),
    QT_TRANSLATE_NOOP("CoreWords", "{path} is not a Confdesk database (not an SQLite file)"),
    QT_TRANSLATE_NOOP("CoreWords", "{pickup}: check in with the desk's scan, not as a list"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{p} already exists; choose another file for the rejected rows (or give --overwrite to replace it)",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{p} is a folder, not a picture"),
    QT_TRANSLATE_NOOP("CoreWords", "{p} is a folder, not a schedule file"),
    QT_TRANSLATE_NOOP("CoreWords", "{p} is a folder; give a file name for the rejected rows"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{p} is not a regular file (a device or a pipe); give a file name for the rejected rows",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords", "{target} is open at another desk or in another program: close it there first"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{value} has a header but no rows"),
    QT_TRANSLATE_NOOP("CoreWords", "{value} is already cancelled"),
    QT_TRANSLATE_NOOP("CoreWords", "{value} is not cancelled"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{value}: no column holds a name; map one with --map COLUMN=given_name (or full_name) - columns: {headers}",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{what} is a time of day such as 13:30, not {text}"),
    QT_TRANSLATE_NOOP("CoreWords", "{what} must be a whole number, not {value}"),
    QT_TRANSLATE_NOOP("CoreWords", "{what} must be at least {minimum}"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{where} is damaged: writing to it has stopped; restore the newest backup ({backup}) with `confdesk restore`, or run `confdesk check` to see what is wrong",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{where} is damaged: writing to it has stopped; restore the newest backup with `confdesk restore`, or run `confdesk check` to see what is wrong",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: 'max_lines' must be at least 1"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: align must be left, center or right"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: an all-day entry; skipped"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: cancelled in the calendar; skipped"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "{where}: its guid {guid} was already used in the file; skipped"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: its {what} {value} is not a usable url; left out"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{where}: lasts {duration_min}:{duration_min2}; stored as 24 hours, the longest a Confdesk session lasts (split it to keep the rest)",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: missing {key} (a number, {unit})"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: need 0 < min_size <= max_size"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: no end or duration; 30 minutes assumed"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: no readable <date> or <start>; skipped"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: no readable date or start; skipped"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: no readable start; skipped"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: no room (LOCATION); skipped"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: no room; skipped"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: no start time; skipped"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: no title; skipped"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: not scheduled (no start); skipped"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: repeats; imported once, at its first time"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: type must be one of {ITEM_TYPES}"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: unreadable duration {ev}; 30 minutes assumed"),
    QT_TRANSLATE_NOOP(
        "CoreWords", "{where}: unreadable duration {raw_duration}; 30 minutes assumed"
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: valign must be top, middle or bottom"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: withdrawn in pretalx; skipped"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{where}: {bad} attachment without a usable url (or beyond the first {most}) left out",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{where}: {bad} attachments without a usable url (or beyond the first {most}) left out",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{where}: {bad} link without a usable url (or beyond the first {most}) left out",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{where}: {bad} links without a usable url (or beyond the first {most}) left out",
    ),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: {key} must be a number ({unit}), not {v}"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: {k} must be a colour like #1f5f9e, not {item}"),
    QT_TRANSLATE_NOOP("CoreWords", "{where}: {k} must be text, not {item}"),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{where}: {said} does not exist in {key} (the clocks jump forward then); read as {real} (UTC{real2})",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{where}: {said} happens twice in {key} (the clocks go back then); read as the first, at UTC{first}",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{wrong} of {count} times in the file are at {offsets}, but the file says {zone} (at {ours} then): its header and its times disagree; the times keep the instants their offsets give",
    ),
    QT_TRANSLATE_NOOP(
        "CoreWords",
        "{wrong} of {count} times in the file are at {offsets}, but {zone} is at {ours} then: they keep their instant and show in the event's zone; if the event's zone is wrong, set it (File > Event details, or confdesk event set --tz)",
    ),
)
