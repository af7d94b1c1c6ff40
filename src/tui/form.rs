//! Forms for creating and editing records: fields typed as text, checked field by field
//! (errors shown inline, what was typed kept), and turned into a `Command`.

use serde::{Deserialize, Serialize};
use time::Date;

use super::data::Data;
use super::input::LineInput;
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
pub struct FormField {
    /// Which field of the record this is; shown through [`FormField::label_text`].
    pub key: Field,
    pub input: LineInput,
    /// What may be typed (the words of a closed vocabulary, a date format).
    pub hint: String,
    pub error: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub kind: FormKind,
    pub title: String,
    pub fields: Vec<FormField>,
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

fn field(key: Field, value: &str, hint: &str) -> FormField {
    FormField {
        key,
        input: LineInput::new(value),
        hint: hint.to_string(),
        error: None,
    }
}

impl FormField {
    /// The label in the current language.
    pub fn label_text(&self) -> String {
        self.key.label()
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
    fn new(kind: FormKind, title: String, fields: Vec<FormField>) -> Self {
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
                field(
                    Field::Code,
                    &d(|e| e.code.clone()),
                    &crate::t!("form-hint-code"),
                ),
                field(Field::Title, &d(|e| e.title.clone()), ""),
                field(
                    Field::Kind,
                    &shown(e.map_or(EventKind::Training, |e| e.kind)),
                    &shown_words::<EventKind>(),
                ),
                field(
                    Field::StartDate,
                    &date_text(start),
                    &crate::t!("form-hint-date"),
                ),
                field(
                    Field::EndDate,
                    &date_text(e.map_or(start, |e| e.end)),
                    &crate::t!("form-hint-date"),
                ),
                field(Field::City, &d(|e| e.city.clone()), ""),
                field(Field::Country, &d(|e| e.country.clone()), ""),
                field(
                    Field::Venue,
                    &d(|e| e.venue.clone()),
                    &crate::t!("form-hint-venue"),
                ),
                field(
                    Field::Project,
                    &d(|e| e.project.clone()),
                    &crate::t!("form-hint-project"),
                ),
                field(
                    Field::Capacity,
                    &e.and_then(|e| e.capacity)
                        .map(|c| c.to_string())
                        .unwrap_or_default(),
                    &crate::t!("form-hint-capacity"),
                ),
                field(Field::Trainers, &d(|e| e.trainers.clone()), ""),
                field(
                    Field::Threshold,
                    &e.map_or("0.8".to_string(), |e| {
                        format!("{}", f64::from(e.threshold_permille) / 1000.0)
                    }),
                    &crate::t!("form-hint-threshold"),
                ),
                field(
                    Field::Status,
                    &shown(e.map_or(EventStatus::Planned, |e| e.status)),
                    &shown_words::<EventStatus>(),
                ),
                field(
                    Field::Mode,
                    &shown(e.map_or(Mode::InPerson, |e| e.mode)),
                    &shown_words::<Mode>(),
                ),
                field(Field::Notes, &d(|e| e.notes.clone()), ""),
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
                    Field::Date,
                    &date_text(s.map_or(day, |s| s.date)),
                    &crate::t!("form-hint-date"),
                ),
                field(
                    Field::Start,
                    &s.map_or("09:00".into(), |s| hhmm(s.start)),
                    "HH:MM",
                ),
                field(
                    Field::End,
                    &s.map_or("17:00".into(), |s| hhmm(s.end)),
                    "HH:MM",
                ),
                field(
                    Field::Title,
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
                field(
                    Field::Name,
                    &o.map_or(name.to_string(), |o| o.name.clone()),
                    "",
                ),
                field(Field::Acronym, &d(|o| o.acronym.clone()), ""),
                field(
                    Field::Kind,
                    &shown(o.map_or(OrgKind::Cso, |o| o.kind)),
                    &shown_words::<OrgKind>(),
                ),
                field(Field::City, &d(|o| o.city.clone()), ""),
                field(Field::Country, &d(|o| o.country.clone()), ""),
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
                field(Field::Name, &d(|p| p.name.clone()), ""),
                field(
                    Field::Email,
                    &d(|p| p.email.clone()),
                    &crate::t!("form-hint-email"),
                ),
                field(Field::Phone, &d(|p| p.phone.clone()), ""),
                field(
                    Field::Gender,
                    &shown(p.map_or(Gender::Undisclosed, |p| p.gender)),
                    &shown_words::<Gender>(),
                ),
                field(
                    Field::Organisation,
                    org,
                    &crate::t!("form-hint-organisation"),
                ),
                field(Field::Position, &d(|p| p.position.clone()), ""),
                field(Field::City, &d(|p| p.city.clone()), ""),
                field(Field::Country, &d(|p| p.country.clone()), ""),
                field(
                    Field::PhotoConsent,
                    &yes_no(p.is_some_and(|p| p.consent_photos)),
                    &crate::t!("form-hint-yes-no"),
                ),
                field(
                    Field::ContactConsent,
                    &yes_no(p.is_some_and(|p| p.consent_contact)),
                    &crate::t!("form-hint-yes-no"),
                ),
                field(
                    Field::BirthYear,
                    &p.and_then(|p| p.birth_year)
                        .map(|y| y.to_string())
                        .unwrap_or_default(),
                    &crate::t!("form-hint-birth-year"),
                ),
                field(
                    Field::Disability,
                    &shown(p.map_or(Disability::Undisclosed, |p| p.disability)),
                    &shown_words::<Disability>(),
                ),
                field(Field::Notes, &d(|p| p.notes.clone()), ""),
            ],
        )
    }

    pub fn registration(event: Id, participant: Id, r: Option<&Registration>) -> Self {
        let r = r.cloned().unwrap_or_default();
        Form::new(
            FormKind::Registration { event, participant },
            crate::t!("form-title-registration"),
            vec![
                field(Field::Role, &shown(r.role), &shown_words::<Role>()),
                field(Field::Source, &shown(r.source), &shown_words::<Source>()),
                field(Field::Status, &shown(r.status), &shown_words::<RegStatus>()),
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
                    Field::Title,
                    &d(|f| f.title.clone()),
                    &crate::t!("form-hint-followup-title"),
                ),
                field(Field::Event, event_code, &crate::t!("form-hint-event")),
                field(
                    Field::Participant,
                    person,
                    &crate::t!("form-hint-participant"),
                ),
                field(
                    Field::Kind,
                    &shown(f.map_or(FollowUpKind::Other, |f| f.kind)),
                    &shown_words::<FollowUpKind>(),
                ),
                field(
                    Field::Owner,
                    &f.map_or(owner.to_string(), |f| f.owner.clone()),
                    "",
                ),
                field(
                    Field::DueDate,
                    &f.map(|f| opt_date(f.due)).unwrap_or_default(),
                    &crate::t!("form-hint-due-date"),
                ),
                field(
                    Field::Status,
                    &shown(f.map_or(FollowUpStatus::Open, |f| f.status)),
                    &shown_words::<FollowUpStatus>(),
                ),
                field(Field::Notes, &d(|f| f.notes.clone()), ""),
            ],
        )
    }

    pub fn value(&self, key: Field) -> &str {
        self.fields
            .iter()
            .find(|f| f.key == key)
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
            f.key,
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
            let org = self.value(Field::Organisation).trim().to_string();
            if !org.is_empty() && data.find_org(&org).is_none() {
                if self.create_org.as_deref() == Some(org.as_str()) {
                    if let Some(f) = self
                        .fields
                        .iter_mut()
                        .find(|f| f.key == Field::Organisation)
                    {
                        f.error = None;
                    }
                } else {
                    self.create_org = Some(org.clone());
                    if let Some(f) = self
                        .fields
                        .iter_mut()
                        .find(|f| f.key == Field::Organisation)
                    {
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
        let v = |k: Field| self.value(k).trim().to_string();
        Some(match &self.kind {
            // The roster's own form submits itself; a form of this kind is never built.
            FormKind::WalkIn { .. } => return None,
            FormKind::Event { id } => {
                let e = Event {
                    code: v(Field::Code),
                    title: v(Field::Title),
                    kind: read::<EventKind>(&v(Field::Kind))?,
                    city: v(Field::City),
                    country: v(Field::Country),
                    venue: v(Field::Venue),
                    start: parse_date(&v(Field::StartDate))?,
                    end: parse_date(&v(Field::EndDate))?,
                    project: v(Field::Project),
                    capacity: if v(Field::Capacity).is_empty() {
                        None
                    } else {
                        Some(v(Field::Capacity).parse().ok()?)
                    },
                    trainers: v(Field::Trainers),
                    threshold_permille: parse_threshold(&v(Field::Threshold))?,
                    status: read::<EventStatus>(&v(Field::Status))?,
                    notes: v(Field::Notes),
                    mode: read::<Mode>(&v(Field::Mode))?,
                };
                Plan::Run(match id {
                    Some(id) => Command::UpdateEvent { id: *id, event: e },
                    None => Command::CreateEvent(e),
                })
            }
            FormKind::Session { event, id } => {
                let s = Session {
                    event: *event,
                    date: parse_date(&v(Field::Date))?,
                    start: parse_time(&v(Field::Start))?,
                    end: parse_time(&v(Field::End))?,
                    title: v(Field::Title),
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
                    name: v(Field::Name),
                    acronym: v(Field::Acronym),
                    kind: read::<OrgKind>(&v(Field::Kind))?,
                    city: v(Field::City),
                    country: v(Field::Country),
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
                let org_text = v(Field::Organisation);
                let forgotten = id.and_then(|i| data.person(i)).is_some_and(|r| r.forgotten);
                let p = Participant {
                    name: v(Field::Name),
                    email: crate::text::email_key(&v(Field::Email)),
                    phone: v(Field::Phone),
                    gender: read::<Gender>(&v(Field::Gender))?,
                    organisation: data.find_org(&org_text),
                    position: v(Field::Position),
                    city: v(Field::City),
                    country: v(Field::Country),
                    consent_photos: yes(&v(Field::PhotoConsent))?,
                    consent_contact: yes(&v(Field::ContactConsent))?,
                    notes: v(Field::Notes),
                    forgotten,
                    birth_year: birth_year(&v(Field::BirthYear))?,
                    disability: read::<Disability>(&v(Field::Disability))?,
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
                    role: read::<Role>(&v(Field::Role))?,
                    source: read::<Source>(&v(Field::Source))?,
                    status: read::<RegStatus>(&v(Field::Status))?,
                }),
            }),
            FormKind::FollowUp { id } => {
                let event = data
                    .events
                    .iter()
                    .find(|e| e.event.code.eq_ignore_ascii_case(&v(Field::Event)))?
                    .id;
                let person = v(Field::Participant);
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
                    title: v(Field::Title),
                    kind: read::<FollowUpKind>(&v(Field::Kind))?,
                    owner: v(Field::Owner),
                    due: if v(Field::DueDate).is_empty() {
                        None
                    } else {
                        Some(parse_date(&v(Field::DueDate))?)
                    },
                    status: read::<FollowUpStatus>(&v(Field::Status))?,
                    notes: v(Field::Notes),
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

    /// Shows an error from the backend next to the field it names, else on the form.
    pub fn backend_error(&mut self, e: &crate::core::error::Error) {
        let named = match e {
            crate::core::error::Error::Invalid { field: Some(f), .. } => Some(*f),
            _ => None,
        };
        // An organisation's name is the form's Name field.
        let target = named.and_then(|k| {
            self.fields.iter().position(|f| {
                f.key == k
                    || (k == Field::OrganisationName
                        && f.key == Field::Name
                        && matches!(self.kind, FormKind::Organisation { .. }))
            })
        });
        let msg = e.to_string();
        match target {
            Some(i) => {
                self.fields[i].error = Some(msg);
                self.focus = i;
            }
            None => self.error = Some(msg),
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
        .enumerate()
        .filter(|(i, _)| data.person_name_key(*i) == k)
        .map(|(_, r)| r.id)
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
pub fn text_error(key: Field, e: &crate::text::TextError) -> String {
    use crate::text::TextError;
    let field = key.label();
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
    key: Field,
    value: &str,
    data: &Data,
    create_org: Option<&str>,
) -> Option<String> {
    if let Err(e) = check_line(value) {
        return Some(text_error(key, &e));
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
            .then(|| crate::t!("form-error-empty", field = key.label()))
    };
    match (kind, key) {
        (FormKind::Event { id }, Field::Code) => required()
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
        (FormKind::Event { .. }, Field::Title) => required(),
        (FormKind::Event { .. }, Field::Kind) => vocab::<EventKind>(t),
        (FormKind::Event { .. }, Field::Status) => vocab::<EventStatus>(t),
        (FormKind::Event { .. }, Field::Mode) => vocab::<Mode>(t),
        (FormKind::Participant { .. }, Field::Disability) => vocab::<Disability>(t),
        (FormKind::Participant { .. }, Field::BirthYear) => birth_year(t)
            .is_none()
            .then(|| crate::t!("form-error-not-a-birth-year", value = t)),
        (FormKind::Event { .. }, Field::StartDate) => date(true),
        (FormKind::Event { .. }, Field::EndDate) => date(true),
        (FormKind::Event { .. }, Field::Capacity) => (!t.is_empty() && t.parse::<u32>().is_err())
            .then(|| crate::t!("form-error-not-a-number", value = t)),
        (FormKind::Event { .. }, Field::Threshold) => parse_threshold(t)
            .is_none()
            .then(|| crate::t!("form-error-not-a-threshold", value = t)),
        (FormKind::Session { .. }, Field::Date) => date(true),
        (FormKind::Session { .. }, Field::Start | Field::End) => parse_time(t)
            .is_none()
            .then(|| crate::t!("form-error-not-a-time", value = t)),
        (FormKind::Organisation { id }, Field::Name) => required().or_else(|| {
            let k = crate::text::fold(t);
            data.orgs
                .iter()
                .any(|(oid, o)| crate::text::fold(&o.name) == k && Some(*oid) != *id)
                .then(|| crate::t!("form-error-organisation-exists", name = t))
        }),
        (FormKind::Organisation { .. }, Field::Kind) => vocab::<OrgKind>(t),
        (FormKind::Participant { .. }, Field::Name) => required(),
        (FormKind::Participant { id }, Field::Email) => {
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
        (FormKind::Participant { .. }, Field::Gender) => vocab::<Gender>(t),
        (FormKind::Participant { .. }, Field::Organisation) => {
            if t.is_empty() || data.find_org(t).is_some() || create_org == Some(t) {
                None
            } else {
                Some(crate::t!("form-error-new-organisation", name = t))
            }
        }
        (FormKind::Participant { .. }, Field::PhotoConsent | Field::ContactConsent) => {
            yes(t).is_none().then(|| crate::t!("form-hint-yes-no"))
        }
        (FormKind::Registration { .. }, Field::Role) => vocab::<Role>(t),
        (FormKind::Registration { .. }, Field::Source) => vocab::<Source>(t),
        (FormKind::Registration { .. }, Field::Status) => vocab::<RegStatus>(t),
        (FormKind::FollowUp { .. }, Field::Title) => required(),
        (FormKind::FollowUp { .. }, Field::Event) => required().or_else(|| {
            (!data
                .events
                .iter()
                .any(|e| e.event.code.eq_ignore_ascii_case(t)))
            .then(|| crate::t!("form-error-no-event", code = t))
        }),
        (FormKind::FollowUp { .. }, Field::Participant) => {
            if t.is_empty() {
                None
            } else {
                find_person(data, t).err()
            }
        }
        (FormKind::FollowUp { .. }, Field::Kind) => vocab::<FollowUpKind>(t),
        (FormKind::FollowUp { .. }, Field::Status) => vocab::<FollowUpStatus>(t),
        (FormKind::FollowUp { .. }, Field::DueDate) => date(false),
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

#[cfg(test)]
mod backend_error_tests {
    use super::*;
    use crate::core::error::Error;

    fn event_form() -> Form {
        Form::event(None, None, time::macros::date!(2026 - 03 - 02))
    }

    #[test]
    fn a_refusal_is_shown_beside_the_field_it_names() {
        let mut e = Event {
            code: "ADV-1".into(),
            title: "Advocacy".into(),
            kind: EventKind::Training,
            city: String::new(),
            country: String::new(),
            venue: String::new(),
            start: time::macros::date!(2026 - 03 - 03),
            end: time::macros::date!(2026 - 03 - 02),
            project: String::new(),
            capacity: None,
            trainers: String::new(),
            threshold_permille: 800,
            status: EventStatus::Planned,
            notes: String::new(),
            mode: Mode::InPerson,
        };
        let refused = crate::core::write::validate_event(&e).expect_err("ends before it starts");
        let mut f = event_form();
        f.backend_error(&refused);
        let at = f.fields.iter().position(|x| x.key == Field::EndDate);
        assert_eq!(Some(f.focus), at);
        assert_eq!(
            f.fields[f.focus].error.as_deref(),
            Some(refused.to_string().as_str())
        );
        assert_eq!(f.error, None);

        // The core names the field whatever the language of the message.
        crate::i18n::set_for_thread(Some("sq"));
        e.end = e.start;
        e.code = "ADV 1".into();
        let refused = crate::core::write::validate_event(&e).expect_err("a space in the code");
        crate::i18n::set_for_thread(None);
        let mut f = event_form();
        f.focus = 3;
        f.backend_error(&refused);
        assert_eq!(f.fields[f.focus].key, Field::Code);
    }

    #[test]
    fn a_refusal_naming_no_field_goes_on_the_form_even_if_it_mentions_a_label() {
        let mut f = event_form();
        f.backend_error(&Error::invalid("Title and Code could not be saved"));
        assert!(f.fields.iter().all(|x| x.error.is_none()));
        assert_eq!(
            f.error.as_deref(),
            Some("Title and Code could not be saved")
        );
    }
}
