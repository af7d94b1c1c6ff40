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

## Terminal interface
hint-next-field = next field
hint-previous = previous
hint-save = save
hint-back-out = back out
hint-keep-filter = keep filter
hint-clear = clear
hint-back = back
hint-yes = yes
hint-no = no
hint-new = new
hint-edit = edit
hint-delete = delete
hint-roster = roster
hint-summary = summary
hint-sessions = sessions
hint-search = search
hint-undo = undo
hint-keys = keys
hint-quit = quit
hint-register = register
hint-all-or-event = all/event
hint-merge = merge
hint-done = done
hint-sample-data = sample data
hint-start-empty = start empty
hint-language = language
hint-present = present
hint-late = late
hint-excused = excused
hint-absent = absent
hint-left-early = left early
hint-walk-in = walk-in
hint-rest-absent = rest absent
hint-sheet = sheet
hint-selection-present = selection present
hint-clear-filter = clear filter
hint-export = export
hint-certificates = certificates
action-global-quit = Quit
action-global-help = Show the keys of this pane
action-global-switch-language = Switch the language (English, Albanian)
action-global-next-pane = Next pane
action-global-prev-pane = Previous pane
action-global-focus-events = Go to Events
action-global-focus-participants = Go to Participants
action-global-focus-followups = Go to Follow-ups
action-global-up = Up
action-global-down = Down
action-global-page-up = Page up
action-global-page-down = Page down
action-global-top = First row
action-global-bottom = Last row
action-global-search = Search this list
action-global-clear-search = Clear the search
action-global-undo = Undo your last change
action-global-redo = Redo what you undid
action-events-new-event = New event
action-events-edit-event = Edit the event
action-events-delete-event = Delete the event
action-events-open-roster = Take attendance (roster)
action-events-open-summary = Attendance summary
action-events-sessions = Sessions of the event
action-events-new-session = Add a session
action-sessions-new-session = Add a session
action-sessions-edit-session = Edit the session
action-sessions-delete-session = Delete the session
action-sessions-close = Back to the events
action-participants-new-participant = New participant
action-participants-edit-participant = Edit the participant
action-participants-delete-participant = Delete the participant
action-participants-register = Register at the selected event
action-participants-unregister = Remove from the selected event
action-participants-toggle-all = All participants / this event's
action-participants-merge = Merge with the likely duplicate
action-participants-new-organisation = New organisation
action-participants-edit-organisation = Edit the participant's organisation
action-participants-delete-organisation = Delete the participant's organisation
action-followups-new-followup = New follow-up
action-followups-edit-followup = Edit the follow-up
action-followups-delete-followup = Delete the follow-up
action-followups-mark-done = Mark done (again: reopen)
action-followups-toggle-all = All follow-ups / this event's
action-form-next-field = Next field
action-form-prev-field = Previous field
action-form-submit = Save
action-form-cancel = Back out without saving
action-search-accept = Keep the filter, back to the list
action-search-cancel = Clear the filter
action-confirm-yes = Yes, do it
action-confirm-no = No, back out
action-welcome-load-sample = Load the sample data
action-welcome-start-empty = Start with an empty database
action-roster-close = Clear the filter, or back to the events
action-roster-prev-session = Previous session
action-roster-next-session = Next session
action-roster-mark-present = Mark present (the only match, or the selected row)
action-roster-mark-late = Mark late (asks the arrival time)
action-roster-mark-excused = Mark excused (asks an optional reason)
action-roster-mark-absent = Mark absent
action-roster-mark-left-early = Mark left early
action-roster-clear-mark = Clear the mark
action-roster-undo = Undo my last mark
action-roster-walk-in = Walk-in: find or add a person, mark present
action-roster-bulk-absent = Mark everyone unmarked absent
action-roster-toggle-select = Select or unselect the row
action-roster-mark-selected = Mark the selected rows present
action-roster-sign-in-sheet = Write a printable sign-in sheet (HTML)
action-roster-up = Up
action-roster-down = Down
action-roster-page-up = Page up
action-roster-page-down = Page down
action-roster-top = First row
action-roster-bottom = Last row
action-summary-close = Back to the events
action-summary-export = Write the summary to a file (HTML, Markdown, CSV or JSON)
action-summary-certificates = Create a certificate follow-up for each eligible participant
context-global = all panes
context-events = Events
context-sessions = Sessions
context-participants = Participants
context-followups = Follow-ups
context-form = form
context-search = search
context-confirm = confirmation
context-welcome = welcome
context-roster = roster
context-summary = summary
help-title = Keys — { $section }
help-close = any key closes this
help-scroll = { $first }–{ $last } of { $total } · ↓↑ more · any other key closes
field-code = Code
field-title = Title
field-kind = Kind
field-start-date = Start date
field-end-date = End date
field-city = City
field-country = Country
field-venue = Venue
field-project = Project
field-capacity = Capacity
field-trainers = Trainers
field-threshold = Threshold
field-status = Status
field-notes = Notes
field-date = Date
field-start = Start
field-end = End
field-name = Name
field-acronym = Acronym
field-email = Email
field-phone = Phone
field-gender = Gender
field-organisation = Organisation
field-position = Position
field-photo-consent = Photo consent
field-contact-consent = Contact consent
field-role = Role
field-source = Source
field-event = Event
field-participant = Participant
field-owner = Owner
field-due-date = Due date
form-yes = yes
form-no = no
form-title-new-event = New event
form-title-edit-event = Edit event
form-title-new-session = New session
form-title-edit-session = Edit session
form-title-new-organisation = New organisation
form-title-edit-organisation = Edit organisation
form-title-new-participant = New participant
form-title-edit-participant = Edit participant
form-title-registration = Registration
form-title-new-followup = New follow-up
form-title-edit-followup = Edit follow-up
form-hint-code = short and unique: PR-2026-11-ADV
form-hint-date = YYYY-MM-DD or DD.MM.YYYY
form-hint-venue = or online
form-hint-project = donor code
form-hint-capacity = a number, or empty
form-hint-threshold = certificate: 0.8 or 80%
form-hint-session-title = Day 1 morning
form-hint-email = unique; may be empty
form-hint-organisation = name or acronym
form-hint-yes-no = yes or no
form-hint-followup-title = Send certificate
form-hint-event = event code
form-hint-participant = name or email; may be empty
form-hint-due-date = YYYY-MM-DD; may be empty
form-error-new-organisation = no organisation "{ $name }" yet: save again to create it
form-error-no-email = no participant with email "{ $email }"
form-error-no-name = no participant named "{ $name }"
form-error-many-named = { $count } participants are named "{ $name }": give the email
form-error-not-one-of = "{ $value }" is not one of: { $words }
form-error-date-needed = a date is needed
form-error-not-a-date = "{ $value }" is not a date (YYYY-MM-DD or DD.MM.YYYY)
form-error-empty = { $field } must not be empty
form-error-code-spaces = no spaces in a code
form-error-event-exists = event { $code } already exists
form-error-not-a-number = "{ $value }" is not a number
form-error-not-a-threshold = "{ $value }" is not a threshold: 0.8, 80% or 80
form-error-not-a-time = "{ $value }" is not a time (HH:MM)
form-error-organisation-exists = an organisation named "{ $name }" already exists
form-error-not-an-email = "{ $value }" is not an email address
form-error-email-taken = { $name } already has this email
form-error-no-event = no event with code "{ $code }"
form-error-control = { $field }: contains a control character ({ $code }) or escape sequence
form-error-invisible = { $field }: contains an invisible or direction-changing character ({ $code })
form-error-too-long = { $field }: is longer than { $count } characters
status-sample-failed = could not load the sample data: { $error }
status-start-empty = Press { $key } to create the first event
status-select-event-first = select an event first (Events pane)
status-no-organisation = this participant has no organisation
status-participants-of-event = participants of the selected event
status-all-participants = all participants
status-followups-of-event = follow-ups of the selected event
status-all-followups = all follow-ups, by due date
status-not-saved = not saved
status-saved-not-registered = { $what }; not registered: { $error }
status-and-organisation = { $what } (and { $org })
status-nothing-to-undo = nothing to undo in this session
status-nothing-to-redo = nothing to redo
status-draft-record-gone = the kept form's record is gone
status-draft-discarded = the kept form was discarded
status-nothing-changed = nothing changed
status-read-only = the database is open read-only: changes are disabled
status-not-registered = not registered at this event
status-no-duplicate = no likely duplicate for this participant
status-language-not-saved = Language: { $language } (not remembered: { $error })
status-keymap-not-used = keymap not used: { $problem }
status-read-failed = could not read the data: { $error }
confirm-delete-followup-title = Delete follow-up
confirm-delete-followup = Delete “{ $title }”?
confirm-delete-event-title = Delete event
confirm-delete-event = Delete event { $code }?
confirm-delete-event-goes = With it go { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $regs ->
    [one] { $regs } registration
   *[other] { $regs } registrations
}, { $marks ->
    [one] { $marks } attendance mark
   *[other] { $marks } attendance marks
} and { $followups ->
    [one] { $followups } follow-up
   *[other] { $followups } follow-ups
}.
confirm-delete-event-stays = Participants stay. { $key } undoes it.
confirm-delete-session-title = Delete session
confirm-delete-session = Delete the session { $date } { $title }?
confirm-delete-session-goes = With it go { $marks ->
    [one] { $marks } attendance mark
   *[other] { $marks } attendance marks
}.
confirm-delete-participant-title = Delete participant
confirm-delete-participant = Delete { $name }?
confirm-delete-participant-goes = With them go { $regs ->
    [one] { $regs } registration
   *[other] { $regs } registrations
}, their attendance marks and { $followups ->
    [one] { $followups } follow-up
   *[other] { $followups } follow-ups
}.
confirm-unregister-title = Remove registration
confirm-unregister = Remove { $name } from { $code }?
confirm-unregister-marks-stay = Their attendance marks stay in the record.
confirm-delete-organisation-title = Delete organisation
confirm-delete-organisation = Delete the organisation { $name }?
confirm-delete-organisation-members = { $count ->
    [one] { $count } participant
   *[other] { $count } participants
} will have no organisation.
confirm-merge-title = Merge duplicates
confirm-merge = Merge { $remove } (#{ $rid }) into { $keep } (#{ $kid })?
confirm-merge-moves = Moves { $regs ->
    [one] { $regs } registration
   *[other] { $regs } registrations
} with their marks and { $followups ->
    [one] { $followups } follow-up
   *[other] { $followups } follow-ups
} to #{ $kid }.
confirm-merge-gains = #{ $kid } gains: { $fields }.
confirm-merge-then = Then #{ $rid } is deleted. { $key } undoes the merge.
confirm-draft-title = Unsaved form
confirm-draft = A form ({ $form }) was being edited when the terminal went away.
confirm-draft-open = Open it again with what was typed?
tui-needs-terminal = prezenca: the terminal UI needs a terminal; for scripts, see `prezenca --help`
tui-cannot-watch-signals = prezenca: cannot watch signals: { $error }
tui-cannot-set-up = prezenca: cannot set up the terminal: { $error }
tui-too-small = Terminal too small ({ $size }): prezenca needs at least { $needed }.
search-count = { $shown } of { $total }
empty-nothing-matches = nothing matches
empty-events = no events yet: { $key } creates one
empty-registrations = nobody registered: { $key } shows everyone
empty-participants = no participants yet: { $key } adds one
empty-followups = no follow-ups
empty-sessions = no sessions: { $key } adds one
welcome-title = Welcome to prezenca
welcome-empty = The database is empty. prezenca has three panes:
welcome-events = trainings, workshops, conferences and their sessions
welcome-participants = people, kept once across events, with their history
welcome-followups = certificates, materials, evaluations — by due date
welcome-from-an-event = From an event, { $roster } takes attendance and { $summary } shows the summary.
welcome-help = { $key } shows every key of the pane you are in.
welcome-language = { $key } switches the language (now: { $language }).
welcome-load-sample = load the sample data (six events across the region)
welcome-start-empty = start with an empty database
pane-followups-scope = { $scoped ->
    [event] this event
   *[all] all, by due date
} ({ $count }, { $overdue } overdue)
pane-participants-at = at { $code }
pane-participants-all = all
word-training = training
word-workshop = workshop
word-conference = conference
word-networking = networking
word-info-session = info session
word-planned = planned
word-running = running
word-done = done
word-cancelled = cancelled
word-female = female
word-male = male
word-other = other
word-undisclosed = undisclosed
word-cso = CSO
word-network = network
word-public-body = public body
word-media = media
word-participant = participant
word-trainer = trainer
word-speaker = speaker
word-staff = staff
word-pre-registered = pre-registered
word-walk-in = walk-in
word-imported = imported
word-registered = registered
word-confirmed = confirmed
word-waitlisted = waitlisted
word-present = present
word-late = late
word-left-early = left early
word-excused = excused
word-absent = absent
word-certificate = certificate
word-materials = materials
word-evaluation = evaluation
word-coaching = coaching
word-contact = contact
word-open = open
detail-title = Detail
detail-nothing = nothing selected
detail-code = Code
detail-dates = Dates
detail-where = Where
detail-project = Project
detail-registered = Registered
detail-registered-of = { $count } of { $capacity }
detail-certificate = Certificate
detail-certificate-from = from { $pct } attendance
detail-sessions = Sessions ({ $count }) — { $key } to edit
detail-from = From
detail-duplicate = ≈ likely the same person as { $name } (#{ $id }) — { $key } merges
detail-events = Events ({ $count })
detail-open-followups = Open follow-ups ({ $count })
detail-due = Due
detail-overdue = OVERDUE
detail-sessions-of = Sessions of { $code }
roster-session-n = session { $number }/{ $total }
roster-first-session = this is the first session
roster-last-session = this is the last session
roster-not-marked = not marked
roster-nothing-selected = nothing selected yet
roster-sheet-written = sign-in sheet written to { $path }
roster-sheet-failed = sign-in sheet not written: { $error }
roster-time-format = write the time as HH:MM
roster-no-sessions = this event has no sessions
roster-no-one-to-mark = no one to mark
roster-no-match-status = no one matches “{ $filter }”; a walk-in adds them
roster-overwrite-mark = { $why }. Mark { $mark } anyway?
roster-overwrite-clear = { $why }. Clear it anyway?
roster-not-saved = not saved: { $error }
roster-walk-in-not-saved = walk-in not saved: { $error }
roster-nothing-to-undo = nothing of mine to undo here
roster-not-undone = not undone: { $error }
roster-everyone-marked = everyone registered is marked
roster-bulk-absent = { $count ->
    [one] Mark the { $count } unmarked participant absent?
   *[other] Mark the { $count } unmarked participants absent?
}
roster-no-event = no event with id { $id }
roster-confirm-keys = y/n
roster-col-name = Name
roster-col-organisation = Organisation
roster-col-mark = Mark
roster-empty = No one is registered yet: a walk-in adds the first.
roster-no-match = No one matches “{ $filter }”: a walk-in adds them.
roster-header-no-sessions = no sessions
roster-counts = { $present } present, { $late } late, { $excused } excused, { $absent } absent, { $left_early } left early, { $unmarked } unmarked · of { $registered }
roster-late-prompt = Late: { $name } arrived at{" "}
roster-prompt-keys = Enter save · Esc cancel
roster-excused-prompt = Excused: { $name }, reason:{" "}
roster-excused-keys = Enter save (reason optional) · Esc cancel
roster-type-a-name = type a name to find it
roster-matches = { $count ->
    [one] { $count } match
   *[other] { $count } matches
}
roster-find = Find:
roster-late-at = late { $time }
roster-not-marked-yet = not marked yet
roster-marked-by = { $mark } by { $who }{ $you ->
    [yes] {" "}(you)
   *[no] {""}
} at { $when }
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
walk-in-title = Walk-in: registers and marks present
walk-in-already-known = Already known? ↓↑ choose, Enter uses them:
walk-in-none-of-these = (none of these: a new person)
walk-in-keys = Tab/Enter next field · Enter on the last adds · Esc cancel
walk-in-name-needed = the name is needed
walk-in-gender = gender: female, male, other, or leave it empty
sheet-title = Sign-in sheet
sheet-session = Session { $number }/{ $total }
sheet-col-name = Name
sheet-col-organisation = Organisation
sheet-col-signature = Signature
summary-export-cancelled = export cancelled
summary-export-no-name = give a file name to export to
summary-written = summary written to { $path }
summary-event-gone = the event no longer exists
summary-no-sessions-nobody-eligible = no sessions yet: nobody is eligible
summary-certificate-title = Send certificate
summary-certificates-none = every eligible participant has a certificate follow-up already
summary-certificates-created = { $count ->
    [one] created { $count } certificate follow-up
   *[other] created { $count } certificate follow-ups
}
summary-dates = { $start } to { $end }
summary-figures = Registered { $registered }   Attended ≥1 { $attended }   Eligible { $eligible } (≥{ $threshold })   Person-days { $days }
summary-figures-2 = Sessions { $sessions }   Average rate { $rate }   Follow-ups: { $open } open, { $done } done, { $overdue } overdue
summary-empty-both = No sessions and no registered participants yet.
summary-empty-sessions = No sessions yet.
summary-empty-registered = No registered participants yet.
summary-cannot-reach = Cannot reach the certificate: { $names }
summary-one-more-miss = One more miss and no certificate: { $names }
summary-export-prompt = Export { $format } (Tab: format) to:
summary-chart-title = Attendance per session
summary-who-came = Who came
summary-col-registered = Reg
summary-col-attended = Att
summary-col-eligible = Elig
summary-none-yet = none yet
summary-more = … { $count } more
