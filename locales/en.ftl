# prezenca — English
participants-count = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
}
sessions-count = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}
language-name = English
language-switched = Language: English

## Command line help
cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-command-value = COMMAND
cli-heading-options = Options
cli-heading-arguments = Arguments
cli-help-flag = Print help
cli-version-flag = Print version
cli-about = Attendance, follow-ups and donor summaries for training events. With no command, opens the terminal UI.
cli-arg-db = Database file (default: $PREZENCA_DB, else prezenca.redb in the XDG data directory)
cli-arg-socket = Server socket (default: $PREZENCA_SOCKET, the config file, then the default path)
cli-arg-lang = Interface language (en, sq)
cli-import-about = Import a CSV file (all good rows in one transaction; with any rejected row nothing is applied)
cli-import-arg-kind = What the file holds
cli-import-arg-file = The CSV file (UTF-8, comma or semicolon)
cli-import-arg-event = Register every imported participant at this event
cli-import-arg-dry_run = Show what would be created, updated and rejected; write nothing
cli-export-about = Export records as CSV (the import columns) or JSON
cli-export-arg-kind = What to export
cli-export-arg-format = Output format
cli-export-arg-out = Write to this file (mode 0600) instead of stdout; with `all` and csv, a directory
cli-summary-about = Attendance summary of one event
cli-summary-arg-event = Event code
cli-summary-arg-format = Output format
cli-summary-arg-out = Write to this file (mode 0600) instead of stdout
cli-summary-arg-certificates = List the certificate-eligible participants as CSV instead
cli-summary-arg-min_cell = In human formats, show breakdown counts below N as "<N"
cli-report-about = Cross-event report for donors
cli-report-arg-from = First start date included (YYYY-MM-DD)
cli-report-arg-to = Last start date included (YYYY-MM-DD)
cli-report-arg-project = Only events of this project code
cli-report-arg-format = Output format
cli-report-arg-out = Write to this file (mode 0600) instead of stdout
cli-report-arg-min_cell = In human formats, show breakdown counts below N as "<N"
cli-mark-about = Record one attendance mark
cli-mark-arg-event = Event code
cli-mark-arg-session = Session number, 1-based in time order
cli-mark-arg-participant = Email, or name when there is none
cli-mark-arg-status = present, late, left_early, excused, absent, or clear
cli-mark-arg-arrived = Arrival time for late (HH:MM; default: now)
cli-mark-arg-reason = Reason, for excused
cli-close-about = Create the follow-ups attendance implies (certificates, contact, evaluation)
cli-close-arg-event = Event code
cli-close-arg-owner = Owner of the follow-ups (default: you)
cli-close-arg-due = Due date (default: two weeks from today)
cli-backup-about = Write a consistent copy of the database to FILE
cli-backup-arg-file = The new file (must not exist)
cli-check-about = Verify that every record decodes and every reference resolves
cli-forget-about = Erase a person's personal data everywhere; their marks stay, anonymous
cli-forget-arg-participant = Email, or name when there is none
cli-forget-arg-yes = Confirm: this cannot be undone
cli-demo-about = Load the sample data (events across the region) into the database
cli-serve-about = Run the server that owns the database, for several trainers at once
cli-serve-arg-group = Unix group whose members may connect (default: your primary group)
cli-keymap-about = Keymap files
cli-keymap-check-about = Validate a keymap file (default: your keymap.toml)
cli-keymap-check-arg-file = The keymap file

## Messages of the core, the command line, imports and the server
error-newer-schema = { $path } was written by a newer prezenca (schema { $found }, this one knows { $known }); it was not modified. Upgrade prezenca to open it.
error-read-only = the database is open read-only: changes are disabled
error-storage = could not save: { $reason }
error-remote = server: { $reason }
error-damaged = the database file is damaged: { $reason }
text-control-char = contains a control character ({ $code }) or escape sequence
text-invisible-char = contains an invisible or direction-changing character ({ $code })
text-too-long = is longer than { $count ->
    [one] { $count } character
   *[other] { $count } characters
}
field-code = code
field-title = title
field-city = city
field-country = country
field-venue = venue
field-project = project
field-trainers = trainers
field-notes = notes
field-organisation-name = organisation name
field-acronym = acronym
field-name = name
field-email = email
field-phone = phone
field-position = position
field-owner = owner
field-reason = reason
core-status = { $status ->
    [left_early] left early
   *[other] { $status }
}
core-field-problem = { $field } { $problem }
core-field-empty = { $field } must not be empty
core-code-spaces = code must not contain spaces
core-end-before-start = end date { $end } is before start date { $start }
core-threshold-range = threshold must be between 0 and 1
core-session-ends-before = session ends ({ $end }) before it starts ({ $start })
core-email-invalid = email { $value } is not an email address
core-created-event = created event { $code }
core-edited-event = edited event { $code }
core-deleted-event = deleted event { $code }
core-added-session = added a session to { $code } on { $date }
core-edited-session = edited the session of { $date }
core-deleted-session = deleted the session of { $date }
core-created-organisation = created organisation { $name }
core-edited-organisation = edited organisation { $name }
core-deleted-organisation = deleted organisation { $name }
core-created-participant = created participant { $name }
core-edited-participant = edited participant { $name }
core-deleted-participant = deleted participant { $name }
core-registered = registered { $name } at { $code } as { $role }
core-unregistered = removed { $name } from { $code }
core-marked-many = marked { $count } { $status ->
    [left_early] left early
   *[other] { $status }
}
core-walk-in = walk-in { $name } at { $code }
core-added-followup = added follow-up { $title }
core-edited-followup = edited follow-up { $title }
core-deleted-followup = deleted follow-up { $title }
core-imported = import of { $kind }: { $created } created, { $updated } updated, { $unchanged } unchanged, { $rejected } rejected
core-no-record = no { $kind } with id { $id }
core-mark-conflict = { $name } was just marked { $status } by { $by }; look again before changing it
core-mark-conflict-cleared = { $name } was just marked { $status }; look again before changing it
core-mark-unchanged = { $name } already { $status }
core-marked = { $name } { $status }
core-mark-cleared = cleared the mark of { $name }
core-merge-self = cannot merge a participant with itself
core-merged = merged { $removed } into { $kept }
core-no-change = no change number { $number }
core-cannot-undo = that change cannot be undone
core-undo-conflict = cannot undo “{ $what }”: the record was changed again since
core-redid = redid: { $what }
core-undid = undid: { $what }
core-forgot = forgot participant { $name }
core-close-no-sessions = { $code } has no sessions, so there is no attendance to close it on
core-followup-certificate = Send certificate
core-followup-contact = Contact: registered but did not come
core-followup-evaluation = Collect evaluation
core-closed-nothing = closed { $code }: no new follow-ups to create
core-closed = closed { $code }: { $certificates } certificate, { $contacts } contact and { $evaluations } evaluation follow-ups created
core-no-event-none-yet = no event with code { $code } (the database has no events yet)
core-no-event-closest = no event with code { $code }; closest: { $closest }
core-unexpected-answer = unexpected answer { $what }
import-empty = must not be empty
import-unknown-word = unknown { $column } { $value }; use one of { $words }
import-not-a-date = { $value } is not a date; write it as YYYY-MM-DD
import-not-a-time = { $value } is not a time; write it as HH:MM
import-event-option = --event goes with an import of participants only
import-no-event = no event with code { $code }
import-rows-lack-columns = the rows lack the { $count ->
    [one] column
   *[other] columns
} { $columns }
import-detail-create = line { $line }: create { $what }
import-detail-update = line { $line }: update { $what }
import-detail-create-organisation = line { $line }: create organisation { $name }
import-detail-remove-default = remove the default session { $title } of { $code } on { $date }
import-unknown-event = unknown event code { $code }
import-unknown-email = unknown participant: no one has email { $email }
import-unknown-participant = unknown participant { $name }; import the participants first
import-ambiguous-name = { $count } participants are named { $name }; give the email instead
import-ambiguous-name-at-org = { $count } participants are named { $name } at this organisation; add the email to tell them apart
import-no-spaces = must not contain spaces
import-not-a-threshold = { $value } is not a threshold; write a fraction like 0.8 or 80%
import-end-before-start = { $end } is before the start date { $start }
import-session-ends-before = the session ends at { $end } before it starts
import-date-outside = { $date } is outside the dates of { $code } ({ $start } to { $end })
import-duplicate-session = the same session (event, date and start) is on line { $line }
import-not-an-email = { $value } is not an email address
import-duplicate-email = duplicate email { $email }: also on line { $line }
import-indexed-missing = participant { $id } is indexed but missing
import-not-a-session-number = { $value } is not a session number (1 is the first session of the event)
import-no-such-session = { $code } has { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}; there is no session { $number }
import-arrival-not-late = an arrival time goes with status late only, not { $status }
import-what-event = event { $code } ({ $title })
import-what-session = session of { $code } on { $date } at { $start }
import-what-participant = participant { $name }
import-what-registration = registration of { $participant } at { $code } as { $role } ({ $status })
import-what-mark = mark { $participant } { $status } at { $code } session { $number }
import-what-followup = follow-up { $title } of { $code }
check-session-event = session { $session } refers to missing event { $event }
check-participant-organisation = participant { $participant } refers to missing organisation { $organisation }
check-followup-event = follow-up { $followup } refers to missing event { $event }
check-followup-participant = follow-up { $followup } refers to missing participant { $participant }
check-registration = registration ({ $event }, { $participant }) refers to a missing event or participant
check-mark = mark ({ $session }, { $participant }) refers to a missing session or participant
check-schema = schema version is { $found }, expected { $expected }
store-damaged-record = damaged { $what } record { $key }: { $reason }
store-compaction-failed = compaction failed: { $reason }
store-location-file = file { $path }
store-already-exists = { $kind ->
    [event] an event with code { $key } already exists
    [organisation] an organisation named { $key } already exists
    [participant] a participant with email { $key } already exists
   *[other] { $kind } { $key } already exists
}
store-no-home = no home directory: give the database with --db PATH
store-busy = { $path } is open in another prezenca process. To work on it from several terminals at once, start a server that owns it: `prezenca serve --db { $path }`; then run prezenca as usual and it connects to the server.
store-cannot-create = cannot create { $path }: { $reason }
store-does-not-exist = { $path } does not exist
store-is-directory = { $path } is a directory, not a database file
store-redb-format = { $path } uses redb file format { $format }, which this build cannot read
store-needs-repair = { $path } was not closed cleanly and needs a repair, which needs write access to the file; it was not modified
store-damaged-file = { $path } is damaged ({ $reason }); it was not modified. Restore it from a backup.
store-read-only-empty = { $path } is read-only and holds no prezenca data
store-read-only-old = { $path } is read-only and needs an upgrade from schema { $schema }; open it once with write access
store-not-redb = { $path } is not a prezenca database (not a redb file); it was not modified
store-backup-exists = { $path } exists already; choose a new file
cmd-written-to = written to { $path }
cmd-stdout-failed = cannot write to stdout: { $reason }
cmd-bad-date = { $flag } { $value } is not a date; write it as YYYY-MM-DD (or DD.MM.YYYY)
cmd-to-before-from = --to { $to } is before --from { $from }
cmd-owner-empty = --owner must not be empty
cmd-can-be-undone = { $what } (change #{ $number }, can be undone)
cmd-column = column { $column }
cmd-cannot-read = cannot read { $path }: { $reason }
cmd-rows-rejected = { $count ->
    [one] { $count } row of { $file } rejected; nothing was imported
   *[other] { $count } rows of { $file } rejected; nothing was imported
}
cmd-dry-run = dry run of { $kind } from { $file }: { $created } to create, { $updated } to update, { $unchanged } unchanged, { $rejected } rejected; nothing was written
cmd-imported = imported { $kind } from { $file }: { $created } created, { $updated } updated, { $unchanged } unchanged
cmd-export-all-needs-dir = export all --format csv writes one file per kind: give a directory with --out DIR
cmd-out-needed = --out DIR is needed
cmd-cannot-create = cannot create { $path }: { $reason }
cmd-not-a-directory = { $path } is not a directory; export all --format csv writes one file per kind into a directory
cmd-wrote-files = wrote { $count ->
    [one] { $count } file
   *[other] { $count } files
} to { $path }
cmd-check-ok = { $path }: every record decodes and every reference resolves
cmd-check-problems = { $count ->
    [one] { $count } problem found
   *[other] { $count } problems found
}
cmd-forget-confirm = forgetting erases the person's name, email, phone and notes everywhere and cannot be undone; add --yes to confirm
cmd-read-only-note = note: { $path } is read-only: changes are disabled
cmd-panic = stopped on damaged data: the database file may be damaged. Run `prezenca check`, and restore the file from a backup if it finds problems. (internal: { $why })
cmd-backup-written = backup written to { $path }
cmd-no-participant-email = no participant with email { $email }
cmd-no-participant-named = no participant named { $name }
cmd-no-such-session = event { $code } has { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}; session { $number } does not exist
cmd-unknown-status = unknown status { $value }; use one of { $words }
cmd-bad-arrived = --arrived { $value } is not HH:MM
csv-not-utf8 = line { $line } is not UTF-8 text; save the file as “CSV UTF-8” and import it again
csv-empty = the file is empty; the first line must name the columns: { $columns }
csv-bad-header = cannot read the header line: { $reason }
csv-missing-columns = missing { $count ->
    [one] column
   *[other] columns
} { $columns }
csv-unknown-columns = unknown { $count ->
    [one] column
   *[other] columns
} { $columns }
csv-twice-columns = { $count ->
    [one] column
   *[other] columns
} named twice: { $columns }
csv-header-problems = { $problems } in the header of a { $kind } file (its columns: { $columns })
csv-cannot-read = cannot read the file: { $reason }
csv-field-count = the row has { $count } fields, the header { $header }
csv-cannot-write = cannot write CSV: { $reason }
json-cannot-write = cannot write JSON: { $reason }
io-cannot-write = cannot write { $path }: { $reason }
sample-bad-file = the built-in { $file }: { $reason }
sample-already-loaded = the sample data is already loaded in { $location }
sample-refused = { $location } already holds { $count ->
    [one] { $count } event
   *[other] { $count } events
}: the sample data goes only into an empty database. Try it in a file of its own: prezenca --db /tmp/prezenca-demo.redb demo
sample-file-refused = the built-in { $file } was refused; the files before it were loaded
sample-count = { $count } { $kind }
sample-loaded = loaded the sample data into { $location }: { $counts }
client-connection-lost = connection lost
client-no-server = no server answers
client-not-saved = ; the change was not saved
client-not-connected-at = not connected to the server at { $socket }: { $why }{ $not_saved }
client-not-connected = not connected to the server{ $not_saved }
client-not-connected-why = not connected to the server: { $why }{ $not_saved }
client-too-large = this request is too large to send ({ $bytes } bytes; the limit is { $limit } MiB): split it into smaller parts
client-no-answer = no answer in time
client-broke-change = the connection to the server broke before it answered ({ $why }); the change may or may not have been saved: look before repeating it
client-broke = the connection to the server broke before it answered ({ $why })
client-wrong-reply = the server answered with a reply of the wrong kind
client-location = server { $socket }
client-location-reconnected = server { $socket } (reconnected)
client-location-down = server { $socket } (not connected: { $why })
client-socket-denied = cannot reach the server socket { $socket }: permission denied; ask the administrator to add you to the server's group, then log in again
client-connect-denied = cannot connect to { $socket }: permission denied; ask the administrator to add you to the server's group, then log in again
client-cannot-connect = cannot connect to { $socket }: { $why }
client-untrusted-server = refusing the server at { $socket }: it runs as { $user }, not as you, root or the server account
client-server-closed = the server at { $socket } closed: { $why }
client-no-welcome = the server at { $socket } did not answer hello: { $why }
client-version-mismatch = the server is prezenca { $server } (protocol { $server_protocol }, schema { $server_schema }) and this is prezenca { $client } (protocol { $client_protocol }, schema { $client_schema }); use the same version on both sides
client-refused = refused: { $reason }
client-no-welcome-message = the server did not say welcome
client-server-hung-up = the server closed the connection
frame-closed = connection closed
frame-timeout = no message in time
frame-too-large = a message of { $bytes } bytes is larger than { $limit }
frame-unreadable = unreadable message: { $reason }
serve-stopped-reading = disconnecting a client of { $who }: it stopped reading
serve-group-lookup = cannot look up group { $group }: { $why }
serve-no-group = there is no group named { $group }
serve-db-busy = { $path } is open in another prezenca process; close it first: the server must be the only process that opens the file
serve-started = serving { $db } on { $socket } for group { $group }{ $mode ->
    [read-only] {" "}(read-only)
   *[other] {""}
}
serve-accept-failed = accept failed: { $why }
serve-no-thread = cannot start a thread for a client: { $why }
serve-keeper-failed = the keeper thread failed
serve-shutting-down = the server is shutting down
serve-stopped = stopped
serve-answer-unsent = the answer could not be sent: { $why }
serve-setup-failed = cannot set up a connection: { $why }
serve-too-many = the server has { $count } connections already
serve-who-failed = cannot tell who connected: { $why }
serve-version-mismatch = this server is prezenca { $server } (protocol { $server_protocol }, schema { $server_schema }) and the client is prezenca { $client } (protocol { $client_protocol }, schema { $client_schema }); use the same version on both sides
serve-refused = refused { $who }: { $reason }
serve-hello-first = the first message must be hello
serve-dropped-before-hello = dropped a connection of { $who } before hello: { $why }
serve-no-more-connections = the server cannot take more connections now
serve-shutting-down-not-saved = the server is shutting down; the change was not saved
serve-hello-twice = hello was sent twice
serve-disconnecting = disconnecting a client of { $who }: { $why }
serve-lost = lost a client of { $who }: { $why }
serve-chown-dir = cannot give { $path } to the group: { $why } (are you a member of it?)
serve-dir-owner = the socket directory { $path } belongs to { $user }; use a directory of your own
serve-dir-writable = other users can write to the socket directory { $path }, so they could replace the socket; use a directory only you and the group can write to (chmod o-w)
serve-dir-enterable = note: other users can enter { $path }; the socket itself is closed to them
serve-not-a-socket = { $path } exists and is not a socket; it was left alone: choose another --socket
serve-already-running = a prezenca server is already running on { $path }; stop it first, or give this one another --socket
serve-db-readable = other users can open { $path } (mode { $mode }); run `chmod 600 { $path }` (or 660 to share it with the group) and start again
serve-stale-socket = replacing the stale socket { $path } of a server that is gone
serve-cannot-listen = cannot listen on { $path }: { $why }
serve-chown-socket = cannot give the socket to the group: { $why } (are you a member of it?)
peer-cannot-look = cannot look at { $path }: { $why }
peer-foreign-owner = refusing the server socket { $socket }: its { $what } { $path } belongs to { $owner }, not to you, root or the server account { $account ->
    [none] (set server_user in the config file)
   *[other] ({ $account })
}
peer-writable = refusing the server socket { $socket }: other users can write to its { $what } { $path }, so anyone could have replaced it
config-cannot-read = warning: cannot read { $path }: { $why }
config-writable = warning: ignoring { $path }: other users can write to it (run chmod o-w on it)
config-ignored = warning: ignoring { $path }: { $why }
store-no-migration = no migration from schema version { $from }
frame-cut = connection closed in the middle of a message
