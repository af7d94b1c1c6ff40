//! The walk-in form: finds a returning person before adding a new one, so nobody is kept twice.

use std::collections::{HashMap, HashSet};

use crossterm::event::{KeyCode, KeyEvent};

use crate::core::error::Result;
use crate::core::{Backend, Queries, WalkInPerson, edit_distance};
use crate::domain::{Field, Gender, Id, Participant};
use crate::text::fold;
use crate::tui::input::LineInput;

/// The form's fields, in order.
pub const FIELDS: [Field; 5] = [
    Field::Name,
    Field::Organisation,
    Field::Email,
    Field::Gender,
    Field::Country,
];
const NAME: usize = 0;
const EMAIL: usize = 2;
const GENDER: usize = 3;
/// Candidates shown at most.
const MAX_CANDIDATES: usize = 5;

/// Someone already in the database, as the form searches them.
#[derive(Debug, Clone)]
pub struct Known {
    pub id: Id,
    pub name: String,
    pub email: String,
    /// Shared by the organisation's members (100,000 people, a few thousand names).
    pub organisation: std::rc::Rc<str>,
    /// Already registered at this event.
    pub registered: bool,
    folded: String,
}

/// Every known person, loaded when the form opens (one query).
#[derive(Debug, Clone, Default)]
pub struct Directory {
    people: Vec<Known>,
}

impl Directory {
    pub fn load(b: &mut dyn Backend, registered: impl Iterator<Item = Id>) -> Result<Self> {
        let registered: HashSet<Id> = registered.collect();
        let orgs: HashMap<Id, std::rc::Rc<str>> = b
            .organisations()?
            .into_iter()
            .map(|(id, o)| (id, std::rc::Rc::from(o.name)))
            .collect();
        // List rows, not whole records: phone, position and notes are not searched.
        let people = b
            .participant_rows()?
            .into_iter()
            .filter(|p| !p.forgotten)
            .map(|p| Known {
                id: p.id,
                folded: fold(&p.name),
                organisation: p
                    .organisation
                    .and_then(|o| orgs.get(&o).cloned())
                    .unwrap_or_default(),
                registered: registered.contains(&p.id),
                name: p.name,
                email: p.email,
            })
            .collect();
        Ok(Directory { people })
    }

    /// People whose folded name holds every typed token, or whose name is within a typo or
    /// two of it, or whose email holds what was typed as email; closest first.
    pub fn find(&self, name: &str, email: &str) -> Vec<usize> {
        let q = fold(name);
        let tokens: Vec<&str> = q.split_whitespace().collect();
        let email = crate::text::email_key(email);
        let mut scored: Vec<(usize, usize)> = Vec::new();
        for (i, k) in self.people.iter().enumerate() {
            let score = if !email.is_empty() && !k.email.is_empty() && k.email == email {
                Some(0)
            } else if !tokens.is_empty() && tokens.iter().all(|t| k.folded.contains(t)) {
                Some(1)
            } else if email.len() >= 3 && k.email.contains(&email) {
                Some(2)
            } else if !tokens.is_empty() && q.len() >= 4 {
                // Typos: every typed token close to some word of the name.
                let words: Vec<&str> = k.folded.split_whitespace().collect();
                let all_close = tokens.iter().all(|t| {
                    let allowed = if t.len() >= 7 { 2 } else { 1 };
                    t.len() >= 3
                        && words.iter().any(|w| {
                            let w = if w.len() > t.len() + 1 {
                                // A prefix typed so far: compare with as much of the word.
                                w.get(..t.len()).unwrap_or(w)
                            } else {
                                w
                            };
                            edit_distance(t, w) <= allowed
                        })
                });
                all_close.then_some(3)
            } else {
                None
            };
            if let Some(s) = score {
                scored.push((s, i));
            }
        }
        scored.sort_by_key(|&(s, i)| (s, self.people.get(i).map(|k| k.folded.clone())));
        scored
            .into_iter()
            .take(MAX_CANDIDATES)
            .map(|(_, i)| i)
            .collect()
    }

    pub fn get(&self, i: usize) -> Option<&Known> {
        self.people.get(i)
    }
}

/// What a key did to the form.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Editing,
    Cancel,
    Submit(Box<WalkInPerson>),
}

#[derive(Debug, Clone)]
pub struct WalkInForm {
    pub fields: [LineInput; 5],
    pub focus: usize,
    directory: Directory,
    /// Indices into the directory, closest first.
    candidates: Vec<usize>,
    /// The candidate chosen with the arrows; `None` = a new person.
    pub chosen: Option<usize>,
    /// Why the last Enter was refused.
    pub error: String,
}

impl WalkInForm {
    pub fn new(directory: Directory) -> Self {
        WalkInForm {
            fields: Default::default(),
            focus: NAME,
            directory,
            candidates: Vec::new(),
            chosen: None,
            error: String::new(),
        }
    }

    pub fn prefill_name(&mut self, name: &str) {
        self.fields[NAME].set(name);
        self.search();
    }

    /// The people the typed name or email may be: (person, highlighted).
    pub fn candidates(&self) -> impl Iterator<Item = (&Known, bool)> {
        self.candidates
            .iter()
            .enumerate()
            .filter_map(|(n, &i)| Some((self.directory.get(i)?, self.chosen == Some(n))))
    }

    fn search(&mut self) {
        self.candidates = self
            .directory
            .find(self.fields[NAME].text(), self.fields[EMAIL].text());
        self.chosen = None;
    }

    pub fn on_key(&mut self, key: KeyEvent) -> Step {
        match key.code {
            KeyCode::Esc => return Step::Cancel,
            KeyCode::Tab => self.focus = (self.focus + 1) % FIELDS.len(),
            KeyCode::BackTab => self.focus = (self.focus + FIELDS.len() - 1) % FIELDS.len(),
            KeyCode::Down if !self.candidates.is_empty() => {
                self.chosen = match self.chosen {
                    None => Some(0),
                    Some(n) => Some((n + 1).min(self.candidates.len() - 1)),
                };
            }
            KeyCode::Up if !self.candidates.is_empty() => {
                self.chosen = self.chosen.and_then(|n| n.checked_sub(1));
            }
            KeyCode::Down => self.focus = (self.focus + 1).min(FIELDS.len() - 1),
            KeyCode::Up => self.focus = self.focus.saturating_sub(1),
            KeyCode::Enter => return self.enter(),
            _ => {
                if self.fields[self.focus].handle(key) {
                    self.error.clear();
                    if self.focus == NAME || self.focus == EMAIL {
                        self.search();
                    }
                }
            }
        }
        Step::Editing
    }

    /// Pasted text goes into the focused field, as text only.
    pub fn paste(&mut self, text: &str) {
        if self.fields[self.focus].paste(text) {
            self.error.clear();
            if self.focus == NAME || self.focus == EMAIL {
                self.search();
            }
        }
    }

    /// The typed values, field by field (for a draft).
    pub fn values(&self) -> Vec<String> {
        self.fields.iter().map(|f| f.text().to_string()).collect()
    }

    /// Puts a draft's values back, the focus on `focus`.
    pub fn restore(&mut self, values: &[String], focus: usize) {
        for (f, v) in self.fields.iter_mut().zip(values) {
            f.set(v);
        }
        self.focus = focus.min(FIELDS.len() - 1);
        self.search();
    }

    /// Enter uses the chosen candidate; otherwise it moves to the next field, and on the
    /// last one adds a new person.
    fn enter(&mut self) -> Step {
        if let Some(k) = self
            .chosen
            .and_then(|n| self.candidates.get(n))
            .and_then(|&i| self.directory.get(i))
        {
            return Step::Submit(Box::new(WalkInPerson::Existing(k.id)));
        }
        if self.focus + 1 < FIELDS.len() {
            self.focus += 1;
            return Step::Editing;
        }
        match self.new_person() {
            Ok(p) => Step::Submit(Box::new(p)),
            Err(e) => {
                self.error = e;
                Step::Editing
            }
        }
    }

    fn new_person(&mut self) -> Result<WalkInPerson, String> {
        let name = self.fields[NAME].text().trim();
        if name.is_empty() {
            self.focus = NAME;
            return Err(crate::t!("walk-in-name-needed"));
        }
        let Some(gender) = Gender::parse(self.fields[GENDER].text()) else {
            self.focus = GENDER;
            return Err(crate::t!("walk-in-gender"));
        };
        Ok(WalkInPerson::New {
            participant: Participant {
                name: name.to_string(),
                email: self.fields[EMAIL].text().trim().to_string(),
                gender,
                country: self.fields[4].text().trim().to_string(),
                ..Participant::default()
            },
            organisation: self.fields[1].text().trim().to_string(),
        })
    }
}
