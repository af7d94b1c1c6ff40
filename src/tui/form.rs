//! Forms for creating and editing records: fields typed as text, checked field by field
//! (errors shown inline, what was typed kept), and turned into a `Command`.

use serde::{Deserialize, Serialize};
use time::Date;

use super::input::LineInput;
use super::state::Data;
use crate::core::Command;
use crate::core::write::valid_email;
use crate::domain::*;
use crate::text::check_line;

/// Which record a form creates or edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormKind {
    Event {
        id: Option<Id>,
    },
    Session {
        event: Id,
        id: Option<Id>,
    },
    Organisation {
        id: Option<Id>,
    },
    Participant {
        id: Option<Id>,
    },
    Registration {
        event: Id,
        participant: Id,
    },
    FollowUp {
        id: Option<Id>,
    },
    /// The roster's walk-in form (kept as a draft only; it is not one of these forms).
    WalkIn {
        event: Id,
        session: Option<Id>,
    },
}

#[derive(Debug, Clone)]
pub struct Field {
    /// The field's name in the code (English, stable); shown through [`Field::label_text`].
    pub label: &'static str,
    pub input: LineInput,
    /// What may be typed (the words of a closed vocabulary, a date format).
    pub hint: String,
    pub error: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub kind: FormKind,
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// A problem of the whole form (the backend refused it).
    pub error: Option<String>,
    /// The unknown organisation the user agreed to create (by submitting twice).
    pub create_org: Option<String>,
    /// The focused field was just entered: the first character typed replaces its text
    /// (a moved cursor keeps it).
    pub fresh: bool,
}

/// A form kept when the terminal went away, offered back at the next start.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub location: String,
    pub kind: FormKind,
    pub title: String,
    pub values: Vec<String>,
    pub focus: usize,
}

/// What a valid form asks for: one command (a participant in a new organisation is one
/// `SaveParticipant`, the organisation created in the same change).
#[derive(Debug, Clone, PartialEq)]
pub enum Plan {
    Run(Command),
}

fn field(label: &'static str, value: &str, hint: &str) -> Field {
    Field {
        label,
        input: LineInput::new(value),
        hint: hint.to_string(),
        error: None,
    }
}

impl Field {
    /// The label in the current language.
    pub fn label_text(&self) -> String {
        label_text(self.label)
    }
}

/// A field's label in the current language.
pub fn label_text(label: &str) -> String {
    match label {
        "Code" => crate::t!("field-code"),
        "Title" => crate::t!("field-title"),
        "Kind" => crate::t!("field-kind"),
        "Start date" => crate::t!("field-start-date"),
        "End date" => crate::t!("field-end-date"),
        "City" => crate::t!("field-city"),
        "Country" => crate::t!("field-country"),
        "Venue" => crate::t!("field-venue"),
        "Project" => crate::t!("field-project"),
        "Capacity" => crate::t!("field-capacity"),
        "Trainers" => crate::t!("field-trainers"),
        "Threshold" => crate::t!("field-threshold"),
        "Status" => crate::t!("field-status"),
        "Notes" => crate::t!("field-notes"),
        "Date" => crate::t!("field-date"),
        "Start" => crate::t!("field-start"),
        "End" => crate::t!("field-end"),
        "Name" => crate::t!("field-name"),
        "Acronym" => crate::t!("field-acronym"),
        "Email" => crate::t!("field-email"),
        "Phone" => crate::t!("field-phone"),
        "Gender" => crate::t!("field-gender"),
        "Organisation" => crate::t!("field-organisation"),
        "Position" => crate::t!("field-position"),
        "Photo consent" => crate::t!("field-photo-consent"),
        "Contact consent" => crate::t!("field-contact-consent"),
        "Role" => crate::t!("field-role"),
        "Source" => crate::t!("field-source"),
        "Event" => crate::t!("field-event"),
        "Participant" => crate::t!("field-participant"),
        "Owner" => crate::t!("field-owner"),
        "Due date" => crate::t!("field-due-date"),
        "Mode" => crate::t!("field-mode"),
        "Birth year" => crate::t!("field-birth-year"),
        "Disability" => crate::t!("field-disability"),
        other => other.to_string(),
    }
}

/// A closed vocabulary (gender, kinds, statuses): shown in the interface language, read
/// back in any language prezenca has, or as the stable word of CSV and the command line.
trait Vocab: Copy + 'static {
    const ALL: &'static [Self];
    fn parse_word(s: &str) -> Option<Self>;
    fn shown_in(self, l: &crate::report::Lang) -> String;
}

macro_rules! vocab_impl {
    ($($t:ident => $m:ident),+ $(,)?) => {$(
        impl Vocab for $t {
            const ALL: &'static [Self] = $t::ALL;
            fn parse_word(s: &str) -> Option<Self> {
                $t::parse(s)
            }
            fn shown_in(self, l: &crate::report::Lang) -> String {
                l.$m(self)
            }
        }
    )+};
}

vocab_impl!(
    EventKind => event_kind,
    EventStatus => event_status,
    OrgKind => org_kind,
    Gender => gender,
    Role => role,
    Source => source,
    RegStatus => registration_status,
    FollowUpKind => followup_kind,
    FollowUpStatus => followup_status,
    Disability => disability,
    Mode => mode,
);

/// The value as the interface language writes it.
fn shown<T: Vocab>(x: T) -> String {
    x.shown_in(&crate::report::Lang::current())
}

/// Every value, for the field's hint.
fn shown_words<T: Vocab>() -> String {
    T::ALL
        .iter()
        .map(|x| shown(*x))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Reads a value typed in any language (a draft may come from another one), folded.
fn read<T: Vocab>(s: &str) -> Option<T> {
    if let Some(x) = T::parse_word(s) {
        return Some(x);
    }
    let typed = crate::text::fold(s.trim());
    crate::i18n::available().into_iter().find_map(|code| {
        let l = crate::report::Lang::of(code);
        T::ALL
            .iter()
            .copied()
            .find(|x| crate::text::fold(&x.shown_in(&l)) == typed)
    })
}

/// A date as the language writes it (the forms read both ways back).
fn date_text(d: Date) -> String {
    crate::i18n::Locale::current().date(d)
}

fn opt_date(d: Option<Date>) -> String {
    d.map(date_text).unwrap_or_default()
}

fn yes_no(b: bool) -> String {
    if b {
        crate::t!("form-yes")
    } else {
        crate::t!("form-no")
    }
}

impl Form {
    fn new(kind: FormKind, title: String, fields: Vec<Field>) -> Self {
        Form {
            kind,
            title,
            fields,
            focus: 0,
            error: None,
            create_org: None,
            fresh: true,
        }
    }

    pub fn event(id: Option<Id>, e: Option<&Event>, today: Date) -> Self {
        let d = |f: fn(&Event) -> String| e.map(f).unwrap_or_default();
        let start = e.map_or(today, |e| e.start);
        Form::new(
            FormKind::Event { id },
            if id.is_some() {
                crate::t!("form-title-edit-event")
            } else {
                crate::t!("form-title-new-event")
            },
            vec![
                field("Code", &d(|e| e.code.clone()), &crate::t!("form-hint-code")),
                field("Title", &d(|e| e.title.clone()), ""),
                field(
                    "Kind",
                    &shown(e.map_or(EventKind::Training, |e| e.kind)),
                    &shown_words::<EventKind>(),
                ),
                field(
                    "Start date",
                    &date_text(start),
                    &crate::t!("form-hint-date"),
                ),
                field(
                    "End date",
                    &date_text(e.map_or(start, |e| e.end)),
                    &crate::t!("form-hint-date"),
                ),
                field("City", &d(|e| e.city.clone()), ""),
                field("Country", &d(|e| e.country.clone()), ""),
                field(
                    "Venue",
                    &d(|e| e.venue.clone()),
                    &crate::t!("form-hint-venue"),
                ),
                field(
                    "Project",
                    &d(|e| e.project.clone()),
                    &crate::t!("form-hint-project"),
                ),
                field(
                    "Capacity",
                    &e.and_then(|e| e.capacity)
                        .map(|c| c.to_string())
                        .unwrap_or_default(),
                    &crate::t!("form-hint-capacity"),
                ),
                field("Trainers", &d(|e| e.trainers.clone()), ""),
                field(
                    "Threshold",
                    &e.map_or("0.8".to_string(), |e| {
                        format!("{}", f64::from(e.threshold_permille) / 1000.0)
                    }),
                    &crate::t!("form-hint-threshold"),
                ),
                field(
                    "Status",
                    &shown(e.map_or(EventStatus::Planned, |e| e.status)),
                    &shown_words::<EventStatus>(),
                ),
                field(
                    "Mode",
                    &shown(e.map_or(Mode::InPerson, |e| e.mode)),
                    &shown_words::<Mode>(),
                ),
                field("Notes", &d(|e| e.notes.clone()), ""),
            ],
        )
    }

    pub fn session(event: Id, id: Option<Id>, s: Option<&Session>, day: Date) -> Self {
        Form::new(
            FormKind::Session { event, id },
            if id.is_some() {
                crate::t!("form-title-edit-session")
            } else {
                crate::t!("form-title-new-session")
            },
            vec![
                field(
                    "Date",
                    &date_text(s.map_or(day, |s| s.date)),
                    &crate::t!("form-hint-date"),
                ),
                field(
                    "Start",
                    &s.map_or("09:00".into(), |s| hhmm(s.start)),
                    "HH:MM",
                ),
                field("End", &s.map_or("17:00".into(), |s| hhmm(s.end)), "HH:MM"),
                field(
                    "Title",
                    &s.map(|s| s.title.clone()).unwrap_or_default(),
                    &crate::t!("form-hint-session-title"),
                ),
            ],
        )
    }

    pub fn organisation(id: Option<Id>, o: Option<&Organisation>, name: &str) -> Self {
        let d = |f: fn(&Organisation) -> String| o.map(f).unwrap_or_default();
        Form::new(
            FormKind::Organisation { id },
            if id.is_some() {
                crate::t!("form-title-edit-organisation")
            } else {
                crate::t!("form-title-new-organisation")
            },
            vec![
                field("Name", &o.map_or(name.to_string(), |o| o.name.clone()), ""),
                field("Acronym", &d(|o| o.acronym.clone()), ""),
                field(
                    "Kind",
                    &shown(o.map_or(OrgKind::Cso, |o| o.kind)),
                    &shown_words::<OrgKind>(),
                ),
                field("City", &d(|o| o.city.clone()), ""),
                field("Country", &d(|o| o.country.clone()), ""),
            ],
        )
    }

    pub fn participant(id: Option<Id>, p: Option<&Participant>, org: &str) -> Self {
        let d = |f: fn(&Participant) -> String| p.map(f).unwrap_or_default();
        Form::new(
            FormKind::Participant { id },
            if id.is_some() {
                crate::t!("form-title-edit-participant")
            } else {
                crate::t!("form-title-new-participant")
            },
            vec![
                field("Name", &d(|p| p.name.clone()), ""),
                field(
                    "Email",
                    &d(|p| p.email.clone()),
                    &crate::t!("form-hint-email"),
                ),
                field("Phone", &d(|p| p.phone.clone()), ""),
                field(
                    "Gender",
                    &shown(p.map_or(Gender::Undisclosed, |p| p.gender)),
                    &shown_words::<Gender>(),
                ),
                field("Organisation", org, &crate::t!("form-hint-organisation")),
                field("Position", &d(|p| p.position.clone()), ""),
                field("City", &d(|p| p.city.clone()), ""),
                field("Country", &d(|p| p.country.clone()), ""),
                field(
                    "Photo consent",
                    &yes_no(p.is_some_and(|p| p.consent_photos)),
                    &crate::t!("form-hint-yes-no"),
                ),
                field(
                    "Contact consent",
                    &yes_no(p.is_some_and(|p| p.consent_contact)),
                    &crate::t!("form-hint-yes-no"),
                ),
                field(
                    "Birth year",
                    &p.and_then(|p| p.birth_year)
                        .map(|y| y.to_string())
                        .unwrap_or_default(),
                    &crate::t!("form-hint-birth-year"),
                ),
                field(
                    "Disability",
                    &shown(p.map_or(Disability::Undisclosed, |p| p.disability)),
                    &shown_words::<Disability>(),
                ),
                field("Notes", &d(|p| p.notes.clone()), ""),
            ],
        )
    }

    pub fn registration(event: Id, participant: Id, r: Option<&Registration>) -> Self {
        let r = r.cloned().unwrap_or_default();
        Form::new(
            FormKind::Registration { event, participant },
            crate::t!("form-title-registration"),
            vec![
                field("Role", &shown(r.role), &shown_words::<Role>()),
                field("Source", &shown(r.source), &shown_words::<Source>()),
                field("Status", &shown(r.status), &shown_words::<RegStatus>()),
            ],
        )
    }

    pub fn followup(
        id: Option<Id>,
        f: Option<&FollowUp>,
        event_code: &str,
        person: &str,
        owner: &str,
    ) -> Self {
        let d = |g: fn(&FollowUp) -> String| f.map(g).unwrap_or_default();
        Form::new(
            FormKind::FollowUp { id },
            if id.is_some() {
                crate::t!("form-title-edit-followup")
            } else {
                crate::t!("form-title-new-followup")
            },
            vec![
                field(
                    "Title",
                    &d(|f| f.title.clone()),
                    &crate::t!("form-hint-followup-title"),
                ),
                field("Event", event_code, &crate::t!("form-hint-event")),
                field("Participant", person, &crate::t!("form-hint-participant")),
                field(
                    "Kind",
                    &shown(f.map_or(FollowUpKind::Other, |f| f.kind)),
                    &shown_words::<FollowUpKind>(),
                ),
                field(
                    "Owner",
                    &f.map_or(owner.to_string(), |f| f.owner.clone()),
                    "",
                ),
                field(
                    "Due date",
                    &f.map(|f| opt_date(f.due)).unwrap_or_default(),
                    &crate::t!("form-hint-due-date"),
                ),
                field(
                    "Status",
                    &shown(f.map_or(FollowUpStatus::Open, |f| f.status)),
                    &shown_words::<FollowUpStatus>(),
                ),
                field("Notes", &d(|f| f.notes.clone()), ""),
            ],
        )
    }

    pub fn value(&self, label: &str) -> &str {
        self.fields
            .iter()
            .find(|f| f.label == label)
            .map_or("", |f| f.input.text())
    }

    pub fn to_draft(&self, location: &str) -> Draft {
        Draft {
            location: location.to_string(),
            kind: self.kind.clone(),
            title: self.title.clone(),
            values: self
                .fields
                .iter()
                .map(|f| f.input.text().to_string())
                .collect(),
            focus: self.focus,
        }
    }

    /// Puts a draft's values back into a fresh form of the same kind.
    pub fn restore(mut self, d: &Draft) -> Self {
        for (f, v) in self.fields.iter_mut().zip(&d.values) {
            f.input.set(v);
        }
        self.focus = d.focus.min(self.fields.len().saturating_sub(1));
        self
    }

    /// Checks one field; sets or clears its error.
    pub fn check_field(&mut self, i: usize, data: &Data) {
        let Some(f) = self.fields.get(i) else { return };
        let err = check(
            &self.kind,
            f.label,
            f.input.text(),
            data,
            self.create_org.as_deref(),
        );
        if let Some(f) = self.fields.get_mut(i) {
            f.error = err;
        }
    }

    /// Checks every field; the plan when all are good.
    pub fn submit(&mut self, data: &Data) -> Option<Plan> {
        self.error = None;
        for i in 0..self.fields.len() {
            self.check_field(i, data);
        }
        // The unknown organisation: the first submit asks, the second creates it.
        if let FormKind::Participant { .. } = self.kind {
            let org = self.value("Organisation").trim().to_string();
            if !org.is_empty() && data.find_org(&org).is_none() {
                if self.create_org.as_deref() == Some(org.as_str()) {
                    if let Some(f) = self.fields.iter_mut().find(|f| f.label == "Organisation") {
                        f.error = None;
                    }
                } else {
                    self.create_org = Some(org.clone());
                    if let Some(f) = self.fields.iter_mut().find(|f| f.label == "Organisation") {
                        f.error = Some(crate::t!("form-error-new-organisation", name = org));
                    }
                }
            }
        }
        if let Some(i) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = i;
            return None;
        }
        self.plan(data)
    }

    fn plan(&self, data: &Data) -> Option<Plan> {
        let v = |l: &str| self.value(l).trim().to_string();
        Some(match &self.kind {
            // The roster's own form submits itself; a form of this kind is never built.
            FormKind::WalkIn { .. } => return None,
            FormKind::Event { id } => {
                let e = Event {
                    code: v("Code"),
                    title: v("Title"),
                    kind: read::<EventKind>(&v("Kind"))?,
                    city: v("City"),
                    country: v("Country"),
                    venue: v("Venue"),
                    start: parse_date(&v("Start date"))?,
                    end: parse_date(&v("End date"))?,
                    project: v("Project"),
                    capacity: if v("Capacity").is_empty() {
                        None
                    } else {
                        Some(v("Capacity").parse().ok()?)
                    },
                    trainers: v("Trainers"),
                    threshold_permille: parse_threshold(&v("Threshold"))?,
                    status: read::<EventStatus>(&v("Status"))?,
                    notes: v("Notes"),
                    mode: read::<Mode>(&v("Mode"))?,
                };
                Plan::Run(match id {
                    Some(id) => Command::UpdateEvent { id: *id, event: e },
                    None => Command::CreateEvent(e),
                })
            }
            FormKind::Session { event, id } => {
                let s = Session {
                    event: *event,
                    date: parse_date(&v("Date"))?,
                    start: parse_time(&v("Start"))?,
                    end: parse_time(&v("End"))?,
                    title: v("Title"),
                };
                Plan::Run(match id {
                    Some(id) => Command::UpdateSession {
                        id: *id,
                        session: s,
                    },
                    None => Command::CreateSession(s),
                })
            }
            FormKind::Organisation { id } => {
                let o = Organisation {
                    name: v("Name"),
                    acronym: v("Acronym"),
                    kind: read::<OrgKind>(&v("Kind"))?,
                    city: v("City"),
                    country: v("Country"),
                };
                Plan::Run(match id {
                    Some(id) => Command::UpdateOrganisation {
                        id: *id,
                        organisation: o,
                    },
                    None => Command::CreateOrganisation(o),
                })
            }
            FormKind::Participant { id } => {
                let org_text = v("Organisation");
                let forgotten = id.and_then(|i| data.person(i)).is_some_and(|r| r.forgotten);
                let p = Participant {
                    name: v("Name"),
                    email: crate::text::email_key(&v("Email")),
                    phone: v("Phone"),
                    gender: read::<Gender>(&v("Gender"))?,
                    organisation: data.find_org(&org_text),
                    position: v("Position"),
                    city: v("City"),
                    country: v("Country"),
                    consent_photos: yes(&v("Photo consent"))?,
                    consent_contact: yes(&v("Contact consent"))?,
                    notes: v("Notes"),
                    forgotten,
                    birth_year: birth_year(&v("Birth year"))?,
                    disability: read::<Disability>(&v("Disability"))?,
                };
                let new_organisation =
                    (!org_text.is_empty() && p.organisation.is_none()).then(|| Organisation {
                        name: org_text,
                        acronym: String::new(),
                        kind: OrgKind::Cso,
                        city: p.city.clone(),
                        country: p.country.clone(),
                    });
                Plan::Run(Command::SaveParticipant {
                    id: *id,
                    participant: p,
                    new_organisation,
                    register_at: None,
                })
            }
            FormKind::Registration { event, participant } => Plan::Run(Command::SetRegistration {
                event: *event,
                participant: *participant,
                registration: Some(Registration {
                    role: read::<Role>(&v("Role"))?,
                    source: read::<Source>(&v("Source"))?,
                    status: read::<RegStatus>(&v("Status"))?,
                }),
            }),
            FormKind::FollowUp { id } => {
                let event = data
                    .events
                    .iter()
                    .find(|e| e.event.code.eq_ignore_ascii_case(&v("Event")))?
                    .id;
                let person = v("Participant");
                let f = FollowUp {
                    event,
                    participant: if person.is_empty() {
                        None
                    } else {
                        Some(find_person(data, &person).ok()?)
                    },
                    organisation: id
                        .and_then(|i| data.followups.iter().find(|f| f.id == i))
                        .and_then(|f| f.f.organisation),
                    title: v("Title"),
                    kind: read::<FollowUpKind>(&v("Kind"))?,
                    owner: v("Owner"),
                    due: if v("Due date").is_empty() {
                        None
                    } else {
                        Some(parse_date(&v("Due date"))?)
                    },
                    status: read::<FollowUpStatus>(&v("Status"))?,
                    notes: v("Notes"),
                    // The number of a certificate already issued stays with it.
                    certificate: id
                        .and_then(|i| data.followups.iter().find(|f| f.id == i))
                        .and_then(|f| f.f.certificate),
                };
                Plan::Run(match id {
                    Some(id) => Command::UpdateFollowUp {
                        id: *id,
                        followup: f,
                    },
                    None => Command::CreateFollowUp(f),
                })
            }
        })
    }

    /// Shows an error from the backend next to the field it is about, else on the form.
    pub fn backend_error(&mut self, msg: &str) {
        let lower = msg.to_lowercase();
        // The message may name the field in English or in the interface language.
        let target = self.fields.iter().position(|f| {
            [f.label.to_lowercase(), f.label_text().to_lowercase()]
                .iter()
                .any(|l| {
                    lower.starts_with(l.as_str())
                        || lower.contains(&format!(" {l} "))
                        || lower.contains(&format!("{l} \""))
                })
        });
        match target {
            Some(i) => {
                self.fields[i].error = Some(msg.to_string());
                self.focus = i;
            }
            None => self.error = Some(msg.to_string()),
        }
    }
}

/// A birth year as typed: empty for none, else a four-digit year (`Some(None)` = none).
fn birth_year(s: &str) -> Option<Option<i32>> {
    let t = s.trim();
    if t.is_empty() {
        return Some(None);
    }
    crate::domain::parse_birth_year(t).map(Some)
}

fn yes(s: &str) -> Option<bool> {
    match s.trim().to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "po" | "da" | "evet" => Some(true),
        "no" | "n" | "false" | "0" | "" | "jo" | "ne" | "hayır" => Some(false),
        _ => None,
    }
}

/// A participant by email or (folded) name; one match only.
pub fn find_person(data: &Data, s: &str) -> Result<Id, String> {
    let s = s.trim();
    if s.contains('@') {
        let k = s.to_lowercase();
        return data
            .people
            .iter()
            .find(|r| r.email() == k)
            .map(|r| r.id)
            .ok_or_else(|| crate::t!("form-error-no-email", email = s));
    }
    let k = crate::text::fold(s);
    let found: Vec<Id> = data
        .people
        .iter()
        .filter(|r| r.name_key() == k)
        .map(|r| r.id)
        .collect();
    match found.len() {
        1 => Ok(found[0]),
        0 => Err(crate::t!("form-error-no-name", name = s)),
        n => Err(crate::t!("form-error-many-named", count = n, name = s)),
    }
}

fn vocab<T: Vocab>(s: &str) -> Option<String> {
    read::<T>(s).is_none().then(|| {
        crate::t!(
            "form-error-not-one-of",
            value = s,
            words = shown_words::<T>()
        )
    })
}

/// A refused character or length, said in the interface language.
pub fn text_error(label: &str, e: &crate::text::TextError) -> String {
    use crate::text::TextError;
    let field = label_text(label);
    match e {
        TextError::Control(u) => {
            crate::t!(
                "form-error-control",
                field = field,
                code = format!("U+{u:04X}")
            )
        }
        TextError::Invisible(u) => {
            crate::t!(
                "form-error-invisible",
                field = field,
                code = format!("U+{u:04X}")
            )
        }
        TextError::TooLong(n) => crate::t!("form-error-too-long", field = field, count = *n),
        TextError::Marks(n) => crate::t!("form-error-marks", field = field, count = *n),
    }
}

/// The error of one field, or `None` when it is good.
fn check(
    kind: &FormKind,
    label: &str,
    value: &str,
    data: &Data,
    create_org: Option<&str>,
) -> Option<String> {
    if let Err(e) = check_line(value) {
        return Some(text_error(label, &e));
    }
    let t = value.trim();
    let date = |required: bool| {
        if t.is_empty() {
            return required.then(|| crate::t!("form-error-date-needed"));
        }
        parse_date(t)
            .is_none()
            .then(|| crate::t!("form-error-not-a-date", value = t))
    };
    let required = || {
        t.is_empty()
            .then(|| crate::t!("form-error-empty", field = label_text(label)))
    };
    match (kind, label) {
        (FormKind::Event { id }, "Code") => required()
            .or_else(|| {
                t.contains(char::is_whitespace)
                    .then(|| crate::t!("form-error-code-spaces"))
            })
            .or_else(|| {
                data.events
                    .iter()
                    .any(|e| e.event.code.eq_ignore_ascii_case(t) && Some(e.id) != *id)
                    .then(|| crate::t!("form-error-event-exists", code = t))
            }),
        (FormKind::Event { .. }, "Title") => required(),
        (FormKind::Event { .. }, "Kind") => vocab::<EventKind>(t),
        (FormKind::Event { .. }, "Status") => vocab::<EventStatus>(t),
        (FormKind::Event { .. }, "Mode") => vocab::<Mode>(t),
        (FormKind::Participant { .. }, "Disability") => vocab::<Disability>(t),
        (FormKind::Participant { .. }, "Birth year") => birth_year(t)
            .is_none()
            .then(|| crate::t!("form-error-not-a-birth-year", value = t)),
        (FormKind::Event { .. }, "Start date") => date(true),
        (FormKind::Event { .. }, "End date") => date(true),
        (FormKind::Event { .. }, "Capacity") => (!t.is_empty() && t.parse::<u32>().is_err())
            .then(|| crate::t!("form-error-not-a-number", value = t)),
        (FormKind::Event { .. }, "Threshold") => parse_threshold(t)
            .is_none()
            .then(|| crate::t!("form-error-not-a-threshold", value = t)),
        (FormKind::Session { .. }, "Date") => date(true),
        (FormKind::Session { .. }, "Start" | "End") => parse_time(t)
            .is_none()
            .then(|| crate::t!("form-error-not-a-time", value = t)),
        (FormKind::Organisation { id }, "Name") => required().or_else(|| {
            let k = crate::text::fold(t);
            data.orgs
                .iter()
                .any(|(oid, o)| crate::text::fold(&o.name) == k && Some(*oid) != *id)
                .then(|| crate::t!("form-error-organisation-exists", name = t))
        }),
        (FormKind::Organisation { .. }, "Kind") => vocab::<OrgKind>(t),
        (FormKind::Participant { .. }, "Name") => required(),
        (FormKind::Participant { id }, "Email") => {
            if t.is_empty() {
                return None;
            }
            if !valid_email(t) {
                return Some(crate::t!("form-error-not-an-email", value = t));
            }
            let k = t.to_lowercase();
            data.people
                .iter()
                .find(|r| r.email() == k && Some(r.id) != *id)
                .map(|r| crate::t!("form-error-email-taken", name = r.name()))
        }
        (FormKind::Participant { .. }, "Gender") => vocab::<Gender>(t),
        (FormKind::Participant { .. }, "Organisation") => {
            if t.is_empty() || data.find_org(t).is_some() || create_org == Some(t) {
                None
            } else {
                Some(crate::t!("form-error-new-organisation", name = t))
            }
        }
        (FormKind::Participant { .. }, "Photo consent" | "Contact consent") => {
            yes(t).is_none().then(|| crate::t!("form-hint-yes-no"))
        }
        (FormKind::Registration { .. }, "Role") => vocab::<Role>(t),
        (FormKind::Registration { .. }, "Source") => vocab::<Source>(t),
        (FormKind::Registration { .. }, "Status") => vocab::<RegStatus>(t),
        (FormKind::FollowUp { .. }, "Title") => required(),
        (FormKind::FollowUp { .. }, "Event") => required().or_else(|| {
            (!data
                .events
                .iter()
                .any(|e| e.event.code.eq_ignore_ascii_case(t)))
            .then(|| crate::t!("form-error-no-event", code = t))
        }),
        (FormKind::FollowUp { .. }, "Participant") => {
            if t.is_empty() {
                None
            } else {
                find_person(data, t).err()
            }
        }
        (FormKind::FollowUp { .. }, "Kind") => vocab::<FollowUpKind>(t),
        (FormKind::FollowUp { .. }, "Status") => vocab::<FollowUpStatus>(t),
        (FormKind::FollowUp { .. }, "Due date") => date(false),
        _ => None,
    }
}

#[cfg(test)]
mod vocabulary_tests {
    use super::*;

    #[test]
    fn vocabulary_is_shown_in_the_language_and_read_back_in_any() {
        crate::i18n::set_for_thread(Some("sq"));
        let female = shown(Gender::Female);
        let training = shown(EventKind::Training);
        crate::i18n::set_for_thread(None);
        assert_ne!(female, "female", "shown in Albanian");
        assert_eq!(read::<Gender>(&female), Some(Gender::Female));
        assert_eq!(read::<Gender>("female"), Some(Gender::Female));
        assert_eq!(
            read::<EventKind>(&training.to_uppercase()),
            Some(EventKind::Training)
        );
        assert_eq!(read::<Gender>("maybe"), None);
        assert!(vocab::<Gender>("maybe").is_some(), "refused with the words");
        assert!(vocab::<Gender>(&female).is_none());
    }
}
