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
cli-import-about = Import a file: CSV or text, a workbook, or an online meeting's report (one transaction; with any rejected row nothing is applied, unless --partial)
cli-import-arg-kind = What the file holds
cli-import-arg-file = The file: CSV or text (comma, semicolon or tab; UTF-8, UTF-16 or --encoding), a workbook (.xlsx, .ods, .xls) or a meeting report
cli-import-arg-event = Participants: register each at this event; other kinds: the event of rows without one
cli-import-arg-dry_run = Show what would be created, updated and rejected; write nothing
cli-import-arg-encoding = The file's text encoding when it is not UTF-8 or UTF-16 (e.g. windows-1250)
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
cli-mark-arg-participant = Email, badge code, or name when there is none
cli-mark-arg-status = present, late, left_early, excused, absent, or clear
cli-mark-arg-arrived = Arrival time for late (HH:MM; default: now)
cli-mark-arg-reason = Reason, for excused
cli-mark-arg-reason_file = Read the reason from FILE, or from standard input with `-` (other users can read a --reason while the command runs)
cli-badges-about = Printable badges with QR codes for an event (HTML for A4 label sheets, 8 a page)
cli-badges-arg-event = Event code
cli-badges-arg-out = Write here (mode 0600) instead of CODE-badges.html in the current directory
cli-kiosk-about = Self check-in for participants at the door: type your name or scan your badge
cli-kiosk-arg-event = Event code
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
cli-doctor-about = Say why this account cannot connect to the shared server, or that it can
cli-completions-about = Print the shell completion script for SHELL (bash, zsh, fish)
cli-completions-arg-shell = The shell: bash, zsh or fish
cli-manpages-about = Write the man pages (prezenca.1, prezenca-SUBCOMMAND.1) into DIR
cli-manpages-arg-dir = The directory to write them into
cli-keymap-about = Keymap files
cli-keymap-check-about = Validate a keymap file (default: your keymap.toml)
cli-keymap-check-arg-file = The keymap file

## Summaries and reports (and the shared vocabulary words)
mark-status-present = present
mark-status-late = late
mark-status-left-early = left early
mark-status-excused = excused
mark-status-absent = absent
mark-status-unmarked = unmarked
gender-female = female
gender-male = male
gender-other = other
gender-undisclosed = undisclosed
event-kind-training = training
event-kind-workshop = workshop
event-kind-conference = conference
event-kind-networking = networking
event-kind-info-session = info session
event-status-planned = planned
event-status-running = running
event-status-done = done
event-status-cancelled = cancelled
role-participant = participant
role-trainer = trainer
role-speaker = speaker
role-staff = staff
followup-kind-certificate = certificate
followup-kind-materials = materials
followup-kind-evaluation = evaluation
followup-kind-coaching = coaching
followup-kind-contact = contact
followup-kind-other = other
followup-status-open = open
followup-status-done = done
followup-status-cancelled = cancelled
registration-status-registered = registered
registration-status-confirmed = confirmed
registration-status-waitlisted = waitlisted
registration-status-cancelled = cancelled
registration-source-pre-registered = pre-registered
registration-source-walk-in = walk-in
registration-source-imported = imported
org-kind-cso = civil society organisation
org-kind-network = network
org-kind-public-body = public body
org-kind-media = media
org-kind-other = other
value-unknown = unknown
answer-yes = yes
answer-no = no
report-section-event = Event
report-field-code = Code
report-field-kind = Kind
report-field-dates = Dates
report-dates-range = { $start } to { $end }
report-field-place = Place
report-field-venue = Venue
report-field-project = Project
report-field-status = Status
report-field-threshold = Certificate threshold
report-section-key-figures = Key figures
report-col-figure = Figure
report-col-value = Value
report-fig-registered = Registered participants
report-fig-attended-any = Attended at least once
report-fig-eligible = Certificate eligible (at least { $threshold })
report-fig-person-days = Person-days
report-fig-sessions = Sessions
report-fig-average-rate = Average session rate
report-empty-no-sessions-no-participants = No sessions and no registered participants yet.
report-empty-no-sessions = No sessions yet.
report-empty-no-participants = No registered participants yet.
report-empty-no-events = No events in this period.
report-none = None.
report-section-attendance-per-session = Attendance per session
report-chart-label = Attendance rate per session
report-chart-bar = Session { $number } ({ $date }): { $rate } of the registered
report-section-sessions = Sessions
report-col-date = Date
report-col-time = Time
report-col-title = Title
report-col-present = Present
report-col-late = Late
report-col-left-early = Left early
report-col-excused = Excused
report-col-absent = Absent
report-col-unmarked = Unmarked
report-col-attended = Attended
report-col-rate = Rate
report-by-gender = By gender
report-by-country = By country
report-by-organisation = By organisation
report-col-gender = Gender
report-col-country = Country
report-col-organisation = Organisation
report-col-registered = Registered
report-col-eligible = Eligible
report-section-participants = Participants
report-col-name = Name
report-col-sessions = Sessions
report-col-certificate = Eligible
report-col-left = Left (session: time)
report-section-absentees = Absentees (registered, never came)
report-col-email = Email
report-section-at-risk = At risk of no certificate
report-at-risk-cannot-reach = Can no longer reach the threshold
report-at-risk-one-more-miss = Will miss it if they miss one more session
report-section-staff = Trainers and staff (not counted in rates)
report-col-role = Role
report-section-followups = Follow-ups
report-col-count = Count
report-followups-open = Open
report-followups-done = Done
report-followups-overdue = Overdue
report-title = Report { $from } to { $to }
report-title-project = Report { $from } to { $to }, project { $project }
report-fig-events = Events
report-fig-unique-participants = Unique participants
report-fig-unique-organisations = Unique organisations
report-fig-returning-participants = Returning participants
report-section-events-by-kind = Events by kind
report-col-kind = Kind
report-col-events = Events
report-participants-by-gender = Participants by gender
report-participants-by-country = Participants by country
report-col-participants = Participants
report-section-events-by-rate = Events by attendance rate
report-col-code = Code
report-col-average-rate = Average rate
close-none-created = closed { $code }: no new follow-ups to create
close-created = closed { $code }: { $certificates } certificate, { $contacts } contact and { $evaluations } evaluation { $total ->
    [one] follow-up
   *[other] follow-ups
} created
close-change-undoable = { $what } (change #{ $entry }, can be undone)

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
action-roster-toggle-exit-mode = Exit mode on or off: a scan or Enter records who leaves
action-roster-scan-enter = Enter, as a scanner that ends codes with a line feed sends it
action-roster-up = Up
action-roster-down = Down
action-roster-page-up = Page up
action-roster-page-down = Page down
action-roster-top = First row
action-roster-bottom = Last row
action-summary-close = Back to the events
action-summary-export = Write the summary to a file (HTML, Markdown, CSV or JSON)
action-summary-certificates = Issue numbered certificates and write them to print
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
help-close = / filters · any other key closes this
help-scroll = { $first }–{ $last } of { $total } · ↓↑ more · / filters · any other key closes
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
form-error-marks = { $field } has more than { $count } combining marks on one letter
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
welcome-load-sample = load the sample data (seven events across the region)
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
roster-outcome-stored = the server did not confirm the change: the row shows what is stored now
roster-outcome-unknown = unknown: { $error }
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

## roster presence
roster-also-here = also here: { $names }

## At the door with a scanner: badges, check-out, the kiosk
hint-check-out = check out
hint-entry-mode = entry mode
roster-exit-mode-on = exit mode: a scan or Enter records who leaves
roster-exit-mode-off = entry mode: a scan or Enter checks in
roster-mode-exit = EXIT
roster-find-leaving = Leaving:
roster-left-at = left { $time }
roster-detail-left = left at { $time }
roster-scan-in = { $name } checked in
roster-scan-in-org = { $name } ({ $organisation }) checked in
roster-scan-already = { $name } already { $mark } since { $time }: nothing changed
roster-scan-not-here = { $name }: not registered here — Ctrl-W to add as a walk-in
roster-scan-unknown = no one has the badge { $code }: nothing changed
core-check-out-not-in = { $name } is not checked in: nothing changed
core-check-out-already = { $name } already left at { $time }: nothing changed
core-checked-out-early = { $name } left early at { $time }
core-checked-out = { $name } left at { $time }, present to the end
core-self-check-in-not-registered = not registered at this event: please ask a trainer
core-self-checked-in = { $name } present (self check-in at the kiosk)
kiosk-prompt = Type your name or scan your badge
kiosk-hint = type at least 3 letters of your name
kiosk-pick-keys = ↑↓ choose · Enter that is me · Esc start again
kiosk-confirm = Are you { $name }?
kiosk-confirm-keys = Enter yes · Esc no
kiosk-thanks = Thank you, { $name }! You are checked in.
kiosk-already = Welcome, { $name }: you were already checked in.
kiosk-not-registered = This badge is not registered here: please ask a trainer.
kiosk-no-session = This event has no session to check in to: please ask a trainer.
kiosk-not-saved = Not saved ({ $error }): please ask a trainer.
kiosk-outcome-unknown = The server did not confirm your check-in: please try once more, or ask a trainer.
kiosk-leave = Trainer: type the event code, then Enter, to close the kiosk
kiosk-leave-keys = Esc back to the kiosk
kiosk-leave-wrong = that is not the event code; the kiosk stays open
kiosk-read-only = prezenca: the kiosk needs a database it can write to
kiosk-too-small = Terminal too small
badges-title = Badges: { $code }
sheet-col-badge = Badge
cmd-badges-written = { $count ->
    [one] 1 badge written to { $path }
   *[other] { $count } badges written to { $path }
}

## Messages of the core, the command line, imports and the server
error-newer-schema = { $path } was written by a newer prezenca (schema { $found }, this one knows { $known }); it was not modified. Upgrade prezenca to open it.
error-read-only = the database is open read-only: changes are disabled
error-storage = could not save: { $reason }
error-remote = server: { $reason }
error-damaged = the database file is damaged: { $reason }
text-control-char = contains a control character ({ $code }) or escape sequence
text-invisible-char = contains an invisible or direction-changing character ({ $code })
text-too-many-marks = has more than { $count } combining marks on one letter
text-too-long = is longer than { $count ->
    [one] { $count } character
   *[other] { $count } characters
}
field-organisation-name = organisation name
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
check-last-change = the change counter is { $counter }, but the newest audit entry is { $newest }
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
io-is-a-directory = it is a directory; give a file name
io-not-a-file-name = not a file name
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
client-import-too-large = these { $rows } rows are too large to send through the server: { $size } MiB, the limit is { $limit } MiB; split the file into parts of at most { $per } rows and import each
client-no-answer = no answer in time
client-no-answer-for = no answer from the server within { $seconds } s{ $not_saved }
client-no-answer-change = no answer from the server within { $seconds } s; the change may or may not have been saved: look before repeating it
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
serve-group-unusable = this account ({ $user }) cannot give the socket to the group { $group }: it is not a member. Add it (usermod -aG { $group } { $user }) or run the service with Group={ $group }; nothing was created
serve-dir-closed = members of { $group } cannot pass through { $path } (mode { $mode }, owner { $owner }, group { $dir_group }), so they could not reach the socket. Give that directory to the group with mode 0750 (chgrp { $group }, chmod 0750) or choose a socket elsewhere; nothing was created
doctor-looked = socket { $socket } · you are { $user } · server_user { $server_user }
doctor-not-in-group = you are not in the group { $group }, which the server lets in: ask the administrator to run `usermod -aG { $group } YOUR-NAME`, then log in again
doctor-not-in-this-login = you are in the group { $group }, but this login started before you were added: log out and log in again (or run `newgrp { $group }`)
doctor-mode = { $path } (mode { $mode }) does not let members of { $group } in: the administrator should make it 0750 with group { $group } (0660 for the socket), as the package's tmpfiles.d entry does
doctor-no-server = no server is running at { $socket }: the administrator can start it with `systemctl start prezenca` (see `journalctl -u prezenca`)
doctor-server-user = the socket belongs to { $owner }, but server_user in the config file is { $expected }: prezenca will not trust it; the administrator should set server_user = "{ $owner }" in /etc/prezenca/config.toml if { $owner } runs the server
doctor-server-user-unset = the socket belongs to { $owner }, and no server_user is set: prezenca will not trust it; the administrator should set server_user = "{ $owner }" in /etc/prezenca/config.toml if { $owner } runs the server
doctor-other = cannot connect: { $why }
doctor-fine = connected to the server at { $socket } (run by { $owner }): everything is in order
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

## Keymap files
keymap-empty-key = empty key
keymap-control-char = { $key } is a control character
keymap-modifier-only = { $key } has a modifier but no key
keymap-unknown-key = unknown key name { $key }
keymap-unknown-section = unknown section [{ $section }]; the sections are { $sections }
keymap-not-a-section = { $section } must be a section ([{ $section }]) of action = key lines
keymap-unknown-action = unknown action "{ $action }" in [{ $section }]
keymap-keys-strings = keys of "{ $action }" must be strings like "ctrl-r"
keymap-key-or-list = { $action } must be a key ("n") or a list of keys (["n", "f2"])
keymap-key-twice = key { $key } is bound to both "{ $first }" and "{ $second }" in [{ $section }]
keymap-cannot-read-key = cannot read key "{ $key }": { $reason }
keymap-world-writable = { $path }: refused: the file is world-writable (chmod o-w { $path } to use it); using the default keys
keymap-not-used = the keymap file was not used: the default keys apply
keymap-no-home = no home directory: give the keymap file to check
keymap-no-user-file = { $path }: no user keymap; the default keys apply
keymap-valid = { $path }: keymap is valid

## report view
hint-close-event = close event
hint-report-prev-year = previous year
hint-report-next-year = next year
hint-report-project = project
action-events-open-report = Cross-event report of a year
action-summary-close-event = Close the event: file its follow-ups, mark it done
action-summary-undo = Undo this view's last change (close, certificates)
action-report-close = Back to the events
action-report-prev-year = The year before
action-report-next-year = The year after
action-report-project = Filter by project: all, then each in turn
action-report-export = Write the report to a file (HTML, Markdown, CSV or JSON)
action-report-up = Scroll the events up
action-report-down = Scroll the events down
action-report-page-up = Previous page of events
action-report-page-down = Next page of events
action-report-top = First event
action-report-bottom = Last event
context-report = report
summary-close-title = Close { $code }?
summary-close-creates = Closing creates these follow-ups:
summary-close-certificates = { $count ->
    [one] 1 certificate follow-up
   *[other] { $count } certificate follow-ups
} for those eligible for the certificate
summary-close-contacts = { $count ->
    [one] 1 contact follow-up
   *[other] { $count } contact follow-ups
} for the registered who came to no session
summary-close-evaluations = { $count ->
    [one] 1 evaluation follow-up
   *[other] { $count } evaluation follow-ups
} for everyone who attended
summary-close-nothing = Nothing new to create: each follow-up exists already.
summary-close-marks-done = The event is then marked done.
summary-close-owner = Owner: { $owner }
summary-close-due = Due:
summary-close-keys = Enter: close the event   Esc: cancel
summary-close-bad-date = not a date: “{ $text }” (e.g. { $example })
summary-close-cancelled = closing cancelled
summary-nothing-to-undo = nothing of this view's to undo
summary-undone-many = undone: { $count } changes
summary-not-undone = not undone: { $error }
report-view-title = Report { $year }
report-view-all-projects = all projects
report-view-project = project { $project }
report-view-events = { $count ->
    [one] 1 event
   *[other] { $count } events
}
report-view-events-kinds = { $count ->
    [one] 1 event
   *[other] { $count } events
}: { $kinds }
report-view-figures = Participants { $participants } (returning { $returning })   Organisations { $organisations }   Person-days { $days }
report-view-no-events = No events in this period.
report-view-ranked-title = Events by average rate
report-view-col-code = Code
report-view-col-title = Title
report-view-col-rate = Rate
report-view-who-came = Participants
report-view-written = report written to { $path }

## Backup while a server runs

# Backups through the server
cmd-backup-written-server = backup written to { $path } by the running server ({ $kib } KiB); it passes check
client-backup-short = the backup arrived incomplete ({ $got } of { $expected } bytes); nothing was kept
serve-backup-failed = backup for { $who } failed: { $why }
core-mark-many-expect = the marks seen must be given for every participant, or for none
roster-bulk-conflict = { $why }. Nothing was marked; the marks are fresh now, press the key again to mark the selection.
cmd-check-server-snapshot = a snapshot of the server's database, taken just now
csv-unknown-encoding = "{ $encoding }" is not an encoding prezenca knows (try windows-1250, windows-1252, windows-1251, windows-1254, iso-8859-2, utf-16)
csv-not-in-encoding = the file has bytes that are not { $encoding } text; nothing was imported
csv-read-as = read as { $encoding }
csv-not-utf8-guess = line { $line } is not UTF-8 text; it looks like { $encoding }. Check with --dry-run --encoding { $encoding }, or save the file from the spreadsheet as "CSV UTF-8"
csv-names-joined = first and last name joined into the name
csv-ignored-columns = { $count ->
    [one] ignored a column prezenca does not use: { $columns }
   *[other] ignored { $count } columns prezenca does not use: { $columns }
}
report-xlsx-needs-file = a workbook (xlsx) is a file, not text for the terminal: give --out FILE.xlsx

## The import door: headers, cells, workbooks
columns-map-form = --map wants HEADER=field, e.g. --map "E-mail adresa=email"; got { $value }
columns-map-unknown-field = --map: { $field } is no field of this kind of file; use one of { $fields }, or ignore
rows-read-sheet = read the sheet { $sheet }
rows-sheet-of-text = --sheet goes with a workbook (.xlsx, .ods, .xls); this file is text
rows-sep-line = the first line { $sep } names the separator
rows-title-skipped = skipped { $count ->
    [one] the title line
   *[other] { $count } title lines
} above the header (line { $line }: { $text })
rows-looks-like = column { $header } looks like { $field } but is not one prezenca knows: name it with --map "{ $header }={ $field }" (or ={ "ignore" })
rows-metadata-ignored = ignored { $count ->
    [one] a column that only numbers or stamps the rows
   *[other] columns that only number or stamp the rows
}, no one's data: { $columns }
rows-grid = read as an attendance grid: one row per person, { $count ->
    [one] one session column
   *[other] { $count } session columns
} ({ $sessions })
rows-error-value = { $value } is a spreadsheet error, not data: fix the formula or clear the cell
rows-phone-scientific = { $value } is a phone number the spreadsheet turned into a rounded number, its digits lost: format the column as text, type the numbers again and export
rows-placeholders = placeholder cells (-, n/a…) read as empty on { $count ->
    [one] line
   *[other] lines
} { $lines }
rows-totals-skipped = skipped the totals { $count ->
    [one] row
   *[other] rows
} on { $count ->
    [one] line
   *[other] lines
} { $lines }
workbook-cannot-open = cannot read the workbook: { $reason }
workbook-no-sheet = the workbook has no sheet { $sheet }; its sheets: { $sheets }
workbook-no-sheets = the workbook has no sheets
cmd-rejects-written = wrote { $count ->
    [one] the rejected row
   *[other] the { $count } rejected rows
} to { $path }: fix them there and import that file again
cmd-rows-rejected-partial = { $count ->
    [one] { $count } row of { $file } rejected and not imported; the other rows were imported
   *[other] { $count } rows of { $file } rejected and not imported; the other rows were imported
}
cli-import-arg-sheet = The sheet of a workbook (.xlsx, .ods, .xls) to read; the first when not given
cli-import-arg-maps = What a header means: --map "E-mail adresa=email", or =ignore (repeatable)
cli-import-arg-partial = Write the good rows and report the rejected ones (exit status 1 all the same)
cli-import-arg-rejects = Write the rejected rows here: the original columns plus line and reason
import-detail-plain = line { $line }: { $what }
import-detail-kept-spelling = line { $line }: keeps the stored spelling { $stored } (the file has { $file })
import-what-participant-changes = update participant { $name }: { $changes }
import-what-register = register { $name } at { $code }
import-register-at = register at { $code }
import-same-person-in-file = { $name } is the same person as on line { $line }; keep one row, or give each their own email
import-conflicting-marks = a different mark for this person and session is on line { $line } ({ $other }, here { $status }); keep one
import-conflicting-registrations = a different registration of this person at this event is on line { $line }; keep one
import-no-such-day = { $code } has { $count ->
    [one] one day
   *[other] { $count } days
} of sessions, not a day { $day }
import-no-session-on = { $code } has no session on { $date }
import-sessions-on = { $code } has { $count } sessions on { $date } (numbers { $numbers }); give the session's number
cli-import-arg-session = meeting: the session's number (default: the session the report's time falls in)
cli-import-arg-min_share = meeting: the share of the session that counts as attended (default 0.5, half)
cli-import-arg-grace = meeting: minutes after the start not counted as late, and before the end not counted as leaving early (default 10)
cli-import-arg-walk_ins = meeting: register the people the report names and nobody knows as walk-ins
meeting-not-text = not a meeting report: the file is neither UTF-8 nor UTF-16 text. Expected a Zoom participant report (CSV), a Microsoft Teams attendance report or a Google Meet attendance CSV
meeting-unknown-format = not a meeting report prezenca knows. Expected a Zoom participant report (CSV with "Name (Original Name)", "User Email", "Join Time", "Leave Time"), a Microsoft Teams attendance report (tab-separated "1. Summary", "2. Participants" with "Name", "First Join", "Last Leave") or a Google Meet attendance CSV ("First name", "Last name", "Email", "Duration", "Time joined", "Time exited")
meeting-no-rows = this { $tool } report lists nobody
meeting-bad-csv = the report cannot be read as CSV: { $reason }
meeting-bad-time = line { $line }: { $value } is not a time
meeting-bad-duration = line { $line }: { $value } is not a duration
meeting-needs-event = import meeting needs the event: --event CODE
meeting-bad-share = --min-share { $value } is not a share: give a number above 0 and at most 1, e.g. 0.5
meeting-session-elsewhere = session { $number } is { $session }, but the report is of { $report }: give the session the meeting was, or fix the session's date and time
meeting-no-date = the report gives no date: name the session of { $code } with --session N
meeting-no-session-fits = no session of { $code } falls in the report's time ({ $report }); the sessions: { $sessions }. Give the session with --session N, or add the session first
meeting-report-of = { $tool } report
meeting-session-chosen = { $report }: session { $number } of { $code }, { $session } (the session the report's time falls in)
meeting-session-given = { $report }: session { $number } of { $code }, { $session } (--session)
meeting-minutes = { $minutes } of { $length } min ({ $percent }%)
meeting-no-times = , no join times in the report: lateness not judged
meeting-status-present = present
meeting-status-late = late { $at }
meeting-status-late-left = late { $at } (also left early at { $left }; a mark holds one status: late kept)
meeting-status-left = left early { $at }
meeting-status-absent = absent
meeting-reason-absent = online: { $minutes }
meeting-reason-late-left = online: also left early at { $left }
meeting-reason-left = online: left at { $at }
meeting-as = { $name } (in the report: { $report })
meeting-note-walk-in = ; not registered: becomes a walk-in
meeting-note-replaces = ; replaces the mark { $status }
meeting-line-mark = { $name }: { $minutes } → { $status }{ $notes }
meeting-line-host = { $name }: host, not marked
meeting-line-phone = { $name }: phone, not marked
meeting-line-device = { $name }: device, not marked
meeting-line-ambiguous = { $name }: fits { $count } people ({ $names }), not marked
meeting-line-unknown = { $name }: { $minutes }: nobody known by this name or email
meeting-line-walk-in = { $name }: { $minutes } → new walk-in, { $status }
meeting-line-walk-in-absent = { $name }: { $minutes }: nobody known, and below the share: not registered
meeting-blocked = { $count ->
    [one] { $count } person in { $file } could not be matched; nothing was written. Register them at { $code } (import participants --event { $code }) and import again, or give --walk-ins to register those who attended as walk-ins
   *[other] { $count } people in { $file } could not be matched; nothing was written. Register them at { $code } (import participants --event { $code }) and import again, or give --walk-ins to register those who attended as walk-ins
}
meeting-dry-run = dry run of meeting report { $file }: { $created } marks to create, { $updated } to change, { $unchanged } unchanged; { $walkins } walk-ins to register; { $skipped } not marked; nothing was written
meeting-imported = imported meeting report { $file }: { $created } marks created, { $updated } changed, { $unchanged } unchanged; { $walkins } walk-ins registered; { $skipped } not marked
meeting-walk-ins-unmarked = { $count } walk-ins were created as participants before the marks were refused; they are stored, not registered at the event and without a mark
meeting-options-only = { $options } belong to import meeting; the other kinds would ignore them
cmd-not-for-meeting = --sheet, --map, --partial and --rejects go with the other kinds of import, not with import meeting
import-view-title = Import { $kind } from:
import-view-cancelled = import cancelled
import-view-done = imported { $kind }: { $created } created, { $updated } updated, { $unchanged } unchanged (u undoes it)
import-view-path-keys = Tab completes · Enter reads the file and shows what it would do · Esc cancels
import-view-columns = Columns
import-view-left-out = left out
import-view-dry-run = Dry run: nothing written yet
import-view-counts = { $created } to create, { $updated } to update, { $unchanged } unchanged, { $rejected } rejected
import-view-preview-keys = Enter imports · ↑↓ a column · ←→ what it is · PgUp PgDn · Esc back
import-view-fix-keys = Nothing to import yet · ↑↓ a column · ←→ what it is · Esc back
store-dir-foreign = refused: the folder { $path } belongs to { $user }, who could read or replace a database in it; keep the database in a folder of your own
store-dir-shared = refused: other users can write to the folder { $path }, so they could replace the database or plant one; keep it in a private folder (`chmod 700`)
store-file-foreign = refused: { $path } belongs to { $user }, not to you: they could read what you write into it; use a database of your own, or the server that holds it
store-forget-finished = finished a `forget` that had been interrupted: { $path } is rewritten, and what it erased is gone from the file
store-forget-still-pending = a `forget` in { $path } is not finished yet: the person is forgotten, but the file still has to be rewritten to take the old bytes out of it ({ $reason }); it is tried again at the next open, by the next `forget`, and by a running server as soon as its disk has room
store-forget-unfinished = { $what }; but the file could not be rewritten yet ({ $reason }), so old bytes of their data may remain in it until it is. This is done at the next open of the file (or start of the server), by the next `forget`, and by a running server as soon as its disk has room
store-forget-none-pending = no `forget` is waiting for the rewrite of the file
core-undo-forgotten = cannot undo “{ $what }”: it concerns { $name }, who has been forgotten since; forgetting is final
core-undo-dependents = cannot undo “{ $what }”: { $count ->
    [one] a record made since depends on what it would remove
   *[other] { $count } records made since depend on what it would remove
}: { $records }{ $more ->
    [0] {""}
   *[other] {" "}and { $more } more
}
core-dep-registration = the registration of { $name } at { $code }
core-dep-mark = the mark of { $name } at { $session }
core-dep-followup = the follow-up “{ $title }”
core-dep-session = the session { $session }
core-dep-participant = the participant { $name }
frame-busy = the server holds too much unread data from its clients just now; try again in a moment
serve-too-many-of-yours = you already have { $count } connections to this server; close one and try again
keymap-too-large = { $path }: refused: { $bytes } bytes is more than a keymap needs (at most { $limit }); using the default keys
cmd-reason-file = cannot read the reason from { $path }: { $why }
cmd-reason-too-long = longer than { $limit } bytes
cmd-reason-not-utf8 = not UTF-8 text
serve-reopened = reopened { $path } after an I/O error; changes are accepted again
serve-reopen-failed = { $path } could not be reopened after an I/O error ({ $why }); it is tried again with the next request
serve-io-error-reopening = a change failed ({ $why }); reopening the database before the next one
serve-db-replaced = the database file { $path } was replaced or changed by another process while the server held it; no change is accepted and nothing more is written to it: stop the server, check the file with `prezenca check`, and start it again
serve-backups-busy = { $count } backups are being taken already; try again in a moment
serve-backup-no-room = not enough free space beside the database for a copy ({ $needed } MB needed, { $free } MB free); no backup was taken
palette-title = Commands
palette-nothing = nothing matches
help-filter-keys = type to filter · Enter keeps it · Esc clears it
action-global-palette = Find and run a command by name
action-roster-palette = Find and run a command by name
action-events-import-file = Import events from a file
action-participants-import-file = Import participants from a file
import-view-register-at = [registered at { $code }]
# Donor figures: disability, age, mode, hours, organisations by kind; certificates
disability-yes = with a disability
disability-no = without a disability
disability-undisclosed = not disclosed
mode-in-person = in person
mode-online = online
mode-hybrid = hybrid
age-band-under = under { $age }
age-band-plus = { $age } and over
field-mode = Mode
field-birth-year = Birth year
field-disability = Disability
form-hint-birth-year = four digits, e.g. 1990; empty if not given
form-error-not-a-birth-year = not a birth year: “{ $value }” (four digits, e.g. 1990)
core-birth-year-invalid = birth year { $value } is not a year between 1900 and 2100
core-issued-certificates = { $code }: { $count ->
    [one] { $count } certificate
   *[other] { $count } certificates
}, { $new } newly numbered
certificates-none-eligible = nobody at { $code } is eligible for a certificate yet
cmd-bad-age-bands = --age-bands { $value } is not a list of increasing ages, e.g. 18,30,45,60
cli-certificates-about = Print the certificates of an event's eligible participants (one A4 page each) and record them as issued
cli-certificates-arg-event = Event code
cli-certificates-arg-out = Write to this file (mode 0600) instead of stdout
cli-report-arg-age_bands = Lower bounds of the age bands (default 18,30,45,60)
certificate-document-title = Certificates, { $code }
certificate-heading = Certificate of attendance
certificate-certifies = This is to certify that
certificate-attended = attended
certificate-hours = { $hours } hours in { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}
certificate-sign-trainer = Trainer
certificate-sign-organiser = For the organiser
certificate-number = Certificate no. { $number }
summary-certificates-none = nobody is eligible for a certificate yet
summary-certificates-cancelled = certificates cancelled
summary-certificates-no-path = give a file name for the certificates
summary-certificates-written = { $count ->
    [one] { $count } certificate issued
   *[other] { $count } certificates issued
}, written to { $path }
summary-certificates-title = Certificates of { $code }
summary-certificates-count = { $count ->
    [one] { $count } eligible participant gets a certificate
   *[other] { $count } eligible participants get a certificate
} ({ $new } newly numbered):
summary-certificates-more = … and { $count } more
summary-certificates-file = File:
summary-certificates-keys = Enter: issue and write   Esc: cancel
report-fig-training-hours = Training hours
report-fig-person-hours = Person-hours
report-fig-completed = Completed (certificate eligible)
report-section-indicators = Indicators
report-ind-people = People trained
report-ind-people-sex = of whom { $sex }
report-ind-disability = People trained with a disability
report-ind-csos = Civil society organisations trained
report-ind-person-days = Person-days of training
report-ind-person-hours = Person-hours of training
report-ind-completed = People who completed (certificate eligible)
report-participants-by-disability = Participants by disability
report-participants-by-age-band = Participants by age
report-participants-by-mode = Participants by mode
report-organisations-by-kind = Organisations by kind
report-col-disability = Disability
report-col-age-band = Age
report-col-mode = Mode
report-col-org-kind = Kind
report-col-organisations = Organisations
report-kosovo-footnote = * This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.
import-not-a-birth-year = { $value } is not a birth year; write the year in four digits, e.g. 1990
import-not-a-short-set-answer = { $value } is not an answer of the Washington Group questions; use 1–4 or no difficulty, some difficulty, a lot of difficulty, cannot do at all
import-what-organisation = organisation { $name }
