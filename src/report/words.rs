//! The language a summary or report is written in: its sentences and labels from the
//! translation files, its dates and percentages by the language's conventions, and the
//! domain's vocabulary words (gender, event kind, status, role…) as people read them.
//!
//! The language is explicit rather than read from the process-wide choice at each call, so
//! one process can write a report in Albanian for a partner and in English for a donor, and
//! tests in both languages can run side by side.

use fluent_bundle::FluentValue;
use time::Date;

use crate::domain::summary::UNKNOWN;
use crate::domain::{
    Disability, EventKind, EventStatus, FollowUpKind, FollowUpStatus, Gender, MarkStatus, Mode,
    OrgKind, RegStatus, Role, Source, parse_date,
};
use crate::i18n::{self, Locale};

/// A language for the human formats (Markdown, HTML, the terminal).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang {
    pub locale: Locale,
}

impl Lang {
    /// The language chosen for this process (`--lang`, the config file, the environment).
    pub fn current() -> Self {
        Lang {
            locale: Locale::current(),
        }
    }

    /// The language of `code` (`sq`, `en`, `sq_AL.UTF-8`…); English when we lack it.
    pub fn of(code: &str) -> Self {
        Lang {
            locale: Locale::of(code),
        }
    }

    /// The language code, as in the HTML `lang` attribute.
    pub fn code(&self) -> &'static str {
        self.locale.code
    }

    /// The translation of `key` in this language, with Fluent arguments.
    pub fn tkey(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        i18n::tr_in(self.locale.code, key, args)
    }

    /// An ISO date from the summary (`2026-03-02`) written the language's way
    /// (`02.03.2026` in Albanian); text that is not a date is returned unchanged.
    pub fn date(&self, iso: &str) -> String {
        match parse_date(iso) {
            Some(d) => self.locale.date(d),
            None => iso.to_string(),
        }
    }

    /// A date written the language's way.
    pub fn day(&self, d: Date) -> String {
        self.locale.date(d)
    }

    /// A percentage already rounded to one decimal: `87.5%` / `87,5%`.
    pub fn pct(&self, v: f64) -> String {
        self.locale.pct(v)
    }

    /// The certificate threshold (a fraction) as a percentage: `80.0%` / `80,0%`.
    pub fn threshold(&self, t: f64) -> String {
        self.pct((t * 1000.0).round() / 10.0)
    }

    /// `yes` / `no`.
    pub fn yes_no(&self, b: bool) -> String {
        if b {
            self.tkey("answer-yes", &[])
        } else {
            self.tkey("answer-no", &[])
        }
    }

    /// A breakdown value: the summary's `unknown` (no value given) in words, anything else
    /// (a country, an organisation) as it was entered.
    pub fn value(&self, v: &str) -> String {
        if v == UNKNOWN {
            self.tkey("value-unknown", &[])
        } else {
            v.to_string()
        }
    }

    /// A gender word of the summary (`female`…) in this language; other text unchanged.
    pub fn gender_word(&self, w: &str) -> String {
        Gender::parse(w).map_or_else(|| w.to_string(), |g| self.gender(g))
    }

    /// An event-kind word (`training`…) in this language; other text unchanged.
    pub fn event_kind_word(&self, w: &str) -> String {
        EventKind::parse(w).map_or_else(|| w.to_string(), |k| self.event_kind(k))
    }

    /// An event-status word (`running`…) in this language; other text unchanged.
    pub fn event_status_word(&self, w: &str) -> String {
        EventStatus::parse(w).map_or_else(|| w.to_string(), |s| self.event_status(s))
    }

    /// A role word (`trainer`…) in this language; other text unchanged.
    pub fn role_word(&self, w: &str) -> String {
        Role::parse(w).map_or_else(|| w.to_string(), |r| self.role(r))
    }

    pub fn gender(&self, g: Gender) -> String {
        match g {
            Gender::Female => self.tkey("gender-female", &[]),
            Gender::Male => self.tkey("gender-male", &[]),
            Gender::Other => self.tkey("gender-other", &[]),
            Gender::Undisclosed => self.tkey("gender-undisclosed", &[]),
        }
    }

    pub fn event_kind(&self, k: EventKind) -> String {
        match k {
            EventKind::Training => self.tkey("event-kind-training", &[]),
            EventKind::Workshop => self.tkey("event-kind-workshop", &[]),
            EventKind::Conference => self.tkey("event-kind-conference", &[]),
            EventKind::Networking => self.tkey("event-kind-networking", &[]),
            EventKind::InfoSession => self.tkey("event-kind-info-session", &[]),
        }
    }

    pub fn event_status(&self, s: EventStatus) -> String {
        match s {
            EventStatus::Planned => self.tkey("event-status-planned", &[]),
            EventStatus::Running => self.tkey("event-status-running", &[]),
            EventStatus::Done => self.tkey("event-status-done", &[]),
            EventStatus::Cancelled => self.tkey("event-status-cancelled", &[]),
        }
    }

    pub fn role(&self, r: Role) -> String {
        match r {
            Role::Participant => self.tkey("role-participant", &[]),
            Role::Trainer => self.tkey("role-trainer", &[]),
            Role::Speaker => self.tkey("role-speaker", &[]),
            Role::Staff => self.tkey("role-staff", &[]),
        }
    }

    pub fn mark_status(&self, m: Option<MarkStatus>) -> String {
        match m {
            Some(MarkStatus::Present) => self.tkey("mark-status-present", &[]),
            Some(MarkStatus::Late) => self.tkey("mark-status-late", &[]),
            Some(MarkStatus::LeftEarly) => self.tkey("mark-status-left-early", &[]),
            Some(MarkStatus::Excused) => self.tkey("mark-status-excused", &[]),
            Some(MarkStatus::Absent) => self.tkey("mark-status-absent", &[]),
            None => self.tkey("mark-status-unmarked", &[]),
        }
    }

    pub fn followup_kind(&self, k: FollowUpKind) -> String {
        match k {
            FollowUpKind::Certificate => self.tkey("followup-kind-certificate", &[]),
            FollowUpKind::Materials => self.tkey("followup-kind-materials", &[]),
            FollowUpKind::Evaluation => self.tkey("followup-kind-evaluation", &[]),
            FollowUpKind::Coaching => self.tkey("followup-kind-coaching", &[]),
            FollowUpKind::Contact => self.tkey("followup-kind-contact", &[]),
            FollowUpKind::Other => self.tkey("followup-kind-other", &[]),
        }
    }

    pub fn followup_status(&self, s: FollowUpStatus) -> String {
        match s {
            FollowUpStatus::Open => self.tkey("followup-status-open", &[]),
            FollowUpStatus::Done => self.tkey("followup-status-done", &[]),
            FollowUpStatus::Cancelled => self.tkey("followup-status-cancelled", &[]),
        }
    }

    pub fn registration_status(&self, s: RegStatus) -> String {
        match s {
            RegStatus::Registered => self.tkey("registration-status-registered", &[]),
            RegStatus::Confirmed => self.tkey("registration-status-confirmed", &[]),
            RegStatus::Waitlisted => self.tkey("registration-status-waitlisted", &[]),
            RegStatus::Cancelled => self.tkey("registration-status-cancelled", &[]),
        }
    }

    pub fn source(&self, s: Source) -> String {
        match s {
            Source::PreRegistered => self.tkey("registration-source-pre-registered", &[]),
            Source::WalkIn => self.tkey("registration-source-walk-in", &[]),
            Source::Imported => self.tkey("registration-source-imported", &[]),
        }
    }

    pub fn disability(&self, d: Disability) -> String {
        match d {
            Disability::Yes => self.tkey("disability-yes", &[]),
            Disability::No => self.tkey("disability-no", &[]),
            Disability::Undisclosed => self.tkey("disability-undisclosed", &[]),
        }
    }

    pub fn mode(&self, m: Mode) -> String {
        match m {
            Mode::InPerson => self.tkey("mode-in-person", &[]),
            Mode::Online => self.tkey("mode-online", &[]),
            Mode::Hybrid => self.tkey("mode-hybrid", &[]),
        }
    }

    /// A disability word of the report (`yes`…) in this language; other text unchanged.
    pub fn disability_word(&self, w: &str) -> String {
        Disability::parse(w)
            .filter(|d| d.word() == w)
            .map_or_else(|| w.to_string(), |d| self.disability(d))
    }

    /// A mode word of the report (`in_person`…) in this language; other text unchanged.
    pub fn mode_word(&self, w: &str) -> String {
        Mode::parse(w).map_or_else(|| w.to_string(), |m| self.mode(m))
    }

    /// An organisation-kind word (`cso`…) in this language; other text unchanged.
    pub fn org_kind_word(&self, w: &str) -> String {
        OrgKind::parse(w).map_or_else(|| w.to_string(), |k| self.org_kind(k))
    }

    /// An age band of the report (`18-29`, `under-18`, `60-plus`, `unknown`) in this
    /// language.
    pub fn age_band(&self, w: &str) -> String {
        if let Some(n) = w.strip_prefix("under-") {
            self.tkey("age-band-under", &[("age", n.into())])
        } else if let Some(n) = w.strip_suffix("-plus") {
            self.tkey("age-band-plus", &[("age", n.into())])
        } else {
            self.value(w)
        }
    }

    pub fn org_kind(&self, k: OrgKind) -> String {
        match k {
            OrgKind::Cso => self.tkey("org-kind-cso", &[]),
            OrgKind::Network => self.tkey("org-kind-network", &[]),
            OrgKind::PublicBody => self.tkey("org-kind-public-body", &[]),
            OrgKind::Media => self.tkey("org-kind-media", &[]),
            OrgKind::Other => self.tkey("org-kind-other", &[]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What prezenca shows, it reads back: every vocabulary label of every language parses
    /// to the value it names, so a trainer can type or import the words the screens use.
    #[test]
    fn every_shown_label_imports_back() {
        for code in i18n::available() {
            let l = Lang::of(code);
            for m in MarkStatus::ALL {
                assert_eq!(
                    MarkStatus::parse(&l.mark_status(Some(*m))),
                    Some(*m),
                    "{code}"
                );
            }
            for g in Gender::ALL {
                assert_eq!(Gender::parse(&l.gender(*g)), Some(*g), "{code}");
            }
            for k in EventKind::ALL {
                assert_eq!(EventKind::parse(&l.event_kind(*k)), Some(*k), "{code}");
            }
            for s in EventStatus::ALL {
                assert_eq!(EventStatus::parse(&l.event_status(*s)), Some(*s), "{code}");
            }
            for r in Role::ALL {
                assert_eq!(Role::parse(&l.role(*r)), Some(*r), "{code}");
            }
            for k in FollowUpKind::ALL {
                assert_eq!(
                    FollowUpKind::parse(&l.followup_kind(*k)),
                    Some(*k),
                    "{code}"
                );
            }
            for s in FollowUpStatus::ALL {
                assert_eq!(
                    FollowUpStatus::parse(&l.followup_status(*s)),
                    Some(*s),
                    "{code}"
                );
            }
            for s in RegStatus::ALL {
                assert_eq!(
                    RegStatus::parse(&l.registration_status(*s)),
                    Some(*s),
                    "{code}"
                );
            }
            for k in OrgKind::ALL {
                assert_eq!(OrgKind::parse(&l.org_kind(*k)), Some(*k), "{code}");
            }
        }
    }

    #[test]
    fn dates_and_figures_follow_the_language() {
        let sq = Lang::of("sq");
        let en = Lang::of("en");
        assert_eq!(sq.date("2026-03-02"), "02.03.2026");
        assert_eq!(en.date("2026-03-02"), "2026-03-02");
        assert_eq!(sq.date("not a date"), "not a date");
        assert_eq!(sq.pct(87.5), "87,5%");
        assert_eq!(en.pct(87.5), "87.5%");
        assert_eq!(sq.threshold(0.8), "80,0%");
        assert_eq!(en.threshold(0.667), "66.7%");
    }

    #[test]
    fn vocabulary_words_are_translated_and_other_text_kept() {
        let sq = Lang::of("sq");
        let en = Lang::of("en");
        assert_eq!(en.gender_word("female"), "female");
        assert_eq!(sq.gender_word("female"), "femër");
        assert_eq!(sq.event_kind_word("training"), "trajnim");
        assert_eq!(sq.event_status_word("running"), "në zhvillim");
        assert_eq!(sq.role_word("trainer"), "trajner");
        assert_eq!(sq.value(UNKNOWN), "pa të dhëna");
        assert_eq!(sq.value("Kosovo"), "Kosovo");
        assert_eq!(sq.gender_word("Ωmega"), "Ωmega");
        assert_eq!(sq.yes_no(true), "po");
        assert_eq!(en.yes_no(false), "no");
    }

    #[test]
    fn every_vocabulary_word_has_its_own_translation() {
        // A key missing from every file comes out as the key itself; a copy-paste slip would
        // give two values of one vocabulary the same word.
        for code in ["en", "sq"] {
            let l = Lang::of(code);
            let mut words: Vec<String> = Vec::new();
            let mut check = |group: &str, list: Vec<String>| {
                let mut seen = std::collections::BTreeSet::new();
                for w in &list {
                    let prefixes = [
                        "mark-",
                        "gender-",
                        "event-",
                        "role-",
                        "followup-",
                        "registration-",
                        "org-",
                    ];
                    assert!(
                        !prefixes.iter().any(|p| w.starts_with(p)),
                        "{code}: {w} is an untranslated key"
                    );
                    assert!(seen.insert(w.clone()), "{code}: {group} repeats {w}");
                }
                words.extend(list);
            };
            check("gender", Gender::ALL.iter().map(|g| l.gender(*g)).collect());
            check(
                "event kind",
                EventKind::ALL.iter().map(|k| l.event_kind(*k)).collect(),
            );
            check(
                "event status",
                EventStatus::ALL
                    .iter()
                    .map(|s| l.event_status(*s))
                    .collect(),
            );
            check("role", Role::ALL.iter().map(|r| l.role(*r)).collect());
            check(
                "mark",
                MarkStatus::ALL
                    .iter()
                    .map(|m| l.mark_status(Some(*m)))
                    .chain([l.mark_status(None)])
                    .collect(),
            );
            check(
                "follow-up kind",
                FollowUpKind::ALL
                    .iter()
                    .map(|k| l.followup_kind(*k))
                    .collect(),
            );
            check(
                "follow-up status",
                FollowUpStatus::ALL
                    .iter()
                    .map(|s| l.followup_status(*s))
                    .collect(),
            );
            check(
                "registration status",
                RegStatus::ALL
                    .iter()
                    .map(|s| l.registration_status(*s))
                    .collect(),
            );
            check("source", Source::ALL.iter().map(|s| l.source(*s)).collect());
            check(
                "organisation kind",
                OrgKind::ALL.iter().map(|k| l.org_kind(*k)).collect(),
            );
            assert!(words.iter().all(|w| !w.is_empty()));
        }
    }

    #[test]
    fn sentences_agree_with_their_counts() {
        let sq = Lang::of("sq");
        let en = Lang::of("en");
        let n = |c: u64| [("count", FluentValue::from(c))];
        assert_eq!(
            sq.tkey("report-at-risk-cannot-reach", &n(1)),
            "Nuk mund ta arrijë më pragun"
        );
        assert_eq!(
            sq.tkey("report-at-risk-cannot-reach", &n(3)),
            "Nuk mund ta arrijnë më pragun"
        );
        let closed = |l: &Lang, c: u64, k: u64, e: u64| {
            l.tkey(
                "close-created",
                &[
                    ("code", "X".into()),
                    ("certificates", c.into()),
                    ("contacts", k.into()),
                    ("evaluations", e.into()),
                    ("total", (c + k + e).into()),
                ],
            )
        };
        assert_eq!(
            closed(&en, 0, 1, 0),
            "closed X: 0 certificate, 1 contact and 0 evaluation follow-up created"
        );
        assert_eq!(
            closed(&en, 1, 1, 5),
            "closed X: 1 certificate, 1 contact and 5 evaluation follow-ups created"
        );
        assert_eq!(
            closed(&sq, 0, 1, 0),
            "X u mbyll: u krijua 1 ndjekje e re – 0 për certifikatë, 1 për kontakt, 0 për vlerësim"
        );
        assert_eq!(
            closed(&sq, 2, 0, 3),
            "X u mbyll: u krijuan 5 ndjekje të reja – 2 për certifikatë, 0 për kontakt, 3 për vlerësim"
        );
    }
}
