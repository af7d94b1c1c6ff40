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

## Messages of the core, the command line, imports and the server
error-newer-schema = { $path } është shkruar nga një prezenca më e re (skema { $found }, kjo njeh { $known }); nuk u ndryshua. Përditëso prezenca-n për ta hapur.
error-read-only = baza e të dhënave është hapur vetëm për lexim: ndryshimet janë çaktivizuar
error-storage = nuk u ruajt dot: { $reason }
error-remote = serveri: { $reason }
error-damaged = skedari i bazës së të dhënave është i dëmtuar: { $reason }
text-control-char = përmban një karakter kontrolli ({ $code }) ose një sekuencë escape
text-invisible-char = përmban një karakter të padukshëm ose që ndryshon drejtimin e tekstit ({ $code })
text-too-long = është më i gjatë se { $count ->
    [one] { $count } karakter
   *[other] { $count } karaktere
}
field-code = kodi
field-title = titulli
field-city = qyteti
field-country = shteti
field-venue = vendi i zhvillimit
field-project = projekti
field-trainers = trajnerët
field-notes = shënimet
field-organisation-name = emri i organizatës
field-acronym = akronimi
field-name = emri
field-email = email-i
field-phone = telefoni
field-position = pozita
field-owner = përgjegjësi
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
csv-not-utf8 = rreshti { $line } nuk është tekst UTF-8; ruaje skedarin si “CSV UTF-8” dhe importoje sërish
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
client-no-answer = nuk erdhi përgjigje në kohë
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
