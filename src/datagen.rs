//! Deterministic, seeded generation of realistic programme data (events, sessions,
//! organisations, participants with the region's names, registrations, marks) for benchmarks,
//! demos and tests at scale.
//!
//! Records are written through [`Writer::write_raw`] in one write transaction per table group,
//! so the indexes stay exactly as the core keeps them; the audit log stays empty (generated
//! data is nobody's change). The same seed and scale always give the same file contents.

use redb::ReadableDatabase;
use time::{Date, Duration, Month, Time};

use crate::core::error::Result;
use crate::domain::*;
use crate::store::schema::{META, META_NEXT_ID};
use crate::store::tx::{Reader, Writer};

/// How much data to generate. The totals are met exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    pub events: usize,
    pub sessions: usize,
    pub organisations: usize,
    pub participants: usize,
    pub registrations: usize,
    pub marks: usize,
    /// Events start within `first_year .. first_year + years`.
    pub first_year: i32,
    pub years: i32,
}

impl Scale {
    /// One year of one office.
    pub const SMALL: Scale = Scale {
        events: 40,
        sessions: 160,
        organisations: 120,
        participants: 800,
        registrations: 2_400,
        marks: 8_000,
        first_year: 2025,
        years: 1,
    };

    /// A whole regional programme over five years.
    pub const LARGE: Scale = Scale {
        events: 5_000,
        sessions: 25_000,
        organisations: 8_000,
        participants: 100_000,
        registrations: 500_000,
        marks: 1_000_000,
        first_year: 2022,
        years: 5,
    };
}

/// The first event of every generated data set: 300 registered participants, 10 sessions,
/// every seat marked — the size of the largest conference the summary must handle.
pub const FLAGSHIP_CODE: &str = "FLAG-300X10";
const FLAGSHIP_REGISTRATIONS: usize = 300;
const FLAGSHIP_SESSIONS: usize = 10;

/// What was generated, for benchmarks to address records directly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    pub flagship: Id,
    /// Sessions of the flagship event, in time order.
    pub flagship_sessions: Vec<Id>,
    /// Participants registered at the flagship event.
    pub flagship_participants: Vec<Id>,
    pub events: usize,
    pub sessions: usize,
    pub organisations: usize,
    pub participants: usize,
    pub registrations: usize,
    pub marks: usize,
}

/// splitmix64: tiny, fast and good enough to draw test data; never for anything secret.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) % n.max(1) as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }

    /// True with probability `pct` in a hundred.
    pub fn chance(&mut self, pct: usize) -> bool {
        self.below(100) < pct
    }
}

/// A language community of the region: names as its people write them, and where they live.
struct Community {
    women: &'static [&'static str],
    men: &'static [&'static str],
    surnames: &'static [&'static str],
    places: &'static [(&'static str, &'static str)],
    /// Share of participants, in a hundred.
    share: usize,
}

const COMMUNITIES: &[Community] = &[
    // Albanian
    Community {
        women: &[
            "Arta",
            "Blerta",
            "Drita",
            "Vjosa",
            "Teuta",
            "Lirie",
            "Mimoza",
            "Fatmire",
            "Albulena",
            "Ëndrina",
            "Qëndresa",
            "Besa",
        ],
        men: &[
            "Arbër", "Besnik", "Dritan", "Ilir", "Gëzim", "Agon", "Valon", "Fatos", "Shpëtim",
            "Lulzim", "Çlirim", "Ermal",
        ],
        surnames: &[
            "Krasniqi",
            "Gashi",
            "Berisha",
            "Morina",
            "Hoxha",
            "Shala",
            "Çela",
            "Rexhepi",
            "Dërguti",
            "Bytyçi",
            "Kryeziu",
            "Zeqiri",
            "Hysenaj",
            "Përvetica",
            "Xhaferi",
        ],
        places: &[
            ("Prishtinë", "Kosovo"),
            ("Prizren", "Kosovo"),
            ("Pejë", "Kosovo"),
            ("Gjakovë", "Kosovo"),
            ("Tiranë", "Albania"),
            ("Shkodër", "Albania"),
            ("Tetovë", "North Macedonia"),
        ],
        share: 35,
    },
    // Serbian, Bosnian, Croatian, Montenegrin in Latin script
    Community {
        women: &[
            "Ana",
            "Jelena",
            "Milica",
            "Ivana",
            "Marija",
            "Dragana",
            "Snježana",
            "Azra",
            "Amra",
            "Lejla",
            "Željka",
            "Tijana",
        ],
        men: &[
            "Dragan", "Miloš", "Nikola", "Đorđe", "Željko", "Emir", "Haris", "Tomislav", "Dušan",
            "Goran", "Ćamil", "Vuk",
        ],
        surnames: &[
            "Đorđević",
            "Petrović",
            "Jovanović",
            "Kovačević",
            "Hodžić",
            "Šahinović",
            "Babić",
            "Marić",
            "Čolić",
            "Žujović",
            "Mehmedović",
            "Knežević",
            "Grgić",
            "Vučković",
            "Ćosić",
        ],
        places: &[
            ("Beograd", "Serbia"),
            ("Novi Sad", "Serbia"),
            ("Sarajevo", "Bosnia and Herzegovina"),
            ("Tuzla", "Bosnia and Herzegovina"),
            ("Mostar", "Bosnia and Herzegovina"),
            ("Zagreb", "Croatia"),
            ("Podgorica", "Montenegro"),
        ],
        share: 30,
    },
    // Serbian in Cyrillic
    Community {
        women: &["Јелена", "Милица", "Драгана", "Ана", "Снежана", "Јована"],
        men: &["Драган", "Милош", "Ђорђе", "Никола", "Душан", "Жарко"],
        surnames: &[
            "Петровић",
            "Ђорђевић",
            "Јовановић",
            "Николић",
            "Станковић",
            "Ђукић",
            "Шошкић",
        ],
        places: &[
            ("Београд", "Serbia"),
            ("Ниш", "Serbia"),
            ("Бања Лука", "Bosnia and Herzegovina"),
        ],
        share: 10,
    },
    // Macedonian
    Community {
        women: &["Елена", "Ивана", "Марија", "Билјана", "Сања", "Ѓурѓа"],
        men: &["Горан", "Александар", "Ѓорѓи", "Дејан", "Кире", "Ќирил"],
        surnames: &[
            "Стојановски",
            "Трајковски",
            "Ѓорѓиевски",
            "Петровски",
            "Димитриевски",
            "Ќосев",
        ],
        places: &[
            ("Скопје", "North Macedonia"),
            ("Битола", "North Macedonia"),
            ("Охрид", "North Macedonia"),
        ],
        share: 10,
    },
    // Turkish
    Community {
        women: &["Elif", "Ayşe", "Zeynep", "Gülşen", "Özlem", "Şule", "Büşra"],
        men: &["Mehmet", "Emre", "Oğuz", "Çağrı", "İsmail", "Barış", "Ömer"],
        surnames: &[
            "Şahin",
            "Yılmaz",
            "Öztürk",
            "Çelik",
            "Doğan",
            "Aydın",
            "Güneş",
            "Kılıç",
            "Ağaoğlu",
        ],
        places: &[
            ("İstanbul", "Türkiye"),
            ("Ankara", "Türkiye"),
            ("İzmir", "Türkiye"),
            ("Gaziantep", "Türkiye"),
        ],
        share: 15,
    },
];

/// Words organisation names are built from; the mixed-radix combination of an index makes
/// every name distinct, also after folding.
const ORG_TYPES: &[(&str, OrgKind)] = &[
    ("Shoqata", OrgKind::Cso),
    ("Udruženje", OrgKind::Cso),
    ("Fondacija", OrgKind::Cso),
    ("Derneği", OrgKind::Cso),
    ("Rrjeti", OrgKind::Network),
    ("Mreža", OrgKind::Network),
    ("Општина", OrgKind::PublicBody),
    ("Radio", OrgKind::Media),
    ("Qendra", OrgKind::Cso),
    ("Inicijativa", OrgKind::Other),
];
const ORG_TOPICS: &[&str] = &[
    "për Zhvillim",
    "za Ljudska Prava",
    "Gençlik",
    "Zeleni",
    "Ekološka",
    "Demokratia",
    "Žene u Akciji",
    "Kadın Dayanışma",
    "Transparentnost",
    "Otvoreni Grad",
    "Mladi Lideri",
    "Baraziа",
    "Solidarnost",
    "Kultura Plus",
    "Edukimi",
    "Medijska Pismenost",
    "Çevre Gönüllüleri",
    "Ruralni Razvoj",
    "Aktiv",
    "Integrimi",
    "Зелена Иднина",
    "Граѓански Форум",
    "Inkluzija",
    "Hapësira",
    "Sivil Toplum",
    "Gradska Kuhinja",
    "Most",
    "Ura",
    "Köprü",
    "Mozaik",
    "Digital Rights",
    "Transparencija",
    "Kujtesa",
    "Sigurnost",
    "Ekonomia Sociale",
    "Pravda",
];

const TRAINERS: &[&str] = &["arta", "dragan", "elif", "jelena", "besnik", "goran"];
const PROJECTS: &[&str] = &[
    "EU-CSF-22",
    "SIDA-WB-3",
    "USAID-CS-7",
    "GIZ-YOUTH-2",
    "UNDP-LOC-4",
    "EED-MEDIA-1",
    "NED-KS-9",
    "OSF-REG-5",
    "SDC-DEC-2",
    "ADA-GEN-3",
    "EU-IPA-11",
    "KAS-DIAL-6",
];
const TITLES: &[&str] = &[
    "Advocacy and policy dialogue",
    "Fundraising for grassroots organisations",
    "Financial management of EU grants",
    "Gender-sensitive budgeting",
    "Media literacy for community leaders",
    "Digital security for activists",
    "Monitoring and evaluation basics",
    "Project cycle management",
    "Volunteer management",
    "Strategic communication",
    "Public procurement watchdog",
    "Youth participation in local decision-making",
];
const REASONS: &[&str] = &["bolest", "sëmundje", "hastalık", "службен пат", "family"];
const DOMAINS: &[&str] = &[
    "gmail.com",
    "hotmail.com",
    "yahoo.com",
    "outlook.com",
    "t-com.me",
];

/// Splits `total` into `n` parts in `lo..=hi` drawn at random, meeting `total` exactly.
fn split_total(rng: &mut Rng, n: usize, total: usize, lo: usize, hi: usize) -> Vec<usize> {
    if n == 0 {
        return Vec::new();
    }
    let avg = total / n;
    let spread = avg.saturating_sub(lo).min(hi.saturating_sub(avg));
    let mut parts: Vec<usize> = (0..n)
        .map(|_| rng.between(avg - spread, avg + spread).clamp(lo, hi))
        .collect();
    let mut sum: usize = parts.iter().sum();
    // Nudge random parts until the sum is exact; every part stays in range.
    while sum != total {
        let i = rng.below(n);
        if sum > total && parts[i] > lo {
            parts[i] -= 1;
            sum -= 1;
        } else if sum < total && parts[i] < hi {
            parts[i] += 1;
            sum += 1;
        }
    }
    parts
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn date_of(year: i32, day: usize) -> Date {
    let first = Date::from_calendar_date(year, Month::January, 5).unwrap_or(Date::MIN);
    first + Duration::days(day as i64)
}

fn hm(h: u8, m: u8) -> Time {
    Time::from_hms(h, m, 0).unwrap_or(Time::MIDNIGHT)
}

/// The participant record for index `i`.
fn participant(rng: &mut Rng, i: usize, orgs: usize, org_base: Id) -> Participant {
    let roll = rng.below(100);
    let mut acc = 0;
    let mut c = &COMMUNITIES[0];
    for k in COMMUNITIES {
        acc += k.share;
        if roll < acc {
            c = k;
            break;
        }
    }
    let female = rng.chance(55);
    let first = if female {
        rng.pick(c.women)
    } else {
        rng.pick(c.men)
    };
    let last = rng.pick(c.surnames);
    let (city, country) = *rng.pick(c.places);
    let name = format!("{first} {last}");
    let email = if rng.chance(90) {
        let local = format!(
            "{}.{}{i}",
            crate::text::fold(first),
            crate::text::fold(last)
        )
        .replace(' ', "");
        format!("{local}@{}", rng.pick(DOMAINS))
    } else {
        String::new()
    };
    let gender = match rng.below(100) {
        0..=2 => Gender::Undisclosed,
        3 => Gender::Other,
        _ if female => Gender::Female,
        _ => Gender::Male,
    };
    Participant {
        name,
        email,
        phone: if rng.chance(60) {
            format!(
                "+383 4{} {:03} {:03}",
                rng.below(10),
                rng.below(1000),
                rng.below(1000)
            )
        } else {
            String::new()
        },
        gender,
        organisation: if rng.chance(85) && orgs > 0 {
            Some(org_base + rng.below(orgs) as Id)
        } else {
            None
        },
        position: rng
            .pick(&[
                "Project officer",
                "Koordinatore",
                "Direktor",
                "Volonter",
                "Uzman",
                "",
            ])
            .to_string(),
        city: city.to_string(),
        country: country.to_string(),
        consent_photos: rng.chance(70),
        consent_contact: rng.chance(80),
        notes: String::new(),
        forgotten: false,
        // From the index, not the generator, so every other field stays as it was.
        birth_year: (i % 5 != 0).then(|| 1955 + (i * 7919 % 50) as i32),
        disability: match i * 31 % 100 {
            0..=5 => Disability::Yes,
            6..=60 => Disability::No,
            _ => Disability::Undisclosed,
        },
    }
}

/// Every city of the region once: `Beograd` and `Београд` are one city (they fold alike).
fn org_places() -> Vec<(&'static str, &'static str)> {
    let mut seen = std::collections::HashSet::new();
    COMMUNITIES
        .iter()
        .flat_map(|c| c.places.iter().copied())
        .filter(|(city, _)| seen.insert(crate::text::fold(city)))
        .collect()
}

fn organisation(rng: &mut Rng, i: usize, places: &[(&'static str, &'static str)]) -> Organisation {
    let (ty, kind) = ORG_TYPES[i % ORG_TYPES.len()];
    let rest = i / ORG_TYPES.len();
    let topic = ORG_TOPICS[rest % ORG_TOPICS.len()];
    let rest = rest / ORG_TOPICS.len();
    let (city, country) = places[rest % places.len()];
    let round = rest / places.len();
    let name = if round == 0 {
        format!("{ty} {topic} {city}")
    } else {
        format!("{ty} {topic} {city} {}", round + 1)
    };
    let acronym: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    let _ = rng.next_u64();
    Organisation {
        name,
        acronym,
        kind,
        city: city.to_string(),
        country: country.to_string(),
    }
}

/// Generates `scale` worth of data into a freshly created (empty) prezenca database.
pub fn generate(db: &redb::Database, scale: &Scale, seed: u64) -> Result<Generated> {
    let mut rng = Rng::new(seed);
    let mut next: Id = {
        let r = db.begin_read()?;
        r.meta(META_NEXT_ID)?.unwrap_or(1)
    };

    // Organisations and participants.
    let org_base = next;
    let part_base = org_base + scale.organisations as Id;
    {
        let txn = db.begin_write()?;
        let mut w = Writer::new(&txn);
        let places = org_places();
        for i in 0..scale.organisations {
            let o = organisation(&mut rng, i, &places);
            w.write_raw(
                RecordKey::Organisation(org_base + i as Id),
                None,
                Some(&Record::Organisation(o)),
            )?;
        }
        for i in 0..scale.participants {
            let p = participant(&mut rng, i, scale.organisations, org_base);
            w.write_raw(
                RecordKey::Participant(part_base + i as Id),
                None,
                Some(&Record::Participant(p)),
            )?;
        }
        next = part_base + scale.participants as Id;
        txn.open_table(META)?.insert(META_NEXT_ID, next)?;
        txn.commit()?;
    }

    // The plan: sessions and registrations per event, marks per event in proportion to seats.
    let rest_events = scale.events.saturating_sub(1);
    let flag_regs = FLAGSHIP_REGISTRATIONS.min(scale.participants);
    let mut sessions_per = vec![FLAGSHIP_SESSIONS];
    sessions_per.extend(split_total(
        &mut rng,
        rest_events,
        scale.sessions.saturating_sub(FLAGSHIP_SESSIONS),
        1,
        12,
    ));
    let mut regs_per = vec![flag_regs];
    let max_regs = 250.min(scale.participants);
    regs_per.extend(split_total(
        &mut rng,
        rest_events,
        scale.registrations.saturating_sub(flag_regs),
        5.min(max_regs),
        max_regs,
    ));
    let flag_marks = flag_regs * FLAGSHIP_SESSIONS;
    let seats: Vec<usize> = (0..scale.events)
        .map(|e| sessions_per[e] * regs_per[e])
        .collect();
    let rest_seats: usize = seats.iter().skip(1).sum();
    let rest_marks = scale.marks.saturating_sub(flag_marks).min(rest_seats);
    let mut marks_per = vec![flag_marks];
    let mut given = 0;
    for s in seats.iter().skip(1) {
        let q = (rest_marks * s).checked_div(rest_seats).unwrap_or(0);
        marks_per.push(q);
        given += q;
    }
    // Largest events absorb the rounding remainder, one mark each.
    let mut e = 1;
    while given < rest_marks && scale.events > 1 {
        if marks_per[e] < seats[e] {
            marks_per[e] += 1;
            given += 1;
        }
        e = if e + 1 >= scale.events { 1 } else { e + 1 };
    }

    // Events and sessions.
    let event_base = next;
    let mut session_ids: Vec<Vec<(Id, Date, Time)>> = Vec::with_capacity(scale.events);
    let days = (365 * scale.years.max(1)) as usize - 14;
    {
        let txn = db.begin_write()?;
        let mut w = Writer::new(&txn);
        let mut sid = event_base + scale.events as Id;
        for e in 0..scale.events {
            let year_day = rng.below(days);
            let start = date_of(scale.first_year, year_day);
            let n = sessions_per[e];
            let end = start + Duration::days(((n as i64) - 1) / 2);
            let c = rng.pick(COMMUNITIES);
            let (city, country) = *rng.pick(c.places);
            let kind = *rng.pick(EventKind::ALL);
            let code = if e == 0 {
                FLAGSHIP_CODE.to_string()
            } else {
                format!(
                    "{}-{}-{:04}",
                    &kind.word()[..2].to_uppercase(),
                    start.year(),
                    e
                )
            };
            let ev = Event {
                code,
                title: rng.pick(TITLES).to_string(),
                kind,
                city: city.to_string(),
                country: country.to_string(),
                venue: if rng.chance(15) {
                    "online".into()
                } else {
                    format!("Hotel {}", rng.pick(&["Sirius", "Grand", "Park", "Centar"]))
                },
                start,
                end,
                project: rng.pick(PROJECTS).to_string(),
                capacity: Some((regs_per[e] + 10) as u32),
                trainers: format!("{}, {}", rng.pick(TRAINERS), rng.pick(TRAINERS)),
                threshold_permille: *rng.pick(&[800, 800, 800, 750, 670]),
                status: EventStatus::Done,
                notes: String::new(),
                mode: Mode::InPerson,
            };
            let ev = Event {
                mode: if ev.venue == "online" {
                    Mode::Online
                } else if e % 10 == 3 {
                    Mode::Hybrid
                } else {
                    Mode::InPerson
                },
                ..ev
            };
            let eid = event_base + e as Id;
            w.write_raw(RecordKey::Event(eid), None, Some(&Record::Event(ev)))?;
            let mut mine = Vec::with_capacity(n);
            for k in 0..n {
                let date = start + Duration::days((k / 2) as i64);
                let (st, en) = if k % 2 == 0 {
                    (hm(9, 0), hm(12, 30))
                } else {
                    (hm(13, 30), hm(17, 0))
                };
                let s = Session {
                    event: eid,
                    date,
                    start: st,
                    end: en,
                    title: format!(
                        "Day {} {}",
                        k / 2 + 1,
                        if k % 2 == 0 { "morning" } else { "afternoon" }
                    ),
                };
                w.write_raw(RecordKey::Session(sid), None, Some(&Record::Session(s)))?;
                mine.push((sid, date, st));
                sid += 1;
            }
            session_ids.push(mine);
        }
        next = sid;
        txn.open_table(META)?.insert(META_NEXT_ID, next)?;
        txn.commit()?;
    }

    // Who is registered where: a stride through the pool with a step coprime to its size
    // visits distinct people, so no one is registered twice to the same event.
    let pool = scale.participants.max(1);
    let mut registered: Vec<Vec<Id>> = Vec::with_capacity(scale.events);
    for &n in regs_per.iter().take(scale.events) {
        let offset = rng.below(pool);
        let step = loop {
            let s = rng.between(1, pool.saturating_sub(1).max(1));
            if gcd(s, pool) == 1 {
                break s;
            }
        };
        let mut ids: Vec<Id> = (0..n)
            .map(|k| part_base + ((offset + k * step) % pool) as Id)
            .collect();
        ids.sort_unstable();
        registered.push(ids);
    }
    {
        let txn = db.begin_write()?;
        let mut w = Writer::new(&txn);
        for (e, ids) in registered.iter().enumerate() {
            for &pid in ids {
                let reg = Registration {
                    role: match rng.below(100) {
                        0..=2 => Role::Trainer,
                        3..=4 => Role::Staff,
                        _ => Role::Participant,
                    },
                    source: match rng.below(10) {
                        0 => Source::WalkIn,
                        1 => Source::Imported,
                        _ => Source::PreRegistered,
                    },
                    status: match rng.below(100) {
                        0..=2 => RegStatus::Cancelled,
                        3..=6 => RegStatus::Waitlisted,
                        7..=14 => RegStatus::Confirmed,
                        _ => RegStatus::Registered,
                    },
                };
                let reg = if e == 0 {
                    // The flagship counts every seat, so its summary is 300 × 10.
                    Registration::default()
                } else {
                    reg
                };
                w.write_raw(
                    RecordKey::Registration(event_base + e as Id, pid),
                    None,
                    Some(&Record::Registration(reg)),
                )?;
            }
        }
        txn.commit()?;
    }

    // Marks: in each event, the seats (session × registration) to mark are spread evenly
    // (Bresenham), so every session has some and the total is exact.
    let mut marks = 0;
    {
        let txn = db.begin_write()?;
        let mut w = Writer::new(&txn);
        for e in 0..scale.events {
            let regs = &registered[e];
            let total = seats[e];
            let want = marks_per[e];
            for (k, &(sid, date, start)) in session_ids[e].iter().enumerate() {
                for (r, &pid) in regs.iter().enumerate() {
                    let i = k * regs.len() + r;
                    if (i + 1) * want / total.max(1) == i * want / total.max(1) {
                        continue;
                    }
                    let status = match rng.below(100) {
                        0..=69 => MarkStatus::Present,
                        70..=79 => MarkStatus::Late,
                        80..=84 => MarkStatus::LeftEarly,
                        85..=89 => MarkStatus::Excused,
                        _ => MarkStatus::Absent,
                    };
                    let at = date.midnight().assume_utc().unix_timestamp()
                        + i64::from(start.hour()) * 3600
                        + rng.below(1800) as i64;
                    let m = Mark {
                        status,
                        arrived_at: (status == MarkStatus::Late)
                            .then(|| hm(start.hour(), 5 + rng.below(50) as u8)),
                        reason: if status == MarkStatus::Excused {
                            rng.pick(REASONS).to_string()
                        } else {
                            String::new()
                        },
                        by: rng.pick(TRAINERS).to_string(),
                        at,
                        left_at: None,
                    };
                    w.write_raw(RecordKey::Mark(sid, pid), None, Some(&Record::Mark(m)))?;
                    marks += 1;
                }
            }
        }
        txn.commit()?;
    }

    Ok(Generated {
        flagship: event_base,
        flagship_sessions: session_ids
            .first()
            .map(|s| s.iter().map(|x| x.0).collect())
            .unwrap_or_default(),
        flagship_participants: registered.first().cloned().unwrap_or_default(),
        events: scale.events,
        sessions: session_ids.iter().map(Vec::len).sum(),
        organisations: scale.organisations,
        participants: scale.participants,
        registrations: registered.iter().map(Vec::len).sum(),
        marks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::schema::*;
    use redb::ReadableTableMetadata;

    fn small() -> (tempfile::TempDir, crate::store::Db, Generated) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("small.redb");
        let (db, _) = crate::store::open(&path).expect("opens");
        let g = generate(db.writable().expect("writable"), &Scale::SMALL, 7).expect("generates");
        (dir, db, g)
    }

    #[test]
    fn totals_are_exact_and_every_record_checks() {
        let (_dir, db, g) = small();
        let s = Scale::SMALL;
        assert_eq!(
            (g.events, g.sessions, g.registrations, g.marks),
            (s.events, s.sessions, s.registrations, s.marks)
        );
        let r = db.begin_read().expect("read");
        assert_eq!(r.count(EVENTS).expect("count"), s.events as u64);
        assert_eq!(r.count(SESSIONS).expect("count"), s.sessions as u64);
        assert_eq!(r.count(PARTICIPANTS).expect("count"), s.participants as u64);
        assert_eq!(
            r.count(ORGANISATIONS).expect("count"),
            s.organisations as u64
        );
        let marks = r.open_table(MARKS).expect("marks").len().expect("len");
        assert_eq!(marks, s.marks as u64);
        let regs = r
            .open_table(REGISTRATIONS)
            .expect("regs")
            .len()
            .expect("len");
        assert_eq!(regs, s.registrations as u64);
        drop(r);
        let problems = crate::store::check::check(&db).expect("check runs");
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn same_seed_same_data_other_seed_other_data() {
        let (_d1, db1, _) = small();
        let (_d2, db2, _) = small();
        let a = db1
            .begin_read()
            .expect("read")
            .all_participants()
            .expect("all");
        let b = db2
            .begin_read()
            .expect("read")
            .all_participants()
            .expect("all");
        assert_eq!(a, b);
        let dir = tempfile::tempdir().expect("temp dir");
        let (db3, _) = crate::store::open(&dir.path().join("x.redb")).expect("opens");
        generate(db3.writable().expect("writable"), &Scale::SMALL, 8).expect("generates");
        let c = db3
            .begin_read()
            .expect("read")
            .all_participants()
            .expect("all");
        assert_ne!(a, c);
    }

    #[test]
    fn flagship_summary_is_300_by_10_fully_marked() {
        let (_dir, db, g) = small();
        let r = db.begin_read().expect("read");
        let now = time::macros::datetime!(2030-01-01 00:00);
        let s = crate::core::query::event_summary(&r, g.flagship, now).expect("summary");
        assert_eq!(s.registered, 300);
        assert_eq!(s.sessions.len(), 10);
        assert!(s.sessions.iter().all(|x| x.unmarked == 0));
    }

    #[test]
    fn names_come_from_every_script_of_the_region() {
        let (_dir, db, _) = small();
        let ps = db
            .begin_read()
            .expect("read")
            .all_participants()
            .expect("all");
        let any = |f: &dyn Fn(char) -> bool| ps.iter().any(|(_, p)| p.name.chars().any(f));
        assert!(any(&|c| ('\u{400}'..='\u{4ff}').contains(&c)), "Cyrillic");
        assert!(any(&|c| "çëđšžćčşğıöüİ".contains(c)), "Latin diacritics");
        // Emails are unique (the index would have refused a duplicate) and ASCII.
        assert!(ps.iter().all(|(_, p)| p.email.is_ascii()));
    }

    #[test]
    fn organisation_names_stay_unique_after_folding_at_large_scale() {
        let places = org_places();
        let mut rng = Rng::new(3);
        let mut seen = std::collections::HashSet::new();
        for i in 0..Scale::LARGE.organisations {
            let o = organisation(&mut rng, i, &places);
            assert!(
                seen.insert(crate::store::tx::org_key(&o.name)),
                "{} folds like another",
                o.name
            );
        }
    }

    #[test]
    fn split_total_meets_total_within_bounds() {
        let mut rng = Rng::new(1);
        let parts = split_total(&mut rng, 100, 2_345, 3, 40);
        assert_eq!(parts.iter().sum::<usize>(), 2_345);
        assert!(parts.iter().all(|p| (3..=40).contains(p)));
    }
}
