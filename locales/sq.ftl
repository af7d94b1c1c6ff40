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

## roster presence
roster-also-here = këtu janë edhe: { $names }
