//! The domain: events, sessions, organisations, participants, registrations, marks,
//! follow-ups and audit entries as plain serde types, and the pure attendance rules.

pub mod badge;
pub mod country;
pub mod disability;
pub mod field;
pub mod summary;

pub use disability::{Disability, Mode, SHORT_SET_QUESTIONS, ShortSetAnswer};
pub use field::Field;

use serde::{Deserialize, Serialize};
use time::{Date, Time};

/// Every record is keyed by a `u64` drawn from one counter.
pub type Id = u64;

/// The key a vocabulary word is looked up by: folded (case, diacritics, Cyrillic to Latin)
/// with every run of other characters one `_`; a tick mark is the word "yes".
pub fn vocabulary_key(s: &str) -> String {
    let s = s.trim();
    // The common case, a plain lower-case word (`female`, `present`), is its own key: no
    // folding needed (a `j` could be part of a spelled `gj`, `dj` or `kj`, so it folds).
    if !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && !s.contains('j')
        && !s.starts_with('_')
        && !s.ends_with('_')
        && !s.contains("__")
    {
        return s.to_string();
    }
    if matches!(s, "✓" | "✔" | "☑" | "✅" | "√") {
        return "yes".to_string();
    }
    crate::text::folded_words(s, '_')
}

/// Declares a closed vocabulary with its stable lower-case words (used in CSV, JSON, the CLI)
/// and a case-blind parser.
macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $word:literal $(| $alias:literal)*),+ $(,)? } default $default:ident) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The stable word for this value.
            pub fn word(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }
            /// Parses a word blind to case, accents, script (Latin or Cyrillic) and
            /// punctuation: `Left Early`, `left-early` and `u largua herët` alike; `None` if
            /// unknown.
            pub fn parse(s: &str) -> Option<Self> {
                static WORDS: std::sync::LazyLock<std::collections::HashMap<String, $name>> =
                    std::sync::LazyLock::new(|| {
                        let mut m = std::collections::HashMap::new();
                        $(
                            let prev = m.insert(vocabulary_key($word), $name::$variant);
                            debug_assert!(prev.is_none_or(|p| p == $name::$variant), "{} folds twice", $word);
                            $(
                                let prev = m.insert(vocabulary_key($alias), $name::$variant);
                                debug_assert!(prev.is_none_or(|p| p == $name::$variant), "{} folds twice", $alias);
                            )*
                        )+
                        m
                    });
                WORDS.get(&vocabulary_key(s)).copied()
            }
            /// The words accepted, for error messages.
            pub fn words() -> String {
                [$($word),+].join(", ")
            }
        }

        impl Default for $name {
            fn default() -> Self { $name::$default }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.word())
            }
        }
    };
}

vocabulary!(
    /// What kind of event, with the words trainers write in the region's languages.
    EventKind { Training => "training" | "trajnim" | "trajnimi" | "obuka" | "trening" | "edukacija"
        | "обука" | "тренинг" | "eğitim" | "egitim" | "course" | "kurs",
    Workshop => "workshop" | "punëtori" | "punetori" | "punëtoria" | "radionica" | "работилница"
        | "радионица" | "atölye" | "atolye" | "çalıştay" | "calistay",
    Conference => "conference" | "konferencë" | "konferenca" | "konferencija" | "конференција"
        | "конференција_" | "konferans" | "forum",
    Networking => "networking" | "rrjetëzim" | "rrjetezim" | "umrežavanje" | "umrezavanje"
        | "вмрежување" | "ağ_kurma" | "networking_event",
    InfoSession => "info_session" | "info" | "information_session" | "info_day"
        | "seancë_informuese" | "seanca_informuese" | "sesion_informues" | "info_sesija"
        | "informativna_sesija" | "информативна_сесија" | "bilgilendirme_toplantısı"
        | "bilgilendirme" } default Training);
vocabulary!(
    /// Where an event is in its life.
    EventStatus { Planned => "planned" | "e_planifikuar" | "planifikuar" | "planirano" | "planlandı",
    Running => "running" | "ongoing" | "në_zhvillim" | "ne_zhvillim" | "u_toku" | "во_тек" | "devam_ediyor",
    Done => "done" | "completed" | "finished" | "e_përfunduar" | "perfunduar" | "završeno" | "zavrseno" | "завршено" | "tamamlandı",
    Cancelled => "cancelled" | "canceled" | "e_anuluar" | "anuluar" | "otkazano" | "откажано" | "iptal" } default Planned);
vocabulary!(
    /// Gender for donor reporting; `undisclosed` when not given. Besides the CSV words, the
    /// answers survey forms in the region give (English, Albanian, BCMS and Macedonian in
    /// both scripts, Turkish) are understood, so an exported survey imports as it is.
    Gender {
        Female => "female" | "f" | "woman" | "women" | "femër" | "femer" | "femërore" | "grua"
            | "ž" | "ж" | "žensko" | "ženski" | "žena" | "женско" | "женски" | "жена"
            | "kadın" | "kiz" | "kız" | "k",
        Male => "male" | "man" | "men" | "m" | "mashkull" | "mashkullor" | "burrë" | "burre"
            | "muško" | "muški" | "muškarac" | "мушко" | "мушки" | "мушкарац" | "машко"
            | "машки" | "маж" | "erkek" | "м",
        Other => "other" | "non_binary" | "nonbinary" | "diverse" | "tjetër" | "tjeter"
            | "drugo" | "друго" | "diğer" | "diger",
        Undisclosed => "undisclosed" | "" | "unknown" | "n/a" | "na" | "-" | "prefer_not_to_say"
            | "i_prefer_not_to_say" | "prefer_not_to_answer" | "rather_not_say"
            | "e_padeklaruar" | "nuk_dëshiroj_ta_them" | "nuk_dua_ta_them"
            | "ne_želim_da_kažem" | "ne_želim_reći" | "не_сакам_да_кажам"
            | "belirtmek_istemiyorum"
    } default Undisclosed);
vocabulary!(
    /// What kind of organisation.
    /// What kind of organisation. Besides the CSV words, the names for each kind in the
    /// region's languages (Albanian, BCMS in both scripts, Macedonian, Turkish) are read, so
    /// a partner's list of organisations imports as it is.
    OrgKind {
        Cso => "cso" | "ngo" | "csos" | "civil_society_organisation" | "civil_society_organization"
            | "civil_society" | "ojq" | "organizata_e_shoqërisë_civile"
            | "organizata_e_shoqerise_civile" | "organizatë_e_shoqërisë_civile"
            | "organizate_e_shoqerise_civile" | "shoqëri_civile" | "shoqeri_civile" | "osc"
            | "ocd" | "nvo" | "ngo/nvo" | "udruženje" | "udruzenje" | "udruga"
            | "organizacija_civilnog_društva" | "organizacija_civilnog_drustva"
            | "невладина_организација" | "нво" | "здружение" | "удружење" | "удружење_грађана"
            | "stk" | "sivil_toplum_kuruluşu" | "sivil_toplum_kurulusu" | "dernek",
        Network => "network" | "rrjet" | "rrjeti" | "mreža" | "mreza" | "мрежа" | "ağ" | "ag"
            | "platform" | "platformë" | "platforme" | "koalicija" | "koalicion" | "коалиција",
        PublicBody => "public_body" | "public" | "public_institution" | "government"
            | "institucion_publik" | "institucion" | "institucioni_publik" | "komuna"
            | "javna_institucija" | "javno_tijelo" | "javno_telo" | "opština" | "opstina"
            | "općina" | "opcina" | "јавна_институција" | "јавно_тело" | "општина"
            | "kamu_kurumu" | "kamu" | "belediye",
        Media => "media" | "mediji" | "medij" | "medija" | "медиуми" | "медији" | "медиум"
            | "medya",
        Other => "other" | "tjetër" | "tjeter" | "drugo" | "друго" | "diğer" | "diger"
    } default Cso);
vocabulary!(
    /// A person's role at an event; only `participant` counts in rates.
    Role { Participant => "participant" | "attendee" | "pjesëmarrës" | "pjesemarres" | "pjesëmarrëse"
        | "učesnik" | "ucesnik" | "učesnica" | "sudionik" | "учесник" | "учесничка" | "katılımcı" | "katilimci",
    Trainer => "trainer" | "facilitator" | "trajner" | "trajnere" | "trener" | "trenerka" | "тренер" | "eğitmen" | "egitmen",
    Speaker => "speaker" | "panelist" | "folës" | "foles" | "folëse" | "govornik" | "predavač" | "predavac"
        | "говорник" | "предавач" | "konuşmacı" | "konusmaci",
    Staff => "staff" | "organiser" | "organizer" | "staf" | "stafi" | "osoblje" | "особље" | "персонал" | "personel" } default Participant);
vocabulary!(
    /// How a registration came to be.
    Source { PreRegistered => "pre_registered" | "preregistered", WalkIn => "walk_in" | "walkin", Imported => "imported" } default PreRegistered);
vocabulary!(
    /// A registration's state; `cancelled` ones are not counted.
    RegStatus { Registered => "registered" | "i_regjistruar" | "regjistruar" | "registrovan" | "prijavljen" | "регистриран" | "kayıtlı",
    Confirmed => "confirmed" | "i_konfirmuar" | "konfirmuar" | "potvrđen" | "potvrden" | "потврден" | "onaylandı",
    Waitlisted => "waitlisted" | "waiting_list" | "në_listë_pritjeje" | "lista_e_pritjes" | "lista_čekanja" | "bekleme_listesi",
    Cancelled => "cancelled" | "canceled" | "i_anuluar" | "anuluar" | "otkazan" | "откажан" | "iptal" } default Registered);
vocabulary!(
    /// Attendance at one session, with the words (and one-letter codes) of sign-in sheets in
    /// the region: what prezenca's own screens show reads back, in every language.
    MarkStatus { Present => "present" | "p" | "yes" | "y" | "x" | "1" | "attended" | "here"
        | "i_pranishëm" | "e_pranishme" | "të_pranishëm" | "pranishëm" | "prezent" | "prezente"
        | "po" | "erdhi" | "prisutan" | "prisutna" | "prisutni" | "da" | "присутан" | "присутна"
        | "присутен" | "присутна_" | "да" | "katıldı" | "katildi" | "var" | "evet" | "geldi",
    Late => "late" | "l" | "v" | "me_vonesë" | "vonë" | "vonesë" | "i_vonuar" | "e_vonuar"
        | "kasni" | "zakasnio" | "zakasnila" | "kašnjenje" | "kasnio" | "задоцнет" | "доцни"
        | "закаснио" | "geç" | "gec" | "geç_kaldı" | "gec_kaldi",
    LeftEarly => "left_early" | "leftearly" | "le" | "u_largua_herët" | "u_largua_heret"
        | "largim_i_hershëm" | "otišao_ranije" | "otisao_ranije" | "otišla_ranije"
        | "napustio_ranije" | "замина_порано" | "erken_ayrıldı" | "erken_ayrildi" | "erken_çıktı",
    Excused => "excused" | "e" | "i_arsyetuar" | "e_arsyetuar" | "arsyetuar" | "me_arsye"
        | "opravdano" | "opravdan" | "opravdana" | "оправдано" | "оправдан" | "izinli" | "mazeretli",
    Absent => "absent" | "a" | "no" | "n" | "0" | "mungon" | "mungoi" | "jo" | "nuk_erdhi"
        | "odsutan" | "odsutna" | "odsutni" | "ne" | "нема" | "отсутен" | "отсутна" | "одсутан"
        | "не" | "yok" | "katılmadı" | "katilmadi" | "hayır" | "gelmedi" } default Present);
vocabulary!(
    /// What a follow-up is about.
    FollowUpKind { Certificate => "certificate" | "certifikatë" | "certifikata" | "certifikat" | "sertifikat" | "сертификат",
    Materials => "materials" | "materiale" | "materijali" | "материјали" | "materyal",
    Evaluation => "evaluation" | "vlerësim" | "vleresim" | "evaluacija" | "евалуација" | "değerlendirme",
    Coaching => "coaching" | "mentorim" | "mentorstvo" | "менторство" | "koçluk",
    Contact => "contact" | "kontakt" | "контакт" | "iletişim",
    Other => "other" | "tjetër" | "tjeter" | "drugo" | "друго" | "diğer" } default Other);
vocabulary!(
    /// A follow-up's state.
    FollowUpStatus { Open => "open" | "e_hapur" | "hapur" | "otvoreno" | "отворено" | "açık",
    Done => "done" | "e_kryer" | "kryer" | "završeno" | "urađeno" | "завршено" | "tamamlandı",
    Cancelled => "cancelled" | "canceled" | "e_anuluar" | "anuluar" | "otkazano" | "откажано" | "iptal" } default Open);

impl MarkStatus {
    /// Present, late and left early count as attended.
    pub fn attended(self) -> bool {
        matches!(
            self,
            MarkStatus::Present | MarkStatus::Late | MarkStatus::LeftEarly
        )
    }
}

/// A training, workshop, conference… with its sessions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub code: String,
    pub title: String,
    pub kind: EventKind,
    pub city: String,
    pub country: String,
    pub venue: String,
    pub start: Date,
    pub end: Date,
    pub project: String,
    pub capacity: Option<u32>,
    pub trainers: String,
    /// Certificate threshold in per mille (800 = 80 %), exact in integer arithmetic.
    pub threshold_permille: u16,
    pub status: EventStatus,
    pub notes: String,
    /// In person, online or hybrid (schema 3).
    pub mode: Mode,
}

/// The default certificate threshold (0.8).
pub const DEFAULT_THRESHOLD_PERMILLE: u16 = 800;

/// One sitting of an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub event: Id,
    pub date: Date,
    pub start: Time,
    pub end: Time,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organisation {
    pub name: String,
    pub acronym: String,
    pub kind: OrgKind,
    pub city: String,
    pub country: String,
}

/// A person, kept once across events.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Participant {
    pub name: String,
    /// Lower-cased; empty when none. Unique when present.
    pub email: String,
    pub phone: String,
    pub gender: Gender,
    pub organisation: Option<Id>,
    pub position: String,
    pub city: String,
    pub country: String,
    pub consent_photos: bool,
    pub consent_contact: bool,
    pub notes: String,
    /// Set by `forget`: personal fields erased, marks kept anonymously.
    pub forgotten: bool,
    /// For the figures by age band (schema 3).
    pub birth_year: Option<i32>,
    /// Yes, no or undisclosed; only this flag is kept, never the answers it came from
    /// (schema 3).
    pub disability: Disability,
}

/// A participant at an event.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Registration {
    pub role: Role,
    pub source: Source,
    pub status: RegStatus,
}

impl Registration {
    /// Counted in rates when the role is participant and the registration is not cancelled.
    pub fn counts(&self) -> bool {
        self.role == Role::Participant && self.status != RegStatus::Cancelled
    }
}

/// Attendance of one participant at one session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    pub status: MarkStatus,
    pub arrived_at: Option<Time>,
    pub reason: String,
    /// Who recorded it (OS user) and when (Unix seconds, UTC).
    pub by: String,
    pub at: i64,
    /// When the person was checked out at the door (local wall time), if they were: a
    /// `left_early` mark carries the time they left, a present or late one the time they
    /// left at the end. Added in schema 3.
    pub left_at: Option<Time>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FollowUp {
    pub event: Id,
    pub participant: Option<Id>,
    pub organisation: Option<Id>,
    pub title: String,
    pub kind: FollowUpKind,
    pub owner: String,
    pub due: Option<Date>,
    pub status: FollowUpStatus,
    pub notes: String,
    /// The certificate number issued (`CODE-NNN`), for a certificate follow-up once the
    /// certificate is printed: kept so the person gets the same number every time (schema 3).
    pub certificate: Option<u32>,
}

impl FollowUp {
    /// Open and past its due date.
    pub fn overdue(&self, today: Date) -> bool {
        self.status == FollowUpStatus::Open && self.due.is_some_and(|d| d < today)
    }
}

/// Where a record lives: the table and its key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RecordKey {
    Event(Id),
    Session(Id),
    Organisation(Id),
    Participant(Id),
    /// (event, participant)
    Registration(Id, Id),
    /// (session, participant)
    Mark(Id, Id),
    FollowUp(Id),
}

/// Any record, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Record {
    Event(Event),
    Session(Session),
    Organisation(Organisation),
    Participant(Participant),
    Registration(Registration),
    Mark(Mark),
    FollowUp(FollowUp),
}

/// One record's change inside a command: what it was and what it became (`None` = absent).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub key: RecordKey,
    pub before: Option<Record>,
    pub after: After,
}

/// What a change left where `before` was. A record the change created is kept as a digest
/// of its encoding rather than whole: a large import would otherwise hold every record it
/// made twice, in its table and in the audit entry; undo removes such a record only while
/// its digest matches (it is unchanged since). The first two variants are encoded as the
/// `Option<Record>` of entries written before, so those read as they were.
// As large as the `Option<Record>` it replaces; boxing would cost an allocation per change.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum After {
    /// The record was removed (`None` of old entries).
    Gone,
    /// The record as the change left it (`Some` of old entries).
    Image(Record),
    /// A record the change created: the digest of its encoding.
    Created([u8; 8]),
}

impl After {
    /// True unless the change removed the record.
    pub fn is_some(&self) -> bool {
        !matches!(self, After::Gone)
    }

    /// The record as the change left it, when the entry holds it.
    pub fn image(&self) -> Option<&Record> {
        match self {
            After::Image(r) => Some(r),
            _ => None,
        }
    }

    pub fn image_mut(&mut self) -> Option<&mut Record> {
        match self {
            After::Image(r) => Some(r),
            _ => None,
        }
    }
}

impl From<Option<Record>> for After {
    fn from(r: Option<Record>) -> Self {
        r.map_or(After::Gone, After::Image)
    }
}

/// Append-only: one per applied command, written in the same transaction.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Unix seconds, UTC.
    pub at: i64,
    pub who: String,
    /// What was done, in words (`Ana Çela present`), in the language of the user who made
    /// the change (the server builds it in its client's language); it is stored as written
    /// and not translated when read.
    pub what: String,
    pub changes: Vec<Change>,
    /// The entry this one undid, if it is an undo.
    pub undoes: Option<Id>,
}

/// Formats a date the ISO way (`2026-11-23`).
pub fn iso_date(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// Formats a time as `HH:MM`.
pub fn hhmm(t: Time) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// Parses `YYYY-MM-DD`, also `DD.MM.YYYY` and `DD/MM/YYYY` as spreadsheets write them.
pub fn parse_date(s: &str) -> Option<Date> {
    // "23.11.2026." and "23. 11. 2026." — the ordinal dots and spaces BCMS writes — are the
    // same date.
    let spaced: String;
    let mut s = s.trim();
    if s.contains(". ") {
        spaced = s.replace(". ", ".");
        s = spaced.as_str();
    }
    let s = s.strip_suffix('.').filter(|r| r.contains('.')).unwrap_or(s);
    let parts: Vec<&str> = s.split(['-', '.', '/']).collect();
    if parts.len() != 3
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let n: Vec<i32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    if n.len() != 3 {
        return None;
    }
    let (y, m, d) = if parts[0].len() == 4 {
        (n[0], n[1], n[2])
    } else if parts[2].len() == 4 && s.contains(['.', '/']) {
        (n[2], n[1], n[0])
    } else {
        return None;
    };
    let month = time::Month::try_from(u8::try_from(m).ok()?).ok()?;
    Date::from_calendar_date(y, month, u8::try_from(d).ok()?).ok()
}

/// The birth years prezenca accepts: a person's, not a typing slip.
pub const BIRTH_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Parses a birth year: four digits within [`BIRTH_YEARS`].
pub fn parse_birth_year(s: &str) -> Option<i32> {
    let t = s.trim();
    if t.len() != 4 || !t.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    t.parse().ok().filter(|y| BIRTH_YEARS.contains(y))
}

/// Parses `HH:MM` (or `H:MM`, `HH:MM:SS`).
pub fn parse_time(s: &str) -> Option<Time> {
    let s = s.trim();
    let mut it = s.split(':');
    let h: u8 = it.next()?.trim().parse().ok()?;
    let m: u8 = it.next()?.trim().parse().ok()?;
    let sec: u8 = match it.next() {
        Some(x) => x.trim().parse().ok()?,
        None => 0,
    };
    if it.next().is_some() {
        return None;
    }
    Time::from_hms(h, m, sec).ok()
}

/// Parses a threshold written as `0.8`, `0,8`, `80%` or `80`; per mille.
pub fn parse_threshold(s: &str) -> Option<u16> {
    let t = s.trim().replace(',', ".");
    if t.is_empty() {
        return Some(DEFAULT_THRESHOLD_PERMILLE);
    }
    let (num, pct) = match t.strip_suffix('%') {
        Some(n) => (n.trim().to_string(), true),
        None => (t.clone(), false),
    };
    let v: f64 = num.parse().ok()?;
    let permille = if pct || v > 1.0 { v * 10.0 } else { v * 1000.0 };
    if !(0.0..=1000.0).contains(&permille) {
        return None;
    }
    Some(permille.round() as u16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_of_sign_in_sheets_and_forms_in_the_region_are_understood() {
        use MarkStatus::*;
        for (w, want) in [
            ("P", Present),
            ("L", Late),
            ("A", Absent),
            ("E", Excused),
            ("po", Present),
            ("jo", Absent),
            ("Prezent", Present),
            ("i pranishëm", Present),
            ("I PRANISHEM", Present),
            ("me vonesë", Late),
            ("mungon", Absent),
            ("i arsyetuar", Excused),
            ("u largua herët", LeftEarly),
            ("prisutan", Present),
            ("Присутан", Present),
            ("✓", Present),
            ("katıldı", Present),
            ("geç", Late),
            ("odsutna", Absent),
        ] {
            assert_eq!(MarkStatus::parse(w), Some(want), "{w}");
        }
        for (w, want) in [
            ("Ž", Gender::Female),
            ("M", Gender::Male),
            ("Muško", Gender::Male),
            ("Žensko", Gender::Female),
            ("Машки", Gender::Male),
            ("Женски", Gender::Female),
            ("Kadın", Gender::Female),
            ("Erkek", Gender::Male),
        ] {
            assert_eq!(Gender::parse(w), Some(want), "{w}");
        }
        assert_eq!(EventKind::parse("trajnim"), Some(EventKind::Training));
        assert_eq!(EventKind::parse("Punëtori"), Some(EventKind::Workshop));
        assert_eq!(EventKind::parse("radionica"), Some(EventKind::Workshop));
        assert_eq!(Role::parse("Pjesëmarrës"), Some(Role::Participant));
        assert_eq!(Role::parse("trajner"), Some(Role::Trainer));
        assert_eq!(Role::parse("učesnik"), Some(Role::Participant));
        // Every vocabulary is built once here: two words folding alike for two values
        // would fail its debug check.
        for t in ["x", "maybe"] {
            let _ = (
                EventKind::parse(t),
                EventStatus::parse(t),
                OrgKind::parse(t),
                Source::parse(t),
                RegStatus::parse(t),
                FollowUpKind::parse(t),
                FollowUpStatus::parse(t),
            );
        }
    }

    #[test]
    fn survey_answers_for_gender_are_understood() {
        for (answers, want) in [
            (
                &[
                    "Female",
                    "Woman",
                    "Femër",
                    "FEMER",
                    "Žensko",
                    "Ženski",
                    "Женско",
                    "Kadın",
                    "KADIN",
                ][..],
                Gender::Female,
            ),
            (
                &[
                    "Male",
                    "Man",
                    "Mashkull",
                    "Muško",
                    "Muški",
                    "Мушки",
                    "Erkek",
                ][..],
                Gender::Male,
            ),
            (
                &["Non-binary", "Tjetër", "Drugo", "Diğer"][..],
                Gender::Other,
            ),
            (
                &[
                    "Prefer not to say",
                    "I prefer not to say",
                    "Ne želim da kažem",
                ][..],
                Gender::Undisclosed,
            ),
        ] {
            for a in answers {
                assert_eq!(Gender::parse(a), Some(want), "{a}");
            }
        }
        assert_eq!(Gender::parse("maybe"), None);
    }

    #[test]
    fn organisation_kinds_in_the_regions_words() {
        for (words, want) in [
            (
                &[
                    "cso",
                    "NGO",
                    "OJQ",
                    "Organizata e shoqërisë civile",
                    "organizata e shoqerise civile",
                    "NVO",
                    "Udruženje",
                    "STK",
                ][..],
                OrgKind::Cso,
            ),
            (
                &["network", "Rrjet", "Mreža", "мрежа", "Ağ"][..],
                OrgKind::Network,
            ),
            (
                &[
                    "public_body",
                    "Public body",
                    "Institucion publik",
                    "Javna institucija",
                    "Kamu kurumu",
                ][..],
                OrgKind::PublicBody,
            ),
            (&["media", "Mediji", "Medya", "медији"][..], OrgKind::Media),
            (&["other", "Tjetër", "Drugo", "Diğer"][..], OrgKind::Other),
        ] {
            for w in words {
                assert_eq!(OrgKind::parse(w), Some(want), "{w}");
            }
        }
        assert_eq!(OrgKind::parse("a bakery"), None);
    }

    #[test]
    fn birth_years_are_four_digits_of_a_life() {
        assert_eq!(parse_birth_year(" 1990 "), Some(1990));
        assert_eq!(parse_birth_year("90"), None);
        assert_eq!(parse_birth_year("1850"), None);
        assert_eq!(parse_birth_year("19x0"), None);
    }

    #[test]
    fn words_parse_case_blind() {
        assert_eq!(MarkStatus::parse("PRESENT"), Some(MarkStatus::Present));
        assert_eq!(
            MarkStatus::parse(" Left Early "),
            Some(MarkStatus::LeftEarly)
        );
        assert_eq!(MarkStatus::parse("left-early"), Some(MarkStatus::LeftEarly));
        assert_eq!(MarkStatus::parse("maybe"), None);
        assert_eq!(Gender::parse(""), Some(Gender::Undisclosed));
        assert_eq!(Role::parse("Trainer"), Some(Role::Trainer));
    }

    #[test]
    fn dates_in_the_formats_spreadsheets_write() {
        let d = Date::from_calendar_date(2026, time::Month::November, 23).ok();
        assert_eq!(parse_date("2026-11-23"), d);
        assert_eq!(parse_date("23.11.2026"), d);
        assert_eq!(parse_date("23/11/2026"), d);
        assert_eq!(parse_date("23.11.2026."), d);
        assert_eq!(parse_date(" 23. 11. 2026. "), d);
        assert_eq!(parse_date("2026."), None);
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date("23-11-26"), None);
    }

    #[test]
    fn thresholds() {
        assert_eq!(parse_threshold("0.8"), Some(800));
        assert_eq!(parse_threshold("0,75"), Some(750));
        assert_eq!(parse_threshold("80%"), Some(800));
        assert_eq!(parse_threshold("67"), Some(670));
        assert_eq!(parse_threshold(""), Some(800));
        assert_eq!(parse_threshold("150%"), None);
        assert_eq!(parse_threshold("abc"), None);
    }

    #[test]
    fn times() {
        assert_eq!(parse_time("09:05"), Time::from_hms(9, 5, 0).ok());
        assert_eq!(parse_time("9:05:30"), Time::from_hms(9, 5, 30).ok());
        assert_eq!(parse_time("25:00"), None);
    }
}
