"""The core's refusals (`desktop.base.words.refusal`) marked for translation.

Written by scripts/refusal_catalog.py (`make translations` runs it); a test keeps it current.
A screen shows a refusal with `desktop.ui.errors.user_message`, which translates its template.
"""

from desktop.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Refusals"
TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "Refusals", "--map {item}: the file has no column named {column} (columns: {headers})"
    ),
    QT_TRANSLATE_NOOP("Refusals", "--map {item}: unknown field {target} (fields: {value})"),
    QT_TRANSLATE_NOOP("Refusals", "--map {item}: write it as COLUMN=field, e.g. 'E-mail=email'"),
    QT_TRANSLATE_NOOP("Refusals", "a category's template is one saved in the event or built in"),
    QT_TRANSLATE_NOOP("Refusals", "a day is YYYY-MM-DD or the day's number, not {text}"),
    QT_TRANSLATE_NOOP("Refusals", "a duration of {n} minutes is longer than a day"),
    QT_TRANSLATE_NOOP("Refusals", "a release needs a name, such as v1 or final"),
    QT_TRANSLATE_NOOP("Refusals", "a room has no field {unknown}"),
    QT_TRANSLATE_NOOP("Refusals", "a room needs a name"),
    QT_TRANSLATE_NOOP("Refusals", "a session has no field {unknown}"),
    QT_TRANSLATE_NOOP("Refusals", "a session needs a duration"),
    QT_TRANSLATE_NOOP("Refusals", "a session needs a title"),
    QT_TRANSLATE_NOOP("Refusals", "a speaker has no field {unknown}"),
    QT_TRANSLATE_NOOP("Refusals", "a speaker needs a name"),
    QT_TRANSLATE_NOOP("Refusals", "a track colour is #rrggbb, not {value}"),
    QT_TRANSLATE_NOOP("Refusals", "a track has no field {key}"),
    QT_TRANSLATE_NOOP("Refusals", "a track needs a name"),
    QT_TRANSLATE_NOOP(
        "Refusals", "an attendee needs a name: given or family name, or the name in Chinese"
    ),
    QT_TRANSLATE_NOOP("Refusals", "an availability window ends before it starts ({a} - {b})"),
    QT_TRANSLATE_NOOP("Refusals", "an availability window needs a start and an end"),
    QT_TRANSLATE_NOOP(
        "Refusals", "attendee {attendee_id} was merged into {merged_into_id}: reissue that badge"
    ),
    QT_TRANSLATE_NOOP(
        "Refusals", "attendee {attendee_id} was merged into {merged_into_id}; change that one"
    ),
    QT_TRANSLATE_NOOP("Refusals", "cannot edit {unknown}: editable are {EDITABLE}"),
    QT_TRANSLATE_NOOP("Refusals", "cannot read sheet preset {name}: {exc}"),
    QT_TRANSLATE_NOOP("Refusals", "cannot read template {p}: it is a folder, not a JSON file"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "cannot read template {p}: not a Confdesk badge template (invalid JSON at line {lineno}, column {colno}: {msg})",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals", "cannot read template {p}: not a Confdesk badge template (not UTF-8 text)"
    ),
    QT_TRANSLATE_NOOP("Refusals", "cannot read template {p}: {exc}"),
    QT_TRANSLATE_NOOP("Refusals", "cannot read template {p}: {value}"),
    QT_TRANSLATE_NOOP("Refusals", "cannot read {name}: {value}"),
    QT_TRANSLATE_NOOP("Refusals", "cannot read {path}: {value}"),
    QT_TRANSLATE_NOOP("Refusals", "cannot read {p}: {strerror}"),
    QT_TRANSLATE_NOOP("Refusals", "cannot sort by {sort}: choose one of {value}"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "cannot write the rejected rows to {path}: the disk is full; nothing was imported",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "cannot write the rejected rows to {path}: the disk is read-only; nothing was imported",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals", "cannot write the rejected rows to {path}: {why}; nothing was imported"
    ),
    QT_TRANSLATE_NOOP("Refusals", "cannot write the rejected rows to {p}: no such folder {folder}"),
    QT_TRANSLATE_NOOP("Refusals", "cannot write {out}: {value}"),
    QT_TRANSLATE_NOOP("Refusals", "cannot write {path}: {value}"),
    QT_TRANSLATE_NOOP("Refusals", "choose two different records to merge"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "column {column} names no list for {shown}{more}: add the lists, or give --value 'VALUE=LIST NAME'; nobody was signed up",
    ),
    QT_TRANSLATE_NOOP("Refusals", "enter a name: given or family name, or the name in Chinese"),
    QT_TRANSLATE_NOOP("Refusals", "export to .xml, .json or .ics, not {name}"),
    QT_TRANSLATE_NOOP("Refusals", "folder does not exist: {parent}"),
    QT_TRANSLATE_NOOP("Refusals", "folder {parent} does not exist"),
    QT_TRANSLATE_NOOP("Refusals", "give a reason for cancelling the registration"),
    QT_TRANSLATE_NOOP("Refusals", "give a reason for the new badge code (e.g. lost badge)"),
    QT_TRANSLATE_NOOP("Refusals", "give a reason for undoing the check-in"),
    QT_TRANSLATE_NOOP("Refusals", "give the list a name"),
    QT_TRANSLATE_NOOP("Refusals", "line {n}: the window ends before it starts"),
    QT_TRANSLATE_NOOP("Refusals", "line {n}: {raw} has an impossible date or time"),
    QT_TRANSLATE_NOOP("Refusals", "line {n}: {raw} is not a window such as 2026-12-03 09:00-18:00"),
    QT_TRANSLATE_NOOP("Refusals", "line {n}: {t} does not exist in {zone} (the clocks change)"),
    QT_TRANSLATE_NOOP("Refusals", "no attendee matches this selection; nothing printed"),
    QT_TRANSLATE_NOOP("Refusals", "no attendee with id {attendee_id}"),
    QT_TRANSLATE_NOOP("Refusals", "no check-in list {ref} (the lists: {names})"),
    QT_TRANSLATE_NOOP("Refusals", "no file at {path}"),
    QT_TRANSLATE_NOOP("Refusals", "no file name given for the rejected rows"),
    QT_TRANSLATE_NOOP("Refusals", "no folder {parent}"),
    QT_TRANSLATE_NOOP(
        "Refusals", "no printable attendee with id {map} (unknown, cancelled or merged)"
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "no registration has a column {column} (an import keeps the columns it does not map under their header)",
    ),
    QT_TRANSLATE_NOOP("Refusals", "no room named {room}"),
    QT_TRANSLATE_NOOP("Refusals", "no room named {room} (rooms: {names})"),
    QT_TRANSLATE_NOOP("Refusals", "no schedule release with id {release_id}"),
    QT_TRANSLATE_NOOP(
        "Refusals", "no schedule release {release}; `confdesk schedule releases` lists them"
    ),
    QT_TRANSLATE_NOOP("Refusals", "no session with id {session_id}"),
    QT_TRANSLATE_NOOP("Refusals", "no speaker named {speaker}"),
    QT_TRANSLATE_NOOP("Refusals", "no such file: {p}"),
    QT_TRANSLATE_NOOP("Refusals", "no such folder: {parent}"),
    QT_TRANSLATE_NOOP("Refusals", "no {what} with id {ident} (deleted in another window?)"),
    QT_TRANSLATE_NOOP(
        "Refusals", "not a Confdesk badge template (format must be confdesk-badge-template)"
    ),
    QT_TRANSLATE_NOOP("Refusals", "not a date (YYYY-MM-DD): {day}"),
    QT_TRANSLATE_NOOP("Refusals", "not a date and time: {value}"),
    QT_TRANSLATE_NOOP("Refusals", "not a date and time: {value} (use 2026-09-27T09:30)"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "nothing to export: no session has a time and a room yet ({waiting} waiting in the unscheduled list); nothing was written",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals", "nothing to export: no session has a time and a room yet; nothing was written"
    ),
    QT_TRANSLATE_NOOP("Refusals", "record {attendee_id} was merged into {merged_into_id}"),
    QT_TRANSLATE_NOOP("Refusals", "speaker {speaker_id} is listed twice in one session"),
    QT_TRANSLATE_NOOP("Refusals", "template file not found: {p}"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "template name {name}: use letters, digits, spaces, '-', '_' or '.' (at most 80, starting with a letter or digit)",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals", "template version {spec} is newer than this Confdesk ({VERSION})"
    ),
    QT_TRANSLATE_NOOP(
        "Refusals", "template {name}: 'background' must be an object with color and image"
    ),
    QT_TRANSLATE_NOOP(
        "Refusals", "template {name}: 'category_colors' must map categories to colours like #1f5f9e"
    ),
    QT_TRANSLATE_NOOP("Refusals", "template {name}: sides must be one of {SIDES}"),
    QT_TRANSLATE_NOOP("Refusals", "template {name}: {key} must be between 10 and 500 mm"),
    QT_TRANSLATE_NOOP("Refusals", "template {name}: {side} must be a list of items"),
    QT_TRANSLATE_NOOP("Refusals", "the capacity is a number of seats from 1 to 1000000"),
    QT_TRANSLATE_NOOP("Refusals", "the colour of {category} must look like #1f5f9e, not {color}"),
    QT_TRANSLATE_NOOP("Refusals", "the event ends before it starts"),
    QT_TRANSLATE_NOOP("Refusals", "the event has {count} day(s); there is no day {n}"),
    QT_TRANSLATE_NOOP("Refusals", "the event is no longer in this database; open the event again"),
    QT_TRANSLATE_NOOP("Refusals", "the event needs a name"),
    QT_TRANSLATE_NOOP("Refusals", "the list closes ({closes}) before it opens ({opens})"),
    QT_TRANSLATE_NOOP("Refusals", "the proof must be a .pdf file, not {name}"),
    QT_TRANSLATE_NOOP("Refusals", "the registration of {value} is cancelled"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "the {category} template {name} is {own} x {own2} mm ({own3}), the batch's {spec} {spec2} x {spec3} mm ({spec4}): give the category a template of the same size, or print it on its own",
    ),
    QT_TRANSLATE_NOOP("Refusals", "there is a check-in list named {name} already"),
    QT_TRANSLATE_NOOP("Refusals", "there is already a release named {name}; choose another name"),
    QT_TRANSLATE_NOOP("Refusals", "there is already a room named {name}"),
    QT_TRANSLATE_NOOP("Refusals", "there is already a track named {name}"),
    QT_TRANSLATE_NOOP("Refusals", "there is already a track named {values}"),
    QT_TRANSLATE_NOOP(
        "Refusals", "this database already holds an event; give `demo` a new --db file"
    ),
    QT_TRANSLATE_NOOP(
        "Refusals", "this database already holds an event; use another --db for a new one"
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "this database holds no event yet; run `confdesk init --name NAME` or `confdesk demo`",
    ),
    QT_TRANSLATE_NOOP("Refusals", "unknown admission rule {admit}: use one of {ADMIT}"),
    QT_TRANSLATE_NOOP("Refusals", "unknown category {category} (known: {known})"),
    QT_TRANSLATE_NOOP("Refusals", "unknown category {category}: use one of {CATEGORIES}"),
    QT_TRANSLATE_NOOP("Refusals", "unknown category {unknown}: use one of {CATEGORIES}"),
    QT_TRANSLATE_NOOP("Refusals", "unknown delimiter {value}: use one of , ; tab |"),
    QT_TRANSLATE_NOOP("Refusals", "unknown desk print {kind} (use desk or reprint)"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "unknown encoding {name} (for example utf-8, utf-16, big5, cp950, gbk, gb18030, cp1252)",
    ),
    QT_TRANSLATE_NOOP("Refusals", "unknown export {what} (choose from {WHAT})"),
    QT_TRANSLATE_NOOP("Refusals", "unknown glyph forms {forms}: use {known}"),
    QT_TRANSLATE_NOOP("Refusals", "unknown language {language} (choose {LANGUAGES})"),
    QT_TRANSLATE_NOOP("Refusals", "unknown order {order} (choose {ORDERS})"),
    QT_TRANSLATE_NOOP("Refusals", "unknown paper {paper} (A4 or A3)"),
    QT_TRANSLATE_NOOP("Refusals", "unknown preset {name} (presets: {PRESETS})"),
    QT_TRANSLATE_NOOP("Refusals", "unknown print kind {kind}"),
    QT_TRANSLATE_NOOP("Refusals", "unknown print policy {policy} (use {POLICIES})"),
    QT_TRANSLATE_NOOP("Refusals", "unknown print status {status}"),
    QT_TRANSLATE_NOOP("Refusals", "unknown program kind {kind} (choose {KINDS})"),
    QT_TRANSLATE_NOOP("Refusals", "unknown session type {value} (one of {SESSION_TYPES})"),
    QT_TRANSLATE_NOOP("Refusals", "unknown sheet preset {name} (choose from: {sheet_names})"),
    QT_TRANSLATE_NOOP("Refusals", "unknown sheet preset {sheet} (choose from: {sheet_names})"),
    QT_TRANSLATE_NOOP("Refusals", "unknown sort {sort} (use {SORTS})"),
    QT_TRANSLATE_NOOP("Refusals", "unknown speaker role {role} (one of {SPEAKER_ROLES})"),
    QT_TRANSLATE_NOOP("Refusals", "unknown status {status}: choose registered or cancelled"),
    QT_TRANSLATE_NOOP("Refusals", "unknown status {value} (one of {SESSION_STATUSES})"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "unknown template {name} (available: {template_names}; or give a path to a .json file)",
    ),
    QT_TRANSLATE_NOOP("Refusals", "unknown template {name} (built-in: {builtin_names})"),
    QT_TRANSLATE_NOOP(
        "Refusals", "unknown time zone {override} (use a name such as Europe/Brussels)"
    ),
    QT_TRANSLATE_NOOP(
        "Refusals", "unknown time zone {timezone} (use a name such as Asia/Hong_Kong)"
    ),
    QT_TRANSLATE_NOOP("Refusals", "use VALUE=category (a pattern may hold * and ?), not {item}"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "will not write the rejected rows to {p}: it is the file being imported; choose another file name",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "will not write the rejected rows to {p}: it is this event's database; choose another file name",
    ),
    QT_TRANSLATE_NOOP("Refusals", "{day} is not a day of this schedule (days: {listed})"),
    QT_TRANSLATE_NOOP("Refusals", "{day} is not one of the event's days"),
    QT_TRANSLATE_NOOP("Refusals", "{display_name} is not checked in"),
    QT_TRANSLATE_NOOP("Refusals", "{display_name} is not checked in for {name}"),
    QT_TRANSLATE_NOOP("Refusals", "{email} is not an e-mail address (expected name@example.com)"),
    QT_TRANSLATE_NOOP("Refusals", "{label} is a {value} picture; use PNG or JPEG"),
    QT_TRANSLATE_NOOP("Refusals", "{label} is empty"),
    QT_TRANSLATE_NOOP("Refusals", "{label} is larger than {MAX_BYTES} MB; use a smaller one"),
    QT_TRANSLATE_NOOP("Refusals", "{label} is not a PNG or JPEG picture Confdesk can read"),
    QT_TRANSLATE_NOOP(
        "Refusals", "{label} is {width} x {height} pixels; at most {MAX_PIXELS} a side"
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name} covers {fspan}, none of the event's days ({span}); nothing was imported (import it anyway with --other-days)",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name} has arrays or objects nested thousands deep; no schedule is, so it was not read",
    ),
    QT_TRANSLATE_NOOP("Refusals", "{name} has no exit scans"),
    QT_TRANSLATE_NOOP("Refusals", "{name} has no sheet named {sheet} (sheets: {names})"),
    QT_TRANSLATE_NOOP(
        "Refusals", "{name} holds no <day> elements: not a schedule, or an empty one"
    ),
    QT_TRANSLATE_NOOP("Refusals", "{name} holds no days: an empty schedule"),
    QT_TRANSLATE_NOOP(
        "Refusals", "{name} holds no events that could be read; nothing was imported"
    ),
    QT_TRANSLATE_NOOP("Refusals", "{name} holds no sheet of rows"),
    QT_TRANSLATE_NOOP(
        "Refusals", "{name} holds {word}, which is not a JSON number; nothing was imported"
    ),
    QT_TRANSLATE_NOOP(
        "Refusals", "{name} is JSON but not a frab/pretalx schedule (no schedule.conference.days)"
    ),
    QT_TRANSLATE_NOOP("Refusals", "{name} is XML but not a frab schedule (its root is <{tag}>)"),
    QT_TRANSLATE_NOOP("Refusals", "{name} is empty"),
    QT_TRANSLATE_NOOP("Refusals", "{name} is larger than {MAX_BYTES} MB; use a smaller one"),
    QT_TRANSLATE_NOOP("Refusals", "{name} is neither a frab XML nor a frab/pretalx JSON schedule"),
    QT_TRANSLATE_NOOP("Refusals", "{name} is not UTF-8 text"),
    QT_TRANSLATE_NOOP("Refusals", "{name} is not a Confdesk sheet preset"),
    QT_TRANSLATE_NOOP("Refusals", "{name} is not a readable XLSX workbook (not a zip file)"),
    QT_TRANSLATE_NOOP("Refusals", "{name} is not a readable XLSX workbook ({damage})"),
    QT_TRANSLATE_NOOP("Refusals", "{name} is not a readable XLSX workbook ({damage}); {AGAIN}"),
    QT_TRANSLATE_NOOP("Refusals", "{name} is not a readable XLSX workbook ({exc})"),
    QT_TRANSLATE_NOOP("Refusals", "{name} is not a text file (it contains binary data)"),
    QT_TRANSLATE_NOOP("Refusals", "{name} is not a text file: it is {what}"),
    QT_TRANSLATE_NOOP("Refusals", "{name} is not signed up for {name2}"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name} is not valid JSON at line {lineno}, column {colno} ({msg}); nothing was imported",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name} is not well-formed XML at line {line}, column {col}{hint}; nothing was imported",
    ),
    QT_TRANSLATE_NOOP("Refusals", "{name} is one of the event's own lists; it stays"),
    QT_TRANSLATE_NOOP("Refusals", "{name} is signed up for {name2} already"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name} is this event's database, not a registration file; choose the CSV or XLSX file to import",
    ),
    QT_TRANSLATE_NOOP("Refusals", "{name} is {size} MiB; a schedule file is far smaller"),
    QT_TRANSLATE_NOOP("Refusals", "{name} takes no sign-ups: add a list for the session or table"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name} unpacks to {unpacked} MiB in {count} parts; Confdesk reads workbooks of up to {MAX_XLSX_UNPACKED} MiB unpacked (save it as CSV, or split it)",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name} was refused: it declares XML entities or a DTD ({name__}); schedule files never need them and they can be used for an XML bomb",
    ),
    QT_TRANSLATE_NOOP("Refusals", "{name}'s registration is cancelled"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name}: cannot tell the text encoding; give it with --encoding (for example big5, gbk, cp1252)",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name}: columns {seen} and {i} are both named {h}; rename one so each column has its own name",
    ),
    QT_TRANSLATE_NOOP("Refusals", "{name}: day {index} ({date}) ends before it starts"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name}: day {index} ({date}, until {b1}) overlaps day {index2} ({date2}, from {a2}); nothing was imported",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name}: days {seen} and {index} are both {date}; overlapping days, nothing was imported",
    ),
    QT_TRANSLATE_NOOP("Refusals", "{name}: give the file a .csv or .xlsx name"),
    QT_TRANSLATE_NOOP("Refusals", "{name}: line {line_num}: {exc}"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name}: line {line}: byte 0x{bad} is not valid {encoding}; save the file again as UTF-8, or give its encoding with --encoding",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        '{name}: line {start}: unclosed quote (a value opens with " and is never closed, so every line after it would be read as one value); fix the quote and import again',
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name}: room {room} has a capacity of {cap}; a room holds at most {MAX_CAPACITY} people; nothing was imported",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name}: sheet {title} has {rows} rows; Confdesk imports at most {MAX_XLSX_ROWS} rows (split the file)",
    ),
    QT_TRANSLATE_NOOP("Refusals", "{name}: sheet {title} is damaged ({damage}); {AGAIN}"),
    QT_TRANSLATE_NOOP("Refusals", "{name}: sheet {title} is empty"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name}: sheet {title}, cell {get_column_letter}{num} holds {count} characters; a cell holds at most {MAX_CELL_CHARS} (Excel's limit)",
    ),
    QT_TRANSLATE_NOOP("Refusals", "{name}: the first row holds no column names"),
    QT_TRANSLATE_NOOP("Refusals", "{name}: {sheet} is a chart sheet, not a sheet of rows"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name}: {value} holds more than 1 MiB; a cell holds at most {MAX_CELL_CHARS} characters (Excel's limit)",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name}: {value} lasts {duration_min} minutes; a session lasts at most a week ({MAX_DURATION_MIN}); nothing was imported",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name}: {what} is at UTC{value}, an offset no time zone has (they run from -12:00 to +14:00); nothing was imported",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name}: {what} is on {value}, outside the dates Confdesk accepts ({FIRST_YEAR} to {LAST_YEAR}); nothing was imported",
    ),
    QT_TRANSLATE_NOOP("Refusals", "{name}: {what} is {kind}, not a list; nothing was imported"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{name}: {where} is in room {room}, which the file does not list (rooms: {listed}); nothing was imported",
    ),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{outside} scheduled session(s) would fall outside {start} - {value}; move them first, move the timetable with the dates, or choose other dates",
    ),
    QT_TRANSLATE_NOOP("Refusals", "{out} should end in .pdf"),
    QT_TRANSLATE_NOOP("Refusals", "{path} is a folder"),
    QT_TRANSLATE_NOOP("Refusals", "{path} is a folder, not a file"),
    QT_TRANSLATE_NOOP("Refusals", "{pickup}: check in with the desk's scan, not as a list"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{p} already exists; choose another file for the rejected rows (or give --overwrite to replace it)",
    ),
    QT_TRANSLATE_NOOP("Refusals", "{p} is a folder, not a picture"),
    QT_TRANSLATE_NOOP("Refusals", "{p} is a folder, not a schedule file"),
    QT_TRANSLATE_NOOP("Refusals", "{p} is a folder; give a file name for the rejected rows"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{p} is not a regular file (a device or a pipe); give a file name for the rejected rows",
    ),
    QT_TRANSLATE_NOOP("Refusals", "{value} has a header but no rows"),
    QT_TRANSLATE_NOOP("Refusals", "{value} is already cancelled"),
    QT_TRANSLATE_NOOP("Refusals", "{value} is not cancelled"),
    QT_TRANSLATE_NOOP(
        "Refusals",
        "{value}: no column holds a name; map one with --map COLUMN=given_name (or full_name) - columns: {headers}",
    ),
    QT_TRANSLATE_NOOP("Refusals", "{what} is a time of day such as 13:30, not {text}"),
    QT_TRANSLATE_NOOP("Refusals", "{what} must be a whole number, not {value}"),
    QT_TRANSLATE_NOOP("Refusals", "{what} must be at least {minimum}"),
    QT_TRANSLATE_NOOP("Refusals", "{where}: 'max_lines' must be at least 1"),
    QT_TRANSLATE_NOOP("Refusals", "{where}: align must be left, center or right"),
    QT_TRANSLATE_NOOP("Refusals", "{where}: missing {key} (a number, {unit})"),
    QT_TRANSLATE_NOOP("Refusals", "{where}: need 0 < min_size <= max_size"),
    QT_TRANSLATE_NOOP("Refusals", "{where}: type must be one of {ITEM_TYPES}"),
    QT_TRANSLATE_NOOP("Refusals", "{where}: valign must be top, middle or bottom"),
    QT_TRANSLATE_NOOP("Refusals", "{where}: {key} must be a number ({unit}), not {v}"),
    QT_TRANSLATE_NOOP("Refusals", "{where}: {k} must be a colour like #1f5f9e, not {item}"),
    QT_TRANSLATE_NOOP("Refusals", "{where}: {k} must be text, not {item}"),
)
