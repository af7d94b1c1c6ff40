//! What the app has loaded from the backend: the rows of the panes (events, people,
//! follow-ups) and the organisations, shared by the panes, the detail area and the forms.

use std::collections::HashMap;
use std::rc::Rc;

use crate::core::ParticipantRow;
use crate::domain::*;
use crate::text::fold;

pub struct EventRow {
    pub id: Id,
    pub event: Event,
    pub key: String,
}

/// One participant as the list draws and searches it; the whole record is read for the
/// detail pane and the forms only. Name, email and search key live in one string, so a row
/// costs one allocation: 100,000 of them are listed at once.
pub struct PersonRow {
    pub id: Id,
    pub organisation: Option<Id>,
    pub forgotten: bool,
    /// The organisation's name, shared by its members.
    pub org: Rc<str>,
    /// The search key (folded name, email and organisation, the folded name first), then
    /// the name, then the email, exactly as long as they are. The key comes first: a search
    /// reads only the key of every row, from the start of each allocation.
    text: Box<str>,
    /// Where the key ends and the name ends in `text`.
    key_end: u32,
    name_end: u32,
    /// The length of the folded name at the start of the key.
    key_name_len: u32,
    /// A likely duplicate: another record with the same email, or the same folded name in
    /// the same organisation. Known once everyone is loaded.
    pub dup_of: Option<Id>,
}

impl PersonRow {
    /// A row of `p`, whose organisation is named `org` (its folded name `org_key`).
    pub fn new(p: ParticipantRow, org: Rc<str>, org_key: &str) -> PersonRow {
        let ParticipantRow {
            id,
            name,
            email,
            organisation,
            forgotten,
        } = p;
        let folded_name = fold(&name);
        let folded_email = fold(&email);
        let mut text = String::with_capacity(
            folded_name.len() + folded_email.len() + org_key.len() + 2 + name.len() + email.len(),
        );
        text.push_str(&folded_name);
        text.push(' ');
        text.push_str(&folded_email);
        text.push(' ');
        text.push_str(org_key);
        let key_end = text.len();
        text.push_str(&name);
        let name_end = text.len();
        text.push_str(&email);
        PersonRow {
            id,
            organisation,
            forgotten,
            org,
            text: text.into_boxed_str(),
            key_end: key_end as u32,
            name_end: name_end as u32,
            key_name_len: folded_name.len() as u32,
            dup_of: None,
        }
    }

    pub fn name(&self) -> &str {
        self.text
            .get(self.key_end as usize..self.name_end as usize)
            .unwrap_or("")
    }

    pub fn email(&self) -> &str {
        self.text.get(self.name_end as usize..).unwrap_or("")
    }

    /// Folded name, email and organisation, for search.
    pub fn key(&self) -> &str {
        self.text.get(..self.key_end as usize).unwrap_or("")
    }

    /// Folded name, for sorting and duplicates.
    pub fn name_key(&self) -> &str {
        self.key().get(..self.key_name_len as usize).unwrap_or("")
    }
}

/// Organisation names shared by their members' rows, each folded once (8,000 of them for
/// 100,000 people).
pub(crate) struct OrgKeys {
    keys: HashMap<Id, (Rc<str>, String)>,
    none: Rc<str>,
}

impl OrgKeys {
    pub(crate) fn new(orgs: &[(Id, Organisation)]) -> OrgKeys {
        OrgKeys {
            keys: orgs
                .iter()
                .map(|(id, o)| (*id, (Rc::from(o.name.as_str()), fold(&o.name))))
                .collect(),
            none: Rc::from(""),
        }
    }

    pub(crate) fn row(&self, p: ParticipantRow) -> PersonRow {
        let (org, key) = p
            .organisation
            .and_then(|o| self.keys.get(&o))
            .map(|(n, k)| (n.clone(), k.as_str()))
            .unwrap_or((self.none.clone(), ""));
        PersonRow::new(p, org, key)
    }
}

/// By folded name, then id.
pub(crate) fn sort_people(people: &mut [PersonRow]) {
    people.sort_unstable_by(|a, b| a.name_key().cmp(b.name_key()).then(a.id.cmp(&b.id)));
}

pub struct FollowRow {
    pub id: Id,
    pub f: FollowUp,
    pub event_code: String,
    pub person: String,
    pub key: String,
}

/// Everything loaded from the backend.
#[derive(Default)]
pub struct Data {
    pub events: Vec<EventRow>,
    /// Participants: everyone once `people_all`, else only the selected event's.
    pub people: Vec<PersonRow>,
    pub person_index: HashMap<Id, usize>,
    /// `people` holds everyone (with duplicates flagged).
    pub people_all: bool,
    pub orgs: Vec<(Id, Organisation)>,
    pub followups: Vec<FollowRow>,
    /// Registrations of the selected event.
    pub regs: HashMap<Id, Registration>,
    /// Sessions of the selected event, in time order.
    pub sessions: Vec<(Id, Session)>,
}

impl Data {
    pub fn person(&self, id: Id) -> Option<&PersonRow> {
        self.person_index.get(&id).and_then(|&i| self.people.get(i))
    }

    pub fn org_name(&self, id: Option<Id>) -> String {
        id.and_then(|o| self.orgs.iter().find(|(i, _)| *i == o))
            .map(|(_, o)| o.name.clone())
            .unwrap_or_default()
    }

    pub fn event(&self, id: Id) -> Option<&EventRow> {
        self.events.iter().find(|e| e.id == id)
    }

    /// The organisation a typed name or acronym means (folded), if any.
    pub fn find_org(&self, typed: &str) -> Option<Id> {
        let k = fold(typed.trim());
        self.orgs
            .iter()
            .find(|(_, o)| fold(&o.name) == k || (!o.acronym.is_empty() && fold(&o.acronym) == k))
            .map(|(id, _)| *id)
    }
}
