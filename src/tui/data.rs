//! What the app has loaded from the backend: the rows of the panes (events, people,
//! follow-ups) and the organisations, shared by the panes, the detail area and the forms.

use std::collections::HashMap;
use std::rc::Rc;

use crate::core::ParticipantRow;
use crate::domain::*;
use crate::text::{KeyArena, fold};

pub struct EventRow {
    pub id: Id,
    pub event: Event,
    pub key: String,
}

/// One participant as the list draws it; the whole record is read for the detail pane and
/// the forms only. Name and email live in one string, so a row costs one allocation
/// (100,000 of them are listed at once); its search key lives in the list's [`KeyArena`],
/// beside every other row's, where a search scans them all in one pass.
pub struct PersonRow {
    pub id: Id,
    pub organisation: Option<Id>,
    pub forgotten: bool,
    /// The organisation's name, shared by its members.
    pub org: Rc<str>,
    /// The name, then the email, exactly as long as they are.
    text: Box<str>,
    /// Where the name ends in `text`.
    name_end: u32,
    /// Which key of the list's arena is this row's (folded name, email and organisation,
    /// the folded name first), and how long its folded name is.
    key_ix: u32,
    key_name_len: u32,
    /// A likely duplicate: another record with the same email, or the same folded name in
    /// the same organisation. Known once everyone is loaded.
    pub dup_of: Option<Id>,
}

impl PersonRow {
    /// A row of `p`, whose organisation is named `org` (its folded name `org_key`); its
    /// search key goes to the end of `keys`.
    pub fn new(p: ParticipantRow, org: Rc<str>, org_key: &str, keys: &mut KeyArena) -> PersonRow {
        let ParticipantRow {
            id,
            name,
            email,
            organisation,
            forgotten,
        } = p;
        let folded_name = fold(&name);
        let key_ix = keys.len() as u32;
        keys.push_parts(&[&folded_name, " ", &fold(&email), " ", org_key]);
        let mut text = String::with_capacity(name.len() + email.len());
        text.push_str(&name);
        let name_end = text.len();
        text.push_str(&email);
        PersonRow {
            id,
            organisation,
            forgotten,
            org,
            text: text.into_boxed_str(),
            name_end: name_end as u32,
            key_ix,
            key_name_len: folded_name.len() as u32,
            dup_of: None,
        }
    }

    pub fn name(&self) -> &str {
        self.text.get(..self.name_end as usize).unwrap_or("")
    }

    pub fn email(&self) -> &str {
        self.text.get(self.name_end as usize..).unwrap_or("")
    }

    /// Folded name, email and organisation, for search: in `keys`, the arena the row was
    /// built into.
    pub fn key<'a>(&self, keys: &'a KeyArena) -> &'a str {
        keys.key(self.key_ix as usize)
    }

    /// Folded name, for sorting and duplicates.
    pub fn name_key<'a>(&self, keys: &'a KeyArena) -> &'a str {
        self.key(keys)
            .get(..self.key_name_len as usize)
            .unwrap_or("")
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

    pub(crate) fn row(&self, p: ParticipantRow, keys: &mut KeyArena) -> PersonRow {
        let (org, key) = p
            .organisation
            .and_then(|o| self.keys.get(&o))
            .map(|(n, k)| (n.clone(), k.as_str()))
            .unwrap_or((self.none.clone(), ""));
        PersonRow::new(p, org, key, keys)
    }
}

/// By folded name, then id.
pub(crate) fn sort_people(people: &mut [PersonRow], keys: &KeyArena) {
    people.sort_unstable_by(|a, b| a.name_key(keys).cmp(b.name_key(keys)).then(a.id.cmp(&b.id)));
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
    /// The search keys of `people`, in the order the rows were built, side by side: a
    /// search scans them in one pass instead of reaching into every row.
    pub people_keys: KeyArena,
    /// For each key of `people_keys`, the position of its row in `people`.
    pub people_at: Vec<u32>,
}

impl Data {
    /// Takes the rows of the participants list, in their final order, with the arena
    /// their keys were built into.
    pub(crate) fn adopt_people(&mut self, people: Vec<PersonRow>, keys: KeyArena) {
        let mut at = vec![0u32; keys.len()];
        for (pos, r) in people.iter().enumerate() {
            if let Some(slot) = at.get_mut(r.key_ix as usize) {
                *slot = pos as u32;
            }
        }
        self.people = people;
        self.people_keys = keys;
        self.people_at = at;
    }

    /// The search key of the `i`-th row of `people`.
    pub fn person_key(&self, i: usize) -> &str {
        self.people.get(i).map_or("", |r| r.key(&self.people_keys))
    }

    /// The folded name of the `i`-th row of `people`.
    pub fn person_name_key(&self, i: usize) -> &str {
        self.people
            .get(i)
            .map_or("", |r| r.name_key(&self.people_keys))
    }

    /// The rows of `people` whose keys `needle` matches, in list order: one pass over every
    /// key, then the rows marked in a bit per row.
    pub fn people_matching(&self, needle: &crate::text::Needle) -> Vec<u32> {
        let mut hit = vec![false; self.people.len()];
        for k in needle.hits(&self.people_keys) {
            if let Some(&pos) = self.people_at.get(k as usize)
                && let Some(h) = hit.get_mut(pos as usize)
            {
                *h = true;
            }
        }
        hit.iter()
            .enumerate()
            .filter(|(_, h)| **h)
            .map(|(i, _)| i as u32)
            .collect()
    }

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
