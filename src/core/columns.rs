//! The import column vocabulary: the columns of each kind of file, the names survey tools,
//! registration platforms and spreadsheets give them in the region's languages, the headers
//! that are a tool's metadata, and the trainer's own `--map HEADER=field`.
//!
//! Every alias is written as people write it and looked up through the same folding as the
//! header (`header_key`), so an alias can never be unreachable because of how it is spelled.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::ImportKind;

/// The columns of each kind, in the order exports write them.
pub fn columns(kind: ImportKind) -> &'static [&'static str] {
    match kind {
        ImportKind::Events => &[
            "code",
            "title",
            "kind",
            "start_date",
            "end_date",
            "city",
            "country",
            "project",
            "threshold",
        ],
        ImportKind::Sessions => &["event", "date", "start", "end", "title"],
        ImportKind::Participants => &[
            "name",
            "email",
            "phone",
            "gender",
            "organisation",
            "position",
            "city",
            "country",
        ],
        ImportKind::Registrations => &["event", "participant", "role", "status"],
        ImportKind::Attendance => &[
            "event",
            "session",
            "participant",
            "status",
            "arrived_at",
            "reason",
        ],
        ImportKind::FollowUps => &[
            "event",
            "participant",
            "title",
            "kind",
            "owner",
            "due",
            "status",
        ],
        ImportKind::Organisations => &["name", "acronym", "kind", "city", "country"],
    }
}

/// The columns a file must have.
pub fn required_columns(kind: ImportKind) -> &'static [&'static str] {
    match kind {
        ImportKind::Events => &["code", "title", "start_date"],
        ImportKind::Sessions => &["event", "date", "start", "end"],
        ImportKind::Participants => &["name"],
        ImportKind::Registrations => &["event", "participant"],
        ImportKind::Attendance => &["event", "session", "participant", "status"],
        ImportKind::FollowUps => &["event", "title"],
        ImportKind::Organisations => &["name"],
    }
}

/// Columns accepted on import beyond [`columns`]: fields the export leaves out but a
/// planning spreadsheet or a registration form often has.
pub fn extra_columns(kind: ImportKind) -> &'static [&'static str] {
    match kind {
        ImportKind::Events => &["status", "venue", "mode"],
        // The donor fields; a disability comes as a yes/no answer, or as the Washington
        // Group Short Set's six answers, from which only the flag is kept.
        ImportKind::Participants => &[
            "notes",
            "birth_year",
            "disability",
            "seeing",
            "hearing",
            "walking",
            "remembering",
            "self_care",
            "communicating",
        ],
        _ => &[],
    }
}

/// Columns whose cells keep their line breaks; in every other column a line break typed in
/// a cell (Excel's Alt+Enter) is a space.
pub fn is_multiline(column: &str) -> bool {
    matches!(column, "reason" | "notes")
}

/// Every column a file of `kind` may have.
pub fn accepted(kind: ImportKind) -> impl Iterator<Item = &'static str> {
    columns(kind).iter().chain(extra_columns(kind)).copied()
}

/// A header cell as a column key: folded (case, diacritics, Cyrillic to Latin), every run of
/// other characters one `_`. "E-mail Address" → `e_mail_address`, "Država" → `drzava`.
pub fn header_key(h: &str) -> String {
    crate::text::folded_words(h, '_')
}

/// What a header cell names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderMeaning {
    /// One of the kind's columns.
    Column(&'static str),
    /// A column used only where the column it stands in for is missing or its cell empty:
    /// the respondent's account name and email in a Microsoft Forms export, the buyer's
    /// email of a pretix order beside each attendee's.
    Fallback(&'static str),
    /// One half of a person's name, joined into `name` when the file has no name column.
    FirstName,
    LastName,
    /// A tool's own bookkeeping (a timestamp, a response id…): ignored, and said so.
    Metadata,
    /// The trainer said to ignore this column (`--map "HEADER=ignore"`).
    Ignored,
}

/// Names people give each kind's columns, as they write them.
const ALIASES: &[(ImportKind, &str, &[&str])] = &[
    (
        ImportKind::Participants,
        "name",
        &[
            "Full name",
            "Fullname",
            "Name and surname",
            "Name surname",
            "Name & surname",
            "First and last name",
            "First name and last name",
            "Participant",
            "Participant name",
            "Participant's name",
            "Attendee name",
            "Your name",
            "Your full name",
            "Emri dhe mbiemri",
            "Emri mbiemri",
            "Emri e mbiemri",
            "Emer mbiemer",
            "Emri i plotë",
            "Pjesëmarrësi",
            "Emri i pjesëmarrësit",
            "Ime i prezime",
            "Ime prezime",
            "Ime i prezime učesnika",
            "Učesnik",
            "Sudionik",
            "Име и презиме",
            "Име презиме",
            "Ad Soyad",
            "Adı Soyadı",
            "Ad soyadı",
            "Adınız Soyadınız",
            "İsim Soyisim",
            "Isim",
            "Katılımcı",
        ],
    ),
    (
        ImportKind::Participants,
        "email",
        &[
            "E-mail",
            "Email address",
            "E-mail address",
            "Mail",
            "Attendee email",
            "Your email",
            "Email adresa",
            "E-mail adresa",
            "Adresa e-pošte",
            "Adresa e-maila",
            "Elektronska pošta",
            "E-pošta",
            "Е-адреса",
            "Е-пошта",
            "Електронска пошта",
            "Адреса на е-пошта",
            "Адреса е-поште",
            "Adresa e email-it",
            "Adresa e emailit",
            "Adresa elektronike",
            "Posta elektronike",
            "Emaili",
            "E-posta",
            "E-posta adresi",
            "Eposta",
        ],
    ),
    (
        ImportKind::Participants,
        "phone",
        &[
            "Phone number",
            "Telephone",
            "Tel",
            "Tel.",
            "Mobile",
            "Mobile phone",
            "Mobile number",
            "Cell phone",
            "Contact phone",
            "Contact number",
            "Telefon",
            "Telefoni",
            "Numri i telefonit",
            "Nr. i telefonit",
            "Nr. tel",
            "Kontakt telefon",
            "Kontakt telefoni",
            "Broj telefona",
            "Broj mobitela",
            "Mobilni telefon",
            "Телефон",
            "Број телефона",
            "Телефонски број",
            "Контакт телефон",
            "Telefon numarası",
            "Cep telefonu",
            "Phone",
        ],
    ),
    (
        ImportKind::Participants,
        "gender",
        &[
            "Sex",
            "Gender identity",
            "Gjinia",
            "Gjini",
            "Pol",
            "Spol",
            "Пол",
            "Род",
            "Cinsiyet",
            "Cinsiyetiniz",
        ],
    ),
    (
        ImportKind::Participants,
        "organisation",
        &[
            "Organization",
            "Org",
            "Organisation name",
            "Organization name",
            "Organisation/Institution",
            "Organization/Institution",
            "Institution",
            "Company",
            "Current Employer",
            "Employer",
            "Affiliation",
            "Name of organisation",
            "Name of organization",
            "Organizata",
            "Organizata/Institucioni",
            "Institucioni",
            "Emri i organizatës",
            "Kompania",
            "Organizacija",
            "Organizacija/Institucija",
            "Institucija",
            "Ustanova",
            "Naziv organizacije",
            "Организација",
            "Институција",
            "Kurum",
            "Kuruluş",
            "Kurum/Kuruluş",
            "Şirket",
        ],
    ),
    (
        ImportKind::Participants,
        "position",
        &[
            "Job title",
            "Title",
            "Role",
            "Function",
            "Position in the organisation",
            "Position in the organization",
            "Pozita",
            "Pozicioni",
            "Funksioni",
            "Pozicija",
            "Funkcija",
            "Radno mjesto",
            "Radno mesto",
            "Позиција",
            "Функција",
            "Görev",
            "Görevi",
            "Unvan",
            "Ünvan",
        ],
    ),
    (
        ImportKind::Participants,
        "city",
        &[
            "Town",
            "City/Town",
            "Municipality",
            "Qyteti",
            "Qytet",
            "Komuna",
            "Vendbanimi",
            "Grad",
            "Opština",
            "Općina",
            "Град",
            "Општина",
            "Şehir",
            "İl",
        ],
    ),
    (
        ImportKind::Participants,
        "country",
        &[
            "Country of residence",
            "Shteti",
            "Vendi",
            "Država",
            "Zemlja",
            "Држава",
            "Земја",
            "Ülke",
        ],
    ),
    (
        ImportKind::Participants,
        "notes",
        &[
            "Note",
            "Comments",
            "Remarks",
            "Shënime",
            "Vërejtje",
            "Napomena",
            "Napomene",
            "Напомена",
            "Забелешка",
            "Notlar",
            "Açıklama",
        ],
    ),
    (
        ImportKind::Participants,
        "birth_year",
        &[
            "Year of birth",
            "Birth year",
            "Viti i lindjes",
            "Godina rođenja",
            "Година рођења",
            "Година на раѓање",
            "Doğum yılı",
        ],
    ),
    (
        ImportKind::Participants,
        "disability",
        &[
            "Person with disability",
            "Persons with disabilities",
            "Do you have a disability?",
            "Aftësi e kufizuar",
            "Personi me aftësi të kufizuara",
            "Invaliditet",
            "Osoba sa invaliditetom",
            "Особа со попреченост",
            "Попреченост",
            "Engellilik",
            "Engelli",
        ],
    ),
    (
        ImportKind::Participants,
        "seeing",
        &[
            "Difficulty seeing",
            "Vështirësi në të parë",
            "Poteškoće s vidom",
        ],
    ),
    (
        ImportKind::Participants,
        "hearing",
        &[
            "Difficulty hearing",
            "Vështirësi në të dëgjuar",
            "Poteškoće sa sluhom",
        ],
    ),
    (
        ImportKind::Participants,
        "walking",
        &[
            "Difficulty walking",
            "Vështirësi në ecje",
            "Poteškoće s hodanjem",
        ],
    ),
    (
        ImportKind::Participants,
        "remembering",
        &[
            "Difficulty remembering",
            "Vështirësi në kujtesë",
            "Poteškoće s pamćenjem",
        ],
    ),
    (
        ImportKind::Participants,
        "self_care",
        &[
            "Self-care",
            "Difficulty with self-care",
            "Vetëkujdesi",
            "Briga o sebi",
        ],
    ),
    (
        ImportKind::Participants,
        "communicating",
        &[
            "Difficulty communicating",
            "Vështirësi në komunikim",
            "Poteškoće u komunikaciji",
        ],
    ),
    (
        ImportKind::Events,
        "mode",
        &[
            "Delivery mode",
            "Format",
            "Mënyra",
            "Forma",
            "Način",
            "Format obuke",
        ],
    ),
    (
        ImportKind::Organisations,
        "name",
        &[
            "Organisation",
            "Organization",
            "Organisation name",
            "Organization name",
            "Organizata",
            "Emri i organizatës",
            "Organizacija",
            "Naziv",
            "Naziv organizacije",
            "Организација",
            "Kurum",
            "Kuruluş",
        ],
    ),
    (
        ImportKind::Organisations,
        "acronym",
        &[
            "Abbreviation",
            "Short name",
            "Akronimi",
            "Shkurtesa",
            "Skraćenica",
            "Kratica",
            "Кратенка",
            "Kısaltma",
        ],
    ),
    (
        ImportKind::Organisations,
        "kind",
        &[
            "Type",
            "Organisation type",
            "Organization type",
            "Lloji",
            "Vrsta",
            "Tip",
            "Tür",
        ],
    ),
    (
        ImportKind::Organisations,
        "city",
        &["Town", "Qyteti", "Grad", "Град", "Şehir"],
    ),
    (
        ImportKind::Organisations,
        "country",
        &["Shteti", "Država", "Држава", "Ülke"],
    ),
    // The other kinds: their columns in the words of planning sheets and sign-in sheets.
    (
        ImportKind::Events,
        "code",
        &["Event code", "Kodi", "Kodi i ngjarjes", "Šifra", "Kod"],
    ),
    (
        ImportKind::Events,
        "title",
        &[
            "Event",
            "Event title",
            "Name",
            "Titulli",
            "Ngjarja",
            "Naziv",
            "Naslov",
            "Başlık",
        ],
    ),
    (
        ImportKind::Events,
        "kind",
        &["Type", "Event type", "Lloji", "Vrsta", "Tür"],
    ),
    (
        ImportKind::Events,
        "start_date",
        &[
            "Start",
            "From",
            "Data e fillimit",
            "Datum početka",
            "Od",
            "Başlangıç tarihi",
        ],
    ),
    (
        ImportKind::Events,
        "end_date",
        &[
            "End",
            "To",
            "Data e përfundimit",
            "Datum završetka",
            "Do",
            "Bitiş tarihi",
        ],
    ),
    (
        ImportKind::Events,
        "city",
        &["Town", "Qyteti", "Grad", "Şehir"],
    ),
    (ImportKind::Events, "country", &["Shteti", "Država", "Ülke"]),
    (
        ImportKind::Events,
        "project",
        &[
            "Project code",
            "Donor code",
            "Projekti",
            "Projekat",
            "Proje",
        ],
    ),
    (
        ImportKind::Events,
        "threshold",
        &["Certificate threshold", "Pragu", "Prag"],
    ),
    (
        ImportKind::Events,
        "venue",
        &[
            "Location",
            "Place",
            "Vendi",
            "Lokacioni",
            "Mjesto",
            "Lokacija",
            "Mekan",
        ],
    ),
    (
        ImportKind::Sessions,
        "event",
        &["Event code", "Code", "Kodi", "Ngjarja", "Šifra"],
    ),
    (
        ImportKind::Sessions,
        "date",
        &["Day", "Data", "Datum", "Tarih"],
    ),
    (
        ImportKind::Sessions,
        "start",
        &[
            "Start time",
            "From",
            "Fillimi",
            "Ora e fillimit",
            "Početak",
            "Od",
            "Başlangıç",
        ],
    ),
    (
        ImportKind::Sessions,
        "end",
        &[
            "End time",
            "To",
            "Mbarimi",
            "Ora e përfundimit",
            "Kraj",
            "Do",
            "Bitiş",
        ],
    ),
    (
        ImportKind::Sessions,
        "title",
        &[
            "Session",
            "Session title",
            "Seanca",
            "Titulli",
            "Sesija",
            "Naslov",
            "Oturum",
        ],
    ),
    (
        ImportKind::Registrations,
        "event",
        &["Event code", "Code", "Kodi", "Ngjarja", "Šifra"],
    ),
    (
        ImportKind::Registrations,
        "participant",
        &[
            "Email",
            "E-mail",
            "Email address",
            "Name",
            "Full name",
            "Emri dhe mbiemri",
            "Pjesëmarrësi",
            "Ime i prezime",
            "Učesnik",
            "Ad Soyad",
            "Katılımcı",
        ],
    ),
    (ImportKind::Registrations, "role", &["Roli", "Uloga", "Rol"]),
    (
        ImportKind::Registrations,
        "status",
        &["Registration status", "Statusi", "Status prijave", "Durum"],
    ),
    (
        ImportKind::Attendance,
        "event",
        &["Event code", "Code", "Kodi", "Ngjarja", "Šifra"],
    ),
    (
        ImportKind::Attendance,
        "session",
        &[
            "Session number",
            "Session no",
            "Seanca",
            "Nr. i seancës",
            "Sesija",
            "Oturum",
        ],
    ),
    (
        ImportKind::Attendance,
        "participant",
        &[
            "Email",
            "E-mail",
            "Email address",
            "Name",
            "Full name",
            "Emri dhe mbiemri",
            "Pjesëmarrësi",
            "Ime i prezime",
            "Učesnik",
            "Ad Soyad",
            "Katılımcı",
        ],
    ),
    (
        ImportKind::Attendance,
        "status",
        &[
            "Attendance",
            "Prezenca",
            "Pjesëmarrja",
            "Prisustvo",
            "Присуство",
            "Katılım",
            "Durum",
        ],
    ),
    (
        ImportKind::Attendance,
        "arrived_at",
        &[
            "Arrived",
            "Arrival",
            "Arrival time",
            "Ora e mbërritjes",
            "Vreme dolaska",
            "Varış",
        ],
    ),
    (
        ImportKind::Attendance,
        "reason",
        &[
            "Note", "Notes", "Comment", "Arsyeja", "Shënime", "Razlog", "Napomena", "Sebep",
        ],
    ),
    (
        ImportKind::FollowUps,
        "event",
        &["Event code", "Code", "Kodi", "Ngjarja"],
    ),
    (
        ImportKind::FollowUps,
        "participant",
        &["Email", "Name", "Pjesëmarrësi", "Učesnik"],
    ),
    (
        ImportKind::FollowUps,
        "title",
        &["Task", "Follow-up", "Titulli", "Detyra", "Zadatak"],
    ),
    (ImportKind::FollowUps, "kind", &["Type", "Lloji", "Vrsta"]),
    (
        ImportKind::FollowUps,
        "owner",
        &["Responsible", "Assigned to", "Përgjegjës", "Odgovoran"],
    ),
    (
        ImportKind::FollowUps,
        "due",
        &["Due date", "Deadline", "Afati", "Rok"],
    ),
    (ImportKind::FollowUps, "status", &["Statusi", "Durum"]),
];

/// First and last names, joined into `name` when a participants file has no name column.
const FIRST_NAMES: &[&str] = &[
    "First name",
    "Firstname",
    "Given name",
    "Forename",
    "Attendee name: Given name",
    "Emri",
    "Ime",
    "Име",
    "Ad",
    "Adı",
    "Adınız",
];
const LAST_NAMES: &[&str] = &[
    "Last name",
    "Lastname",
    "Surname",
    "Family name",
    "Attendee name: Family name",
    "Mbiemri",
    "Prezime",
    "Презиме",
    "Soyad",
    "Soyadı",
    "Soyadınız",
];

/// Headers that are a tool's bookkeeping, never a person's data: Google Forms, Microsoft
/// Forms, KoboToolbox, LimeSurvey, Eventbrite and pretix write these beside the answers.
const METADATA: &[&str] = &[
    "Timestamp",
    "Vula kohore",
    "Vremenska oznaka",
    "Временска ознака",
    "Zaman damgası",
    "ID",
    "No",
    "No.",
    "Nr",
    "Nr.",
    "Br.",
    "#",
    "Rb",
    "R.b.",
    "Row",
    "Response ID",
    "Respondent ID",
    "Submission ID",
    "Start time",
    "Completion time",
    "Last modified time",
    "Submitted at",
    "Submission time",
    "Submit date",
    "Date submitted",
    "Date started",
    "Date last action",
    "Last page",
    "Start language",
    "Seed",
    "IP address",
    "Referrer URL",
    "Token",
    "Access code",
    "Score",
    "Total score",
    "Order #",
    "Order no",
    "Order number",
    "Order date",
    "Order time",
    "Order code",
    "Order type",
    "Order status",
    "Attendee #",
    "Attendee status",
    "Ticket type",
    "Ticket secret",
    "Barcode",
    "Barcode #",
    "Quantity",
    "Currency",
    "Total paid",
    "Fees paid",
    "Eventbrite fees",
    "Eventbrite payment processing",
    "Price",
    "Product",
    "Variation",
    "Position ID",
    "Pseudonymization ID",
    "Sales channel",
    "Order locale",
    "Voucher",
    "Tax rate",
    "Tax rule",
    "Tax value",
    "Event slug",
    "Line",
    "Rejection",
    "Attendee name: Title",
    "Invoice address name: Title",
    "Salutation",
    "Prefix",
    "Check-in",
    "Checked in",
    "Device ID",
    "Deviceid",
    "Username",
    "Simserial",
    "Subscriberid",
    "Today",
    "instanceID",
    "instanceName",
    "uuid",
];

/// Metadata only in a participants file (where these words are no column of prezenca's):
/// KoboToolbox's `start` and `end` of each interview.
const PARTICIPANT_METADATA: &[&str] = &["start", "end", "status", "reason"];

/// Words a form wraps a question in, dropped before a header is looked up: "Your email",
/// "Please enter your name", "Email (required)".
const FILLER: &[&str] = &[
    "your",
    "please",
    "enter",
    "write",
    "type",
    "what",
    "is",
    "the",
    "required",
    "optional",
    "mandatory",
    "juaj",
    "jote",
    "ju",
    "lutem",
    "shkruani",
    "shkruaj",
    "detyrueshme",
    "detyrueshem",
    "opsionale",
    "vase",
    "vas",
    "vasa",
    "vasu",
    "molimo",
    "unesite",
    "upisite",
    "navedite",
    "obavezno",
    "obavezan",
    "nije",
    "sizin",
    "lutfen",
    "giriniz",
    "yaziniz",
    "zorunlu",
    "vnesete",
];

/// Words that make an unknown header look like one of a participant's fields: such a column
/// is refused (and named) rather than ignored, so a person is never created without the
/// email, organisation or gender the file held. Short words match a whole word of the
/// header, longer ones its start.
const SIGNALS: &[(&str, &[&str])] = &[
    ("email", &["mail", "email", "posta", "eposta", "adresa_e"]),
    (
        "phone",
        &[
            "phone", "tel", "telefon", "mobil", "mobile", "gsm", "cel", "cell",
        ],
    ),
    (
        "organisation",
        &[
            "organi",
            "institu",
            "company",
            "employer",
            "affiliation",
            "kompani",
            "ustanov",
            "kurum",
            "kurulus",
            "sirket",
            "firma",
            "udruz",
            "shoqat",
        ],
    ),
    (
        "gender",
        &["gender", "sex", "gini", "pol", "spol", "cinsiyet", "rod"],
    ),
    (
        "name",
        &[
            "name", "emri", "emer", "ime", "prezime", "mbiemri", "soyad", "isim", "ad",
        ],
    ),
    (
        "country",
        &["country", "shtet", "drzav", "ulke", "zemlj", "zemja"],
    ),
    ("city", &["city", "town", "qytet", "grad", "sehir"]),
    (
        "position",
        &[
            "position", "pozit", "pozic", "funkc", "gorev", "unvan", "job",
        ],
    ),
    (
        "disability",
        &[
            "disab",
            "invalid",
            "engel",
            "aftesi",
            "poprecen",
            "difficult",
            "veshtires",
            "potesko",
        ],
    ),
];

/// Header cells that, beside another header of the file, stand in for a column only where
/// that column is empty: (a header that marks the tool, this header, the column).
const FALLBACKS: &[(&str, &str, &str)] = &[
    // Microsoft Forms: the respondent's account, "anonymous" in anonymous forms; the form's
    // own questions ("Full name", "Email address") come first.
    ("Completion time", "Name", "name"),
    ("Completion time", "Email", "email"),
    // pretix: the order's email beside each attendee's.
    ("Order code", "Email", "email"),
    ("Order code", "Phone number", "phone"),
    // Google Forms: the collected address beside a question that asks for it.
    ("Timestamp", "Email address", "email"),
];

type KeyMap = HashMap<(ImportKind, String), &'static str>;

static ALIAS_KEYS: LazyLock<KeyMap> = LazyLock::new(|| {
    let mut m = KeyMap::new();
    for (kind, col, names) in ALIASES {
        for n in names.iter() {
            m.insert((*kind, header_key(n)), *col);
        }
    }
    m
});

fn keys(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| header_key(w)).collect()
}

static FIRST_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys(FIRST_NAMES));
static LAST_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys(LAST_NAMES));
static METADATA_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys(METADATA));
static FILLER_KEYS: LazyLock<Vec<String>> = LazyLock::new(|| keys(FILLER));

/// What a trainer said a header means: `--map "E-mail adresa=email"`, `--map "Notes=ignore"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapping {
    pub header: String,
    pub column: Option<&'static str>,
}

/// Reads one `--map` value for `kind`; the error says which fields there are.
pub fn parse_mapping(kind: ImportKind, s: &str) -> Result<Mapping, String> {
    let Some((h, f)) = s.rsplit_once('=') else {
        return Err(crate::t!("columns-map-form", value = s));
    };
    let field = header_key(f);
    let column = if matches!(field.as_str(), "ignore" | "skip" | "none" | "") {
        None
    } else {
        Some(accepted(kind).find(|c| *c == field).ok_or_else(|| {
            crate::t!(
                "columns-map-unknown-field",
                field = f.trim(),
                fields = accepted(kind).collect::<Vec<_>>().join(", ")
            )
        })?)
    };
    Ok(Mapping {
        header: h.trim().to_string(),
        column,
    })
}

/// The vocabulary of one kind of file, with the trainer's mappings.
pub struct Vocabulary<'a> {
    kind: ImportKind,
    maps: &'a [Mapping],
}

impl<'a> Vocabulary<'a> {
    pub fn new(kind: ImportKind, maps: &'a [Mapping]) -> Self {
        Vocabulary { kind, maps }
    }

    /// What each header of a file names; `None` for a column prezenca does not know.
    pub fn meanings(&self, header: &[String]) -> Vec<Option<HeaderMeaning>> {
        let present: Vec<String> = header.iter().map(|h| header_key(h)).collect();
        header
            .iter()
            .map(|h| {
                if h.trim().is_empty() {
                    return None;
                }
                if let Some(m) = self
                    .maps
                    .iter()
                    .find(|m| header_key(&m.header) == header_key(h))
                {
                    return Some(
                        m.column
                            .map_or(HeaderMeaning::Ignored, HeaderMeaning::Column),
                    );
                }
                let key = header_key(h);
                for (marker, name, col) in FALLBACKS {
                    if key == header_key(name)
                        && present.contains(&header_key(marker))
                        && accepted(self.kind).any(|c| c == *col)
                    {
                        return Some(HeaderMeaning::Fallback(col));
                    }
                }
                self.meaning(h)
            })
            .collect()
    }

    /// What one header cell names, by itself.
    pub fn meaning(&self, h: &str) -> Option<HeaderMeaning> {
        // KoboToolbox writes a question's path: `group_personal/name`.
        let h = h.trim();
        let h = if !h.contains(char::is_whitespace) && h.contains('/') {
            h.rsplit('/').next().unwrap_or(h)
        } else {
            h
        };
        // A question's leading underscore marks Kobo's own fields (`_uuid`, `_index`).
        // So does a row-number column with no words at all: `#`, `№`.
        if h.starts_with('_') || header_key(h).is_empty() {
            return Some(HeaderMeaning::Metadata);
        }
        if let Some(m) = self.lookup(&header_key(h)) {
            return Some(m);
        }
        // "Email (required)", "Emri dhe mbiemri / Full name", "Organizata - Organisation":
        // the parts, when the ones that mean something agree.
        let mut found = None;
        for part in h.split(['/', '|', '(', ')', '[', ']', '–', '—']) {
            let part = part
                .trim()
                .trim_matches(|c: char| c == '-' || c == ':')
                .trim();
            if part.is_empty() {
                continue;
            }
            if let Some(m) = self.lookup(&header_key(part)) {
                if m == HeaderMeaning::Metadata {
                    continue;
                }
                if found.is_some_and(|f| f != m) {
                    return None;
                }
                found = Some(m);
            }
        }
        found
    }

    /// A folded header, then the same without the words forms wrap questions in.
    fn lookup(&self, key: &str) -> Option<HeaderMeaning> {
        if key.is_empty() {
            return None;
        }
        if let Some(m) = self.lookup_exact(key) {
            return Some(m);
        }
        let kept: Vec<&str> = key
            .split('_')
            .filter(|w| !FILLER_KEYS.iter().any(|f| f == w))
            .collect();
        let short = kept.join("_");
        if short != key && !short.is_empty() {
            return self.lookup_exact(&short);
        }
        None
    }

    fn lookup_exact(&self, key: &str) -> Option<HeaderMeaning> {
        if let Some(c) = accepted(self.kind).find(|c| *c == key) {
            return Some(HeaderMeaning::Column(c));
        }
        if let Some(c) = ALIAS_KEYS.get(&(self.kind, key.to_string())) {
            return Some(HeaderMeaning::Column(c));
        }
        if self.kind == ImportKind::Participants {
            if FIRST_KEYS.iter().any(|k| k == key) {
                return Some(HeaderMeaning::FirstName);
            }
            if LAST_KEYS.iter().any(|k| k == key) {
                return Some(HeaderMeaning::LastName);
            }
            if PARTICIPANT_METADATA.contains(&key) {
                return Some(HeaderMeaning::Metadata);
            }
        }
        if METADATA_KEYS.iter().any(|k| k == key) {
            return Some(HeaderMeaning::Metadata);
        }
        None
    }

    /// The field an unknown header seems to be about, if any (see [`SIGNALS`]); only for
    /// participants, whose fields are personal data a donor report counts.
    pub fn looks_like(&self, h: &str) -> Option<&'static str> {
        if self.kind != ImportKind::Participants {
            return None;
        }
        let key = header_key(h);
        let words: Vec<&str> = key.split('_').collect();
        SIGNALS
            .iter()
            .find(|(_, signals)| {
                signals.iter().any(|s| {
                    if s.len() <= 3 {
                        words.contains(s)
                    } else {
                        words.iter().any(|w| w.starts_with(s))
                    }
                })
            })
            .map(|(c, _)| *c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meaning(kind: ImportKind, h: &str) -> Option<HeaderMeaning> {
        Vocabulary::new(kind, &[]).meaning(h)
    }

    fn column(h: &str) -> Option<&'static str> {
        match meaning(ImportKind::Participants, h) {
            Some(HeaderMeaning::Column(c)) => Some(c),
            _ => None,
        }
    }

    #[test]
    fn every_documented_alias_is_reached_through_the_real_folding() {
        for (kind, col, names) in ALIASES {
            for n in names.iter() {
                assert_eq!(
                    meaning(*kind, n),
                    Some(HeaderMeaning::Column(col)),
                    "{n} in a {} file",
                    kind.word()
                );
            }
        }
        for n in FIRST_NAMES {
            assert_eq!(
                meaning(ImportKind::Participants, n),
                Some(HeaderMeaning::FirstName),
                "{n}"
            );
        }
        for n in LAST_NAMES {
            assert_eq!(
                meaning(ImportKind::Participants, n),
                Some(HeaderMeaning::LastName),
                "{n}"
            );
        }
        for n in METADATA {
            assert_eq!(
                meaning(ImportKind::Participants, n),
                Some(HeaderMeaning::Metadata),
                "{n}"
            );
        }
    }

    #[test]
    fn the_headers_tools_really_write() {
        for (h, want) in [
            ("Gjinia", "gender"),
            ("Adresa e email-it", "email"),
            ("Organizata/Institucioni", "organisation"),
            ("Е-адреса", "email"),
            ("Adresa e-pošte", "email"),
            ("Kontakt telefon", "phone"),
            ("Pozicioni", "position"),
            ("Institucija", "organisation"),
            ("Cinsiyetiniz", "gender"),
            ("Company", "organisation"),
            ("Current Employer", "organisation"),
            ("Affiliation", "organisation"),
            ("Email (required)", "email"),
            ("Emri dhe mbiemri / Full name", "name"),
            ("group_personal/name", "name"),
            ("group_personal/email", "email"),
            ("Gjinia / Gender", "gender"),
            ("Your email", "email"),
            ("Please enter your full name", "name"),
            ("E-mail adresa*", "email"),
            ("Organizata:", "organisation"),
        ] {
            assert_eq!(column(h), Some(want), "{h}");
        }
        // Parts that disagree name nothing for sure.
        assert_eq!(column("Name / Email"), None);
        assert_eq!(
            meaning(ImportKind::Participants, "_uuid"),
            Some(HeaderMeaning::Metadata)
        );
        assert_eq!(
            meaning(ImportKind::Participants, "meta/instanceID"),
            Some(HeaderMeaning::Metadata)
        );
    }

    #[test]
    fn unknown_headers_that_look_like_personal_fields_are_told_apart() {
        let v = Vocabulary::new(ImportKind::Participants, &[]);
        assert_eq!(v.looks_like("Email i punës"), Some("email"));
        assert_eq!(v.looks_like("Organisation type"), Some("organisation"));
        assert_eq!(v.looks_like("How did you hear about us?"), None);
        assert_eq!(v.looks_like("Expectations from the training"), None);
        assert_eq!(v.looks_like("Politics"), None);
    }

    #[test]
    fn fallbacks_and_mappings() {
        let maps = [
            parse_mapping(ImportKind::Participants, "Kontakt=phone").expect("map"),
            parse_mapping(ImportKind::Participants, "Koment = ignore").expect("map"),
        ];
        let v = Vocabulary::new(ImportKind::Participants, &maps);
        let header: Vec<String> = [
            "ID",
            "Start time",
            "Completion time",
            "Email",
            "Name",
            "Full name",
            "kontakt",
            "Koment",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            v.meanings(&header),
            [
                Some(HeaderMeaning::Metadata),
                Some(HeaderMeaning::Metadata),
                Some(HeaderMeaning::Metadata),
                Some(HeaderMeaning::Fallback("email")),
                Some(HeaderMeaning::Fallback("name")),
                Some(HeaderMeaning::Column("name")),
                Some(HeaderMeaning::Column("phone")),
                Some(HeaderMeaning::Ignored),
            ]
        );
        let e = parse_mapping(ImportKind::Participants, "X=shoe size").expect_err("no such field");
        assert!(e.contains("shoe size") && e.contains("email"), "{e}");
        assert!(parse_mapping(ImportKind::Participants, "no equals sign").is_err());
    }
}
