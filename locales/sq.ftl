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
cli-import-about = Importo një skedar CSV (të gjitha rreshtat e mirë në një transaksion; nëse refuzohet qoftë edhe një rresht, nuk zbatohet asgjë)
cli-import-arg-kind = Çfarë përmban skedari
cli-import-arg-file = Skedari CSV (UTF-8, me presje ose pikëpresje)
cli-import-arg-event = Regjistro çdo pjesëmarrës të importuar në këtë ngjarje
cli-import-arg-dry_run = Trego çfarë do të krijohej, përditësohej dhe refuzohej; mos shkruaj asgjë
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
cli-mark-arg-participant = Email-i, ose emri kur nuk ka email
cli-mark-arg-status = present, late, left_early, excused, absent ose clear
cli-mark-arg-arrived = Ora e mbërritjes për vonesat (HH:MM; parazgjedhja: tani)
cli-mark-arg-reason = Arsyeja, për mungesat e arsyetuara
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
cli-keymap-about = Skedarët e tasteve
cli-keymap-check-about = Verifiko një skedar tastesh (parazgjedhja: keymap.toml yt)
cli-keymap-check-arg-file = Skedari i tasteve

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
action-roster-up = Lart
action-roster-down = Poshtë
action-roster-page-up = Faqja e mëparshme
action-roster-page-down = Faqja tjetër
action-roster-top = Rreshti i parë
action-roster-bottom = Rreshti i fundit
action-summary-close = Kthehu te ngjarjet
action-summary-export = Shkruaj përmbledhjen në skedar (HTML, Markdown, CSV ose JSON)
action-summary-certificates = Krijo një ndjekje certifikate për çdo pjesëmarrës që e meriton
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
help-close = çdo tast e mbyll këtë
help-scroll = { $first }–{ $last } nga { $total } · ↓↑ më shumë · çdo tast tjetër e mbyll
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
status-saved-not-registered = { $what }; nuk u regjistrua: { $error }
status-and-organisation = { $what } (dhe { $org })
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
welcome-load-sample = ngarko të dhënat shembull (gjashtë ngjarje nëpër rajon)
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
summary-certificate-title = Dërgo certifikatën
summary-certificates-none = çdo pjesëmarrës që e meriton e ka tashmë një ndjekje certifikate
summary-certificates-created = { $count ->
    [one] u krijua { $count } ndjekje certifikate
   *[other] u krijuan { $count } ndjekje certifikatash
}
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
