# prezenca — shqip
participants-count = { $count } pjesëmarrës
sessions-count = { $count ->
    [one] { $count } seancë
   *[other] { $count } seanca
}
language-name = Shqip
language-switched = Gjuha: shqip

## Ndihma e rreshtit të komandave
cli-heading-usage = Përdorimi:
cli-heading-commands = Komandat
cli-heading-command-value = KOMANDA
cli-heading-options = Opsionet
cli-heading-arguments = Argumentet
cli-help-flag = Shfaq ndihmën
cli-version-flag = Shfaq versionin
cli-about = Prezenca, ndjekjet dhe përmbledhjet për donatorët e trajnimeve. Pa komandë, hap ndërfaqen në terminal.
cli-arg-db = Skedari i bazës së të dhënave (parazgjedhja: $PREZENCA_DB, përndryshe prezenca.redb në dosjen e të dhënave XDG)
cli-arg-socket = Foleja e serverit (parazgjedhja: $PREZENCA_SOCKET, skedari i konfigurimit, pastaj shtegu i parazgjedhur)
cli-arg-lang = Gjuha e ndërfaqes (en, sq)
cli-import-about = Importo një skedar: CSV ose tekst, një libër pune, ose raportin e një takimi online (një transaksion; nëse refuzohet qoftë edhe një rresht, nuk zbatohet asgjë, përveç me --partial)
cli-import-arg-kind = Çfarë përmban skedari
cli-import-arg-file = Skedari: CSV ose tekst (me presje, pikëpresje ose tab; UTF-8, UTF-16 ose --encoding), një libër pune (.xlsx, .ods, .xls) ose raporti i një takimi
cli-import-arg-event = Pjesëmarrësit: regjistroje secilin në këtë ngjarje; llojet e tjera: ngjarja e rreshtave që nuk e kanë
cli-import-arg-dry_run = Trego çfarë do të krijohej, përditësohej dhe refuzohej; mos shkruaj asgjë
cli-import-arg-encoding = Kodimi i tekstit të skedarit kur nuk është UTF-8 ose UTF-16 (p.sh. windows-1250)
cli-export-about = Eksporto të dhënat si CSV (kolonat e importit) ose JSON
cli-export-arg-kind = Çfarë të eksportohet
cli-export-arg-format = Formati i daljes
cli-export-arg-out = Shkruaje në këtë skedar (leje 0600) në vend të daljes standarde; me `all` dhe csv, një dosje
cli-summary-about = Përmbledhja e prezencës së një ngjarjeje
cli-summary-arg-event = Kodi i ngjarjes
cli-summary-arg-format = Formati i daljes
cli-summary-arg-out = Shkruaje në këtë skedar (leje 0600) në vend të daljes standarde
cli-summary-arg-certificates = Listo si CSV pjesëmarrësit që kanë të drejtë për certifikatë
cli-summary-arg-min_cell = Në formatet për lexim, shfaq numrat nën N si "<N"
cli-report-about = Raport ndër-ngjarjesh për donatorët
cli-report-arg-from = Data e parë e fillimit që përfshihet (VVVV-MM-DD)
cli-report-arg-to = Data e fundit e fillimit që përfshihet (VVVV-MM-DD)
cli-report-arg-project = Vetëm ngjarjet me këtë kod projekti
cli-report-arg-format = Formati i daljes
cli-report-arg-out = Shkruaje në këtë skedar (leje 0600) në vend të daljes standarde
cli-report-arg-min_cell = Në formatet për lexim, shfaq numrat nën N si "<N"
cli-mark-about = Shëno prezencën e një pjesëmarrësi
cli-mark-arg-event = Kodi i ngjarjes
cli-mark-arg-session = Numri i seancës, nga 1 sipas rendit kohor
cli-mark-arg-participant = Email-i, kodi i distinktivit, ose emri kur nuk ka email
cli-mark-arg-status = present, late, left_early, excused, absent ose clear
cli-mark-arg-arrived = Ora e mbërritjes për vonesat (HH:MM; parazgjedhja: tani)
cli-mark-arg-reason = Arsyeja, për mungesat e arsyetuara
cli-mark-arg-reason_file = Lexo arsyen nga FILE, ose nga hyrja standarde me `-` (përdoruesit e tjerë mund ta lexojnë një --reason ndërsa komanda punon)
cli-badges-about = Distinktivë për shtyp me kode QR për një ngjarje (HTML për fletë etiketash A4, 8 në faqe)
cli-badges-arg-event = Kodi i ngjarjes
cli-badges-arg-out = Shkruaj këtu (mënyra 0600) në vend të CODE-badges.html në dosjen aktuale
cli-kiosk-about = Vetëregjistrim i pjesëmarrësve te dera: shkruani emrin ose skanoni distinktivin
cli-kiosk-arg-event = Kodi i ngjarjes
cli-close-about = Krijo ndjekjet që rrjedhin nga prezenca (certifikata, kontakt, vlerësim)
cli-close-arg-event = Kodi i ngjarjes
cli-close-arg-owner = Përgjegjësi i ndjekjeve (parazgjedhja: ti)
cli-close-arg-due = Afati (parazgjedhja: dy javë nga sot)
cli-backup-about = Shkruaj një kopje të qëndrueshme të bazës së të dhënave në SKEDAR
cli-backup-arg-file = Skedari i ri (nuk duhet të ekzistojë)
cli-check-about = Verifiko që çdo regjistrim lexohet dhe çdo referencë gjendet
cli-forget-about = Fshi kudo të dhënat personale të një personi; prezenca e tyre mbetet, anonime
cli-forget-arg-participant = Email-i, ose emri kur nuk ka email
cli-forget-arg-yes = Konfirmo: kjo nuk mund të zhbëhet
cli-demo-about = Ngarko të dhënat shembull (ngjarje nëpër rajon) në bazën e të dhënave
cli-serve-about = Nis serverin që mban bazën e të dhënave, për disa trajnerë njëkohësisht
cli-serve-arg-group = Grupi Unix, anëtarët e të cilit mund të lidhen (parazgjedhja: grupi yt kryesor)
cli-doctor-about = Thuaj pse kjo llogari nuk lidhet dot me serverin e përbashkët, ose që lidhet
cli-completions-about = Shtyp skriptin e plotësimit për guaskën SHELL (bash, zsh, fish)
cli-completions-arg-shell = Guaska: bash, zsh ose fish
cli-manpages-about = Shkruaj faqet e manualit (prezenca.1, prezenca-NËNKOMANDA.1) në DIR
cli-manpages-arg-dir = Dosja ku shkruhen
cli-keymap-about = Skedarët e tasteve
cli-keymap-check-about = Verifiko një skedar tastesh (parazgjedhja: keymap.toml yt)
cli-keymap-check-arg-file = Skedari i tasteve

## Përmbledhjet dhe raportet (dhe fjalët e përbashkëta të fjalorit)
mark-status-present = i pranishëm
mark-status-late = me vonesë
mark-status-left-early = u largua herët
mark-status-excused = i arsyetuar
mark-status-absent = mungon
mark-status-unmarked = pa shënim
gender-female = femër
gender-male = mashkull
gender-other = tjetër
gender-undisclosed = e padeklaruar
event-kind-training = trajnim
event-kind-workshop = punëtori
event-kind-conference = konferencë
event-kind-networking = rrjetëzim
event-kind-info-session = seancë informuese
event-status-planned = e planifikuar
event-status-running = në zhvillim
event-status-done = e përfunduar
event-status-cancelled = e anuluar
role-participant = pjesëmarrës
role-trainer = trajner
role-speaker = folës
role-staff = staf
followup-kind-certificate = certifikatë
followup-kind-materials = materiale
followup-kind-evaluation = vlerësim
followup-kind-coaching = mentorim
followup-kind-contact = kontakt
followup-kind-other = tjetër
followup-status-open = e hapur
followup-status-done = e kryer
followup-status-cancelled = e anuluar
registration-status-registered = i regjistruar
registration-status-confirmed = i konfirmuar
registration-status-waitlisted = në listë pritjeje
registration-status-cancelled = i anuluar
registration-source-pre-registered = i regjistruar paraprakisht
registration-source-walk-in = pa regjistrim paraprak
registration-source-imported = i importuar
org-kind-cso = organizatë e shoqërisë civile
org-kind-network = rrjet
org-kind-public-body = institucion publik
org-kind-media = media
org-kind-other = tjetër
value-unknown = pa të dhëna
answer-yes = po
answer-no = jo
report-section-event = Ngjarja
report-field-code = Kodi
report-field-kind = Lloji
report-field-dates = Datat
report-dates-range = { $start } – { $end }
report-field-place = Vendndodhja
report-field-venue = Vendi i zhvillimit
report-field-project = Projekti
report-field-status = Statusi
report-field-threshold = Pragu për certifikatë
report-section-key-figures = Shifrat kryesore
report-col-figure = Treguesi
report-col-value = Vlera
report-fig-registered = Pjesëmarrës të regjistruar
report-fig-attended-any = Morën pjesë të paktën një herë
report-fig-eligible = Kualifikohen për certifikatë (të paktën { $threshold })
report-fig-person-days = Ditë-pjesëmarrje
report-fig-sessions = Seanca
report-fig-average-rate = Vijimi mesatar për seancë
report-empty-no-sessions-no-participants = Ende nuk ka seanca dhe as pjesëmarrës të regjistruar.
report-empty-no-sessions = Ende nuk ka seanca.
report-empty-no-participants = Ende nuk ka pjesëmarrës të regjistruar.
report-empty-no-events = Nuk ka ngjarje në këtë periudhë.
report-none = Asnjë.
report-section-attendance-per-session = Pjesëmarrja sipas seancave
report-chart-label = Shkalla e vijimit për çdo seancë
report-chart-bar = Seanca { $number } ({ $date }): { $rate } e të regjistruarve
report-section-sessions = Seancat
report-col-date = Data
report-col-time = Ora
report-col-title = Titulli
report-col-present = Të pranishëm
report-col-late = Me vonesë
report-col-left-early = U larguan herët
report-col-excused = Të arsyetuar
report-col-absent = Munguan
report-col-unmarked = Pa shënim
report-col-attended = Morën pjesë
report-col-rate = Vijimi
report-by-gender = Sipas gjinisë
report-by-country = Sipas shtetit
report-by-organisation = Sipas organizatës
report-col-gender = Gjinia
report-col-country = Shteti
report-col-organisation = Organizata
report-col-registered = Të regjistruar
report-col-eligible = Kualifikohen
report-section-participants = Pjesëmarrësit
report-col-name = Emri
report-col-sessions = Seanca
report-col-certificate = Certifikatë
report-col-left = U largua (seanca: ora)
report-section-absentees = Mungesat (të regjistruar që nuk erdhën asnjëherë)
report-col-email = Email
report-section-at-risk = Në rrezik të mbeten pa certifikatë
report-at-risk-cannot-reach = { $count ->
    [one] Nuk mund ta arrijë më pragun
   *[other] Nuk mund ta arrijnë më pragun
}
report-at-risk-one-more-miss = { $count ->
    [one] E humbet nëse mungon edhe në një seancë
   *[other] E humbasin nëse mungojnë edhe në një seancë
}
report-section-staff = Trajnerët dhe stafi (nuk llogariten në vijim)
report-col-role = Roli
report-section-followups = Ndjekjet
report-col-count = Numri
report-followups-open = Të hapura
report-followups-done = Të kryera
report-followups-overdue = Me afat të kaluar
report-title = Raporti për periudhën { $from } – { $to }
report-title-project = Raporti për periudhën { $from } – { $to }, projekti { $project }
report-fig-events = Ngjarje
report-fig-unique-participants = Pjesëmarrës unikë
report-fig-unique-organisations = Organizata unike
report-fig-returning-participants = Pjesëmarrës që u rikthyen
report-section-events-by-kind = Ngjarjet sipas llojit
report-col-kind = Lloji
report-col-events = Ngjarje
report-participants-by-gender = Pjesëmarrësit sipas gjinisë
report-participants-by-country = Pjesëmarrësit sipas shtetit
report-col-participants = Pjesëmarrës
report-section-events-by-rate = Ngjarjet sipas shkallës së vijimit
report-col-code = Kodi
report-col-average-rate = Vijimi mesatar
close-none-created = { $code } u mbyll: nuk ka ndjekje të reja për të krijuar
close-created = { $code } u mbyll: { $total ->
    [one] u krijua { $total } ndjekje e re
   *[other] u krijuan { $total } ndjekje të reja
} – { $certificates } për certifikatë, { $contacts } për kontakt, { $evaluations } për vlerësim
close-change-undoable = { $what } (ndryshimi nr. { $entry }, mund të zhbëhet)

## Ndërfaqja në terminal
hint-next-field = fusha tjetër
hint-previous = e mëparshmja
hint-save = ruaj
hint-back-out = anulo
hint-keep-filter = mbaj filtrin
hint-clear = pastro
hint-back = kthehu
hint-yes = po
hint-no = jo
hint-new = shto
hint-edit = ndrysho
hint-delete = fshij
hint-roster = lista
hint-summary = përmbledhja
hint-sessions = seancat
hint-search = kërko
hint-undo = zhbëj
hint-keys = tastet
hint-quit = dil
hint-register = regjistro
hint-all-or-event = të gjithë/ngjarja
hint-merge = bashko
hint-done = kryer
hint-sample-data = të dhëna shembull
hint-start-empty = fillo bosh
hint-language = gjuha
hint-present = i pranishëm
hint-late = vonë
hint-excused = i arsyetuar
hint-absent = mungon
hint-left-early = u largua herët
hint-walk-in = pa regjistrim
hint-rest-absent = të tjerët mungojnë
hint-sheet = fleta
hint-selection-present = të zgjedhurit të pranishëm
hint-clear-filter = pastro filtrin
hint-export = eksporto
hint-certificates = certifikatat
action-global-quit = Dil
action-global-help = Shfaq tastet e këtij paneli
action-global-switch-language = Ndrysho gjuhën (anglisht, shqip)
action-global-next-pane = Paneli tjetër
action-global-prev-pane = Paneli i mëparshëm
action-global-focus-events = Shko te Ngjarjet
action-global-focus-participants = Shko te Pjesëmarrësit
action-global-focus-followups = Shko te Ndjekjet
action-global-up = Lart
action-global-down = Poshtë
action-global-page-up = Faqja e mëparshme
action-global-page-down = Faqja tjetër
action-global-top = Rreshti i parë
action-global-bottom = Rreshti i fundit
action-global-search = Kërko në këtë listë
action-global-clear-search = Pastro kërkimin
action-global-undo = Zhbëj ndryshimin e fundit
action-global-redo = Ribëj atë që zhbëve
action-events-new-event = Ngjarje e re
action-events-edit-event = Ndrysho ngjarjen
action-events-delete-event = Fshij ngjarjen
action-events-open-roster = Mbaj prezencën (lista)
action-events-open-summary = Përmbledhja e prezencës
action-events-sessions = Seancat e ngjarjes
action-events-new-session = Shto një seancë
action-sessions-new-session = Shto një seancë
action-sessions-edit-session = Ndrysho seancën
action-sessions-delete-session = Fshij seancën
action-sessions-close = Kthehu te ngjarjet
action-participants-new-participant = Pjesëmarrës i ri
action-participants-edit-participant = Ndrysho pjesëmarrësin
action-participants-delete-participant = Fshij pjesëmarrësin
action-participants-register = Regjistro në ngjarjen e zgjedhur
action-participants-unregister = Hiq nga ngjarja e zgjedhur
action-participants-toggle-all = Të gjithë pjesëmarrësit / të kësaj ngjarjeje
action-participants-merge = Bashko me dublikatën e mundshme
action-participants-new-organisation = Organizatë e re
action-participants-edit-organisation = Ndrysho organizatën e pjesëmarrësit
action-participants-delete-organisation = Fshij organizatën e pjesëmarrësit
action-followups-new-followup = Ndjekje e re
action-followups-edit-followup = Ndrysho ndjekjen
action-followups-delete-followup = Fshij ndjekjen
action-followups-mark-done = Shëno si të kryer (sërish: rihap)
action-followups-toggle-all = Të gjitha ndjekjet / të kësaj ngjarjeje
action-form-next-field = Fusha tjetër
action-form-prev-field = Fusha e mëparshme
action-form-submit = Ruaj
action-form-cancel = Anulo pa ruajtur
action-search-accept = Mbaj filtrin, kthehu te lista
action-search-cancel = Pastro filtrin
action-confirm-yes = Po, vazhdo
action-confirm-no = Jo, anulo
action-welcome-load-sample = Ngarko të dhënat shembull
action-welcome-start-empty = Fillo me bazë të dhënash bosh
action-roster-close = Pastro filtrin, ose kthehu te ngjarjet
action-roster-prev-session = Seanca e mëparshme
action-roster-next-session = Seanca tjetër
action-roster-mark-present = Shëno të pranishëm (të vetmin rezultat ose rreshtin e zgjedhur)
action-roster-mark-late = Shëno me vonesë (pyet orën e mbërritjes)
action-roster-mark-excused = Shëno të arsyetuar (pyet arsyen, sipas dëshirës)
action-roster-mark-absent = Shëno që mungon
action-roster-mark-left-early = Shëno që u largua herët
action-roster-clear-mark = Pastro shënimin
action-roster-undo = Zhbëj shënimin tim të fundit
action-roster-walk-in = Pa regjistrim: gjej ose shto personin, shëno të pranishëm
action-roster-bulk-absent = Shëno që mungojnë të gjithë të pashënuarit
action-roster-toggle-select = Zgjidh ose hiq zgjedhjen e rreshtit
action-roster-mark-selected = Shëno të pranishëm rreshtat e zgjedhur
action-roster-sign-in-sheet = Shkruaj fletën e nënshkrimeve për shtyp (HTML)
action-roster-toggle-exit-mode = Mënyra e daljes: skanimi ose Enter shënon kush largohet
action-roster-scan-enter = Enter, siç e dërgon një skaner që i mbyll kodet me rresht të ri
action-roster-up = Lart
action-roster-down = Poshtë
action-roster-page-up = Faqja e mëparshme
action-roster-page-down = Faqja tjetër
action-roster-top = Rreshti i parë
action-roster-bottom = Rreshti i fundit
action-summary-close = Kthehu te ngjarjet
action-summary-export = Shkruaj përmbledhjen në skedar (HTML, Markdown, CSV ose JSON)
action-summary-certificates = Lësho certifikata me numër dhe shkruaji për shtyp
context-global = të gjithë panelet
context-events = Ngjarjet
context-sessions = Seancat
context-participants = Pjesëmarrësit
context-followups = Ndjekjet
context-form = formulari
context-search = kërkimi
context-confirm = konfirmimi
context-welcome = mirëseardhja
context-roster = lista e prezencës
context-summary = përmbledhja
help-title = Tastet — { $section }
help-close = / filtron · çdo tast tjetër e mbyll këtë
help-scroll = { $first }–{ $last } nga { $total } · ↓↑ më shumë · / filtron · çdo tast tjetër e mbyll
field-code = Kodi
field-title = Titulli
field-kind = Lloji
field-start-date = Data e fillimit
field-end-date = Data e mbarimit
field-city = Qyteti
field-country = Shteti
field-venue = Vendi
field-project = Projekti
field-capacity = Kapaciteti
field-trainers = Trajnerët
field-threshold = Pragu
field-status = Statusi
field-notes = Shënime
field-date = Data
field-start = Fillimi
field-end = Mbarimi
field-name = Emri
field-acronym = Akronimi
field-email = Email-i
field-phone = Telefoni
field-gender = Gjinia
field-organisation = Organizata
field-position = Pozita
field-photo-consent = Pëlqim për foto
field-contact-consent = Pëlqim për kontakt
field-role = Roli
field-source = Burimi
field-event = Ngjarja
field-participant = Pjesëmarrësi
field-owner = Përgjegjësi
field-due-date = Afati
form-yes = po
form-no = jo
form-title-new-event = Ngjarje e re
form-title-edit-event = Ndrysho ngjarjen
form-title-new-session = Seancë e re
form-title-edit-session = Ndrysho seancën
form-title-new-organisation = Organizatë e re
form-title-edit-organisation = Ndrysho organizatën
form-title-new-participant = Pjesëmarrës i ri
form-title-edit-participant = Ndrysho pjesëmarrësin
form-title-registration = Regjistrimi
form-title-new-followup = Ndjekje e re
form-title-edit-followup = Ndrysho ndjekjen
form-hint-code = i shkurtër dhe unik: PR-2026-11-ADV
form-hint-date = DD.MM.VVVV ose VVVV-MM-DD
form-hint-venue = ose online
form-hint-project = kodi i donatorit
form-hint-capacity = një numër, ose bosh
form-hint-threshold = certifikata: 0.8 ose 80%
form-hint-session-title = Dita 1, paradite
form-hint-email = unik; mund të jetë bosh
form-hint-organisation = emri ose akronimi
form-hint-yes-no = po ose jo
form-hint-followup-title = Dërgo certifikatën
form-hint-event = kodi i ngjarjes
form-hint-participant = emri ose email-i; mund të jetë bosh
form-hint-due-date = DD.MM.VVVV; mund të jetë bosh
form-error-new-organisation = organizata „{ $name }“ nuk ekziston ende: ruaj sërish për ta krijuar
form-error-no-email = asnjë pjesëmarrës me email-in „{ $email }“
form-error-no-name = asnjë pjesëmarrës me emrin „{ $name }“
form-error-many-named = { $count } pjesëmarrës quhen „{ $name }“: shkruaj email-in
form-error-not-one-of = „{ $value }“ nuk është një nga: { $words }
form-error-date-needed = duhet një datë
form-error-not-a-date = „{ $value }“ nuk është datë (DD.MM.VVVV ose VVVV-MM-DD)
form-error-empty = { $field } nuk mund të jetë bosh
form-error-code-spaces = kodi nuk mund të ketë hapësira
form-error-event-exists = ngjarja { $code } ekziston tashmë
form-error-not-a-number = „{ $value }“ nuk është numër
form-error-not-a-threshold = „{ $value }“ nuk është prag: 0.8, 80% ose 80
form-error-not-a-time = „{ $value }“ nuk është orë (HH:MM)
form-error-organisation-exists = një organizatë me emrin „{ $name }“ ekziston tashmë
form-error-not-an-email = „{ $value }“ nuk është adresë email-i
form-error-email-taken = { $name } e ka tashmë këtë email
form-error-no-event = asnjë ngjarje me kodin „{ $code }“
form-error-control = { $field }: përmban një karakter kontrolli ({ $code }) ose sekuencë escape
form-error-invisible = { $field }: përmban një karakter të padukshëm ose që ndryshon drejtimin ({ $code })
form-error-marks = { $field } ka më shumë se { $count } shenja diakritike mbi një shkronjë
form-error-too-long = { $field }: është më i gjatë se { $count } karaktere
status-sample-failed = të dhënat shembull nuk u ngarkuan: { $error }
status-start-empty = Shtyp { $key } për të krijuar ngjarjen e parë
status-select-event-first = zgjidh fillimisht një ngjarje (paneli Ngjarjet)
status-no-organisation = ky pjesëmarrës nuk ka organizatë
status-participants-of-event = pjesëmarrësit e ngjarjes së zgjedhur
status-all-participants = të gjithë pjesëmarrësit
status-followups-of-event = ndjekjet e ngjarjes së zgjedhur
status-all-followups = të gjitha ndjekjet, sipas afatit
status-not-saved = nuk u ruajt
status-nothing-to-undo = asgjë për të zhbërë në këtë seancë pune
status-nothing-to-redo = asgjë për të ribërë
status-draft-record-gone = regjistrimi i formularit të ruajtur nuk ekziston më
status-draft-discarded = formulari i ruajtur u hodh poshtë
status-nothing-changed = asgjë nuk ndryshoi
status-read-only = baza e të dhënave është hapur vetëm për lexim: ndryshimet janë të çaktivizuara
status-not-registered = nuk është regjistruar në këtë ngjarje
status-no-duplicate = asnjë dublikatë e mundshme për këtë pjesëmarrës
status-language-not-saved = Gjuha: { $language } (nuk u ruajt: { $error })
status-keymap-not-used = skedari i tasteve nuk u përdor: { $problem }
status-read-failed = të dhënat nuk u lexuan: { $error }
confirm-delete-followup-title = Fshij ndjekjen
confirm-delete-followup = Të fshihet „{ $title }“?
confirm-delete-event-title = Fshij ngjarjen
confirm-delete-event = Të fshihet ngjarja { $code }?
confirm-delete-event-goes = Bashkë me të fshihen { $sessions ->
    [one] { $sessions } seancë
   *[other] { $sessions } seanca
}, { $regs ->
    [one] { $regs } regjistrim
   *[other] { $regs } regjistrime
}, { $marks ->
    [one] { $marks } shënim prezence
   *[other] { $marks } shënime prezence
} dhe { $followups ->
    [one] { $followups } ndjekje
   *[other] { $followups } ndjekje
}.
confirm-delete-event-stays = Pjesëmarrësit mbeten. { $key } e zhbën.
confirm-delete-session-title = Fshij seancën
confirm-delete-session = Të fshihet seanca { $date } { $title }?
confirm-delete-session-goes = Bashkë me të fshihen { $marks ->
    [one] { $marks } shënim prezence
   *[other] { $marks } shënime prezence
}.
confirm-delete-participant-title = Fshij pjesëmarrësin
confirm-delete-participant = Të fshihet { $name }?
confirm-delete-participant-goes = Bashkë me të fshihen { $regs ->
    [one] { $regs } regjistrim
   *[other] { $regs } regjistrime
}, shënimet e prezencës dhe { $followups ->
    [one] { $followups } ndjekje
   *[other] { $followups } ndjekje
}.
confirm-unregister-title = Hiq regjistrimin
confirm-unregister = Të hiqet { $name } nga { $code }?
confirm-unregister-marks-stay = Shënimet e prezencës mbeten në regjistër.
confirm-delete-organisation-title = Fshij organizatën
confirm-delete-organisation = Të fshihet organizata { $name }?
confirm-delete-organisation-members = { $count ->
    [one] { $count } pjesëmarrës do të mbetet pa organizatë.
   *[other] { $count } pjesëmarrës do të mbeten pa organizatë.
}
confirm-merge-title = Bashko dublikatat
confirm-merge = Të bashkohet { $remove } (#{ $rid }) te { $keep } (#{ $kid })?
confirm-merge-moves = Kalojnë te #{ $kid } { $regs ->
    [one] { $regs } regjistrim
   *[other] { $regs } regjistrime
} me shënimet e tyre dhe { $followups ->
    [one] { $followups } ndjekje
   *[other] { $followups } ndjekje
}.
confirm-merge-gains = #{ $kid } merr: { $fields }.
confirm-merge-then = Pastaj #{ $rid } fshihet. { $key } e zhbën bashkimin.
confirm-draft-title = Formular i paruajtur
confirm-draft = Një formular ({ $form }) po plotësohej kur terminali u shkëput.
confirm-draft-open = Të hapet sërish me atë që ishte shkruar?
tui-needs-terminal = prezenca: ndërfaqja në terminal ka nevojë për një terminal; për skripte, shih `prezenca --help`
tui-cannot-watch-signals = prezenca: sinjalet nuk mund të ndiqen: { $error }
tui-cannot-set-up = prezenca: terminali nuk u përgatit: { $error }
tui-too-small = Terminali është shumë i vogël ({ $size }): prezenca ka nevojë për të paktën { $needed }.
search-count = { $shown } nga { $total }
empty-nothing-matches = asgjë nuk përputhet
empty-events = ende asnjë ngjarje: { $key } krijon një
empty-registrations = askush i regjistruar: { $key } shfaq të gjithë
empty-participants = ende asnjë pjesëmarrës: { $key } shton një
empty-followups = asnjë ndjekje
empty-sessions = asnjë seancë: { $key } shton një
welcome-title = Mirë se erdhët në prezenca
welcome-empty = Baza e të dhënave është bosh. prezenca ka tre panele:
welcome-events = trajnime, punëtori, konferenca dhe seancat e tyre
welcome-participants = njerëzit, një herë për të gjitha ngjarjet, me historikun
welcome-followups = certifikata, materiale, vlerësime — sipas afatit
welcome-from-an-event = Te një ngjarje, { $roster } mban prezencën dhe { $summary } shfaq përmbledhjen.
welcome-help = { $key } shfaq të gjitha tastet e panelit ku ndodhesh.
welcome-language = { $key } ndryshon gjuhën (tani: { $language }).
welcome-load-sample = ngarko të dhënat shembull (shtatë ngjarje nëpër rajon)
welcome-start-empty = fillo me bazë të dhënash bosh
pane-followups-scope = { $scoped ->
    [event] ngjarja
   *[all] të gjitha
} ({ $count }, { $overdue } vonuar)
pane-participants-at = në { $code }
pane-participants-all = të gjithë
word-training = trajnim
word-workshop = punëtori
word-conference = konferencë
word-networking = rrjetëzim
word-info-session = seancë informuese
word-planned = planifikuar
word-running = në zhvillim
word-done = kryer
word-cancelled = anuluar
word-female = femër
word-male = mashkull
word-other = tjetër
word-undisclosed = pa deklaruar
word-cso = OShC
word-network = rrjet
word-public-body = institucion publik
word-media = media
word-participant = pjesëmarrës
word-trainer = trajner
word-speaker = folës
word-staff = staf
word-pre-registered = i regjistruar paraprakisht
word-walk-in = pa regjistrim
word-imported = i importuar
word-registered = i regjistruar
word-confirmed = i konfirmuar
word-waitlisted = në listë pritjeje
word-present = i pranishëm
word-late = vonë
word-left-early = u largua herët
word-excused = i arsyetuar
word-absent = mungon
word-certificate = certifikatë
word-materials = materiale
word-evaluation = vlerësim
word-coaching = mentorim
word-contact = kontakt
word-open = e hapur
detail-title = Hollësi
detail-nothing = asgjë e zgjedhur
detail-code = Kodi
detail-dates = Datat
detail-where = Ku
detail-project = Projekti
detail-registered = Regjistruar
detail-registered-of = { $count } nga { $capacity }
detail-certificate = Certifikata
detail-certificate-from = nga { $pct } pjesëmarrje
detail-sessions = Seancat ({ $count }) — { $key } për t'i ndryshuar
detail-from = Nga
detail-duplicate = ≈ ndoshta i njëjti person me { $name } (#{ $id }) — { $key } i bashkon
detail-events = Ngjarjet ({ $count })
detail-open-followups = Ndjekje të hapura ({ $count })
detail-due = Afati
detail-overdue = AFATI KA KALUAR
detail-sessions-of = Seancat e { $code }
roster-session-n = seanca { $number }/{ $total }
roster-first-session = kjo është seanca e parë
roster-last-session = kjo është seanca e fundit
roster-not-marked = nuk është shënuar
roster-nothing-selected = ende asgjë e zgjedhur
roster-sheet-written = fleta e nënshkrimeve u shkrua në { $path }
roster-sheet-failed = fleta e nënshkrimeve nuk u shkrua: { $error }
roster-time-format = shkruaje orën si HH:MM
roster-no-sessions = kjo ngjarje nuk ka seanca
roster-no-one-to-mark = askush për t'u shënuar
roster-no-match-status = askush nuk përputhet me „{ $filter }“; shtoje pa regjistrim
roster-overwrite-mark = { $why }. Të shënohet „{ $mark }“ gjithsesi?
roster-overwrite-clear = { $why }. Të pastrohet gjithsesi?
roster-not-saved = nuk u ruajt: { $error }
roster-outcome-stored = serveri nuk e konfirmoi ndryshimin: rreshti tregon çfarë është ruajtur tani
roster-outcome-unknown = e panjohur: { $error }
roster-walk-in-not-saved = pjesëmarrësi pa regjistrim nuk u ruajt: { $error }
roster-nothing-to-undo = asnjë shënim imi për të zhbërë këtu
roster-not-undone = nuk u zhbë: { $error }
roster-everyone-marked = të gjithë të regjistruarit janë shënuar
roster-bulk-absent = { $count ->
    [one] Të shënohet mungesë për { $count } pjesëmarrësin e pashënuar?
   *[other] Të shënohet mungesë për { $count } pjesëmarrësit e pashënuar?
}
roster-no-event = asnjë ngjarje me id { $id }
roster-confirm-keys = y po / n jo
roster-col-name = Emri
roster-col-organisation = Organizata
roster-col-mark = Shënimi
roster-empty = Ende askush i regjistruar: shto të parin pa regjistrim.
roster-no-match = Askush nuk përputhet me „{ $filter }“: shtoje pa regjistrim.
roster-header-no-sessions = pa seanca
roster-counts = { $present } të pranishëm, { $late } vonë, { $excused } me arsye, { $absent } mungojnë, { $left_early } ikën herët, { $unmarked } pa shënim / { $registered }
roster-late-prompt = Vonë: { $name } mbërriti në{" "}
roster-prompt-keys = Enter ruaj · Esc anulo
roster-excused-prompt = I arsyetuar: { $name }, arsyeja:{" "}
roster-excused-keys = Enter ruaj (arsyeja sipas dëshirës) · Esc anulo
roster-type-a-name = shkruaj një emër për ta gjetur
roster-matches = { $count ->
    [one] { $count } përputhje
   *[other] { $count } përputhje
}
roster-find = Gjej:
roster-late-at = vonë { $time }
roster-not-marked-yet = ende pa shënim
roster-marked-by = { $mark }, shënuar nga { $who }{ $you ->
    [yes] {" "}(ti)
   *[no] {""}
} në { $when }
weekday-mon = Hën
weekday-tue = Mar
weekday-wed = Mër
weekday-thu = Enj
weekday-fri = Pre
weekday-sat = Sht
weekday-sun = Die
walk-in-title = Pa regjistrim: regjistron dhe shënon të pranishëm
walk-in-already-known = I njohur? ↓↑ zgjidh, Enter e përdor:
walk-in-none-of-these = (asnjë prej tyre: person i ri)
walk-in-keys = Tab/Enter fusha tjetër · Enter te e fundit e shton · Esc anulo
walk-in-name-needed = duhet emri
walk-in-gender = gjinia: female, male, other, ose lëre bosh
sheet-title = Fleta e nënshkrimeve
sheet-session = Seanca { $number }/{ $total }
sheet-col-name = Emri
sheet-col-organisation = Organizata
sheet-col-signature = Nënshkrimi
summary-export-cancelled = eksportimi u anulua
summary-export-no-name = jep një emër skedari për eksportim
summary-written = përmbledhja u shkrua në { $path }
summary-event-gone = ngjarja nuk ekziston më
summary-no-sessions-nobody-eligible = ende pa seanca: askush nuk e meriton certifikatën
summary-dates = { $start } deri { $end }
summary-figures = Regjistruar { $registered }   Ndoqën ≥1 { $attended }   Meritojnë { $eligible } (≥{ $threshold })   Ditë-persona { $days }
summary-figures-2 = Seanca { $sessions }   Vijimi mesatar { $rate }   Ndjekje: { $open } hapur, { $done } kryer, { $overdue } vonuar
summary-empty-both = Ende pa seanca dhe pa pjesëmarrës të regjistruar.
summary-empty-sessions = Ende pa seanca.
summary-empty-registered = Ende pa pjesëmarrës të regjistruar.
summary-cannot-reach = Nuk e arrijnë dot certifikatën: { $names }
summary-one-more-miss = Edhe një mungesë dhe pa certifikatë: { $names }
summary-export-prompt = Eksporto { $format } (Tab: formati) në:
summary-chart-title = Pjesëmarrja për seancë
summary-who-came = Kush erdhi
summary-col-registered = Reg
summary-col-attended = Ndj
summary-col-eligible = Mer
summary-none-yet = ende asnjë
summary-more = … { $count } të tjerë

## roster presence
roster-also-here = këtu janë edhe: { $names }

## Te dera me skaner: distinktivët, dalja, kioska
hint-check-out = dalja
hint-entry-mode = hyrja
roster-exit-mode-on = mënyra e daljes: një skanim ose Enter shënon kush largohet
roster-exit-mode-off = mënyra e hyrjes: një skanim ose Enter shënon ardhjen
roster-mode-exit = DALJA
roster-find-leaving = Largohet:
roster-left-at = iku { $time }
roster-detail-left = u largua në { $time }
roster-scan-in = { $name } u regjistrua në hyrje
roster-scan-in-org = { $name } ({ $organisation }) u regjistrua në hyrje
roster-scan-already = { $name } tashmë { $mark } që nga { $time }: asgjë nuk ndryshoi
roster-scan-not-here = { $name }: nuk është i regjistruar këtu — Ctrl-W për ta shtuar pa regjistrim
roster-scan-unknown = askush nuk e ka distinktivin { $code }: asgjë nuk ndryshoi
core-check-out-not-in = { $name } nuk është shënuar në hyrje: asgjë nuk ndryshoi
core-check-out-already = { $name } është larguar tashmë në { $time }: asgjë nuk ndryshoi
core-checked-out-early = { $name } u largua herët në { $time }
core-checked-out = { $name } u largua në { $time }, i pranishëm deri në fund
core-self-check-in-not-registered = nuk jeni të regjistruar në këtë ngjarje: ju lutemi pyesni një trajner
core-self-checked-in = { $name } i pranishëm (vetëregjistrim në kioskë)
kiosk-prompt = Shkruani emrin ose skanoni distinktivin
kiosk-hint = shkruani të paktën 3 shkronja të emrit
kiosk-pick-keys = ↑↓ zgjidhni · Enter jam unë · Esc nga fillimi
kiosk-confirm = A jeni { $name }?
kiosk-confirm-keys = Enter po · Esc jo
kiosk-thanks = Faleminderit, { $name }! Jeni regjistruar.
kiosk-already = Mirë se vini, { $name }: ishit regjistruar tashmë.
kiosk-not-registered = Ky distinktiv nuk është i regjistruar këtu: ju lutemi pyesni një trajner.
kiosk-no-session = Kjo ngjarje nuk ka seancë për regjistrim: ju lutemi pyesni një trajner.
kiosk-not-saved = Nuk u ruajt ({ $error }): ju lutemi pyesni një trajner.
kiosk-outcome-unknown = Serveri nuk e konfirmoi regjistrimin tuaj: ju lutemi provoni edhe një herë, ose pyesni një trajner.
kiosk-leave = Trajner: shkruani kodin e ngjarjes, pastaj Enter, për të mbyllur kioskën
kiosk-leave-keys = Esc kthehu te kioska
kiosk-leave-wrong = ky nuk është kodi i ngjarjes; kioska mbetet e hapur
kiosk-read-only = prezenca: kioska ka nevojë për një bazë të dhënash ku mund të shkruajë
kiosk-too-small = Terminali është shumë i vogël
badges-title = Distinktivët: { $code }
sheet-col-badge = Distinktivi
cmd-badges-written = { $count ->
    [one] 1 distinktiv u shkrua në { $path }
   *[other] { $count } distinktivë u shkruan në { $path }
}

## Messages of the core, the command line, imports and the server
error-newer-schema = { $path } është shkruar nga një prezenca më e re (skema { $found }, kjo njeh { $known }); nuk u ndryshua. Përditëso prezenca-n për ta hapur.
error-read-only = baza e të dhënave është hapur vetëm për lexim: ndryshimet janë çaktivizuar
error-storage = nuk u ruajt dot: { $reason }
error-remote = serveri: { $reason }
error-damaged = skedari i bazës së të dhënave është i dëmtuar: { $reason }
text-control-char = përmban një karakter kontrolli ({ $code }) ose një sekuencë escape
text-invisible-char = përmban një karakter të padukshëm ose që ndryshon drejtimin e tekstit ({ $code })
text-too-many-marks = ka më shumë se { $count } shenja diakritike mbi një shkronjë
text-too-long = është më i gjatë se { $count ->
    [one] { $count } karakter
   *[other] { $count } karaktere
}
field-organisation-name = emri i organizatës
field-reason = arsyeja
core-status = { $status ->
    [present] { $gender ->
        [female] e pranishme
       *[other] i pranishëm
    }
    [late] me vonesë
    [left_early] u largua herët
    [excused] mungesë e arsyetuar
    [absent] mungon
    [unmarked] pa shënim
   *[other] { $status }
}
core-field-problem = { $field } { $problem }
core-field-empty = { $field } nuk duhet të jetë bosh
core-code-spaces = kodi nuk duhet të ketë hapësira
core-end-before-start = data e mbarimit { $end } është para datës së fillimit { $start }
core-threshold-range = pragu duhet të jetë nga 0 deri në 1
core-session-ends-before = seanca mbaron ({ $end }) para se të fillojë ({ $start })
core-email-invalid = email-i { $value } nuk është adresë email-i
core-created-event = u krijua ngjarja { $code }
core-edited-event = u ndryshua ngjarja { $code }
core-deleted-event = u fshi ngjarja { $code }
core-added-session = u shtua një seancë te { $code } më { $date }
core-edited-session = u ndryshua seanca e { $date }
core-deleted-session = u fshi seanca e { $date }
core-created-organisation = u krijua organizata { $name }
core-edited-organisation = u ndryshua organizata { $name }
core-deleted-organisation = u fshi organizata { $name }
core-created-participant = u krijua pjesëmarrësi { $name }
core-edited-participant = u ndryshua pjesëmarrësi { $name }
core-deleted-participant = u fshi pjesëmarrësi { $name }
core-registered = { $name } u regjistrua te { $code } si { $role ->
    [participant] pjesëmarrës
    [trainer] trajner
    [speaker] folës
    [staff] staf
   *[other] { $role }
}
core-unregistered = { $name } u hoq nga { $code }
core-marked-many = { $count ->
    [one] u shënua { $count } pjesëmarrës
   *[other] u shënuan { $count } pjesëmarrës
}: { $status ->
    [present] i pranishëm
    [late] me vonesë
    [left_early] u largua herët
    [excused] mungesë e arsyetuar
    [absent] mungon
   *[other] { $status }
}
core-walk-in = { $name } erdhi pa regjistrim te { $code }
core-added-followup = u shtua ndjekja { $title }
core-edited-followup = u ndryshua ndjekja { $title }
core-deleted-followup = u fshi ndjekja { $title }
core-imported = importi i { $kind ->
    [events] ngjarjeve
    [sessions] seancave
    [participants] pjesëmarrësve
    [registrations] regjistrimeve
    [attendance] prezencës
    [followups] ndjekjeve
   *[other] { $kind }
}: { $created } të krijuara, { $updated } të përditësuara, { $unchanged } të pandryshuara, { $rejected } të refuzuara
core-no-record = nuk ka { $kind ->
    [event] ngjarje
    [session] seancë
    [organisation] organizatë
    [participant] pjesëmarrës
    [follow-up] ndjekje
   *[other] { $kind }
} me id { $id }
core-mark-conflict = { $name } sapo u shënua nga { $by }: { $status }; shiko sërish para se ta ndryshosh
core-mark-conflict-cleared = { $name } sapo u shënua: { $status }; shiko sërish para se ta ndryshosh
core-mark-unchanged = { $name } është tashmë: { $status }
core-marked = { $name }: { $status }
core-mark-cleared = u hoq shënimi i { $name }
core-merge-self = një pjesëmarrës nuk mund të bashkohet me veten
core-merged = { $removed } u bashkua te { $kept }
core-no-change = nuk ka ndryshim me numrin { $number }
core-cannot-undo = ky ndryshim nuk mund të zhbëhet
core-undo-conflict = “{ $what }” nuk mund të zhbëhet: regjistrimi është ndryshuar sërish që atëherë
core-redid = u ribë: { $what }
core-undid = u zhbë: { $what }
core-forgot = u harrua pjesëmarrësi { $name }
core-close-no-sessions = { $code } nuk ka seanca, prandaj nuk ka prezencë mbi të cilën të mbyllet
core-followup-certificate = Dërgo certifikatën
core-followup-contact = Kontakto: u regjistrua, por nuk erdhi
core-followup-evaluation = Mblidh vlerësimin
core-closed-nothing = { $code } u mbyll: s'ka ndjekje të reja për të krijuar
core-closed = { $code } u mbyll: u krijuan ndjekje: { $certificates } për certifikatë, { $contacts } për kontakt dhe { $evaluations } për vlerësim
core-no-event-none-yet = nuk ka ngjarje me kodin { $code } (baza e të dhënave nuk ka ende ngjarje)
core-no-event-closest = nuk ka ngjarje me kodin { $code }; { $count ->
    [one] më i afërti
   *[other] më të afërtit
}: { $closest }
core-unexpected-answer = përgjigje e papritur { $what }
import-empty = nuk duhet të jetë bosh
import-unknown-word = { $column } i panjohur { $value }; përdor një nga { $words }
import-not-a-date = { $value } nuk është datë; shkruaje si VVVV-MM-DD
import-not-a-time = { $value } nuk është orë; shkruaje si HH:MM
import-event-option = --event përdoret vetëm me importin e pjesëmarrësve
import-no-event = nuk ka ngjarje me kodin { $code }
import-rows-lack-columns = rreshtave u { $count ->
    [one] mungon kolona
   *[other] mungojnë kolonat
} { $columns }
import-detail-create = rreshti { $line }: krijo { $what }
import-detail-update = rreshti { $line }: përditëso { $what }
import-detail-create-organisation = rreshti { $line }: krijo organizatën { $name }
import-detail-remove-default = hiq seancën e parazgjedhur { $title } të { $code } më { $date }
import-unknown-event = kod ngjarjeje i panjohur { $code }
import-unknown-email = pjesëmarrës i panjohur: askush nuk ka email-in { $email }
import-unknown-participant = pjesëmarrës i panjohur { $name }; importo më parë pjesëmarrësit
import-ambiguous-name = { $count } pjesëmarrës quhen { $name }; jep email-in në vend të emrit
import-ambiguous-name-at-org = { $count } pjesëmarrës quhen { $name } në këtë organizatë; shto email-in për t'i dalluar
import-no-spaces = nuk duhet të ketë hapësira
import-not-a-threshold = { $value } nuk është prag; shkruaj një thyesë si 0.8 ose 80%
import-end-before-start = { $end } është para datës së fillimit { $start }
import-session-ends-before = seanca mbaron në { $end }, para se të fillojë
import-date-outside = { $date } është jashtë datave të { $code } (nga { $start } deri më { $end })
import-duplicate-session = e njëjta seancë (ngjarja, data dhe ora e fillimit) është në rreshtin { $line }
import-not-an-email = { $value } nuk është adresë email-i
import-duplicate-email = email i përsëritur { $email }: gjendet edhe në rreshtin { $line }
import-indexed-missing = pjesëmarrësi { $id } është në indeks, por mungon
import-not-a-session-number = { $value } nuk është numër seance (1 është seanca e parë e ngjarjes)
import-no-such-session = { $code } ka { $count ->
    [one] { $count } seancë
   *[other] { $count } seanca
}; nuk ka seancë { $number }
import-arrival-not-late = ora e mbërritjes shkon vetëm me statusin late, jo me { $status }
import-what-event = ngjarjen { $code } ({ $title })
import-what-session = seancën e { $code } më { $date } në { $start }
import-what-participant = pjesëmarrësin { $name }
import-what-registration = regjistrimin e { $participant } te { $code } si { $role } ({ $status })
import-what-mark = shënimin { $participant } { $status } te { $code }, seanca { $number }
import-what-followup = ndjekjen { $title } të { $code }
check-session-event = seanca { $session } i referohet ngjarjes që mungon { $event }
check-participant-organisation = pjesëmarrësi { $participant } i referohet organizatës që mungon { $organisation }
check-followup-event = ndjekja { $followup } i referohet ngjarjes që mungon { $event }
check-followup-participant = ndjekja { $followup } i referohet pjesëmarrësit që mungon { $participant }
check-registration = regjistrimi ({ $event }, { $participant }) i referohet një ngjarjeje ose pjesëmarrësi që mungon
check-mark = shënimi ({ $session }, { $participant }) i referohet një seance ose pjesëmarrësi që mungon
check-schema = versioni i skemës është { $found }, pritej { $expected }
check-last-change = numëruesi i ndryshimeve është { $counter }, por hyrja më e re e auditimit është { $newest }
store-damaged-record = regjistrim i dëmtuar ({ $what ->
    [event] ngjarje
    [session] seancë
    [organisation] organizatë
    [participant] pjesëmarrës
    [registration] regjistrim
    [mark] shënim
    [audit] ditar ndryshimesh
   *[other] { $what }
}) { $key }: { $reason }
store-compaction-failed = ngjeshja e skedarit dështoi: { $reason }
store-location-file = skedari { $path }
store-already-exists = { $kind ->
    [event] ekziston tashmë një ngjarje me kodin { $key }
    [organisation] ekziston tashmë një organizatë me emrin { $key }
    [participant] ekziston tashmë një pjesëmarrës me email-in { $key }
   *[other] { $kind } { $key } ekziston tashmë
}
store-no-home = nuk ka dosje shtëpie: jep bazën e të dhënave me --db SHTEGU
store-busy = { $path } është i hapur në një proces tjetër të prezenca-s. Për të punuar njëkohësisht nga disa terminale, nis një server që e mban: `prezenca serve --db { $path }`; pastaj përdor prezenca si zakonisht dhe ai lidhet me serverin.
store-cannot-create = { $path } nuk mund të krijohet: { $reason }
store-does-not-exist = { $path } nuk ekziston
store-is-directory = { $path } është dosje, jo skedar baze të dhënash
store-redb-format = { $path } përdor formatin redb { $format }, të cilin ky version nuk e lexon dot
store-needs-repair = { $path } nuk u mbyll si duhet dhe ka nevojë për riparim, i cili kërkon leje shkrimi në skedar; nuk u ndryshua
store-damaged-file = { $path } është i dëmtuar ({ $reason }); nuk u ndryshua. Riktheje nga një kopje rezervë.
store-read-only-empty = { $path } është vetëm për lexim dhe nuk mban të dhëna të prezenca-s
store-read-only-old = { $path } është vetëm për lexim dhe ka nevojë për përditësim nga skema { $schema }; hape një herë me leje shkrimi
store-not-redb = { $path } nuk është bazë të dhënash e prezenca-s (nuk është skedar redb); nuk u ndryshua
store-backup-exists = { $path } ekziston tashmë; zgjidh një skedar të ri
cmd-written-to = u shkrua në { $path }
cmd-stdout-failed = nuk mund të shkruhet në daljen standarde: { $reason }
cmd-bad-date = { $flag } { $value } nuk është datë; shkruaje si VVVV-MM-DD (ose DD.MM.VVVV)
cmd-to-before-from = --to { $to } është para --from { $from }
cmd-owner-empty = --owner nuk duhet të jetë bosh
cmd-can-be-undone = { $what } (ndryshimi #{ $number }, mund të zhbëhet)
cmd-column = kolona { $column }
cmd-cannot-read = { $path } nuk mund të lexohet: { $reason }
cmd-rows-rejected = { $count ->
    [one] u refuzua { $count } rresht i { $file }; nuk u importua asgjë
   *[other] u refuzuan { $count } rreshta të { $file }; nuk u importua asgjë
}
cmd-dry-run = provë e importit të { $kind } nga { $file }: { $created } për t'u krijuar, { $updated } për t'u përditësuar, { $unchanged } të pandryshuara, { $rejected } të refuzuara; nuk u shkrua asgjë
cmd-imported = u importuan { $kind } nga { $file }: { $created } të krijuara, { $updated } të përditësuara, { $unchanged } të pandryshuara
cmd-export-all-needs-dir = export all --format csv shkruan një skedar për çdo lloj: jep një dosje me --out DOSJA
cmd-out-needed = duhet --out DOSJA
cmd-cannot-create = { $path } nuk mund të krijohet: { $reason }
cmd-not-a-directory = { $path } nuk është dosje; export all --format csv shkruan një skedar për çdo lloj në një dosje
cmd-wrote-files = { $count ->
    [one] u shkrua { $count } skedar
   *[other] u shkruan { $count } skedarë
} në { $path }
cmd-check-ok = { $path }: çdo regjistrim lexohet dhe çdo referencë gjendet
cmd-check-problems = { $count ->
    [one] u gjet { $count } problem
   *[other] u gjetën { $count } probleme
}
cmd-forget-confirm = harrimi fshin kudo emrin, email-in, telefonin dhe shënimet e personit dhe nuk mund të zhbëhet; shto --yes për ta konfirmuar
cmd-read-only-note = shënim: { $path } është vetëm për lexim: ndryshimet janë çaktivizuar
cmd-panic = u ndal te të dhëna të dëmtuara: skedari i bazës së të dhënave mund të jetë i dëmtuar. Ekzekuto `prezenca check` dhe riktheje skedarin nga një kopje rezervë nëse gjen probleme. (e brendshme: { $why })
cmd-backup-written = kopja rezervë u shkrua në { $path }
cmd-no-participant-email = nuk ka pjesëmarrës me email-in { $email }
cmd-no-participant-named = nuk ka pjesëmarrës me emrin { $name }
cmd-no-such-session = ngjarja { $code } ka { $count ->
    [one] { $count } seancë
   *[other] { $count } seanca
}; seanca { $number } nuk ekziston
cmd-unknown-status = status i panjohur { $value }; përdor një nga { $words }
cmd-bad-arrived = --arrived { $value } nuk është në formatin HH:MM
csv-empty = skedari është bosh; rreshti i parë duhet të emërtojë kolonat: { $columns }
csv-bad-header = rreshti i titujve nuk mund të lexohet: { $reason }
csv-missing-columns = { $count ->
    [one] mungon kolona
   *[other] mungojnë kolonat
} { $columns }
csv-unknown-columns = { $count ->
    [one] kolonë e panjohur
   *[other] kolona të panjohura
} { $columns }
csv-twice-columns = { $count ->
    [one] kolonë e emërtuar dy herë
   *[other] kolona të emërtuara dy herë
}: { $columns }
csv-header-problems = { $problems } në titujt e një skedari { $kind } (kolonat e tij: { $columns })
csv-cannot-read = skedari nuk mund të lexohet: { $reason }
csv-field-count = rreshti ka { $count } fusha, rreshti i titujve { $header }
csv-cannot-write = CSV-ja nuk mund të shkruhet: { $reason }
json-cannot-write = JSON-i nuk mund të shkruhet: { $reason }
io-cannot-write = { $path } nuk mund të shkruhet: { $reason }
io-is-a-directory = është dosje; jepni emrin e një skedari
io-not-a-file-name = nuk është emër skedari
sample-bad-file = skedari i brendshëm { $file }: { $reason }
sample-already-loaded = të dhënat shembull janë ngarkuar tashmë ({ $location })
sample-refused = { $location } mban tashmë { $count ->
    [one] { $count } ngjarje
   *[other] { $count } ngjarje
}: të dhënat shembull ngarkohen vetëm në një bazë të dhënash bosh. Provoji në një skedar më vete: prezenca --db /tmp/prezenca-demo.redb demo
sample-file-refused = skedari i brendshëm { $file } u refuzua; skedarët para tij u ngarkuan
sample-count = { $count } { $kind ->
    [events] ngjarje
    [sessions] seanca
    [participants] pjesëmarrës
    [registrations] regjistrime
    [attendance] shënime prezence
    [followups] ndjekje
   *[other] { $kind }
}
sample-loaded = të dhënat shembull u ngarkuan ({ $location }): { $counts }
client-connection-lost = lidhja u humb
client-no-server = nuk përgjigjet asnjë server
client-not-saved = ; ndryshimi nuk u ruajt
client-not-connected-at = nuk je i lidhur me serverin te { $socket }: { $why }{ $not_saved }
client-not-connected = nuk je i lidhur me serverin{ $not_saved }
client-not-connected-why = nuk je i lidhur me serverin: { $why }{ $not_saved }
client-too-large = kjo kërkesë është shumë e madhe për t'u dërguar ({ $bytes } bajtë; kufiri është { $limit } MiB): ndaje në pjesë më të vogla
client-import-too-large = këta { $rows } rreshta janë shumë të mëdhenj për t'u dërguar përmes serverit: { $size } MiB, kufiri është { $limit } MiB; ndaje skedarin në pjesë me më së shumti { $per } rreshta dhe importo secilën
client-no-answer = nuk erdhi përgjigje në kohë
client-no-answer-for = asnjë përgjigje nga serveri brenda { $seconds } s{ $not_saved }
client-no-answer-change = asnjë përgjigje nga serveri brenda { $seconds } s; ndryshimi mund të jetë ruajtur ose jo: kontrollo para se ta përsëritësh
client-broke-change = lidhja me serverin u ndërpre para se të përgjigjej ({ $why }); ndryshimi mund të jetë ruajtur ose jo: kontrollo para se ta përsëritësh
client-broke = lidhja me serverin u ndërpre para se të përgjigjej ({ $why })
client-wrong-reply = serveri u përgjigj me një përgjigje të llojit të gabuar
client-location = serveri { $socket }
client-location-reconnected = serveri { $socket } (u rilidh)
client-location-down = serveri { $socket } (i palidhur: { $why })
client-socket-denied = soketi i serverit { $socket } nuk arrihet: leja u mohua; kërkoji administratorit të të shtojë te grupi i serverit, pastaj hyr sërish
client-connect-denied = nuk mund të lidhem me { $socket }: leja u mohua; kërkoji administratorit të të shtojë te grupi i serverit, pastaj hyr sërish
client-cannot-connect = nuk mund të lidhem me { $socket }: { $why }
client-untrusted-server = po refuzoj serverin te { $socket }: ai punon si { $user }, jo si ti, root ose llogaria e serverit
client-server-closed = serveri te { $socket } e mbylli lidhjen: { $why }
client-no-welcome = serveri te { $socket } nuk iu përgjigj përshëndetjes: { $why }
client-version-mismatch = serveri është prezenca { $server } (protokolli { $server_protocol }, skema { $server_schema }) dhe ky është prezenca { $client } (protokolli { $client_protocol }, skema { $client_schema }); përdor të njëjtin version në të dyja anët
client-refused = u refuzua: { $reason }
client-no-welcome-message = serveri nuk dha mirëseardhjen
client-server-hung-up = serveri e mbylli lidhjen
frame-closed = lidhja u mbyll
frame-timeout = nuk erdhi mesazh në kohë
frame-too-large = një mesazh prej { $bytes } bajtësh është më i madh se { $limit }
frame-unreadable = mesazh i palexueshëm: { $reason }
serve-stopped-reading = po shkëput një klient të { $who }: ndaloi së lexuari
serve-group-lookup = grupi { $group } nuk mund të gjendet: { $why }
serve-no-group = nuk ka grup me emrin { $group }
serve-group-unusable = kjo llogari ({ $user }) nuk mund t'ia japë soketin grupit { $group }: nuk është anëtare. Shtoje (usermod -aG { $group } { $user }) ose nise shërbimin me Group={ $group }; nuk u krijua asgjë
serve-dir-closed = anëtarët e { $group } nuk kalojnë dot nëpër { $path } (mënyra { $mode }, pronari { $owner }, grupi { $dir_group }), pra nuk do ta arrinin soketin. Jepja atë dosje grupit me mënyrën 0750 (chgrp { $group }, chmod 0750) ose zgjidh një soket diku tjetër; nuk u krijua asgjë
doctor-looked = soketi { $socket } · ti je { $user } · server_user { $server_user }
doctor-not-in-group = nuk je në grupin { $group }, të cilin serveri e lejon: kërkoji administratorit të ekzekutojë `usermod -aG { $group } EMRI-YT`, pastaj hyr sërish
doctor-not-in-this-login = je në grupin { $group }, por kjo hyrje nisi para se të të shtonin: dil dhe hyr sërish (ose ekzekuto `newgrp { $group }`)
doctor-mode = { $path } (mënyra { $mode }) nuk i lejon anëtarët e { $group }: administratori duhet ta bëjë 0750 me grupin { $group } (0660 për soketin), siç bën hyrja tmpfiles.d e paketës
doctor-no-server = nuk punon asnjë server te { $socket }: administratori mund ta nisë me `systemctl start prezenca` (shih `journalctl -u prezenca`)
doctor-server-user = soketi i përket { $owner }, por server_user në skedarin e konfigurimit është { $expected }: prezenca nuk i beson; administratori duhet të vendosë server_user = "{ $owner }" në /etc/prezenca/config.toml nëse serverin e nis { $owner }
doctor-server-user-unset = soketi i përket { $owner }, dhe server_user nuk është vendosur: prezenca nuk i beson; administratori duhet të vendosë server_user = "{ $owner }" në /etc/prezenca/config.toml nëse serverin e nis { $owner }
doctor-other = lidhja dështoi: { $why }
doctor-fine = u lidh me serverin te { $socket } (e nis { $owner }): gjithçka është në rregull
serve-db-busy = { $path } është i hapur në një proces tjetër të prezenca-s; mbylle më parë: serveri duhet të jetë i vetmi proces që e hap skedarin
serve-started = po shërbej { $db } te { $socket } për grupin { $group }{ $mode ->
    [read-only] {" "}(vetëm për lexim)
   *[other] {""}
}
serve-accept-failed = pranimi i lidhjes dështoi: { $why }
serve-no-thread = nuk mund të nis një fije për një klient: { $why }
serve-keeper-failed = fija që ruan të dhënat dështoi
serve-shutting-down = serveri po mbyllet
serve-stopped = u ndal
serve-answer-unsent = përgjigjja nuk mund të dërgohej: { $why }
serve-setup-failed = lidhja nuk mund të përgatitet: { $why }
serve-too-many = serveri ka tashmë { $count } lidhje
serve-who-failed = nuk dihet kush u lidh: { $why }
serve-version-mismatch = ky server është prezenca { $server } (protokolli { $server_protocol }, skema { $server_schema }) dhe klienti është prezenca { $client } (protokolli { $client_protocol }, skema { $client_schema }); përdor të njëjtin version në të dyja anët
serve-refused = u refuzua { $who }: { $reason }
serve-hello-first = mesazhi i parë duhet të jetë përshëndetja
serve-dropped-before-hello = u hodh poshtë një lidhje e { $who } para përshëndetjes: { $why }
serve-no-more-connections = serveri nuk mund të marrë më lidhje tani
serve-shutting-down-not-saved = serveri po mbyllet; ndryshimi nuk u ruajt
serve-hello-twice = përshëndetja u dërgua dy herë
serve-disconnecting = po shkëput një klient të { $who }: { $why }
serve-lost = u humb një klient i { $who }: { $why }
serve-chown-dir = { $path } nuk mund t'i jepet grupit: { $why } (a je anëtar i tij?)
serve-dir-owner = dosja e soketit { $path } i përket { $user }; përdor një dosje tënden
serve-dir-writable = përdorues të tjerë mund të shkruajnë në dosjen e soketit { $path }, pra mund ta zëvendësojnë soketin; përdor një dosje ku shkruan vetëm ti dhe grupi (chmod o-w)
serve-dir-enterable = shënim: përdorues të tjerë mund të hyjnë në { $path }; vetë soketi është i mbyllur për ta
serve-not-a-socket = { $path } ekziston dhe nuk është soket; u la i paprekur: zgjidh një --socket tjetër
serve-already-running = një server prezenca po punon tashmë te { $path }; ndale më parë, ose jepi këtij një --socket tjetër
serve-db-readable = përdorues të tjerë mund ta hapin { $path } (leje { $mode }); ekzekuto `chmod 600 { $path }` (ose 660 për ta ndarë me grupin) dhe nis sërish
serve-stale-socket = po zëvendësoj soketin e vjetër { $path } të një serveri që nuk është më
serve-cannot-listen = nuk mund të dëgjoj te { $path }: { $why }
serve-chown-socket = soketi nuk mund t'i jepet grupit: { $why } (a je anëtar i tij?)
peer-cannot-look = { $path } nuk mund të shqyrtohet: { $why }
peer-foreign-owner = po refuzoj soketin e serverit { $socket }: { $what ->
    [directory] dosja e tij
   *[other] soketi
} { $path } i përket { $owner }, jo ty, root-it ose llogarisë së serverit { $account ->
    [none] (vendos server_user në skedarin e konfigurimit)
   *[other] ({ $account })
}
peer-writable = po refuzoj soketin e serverit { $socket }: përdorues të tjerë mund të shkruajnë në { $what ->
    [directory] dosjen e tij
   *[other] soketin
} { $path }, pra kushdo mund ta ketë zëvendësuar
config-cannot-read = paralajmërim: { $path } nuk mund të lexohet: { $why }
config-writable = paralajmërim: po shpërfill { $path }: përdorues të tjerë mund të shkruajnë në të (ekzekuto chmod o-w mbi të)
config-ignored = paralajmërim: po shpërfill { $path }: { $why }
store-no-migration = nuk ka migrim nga versioni { $from } i skemës
frame-cut = lidhja u mbyll në mes të një mesazhi

## Skedarët e tasteve
keymap-empty-key = tast bosh
keymap-control-char = { $key } është karakter kontrolli
keymap-modifier-only = { $key } ka modifikues, por jo tast
keymap-unknown-key = emër tasti i panjohur { $key }
keymap-unknown-section = seksion i panjohur [{ $section }]; seksionet janë { $sections }
keymap-not-a-section = { $section } duhet të jetë seksion ([{ $section }]) me rreshta veprim = tast
keymap-unknown-action = veprim i panjohur "{ $action }" te [{ $section }]
keymap-keys-strings = tastet e "{ $action }" duhet të jenë tekste si "ctrl-r"
keymap-key-or-list = { $action } duhet të jetë një tast ("n") ose një listë tastesh (["n", "f2"])
keymap-key-twice = tasti { $key } është caktuar edhe për "{ $first }", edhe për "{ $second }" te [{ $section }]
keymap-cannot-read-key = tasti "{ $key }" nuk lexohet: { $reason }
keymap-world-writable = { $path }: u refuzua: skedarin mund ta ndryshojë kushdo (chmod o-w { $path } për ta përdorur); përdoren tastet e parazgjedhura
keymap-not-used = skedari i tasteve nuk u përdor: vlejnë tastet e parazgjedhura
keymap-no-home = nuk ka dosje shtëpie: jep skedarin e tasteve që do të verifikohet
keymap-no-user-file = { $path }: nuk ka skedar tastesh të përdoruesit; vlejnë tastet e parazgjedhura
keymap-valid = { $path }: skedari i tasteve është në rregull

## report view
hint-close-event = mbyll ngjarjen
hint-report-prev-year = viti i kaluar
hint-report-next-year = viti tjetër
hint-report-project = projekti
action-events-open-report = Raporti vjetor i të gjitha ngjarjeve
action-summary-close-event = Mbyll ngjarjen: krijo ndjekjet dhe shënoje të përfunduar
action-summary-undo = Zhbëj ndryshimin e fundit këtu (mbyllje, certifikata)
action-report-close = Kthehu te ngjarjet
action-report-prev-year = Viti i mëparshëm
action-report-next-year = Viti pasardhës
action-report-project = Filtro sipas projektit: të gjitha, pastaj secili me radhë
action-report-export = Shkruaj raportin në skedar (HTML, Markdown, CSV ose JSON)
action-report-up = Lëviz ngjarjet lart
action-report-down = Lëviz ngjarjet poshtë
action-report-page-up = Faqja e mëparshme e ngjarjeve
action-report-page-down = Faqja tjetër e ngjarjeve
action-report-top = Ngjarja e parë
action-report-bottom = Ngjarja e fundit
context-report = raporti
summary-close-title = Të mbyllet { $code }?
summary-close-creates = Mbyllja krijon këto ndjekje:
summary-close-certificates = { $count } ndjekje për certifikatë, për ata që e meritojnë
summary-close-contacts = { $count } ndjekje për kontakt, për të regjistruarit që s'erdhën asnjëherë
summary-close-evaluations = { $count } ndjekje për vlerësim, për të gjithë ata që morën pjesë
summary-close-nothing = Asgjë e re për të krijuar: çdo ndjekje ekziston tashmë.
summary-close-marks-done = Pastaj ngjarja shënohet si e përfunduar.
summary-close-owner = Përgjegjës: { $owner }
summary-close-due = Afati:
summary-close-keys = Enter: mbyll ngjarjen   Esc: anulo
summary-close-bad-date = nuk është datë: “{ $text }” (p.sh. { $example })
summary-close-cancelled = mbyllja u anulua
summary-nothing-to-undo = s'ka asgjë për të zhbërë në këtë pamje
summary-undone-many = u zhbënë { $count ->
    [one] 1 ndryshim
   *[other] { $count } ndryshime
}
summary-not-undone = nuk u zhbë: { $error }
report-view-title = Raporti { $year }
report-view-all-projects = të gjitha projektet
report-view-project = projekti { $project }
report-view-events = { $count ->
    [one] 1 ngjarje
   *[other] { $count } ngjarje
}
report-view-events-kinds = { $count ->
    [one] 1 ngjarje
   *[other] { $count } ngjarje
}: { $kinds }
report-view-figures = Pjesëmarrës { $participants } (të rikthyer { $returning })   Organizata { $organisations }   Ditë-pjesëmarrje { $days }
report-view-no-events = Nuk ka ngjarje në këtë periudhë.
report-view-ranked-title = Ngjarjet sipas vijimit mesatar
report-view-col-code = Kodi
report-view-col-title = Titulli
report-view-col-rate = Vijimi
report-view-who-came = Pjesëmarrësit
report-view-written = raporti u shkrua në { $path }

## Kopja rezervë kur punon serveri

# Kopjet rezervë përmes serverit
cmd-backup-written-server = kopja rezervë u shkrua në { $path } nga serveri që po punon ({ $kib } KiB); e kalon kontrollin
client-backup-short = kopja rezervë mbërriti e paplotë ({ $got } nga { $expected } bajt); nuk u mbajt asgjë
serve-backup-failed = kopja rezervë për { $who } dështoi: { $why }
core-mark-many-expect = shenjat e para duhet të jepen për çdo pjesëmarrës, ose për asnjë
roster-bulk-conflict = { $why }. Nuk u shënua asgjë; shenjat janë rifreskuar, shtyp tastin përsëri për të shënuar përzgjedhjen.
cmd-check-server-snapshot = një kopje e çastit e bazës së të dhënave të serverit, marrë tani
csv-unknown-encoding = "{ $encoding }" nuk është një kodim që prezenca njeh (provo windows-1250, windows-1252, windows-1251, windows-1254, iso-8859-2, utf-16)
csv-not-in-encoding = skedari ka bajt që nuk janë tekst { $encoding }; nuk u importua asgjë
csv-read-as = u lexua si { $encoding }
csv-not-utf8-guess = rreshti { $line } nuk është tekst UTF-8; duket si { $encoding }. Kontrollo me --dry-run --encoding { $encoding }, ose ruaje skedarin nga tabela si "CSV UTF-8"
csv-names-joined = emri dhe mbiemri u bashkuan në emër
csv-ignored-columns = { $count ->
    [one] u shpërfill një kolonë që prezenca nuk e përdor: { $columns }
   *[other] u shpërfillën { $count } kolona që prezenca nuk i përdor: { $columns }
}
report-xlsx-needs-file = një libër pune (xlsx) është skedar, jo tekst për terminalin: jep --out SKEDAR.xlsx

## Dera e importit: titujt, qelizat, librat e punës
columns-map-form = --map kërkon TITULL=fushë, p.sh. --map "E-mail adresa=email"; u dha { $value }
columns-map-unknown-field = --map: { $field } nuk është fushë e këtij lloji skedari; përdor një nga { $fields }, ose ignore
rows-read-sheet = u lexua fleta { $sheet }
rows-sheet-of-text = --sheet shkon me një libër pune (.xlsx, .ods, .xls); ky skedar është tekst
rows-sep-line = rreshti i parë { $sep } emërton ndarësin
rows-title-skipped = u anashkalua { $count ->
    [one] rreshti i titullit
   *[other] { $count } rreshta titulli
} mbi kokën e tabelës (rreshti { $line }: { $text })
rows-looks-like = kolona { $header } duket si { $field } por prezenca nuk e njeh: emërtoje me --map "{ $header }={ $field }" (ose ={ "ignore" })
rows-metadata-ignored = u { $count ->
    [one] shpërfill një kolonë
   *[other] shpërfillën kolonat
} që vetëm numërojnë ose vulosin rreshtat, jo të dhëna të dikujt: { $columns }
rows-grid = u lexua si tabelë prezence: një rresht për person, { $count ->
    [one] një kolonë seance
   *[other] { $count } kolona seancash
} ({ $sessions })
rows-error-value = { $value } është gabim i fletëllogaritjes, jo e dhënë: rregulloni formulën ose zbrazni qelizën
rows-phone-scientific = { $value } është numër telefoni që fletëllogaritja e ktheu në numër të rrumbullakuar, shifrat humbën: formatoni kolonën si tekst, shkruani numrat sërish dhe eksportoni
rows-placeholders = qelizat zëvendësuese (-, n/a…) u lexuan bosh në { $count ->
    [one] rreshtin
   *[other] rreshtat
} { $lines }
rows-totals-skipped = u anashkalua { $count ->
    [one] rreshti i totalit
   *[other] rreshtat e totalit
} në { $count ->
    [one] rreshtin
   *[other] rreshtat
} { $lines }
workbook-cannot-open = libri i punës nuk mund të lexohet: { $reason }
workbook-no-sheet = libri i punës nuk ka fletën { $sheet }; fletët e tij: { $sheets }
workbook-no-sheets = libri i punës nuk ka fletë
cmd-rejects-written = { $count ->
    [one] rreshti i refuzuar u shkrua
   *[other] { $count } rreshtat e refuzuar u shkruan
} në { $path }: rregullojini atje dhe importojeni sërish atë skedar
cmd-rows-rejected-partial = { $count ->
    [one] { $count } rresht i { $file } u refuzua dhe nuk u importua; rreshtat e tjerë u importuan
   *[other] { $count } rreshta të { $file } u refuzuan dhe nuk u importuan; rreshtat e tjerë u importuan
}
cli-import-arg-sheet = Fleta e librit të punës (.xlsx, .ods, .xls) që lexohet; e para kur nuk jepet
cli-import-arg-maps = Çfarë do të thotë një titull kolone: --map "E-mail adresa=email", ose =ignore (mund të përsëritet)
cli-import-arg-partial = Shkruaj rreshtat e mirë dhe raporto të refuzuarit (gjendja e daljes 1 sidoqoftë)
cli-import-arg-rejects = Shkruaj këtu rreshtat e refuzuar: kolonat origjinale plus rreshti dhe arsyeja
import-detail-plain = rreshti { $line }: { $what }
import-detail-kept-spelling = rreshti { $line }: mbahet shkrimi i ruajtur { $stored } (skedari ka { $file })
import-what-participant-changes = përditëso pjesëmarrësin { $name }: { $changes }
import-what-register = regjistro { $name } në { $code }
import-register-at = regjistro në { $code }
import-same-person-in-file = { $name } është i njëjti person si në rreshtin { $line }; mbani një rresht, ose jepini secilit email-in e vet
import-conflicting-marks = një shënim tjetër për këtë person dhe seancë është në rreshtin { $line } ({ $other }, këtu { $status }); mbani njërin
import-conflicting-registrations = një regjistrim tjetër i këtij personi në këtë ngjarje është në rreshtin { $line }; mbani njërin
import-no-such-day = { $code } ka { $count ->
    [one] një ditë
   *[other] { $count } ditë
} me seanca, jo ditën { $day }
import-no-session-on = { $code } nuk ka seancë më { $date }
import-sessions-on = { $code } ka { $count } seanca më { $date } (numrat { $numbers }); jepni numrin e seancës
cli-import-arg-session = meeting: numri i seancës (parazgjedhje: seanca në të cilën bie koha e raportit)
cli-import-arg-min_share = meeting: pjesa e seancës që llogaritet si pjesëmarrje (parazgjedhje 0.5, gjysma)
cli-import-arg-grace = meeting: minutat pas fillimit që nuk llogariten vonesë, dhe para mbarimit që nuk llogariten largim i hershëm (parazgjedhje 10)
cli-import-arg-walk_ins = meeting: regjistro si të ardhur pa regjistrim njerëzit që raporti i përmend dhe që nuk i njeh askush
meeting-not-text = nuk është raport takimi: skedari nuk është tekst UTF-8 as UTF-16. Pritej një raport pjesëmarrësish i Zoom (CSV), një raport pjesëmarrjeje i Microsoft Teams ose një CSV pjesëmarrjeje i Google Meet
meeting-unknown-format = nuk është raport takimi që prezenca e njeh. Pritej një raport pjesëmarrësish i Zoom (CSV me "Name (Original Name)", "User Email", "Join Time", "Leave Time"), një raport pjesëmarrjeje i Microsoft Teams (me tab, "1. Summary", "2. Participants" me "Name", "First Join", "Last Leave") ose një CSV pjesëmarrjeje i Google Meet ("First name", "Last name", "Email", "Duration", "Time joined", "Time exited")
meeting-no-rows = ky raport { $tool } nuk përmend askënd
meeting-bad-csv = raporti nuk lexohet si CSV: { $reason }
meeting-bad-time = rreshti { $line }: { $value } nuk është orë
meeting-bad-duration = rreshti { $line }: { $value } nuk është kohëzgjatje
meeting-needs-event = import meeting kërkon ngjarjen: --event KODI
meeting-bad-share = --min-share { $value } nuk është pjesë: jep një numër mbi 0 dhe jo më shumë se 1, p.sh. 0.5
meeting-session-elsewhere = seanca { $number } është { $session }, por raporti është i { $report }: jep seancën kur u mbajt takimi, ose ndreq datën dhe orën e seancës
meeting-no-date = raporti nuk jep datë: emërto seancën e { $code } me --session N
meeting-no-session-fits = asnjë seancë e { $code } nuk bie në kohën e raportit ({ $report }); seancat: { $sessions }. Jep seancën me --session N, ose shto më parë seancën
meeting-report-of = raporti { $tool }
meeting-session-chosen = { $report }: seanca { $number } e { $code }, { $session } (seanca në të cilën bie koha e raportit)
meeting-session-given = { $report }: seanca { $number } e { $code }, { $session } (--session)
meeting-minutes = { $minutes } nga { $length } min ({ $percent }%)
meeting-no-times = , raporti nuk ka orë hyrjeje: vonesa nuk gjykohet
meeting-status-present = i pranishëm
meeting-status-late = me vonesë { $at }
meeting-status-late-left = me vonesë { $at } (u largua edhe herët, në { $left }; një shenjë mban një gjendje: mbahet vonesa)
meeting-status-left = u largua herët { $at }
meeting-status-absent = mungon
meeting-reason-absent = në internet: { $minutes }
meeting-reason-late-left = në internet: u largua edhe herët, në { $left }
meeting-reason-left = në internet: u largua në { $at }
meeting-as = { $name } (në raport: { $report })
meeting-note-walk-in = ; i paregjistruar: regjistrohet si i ardhur pa regjistrim
meeting-note-replaces = ; zëvendëson shenjën { $status }
meeting-line-mark = { $name }: { $minutes } → { $status }{ $notes }
meeting-line-host = { $name }: organizatori, nuk shënohet
meeting-line-phone = { $name }: telefon, nuk shënohet
meeting-line-device = { $name }: pajisje, nuk shënohet
meeting-line-ambiguous = { $name }: përputhet me { $count } persona ({ $names }), nuk shënohet
meeting-line-unknown = { $name }: { $minutes }: askush i njohur me këtë emër apo email
meeting-line-walk-in = { $name }: { $minutes } → i ardhur i ri pa regjistrim, { $status }
meeting-line-walk-in-absent = { $name }: { $minutes }: askush i njohur, dhe nën pjesën e kërkuar: nuk regjistrohet
meeting-blocked = { $count ->
    [one] { $count } person në { $file } nuk u gjet; nuk u shkrua asgjë. Regjistroje në { $code } (import participants --event { $code }) dhe importo sërish, ose jep --walk-ins që të regjistrohen si të ardhur pa regjistrim ata që morën pjesë
   *[other] { $count } persona në { $file } nuk u gjetën; nuk u shkrua asgjë. Regjistroji në { $code } (import participants --event { $code }) dhe importo sërish, ose jep --walk-ins që të regjistrohen si të ardhur pa regjistrim ata që morën pjesë
}
meeting-dry-run = provë e raportit të takimit { $file }: { $created } shenja për t'u krijuar, { $updated } për t'u ndryshuar, { $unchanged } të pandryshuara; { $walkins } të ardhur pa regjistrim për t'u regjistruar; { $skipped } pa shenjë; nuk u shkrua asgjë
meeting-imported = u importua raporti i takimit { $file }: { $created } shenja të krijuara, { $updated } të ndryshuara, { $unchanged } të pandryshuara; { $walkins } të ardhur pa regjistrim u regjistruan; { $skipped } pa shenjë
meeting-walk-ins-unmarked = { $count } të ardhur pa regjistrim u krijuan si pjesëmarrës para se shenjat të refuzoheshin; ata ruhen, por pa regjistrim në ngjarje dhe pa shenjë
meeting-options-only = { $options } i përkasin import meeting; llojet e tjera do t'i shpërfillnin
cmd-not-for-meeting = --sheet, --map, --partial dhe --rejects shkojnë me llojet e tjera të importit, jo me import meeting
import-view-title = Importo { $kind } nga:
import-view-cancelled = importi u anulua
import-view-done = u importuan { $kind }: { $created } të krijuar, { $updated } të përditësuar, { $unchanged } të pandryshuar (u e zhbën)
import-view-path-keys = Tab plotëson · Enter lexon skedarin dhe tregon çfarë do të bëjë · Esc anulon
import-view-columns = Kolonat
import-view-left-out = lihet jashtë
import-view-dry-run = Provë: ende nuk është shkruar asgjë
import-view-counts = { $created } për t'u krijuar, { $updated } për t'u përditësuar, { $unchanged } të pandryshuar, { $rejected } të refuzuar
import-view-preview-keys = Enter importon · ↑↓ kolona · ←→ çfarë është · PgUp PgDn · Esc mbrapa
import-view-fix-keys = Ende asgjë për import · ↑↓ kolona · ←→ çfarë është · Esc mbrapa
store-dir-foreign = u refuzua: dosja { $path } i përket { $user }, i cili mund ta lexojë ose ta zëvendësojë bazën e të dhënave në të; mbajeni bazën në një dosje tuajën
store-dir-shared = u refuzua: përdorues të tjerë mund të shkruajnë në dosjen { $path }, ndaj mund ta zëvendësojnë bazën e të dhënave ose të vendosin një tjetër; mbajeni në një dosje private (`chmod 700`)
store-file-foreign = u refuzua: { $path } i përket { $user }, jo juve: ai mund të lexojë çfarë shkruani në të; përdorni një bazë tuajën, ose serverin që e mban
store-forget-finished = u përfundua një `forget` që ishte ndërprerë: { $path } u rishkrua dhe ajo që fshiu nuk është më në skedar
store-forget-still-pending = një `forget` në { $path } nuk ka përfunduar ende: personi është harruar, por skedari duhet rishkruar që të hiqen bajtet e vjetra ({ $reason }); provohet sërish në hapjen e ardhshme, në `forget` e ardhshëm dhe nga serveri në punë sapo disku të ketë vend
store-forget-unfinished = { $what }; por skedari nuk mund të rishkruhej ende ({ $reason }), ndaj bajte të vjetra të të dhënave të tyre mund të mbeten në të derisa të rishkruhet. Kjo bëhet në hapjen e ardhshme të skedarit (ose nisjen e serverit), në `forget` e ardhshëm dhe nga serveri në punë sapo disku të ketë vend
store-forget-none-pending = asnjë `forget` nuk pret rishkrimin e skedarit
core-undo-forgotten = “{ $what }” nuk mund të zhbëhet: ka të bëjë me { $name }, i cili është harruar që atëherë; harrimi është përfundimtar
core-undo-dependents = “{ $what }” nuk mund të zhbëhet: { $count ->
    [one] një regjistrim i bërë që atëherë varet nga ajo që do të hiqte
   *[other] { $count } regjistrime të bëra që atëherë varen nga ajo që do të hiqte
}: { $records }{ $more ->
    [0] {""}
   *[other] {" "}dhe { $more } të tjera
}
core-dep-registration = regjistrimi i { $name } në { $code }
core-dep-mark = shënimi i { $name } në { $session }
core-dep-followup = ndjekja “{ $title }”
core-dep-session = seanca { $session }
core-dep-participant = pjesëmarrësi { $name }
frame-busy = serveri mban tani shumë të dhëna të palexuara nga klientët; provoni sërish pas pak
serve-too-many-of-yours = keni tashmë { $count } lidhje me këtë server; mbyllni njërën dhe provoni sërish
keymap-too-large = { $path }: u refuzua: { $bytes } bajte janë më shumë nga sa i duhen një harte tastesh (më së shumti { $limit }); përdoren tastet e parazgjedhura
cmd-reason-file = arsyeja nuk mund të lexohet nga { $path }: { $why }
cmd-reason-too-long = më e gjatë se { $limit } bajte
cmd-reason-not-utf8 = nuk është tekst UTF-8
serve-reopened = { $path } u rihap pas një gabimi hyrje/dalje; ndryshimet pranohen sërish
serve-reopen-failed = { $path } nuk mund të rihapej pas një gabimi hyrje/dalje ({ $why }); provohet sërish me kërkesën e ardhshme
serve-io-error-reopening = një ndryshim dështoi ({ $why }); baza e të dhënave rihapet para të ardhshmit
serve-db-replaced = skedari i bazës së të dhënave { $path } u zëvendësua ose u ndryshua nga një proces tjetër ndërsa serveri e mbante; asnjë ndryshim nuk pranohet dhe asgjë nuk shkruhet më në të: ndalni serverin, kontrolloni skedarin me `prezenca check` dhe niseni sërish
serve-backups-busy = po merren tashmë { $count } kopje rezervë; provoni sërish pas pak
serve-backup-no-room = nuk ka hapësirë të lirë mjaftueshme pranë bazës së të dhënave për një kopje (duhen { $needed } MB, janë të lira { $free } MB); nuk u mor asnjë kopje
palette-title = Komandat
palette-nothing = asgjë nuk përputhet
help-filter-keys = shkruaj për të filtruar · Enter e mban · Esc e pastron
action-global-palette = Gjej dhe nis një komandë sipas emrit
action-roster-palette = Gjej dhe nis një komandë sipas emrit
action-events-import-file = Importo ngjarje nga një skedar
action-participants-import-file = Importo pjesëmarrës nga një skedar
import-view-register-at = [të regjistruar në { $code }]
# Shifrat për donatorët: aftësia e kufizuar, mosha, mënyra, orët, organizatat sipas llojit; certifikatat
disability-yes = me aftësi të kufizuara
disability-no = pa aftësi të kufizuara
disability-undisclosed = e padeklaruar
mode-in-person = me prani fizike
mode-online = në distancë
mode-hybrid = hibride
age-band-under = nën { $age }
age-band-plus = { $age } e lart
field-mode = Mënyra
field-birth-year = Viti i lindjes
field-disability = Aftësi e kufizuar
form-hint-birth-year = katër shifra, p.sh. 1990; bosh nëse nuk është dhënë
form-error-not-a-birth-year = nuk është vit lindjeje: “{ $value }” (katër shifra, p.sh. 1990)
core-birth-year-invalid = viti i lindjes { $value } nuk është vit mes 1900 dhe 2100
core-issued-certificates = { $code }: { $count ->
    [one] { $count } certifikatë
   *[other] { $count } certifikata
}, { $new } me numër të ri
certificates-none-eligible = askush në { $code } nuk e meriton ende certifikatën
cmd-bad-age-bands = --age-bands { $value } nuk është listë moshash në rritje, p.sh. 18,30,45,60
cli-certificates-about = Shtyp certifikatat e pjesëmarrësve që i meritojnë (një faqe A4 secila) dhe shëno që u lëshuan
cli-certificates-arg-event = Kodi i ngjarjes
cli-certificates-arg-out = Shkruaj në këtë skedar (leje 0600) në vend të daljes standarde
cli-report-arg-age_bands = Kufijtë e poshtëm të grupmoshave (paracaktuar 18,30,45,60)
certificate-document-title = Certifikatat, { $code }
certificate-heading = Certifikatë pjesëmarrjeje
certificate-certifies = Vërtetohet se
certificate-attended = mori pjesë në
certificate-hours = { $hours } orë në { $sessions ->
    [one] { $sessions } seancë
   *[other] { $sessions } seanca
}
certificate-sign-trainer = Trajneri
certificate-sign-organiser = Për organizatorin
certificate-number = Certifikata nr. { $number }
summary-certificates-none = askush nuk e meriton ende certifikatën
summary-certificates-cancelled = certifikatat u anuluan
summary-certificates-no-path = jepni një emër skedari për certifikatat
summary-certificates-written = { $count ->
    [one] u lëshua { $count } certifikatë
   *[other] u lëshuan { $count } certifikata
}, u shkruan në { $path }
summary-certificates-title = Certifikatat e { $code }
summary-certificates-count = { $count ->
    [one] { $count } pjesëmarrës merr certifikatë
   *[other] { $count } pjesëmarrës marrin certifikatë
} ({ $new } me numër të ri):
summary-certificates-more = … dhe { $count } të tjerë
summary-certificates-file = Skedari:
summary-certificates-keys = Enter: lësho dhe shkruaj   Esc: anulo
report-fig-training-hours = Orë trajnimi
report-fig-person-hours = Orë-pjesëmarrje
report-fig-completed = E përfunduan (kualifikohen për certifikatë)
report-section-indicators = Treguesit
report-ind-people = Persona të trajnuar
report-ind-people-sex = prej tyre { $sex }
report-ind-disability = Persona të trajnuar me aftësi të kufizuara
report-ind-csos = Organizata të shoqërisë civile të trajnuara
report-ind-person-days = Ditë-pjesëmarrje në trajnim
report-ind-person-hours = Orë-pjesëmarrje në trajnim
report-ind-completed = Persona që e përfunduan (kualifikohen për certifikatë)
report-participants-by-disability = Pjesëmarrësit sipas aftësisë së kufizuar
report-participants-by-age-band = Pjesëmarrësit sipas moshës
report-participants-by-mode = Pjesëmarrësit sipas mënyrës
report-organisations-by-kind = Organizatat sipas llojit
report-col-disability = Aftësi e kufizuar
report-col-age-band = Mosha
report-col-mode = Mënyra
report-col-org-kind = Lloji
report-col-organisations = Organizata
report-kosovo-footnote = * Ky emërtim nuk paragjykon qëndrimet mbi statusin dhe është në përputhje me Rezolutën 1244/1999 të KS të OKB-së dhe Opinionin e GJND-së mbi shpalljen e pavarësisë së Kosovës.
import-not-a-birth-year = { $value } nuk është vit lindjeje; shkruani vitin me katër shifra, p.sh. 1990
import-not-a-short-set-answer = { $value } nuk është përgjigje e pyetjeve të Washington Group; përdorni 1–4 ose pa vështirësi, disa vështirësi, shumë vështirësi, nuk mundem fare
import-what-organisation = organizata { $name }
