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

## roster presence
roster-also-here = also here: { $names }
