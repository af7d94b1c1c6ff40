//! Disability as donors count it (the Washington Group Short Set), and the delivery mode of
//! an event, with the words people write for them in the region's languages.
//!
//! Only the derived flag is ever stored, never the Short Set answers: they are health data,
//! kept to the minimum.

use serde::{Deserialize, Serialize};

/// A word as a lookup key: folded (case, diacritics, Cyrillic to Latin), every run of other
/// characters one space.
fn key(s: &str) -> String {
    crate::text::folded_words(s, ' ')
}

/// Whether a person has a disability, for donor figures; `undisclosed` when not given.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum Disability {
    Yes,
    No,
    #[default]
    Undisclosed,
}

impl Disability {
    pub const ALL: &'static [Disability] =
        &[Disability::Yes, Disability::No, Disability::Undisclosed];

    /// The stable word (CSV, JSON, the CLI).
    pub fn word(self) -> &'static str {
        match self {
            Disability::Yes => "yes",
            Disability::No => "no",
            Disability::Undisclosed => "undisclosed",
        }
    }

    /// The words accepted, for error messages.
    pub fn words() -> String {
        "yes, no, undisclosed".to_string()
    }

    /// Reads yes/no as forms in the region write it: English, Albanian (`po`, `jo`), BCMS and
    /// Macedonian in both scripts (`da`, `ne`, `да`, `не`), Turkish (`evet`, `hayır`), also
    /// `true`/`false`, `1`/`0` and `x`. An empty answer or "prefer not to say" is
    /// undisclosed; anything else is `None`.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match key(s).as_str() {
            "yes" | "y" | "true" | "1" | "x" | "po" | "da" | "evet" => Disability::Yes,
            "no" | "n" | "false" | "0" | "jo" | "ne" | "hayir" | "yok" => Disability::No,
            ""
            | "undisclosed"
            | "unknown"
            | "n a"
            | "na"
            | "prefer not to say"
            | "i prefer not to say"
            | "rather not say"
            | "nuk deshiroj ta them"
            | "pa pergjigje"
            | "ne zelim da kazem"
            | "ne zelim reci"
            | "belirtmek istemiyorum"
            | "ne sakam da kazam" => Disability::Undisclosed,
            _ => return None,
        })
    }

    /// The Washington Group rule: a person has a disability when any of the Short Set
    /// answers is "a lot of difficulty" or "cannot do at all". With answers and none of
    /// them so, the person has none; with no answers at all, it is undisclosed.
    pub fn from_short_set(answers: &[ShortSetAnswer]) -> Disability {
        if answers.iter().any(|a| a.counts_as_disability()) {
            Disability::Yes
        } else if answers.is_empty() {
            Disability::Undisclosed
        } else {
            Disability::No
        }
    }
}

impl std::fmt::Display for Disability {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.word())
    }
}

/// The six questions of the Washington Group Short Set, as the column names an import
/// reads them under.
pub const SHORT_SET_QUESTIONS: [&str; 6] = [
    "seeing",
    "hearing",
    "walking",
    "remembering",
    "self_care",
    "communicating",
];

/// One answer to a Short Set question (1–4 on the form).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ShortSetAnswer {
    NoDifficulty,
    SomeDifficulty,
    ALotOfDifficulty,
    CannotDoAtAll,
}

impl ShortSetAnswer {
    /// "A lot of difficulty" and "cannot do at all" count as a disability.
    pub fn counts_as_disability(self) -> bool {
        matches!(
            self,
            ShortSetAnswer::ALotOfDifficulty | ShortSetAnswer::CannotDoAtAll
        )
    }

    /// Reads an answer: the number on the form (1–4), or its words in English, Albanian,
    /// BCMS (both scripts), Macedonian or Turkish, case and accents ignored. `None` for an
    /// empty or unknown answer.
    pub fn parse(s: &str) -> Option<Self> {
        use ShortSetAnswer::*;
        Some(match key(s).as_str() {
            "1" | "no difficulty" | "no" | "none" | "pa veshtiresi" | "asnje veshtiresi"
            | "nuk kam veshtiresi" | "jo" | "bez poteskoca" | "bez teskoca" | "nema poteskoca"
            | "bez poteskoce" | "bez teshkotii" | "bez teskotii" | "nema teshkotii"
            | "zorluk yok" | "hic zorluk yok" | "zorlanmiyorum" | "hic zorlanmiyorum" => {
                NoDifficulty
            }
            "2" | "some difficulty" | "some" | "disa veshtiresi" | "pak veshtiresi"
            | "kam pak veshtiresi" | "neke poteskoce" | "malo poteskoca" | "nekoi teshkotii"
            | "nekoi teskotii" | "odredene poteskoce" | "biraz zorluk" | "biraz zorlaniyorum" => {
                SomeDifficulty
            }
            "3"
            | "a lot of difficulty"
            | "a lot"
            | "lots of difficulty"
            | "shume veshtiresi"
            | "kam shume veshtiresi"
            | "mnogo poteskoca"
            | "puno poteskoca"
            | "velike poteskoce"
            | "mnogu teshkotii"
            | "mnogu teskotii"
            | "cok zorluk"
            | "cok zorlaniyorum" => ALotOfDifficulty,
            "4"
            | "cannot do at all"
            | "cannot do"
            | "cannot"
            | "unable"
            | "nuk mundem fare"
            | "nuk mund ta bej fare"
            | "nuk mund fare"
            | "ne mogu uopste"
            | "uopste ne mogu"
            | "uopce ne mogu"
            | "ne mogu uopce"
            | "ne mogu"
            | "voopsto ne mozam"
            | "ne mozam voopsto"
            | "hic yapamiyorum"
            | "yapamiyorum" => CannotDoAtAll,
            _ => return None,
        })
    }
}

/// How an event is delivered.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum Mode {
    #[default]
    InPerson,
    Online,
    Hybrid,
}

impl Mode {
    pub const ALL: &'static [Mode] = &[Mode::InPerson, Mode::Online, Mode::Hybrid];

    /// The stable word (CSV, JSON, the CLI).
    pub fn word(self) -> &'static str {
        match self {
            Mode::InPerson => "in_person",
            Mode::Online => "online",
            Mode::Hybrid => "hybrid",
        }
    }

    /// The words accepted, for error messages.
    pub fn words() -> String {
        "in_person, online, hybrid".to_string()
    }

    /// Reads a mode: the stable words (`in_person`, `in person`, `in-person`), and the
    /// region's words for it in Albanian, BCMS (both scripts), Macedonian and Turkish.
    pub fn parse(s: &str) -> Option<Self> {
        Some(match key(s).as_str() {
            "in person" | "inperson" | "face to face" | "onsite" | "on site" | "offline"
            | "fizikisht" | "me prani fizike" | "ne prani fizike" | "balle per balle" | "uzivo"
            | "licno" | "vo zivo" | "zivo" | "yuz yuze" => Mode::InPerson,
            "online" | "virtual" | "remote" | "ne distance" | "ne linje" | "onlajn"
            | "na daljinu" | "cevrimici" | "uzaktan" => Mode::Online,
            "hybrid" | "blended" | "hibrid" | "hibride" | "hibridno" | "hibridna" | "hibridni"
            | "hibrit" | "karma" => Mode::Hybrid,
            _ => return None,
        })
    }
}

impl std::fmt::Display for Mode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.word())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_set_answers_in_numbers_and_the_regions_words() {
        use ShortSetAnswer::*;
        for (answers, want) in [
            (
                &[
                    "1",
                    "No difficulty",
                    "Pa vështirësi",
                    "Bez poteškoća",
                    "Без тешкотии",
                    "Hiç zorluk yok",
                ][..],
                NoDifficulty,
            ),
            (
                &[
                    "2",
                    "Some difficulty",
                    "Disa vështirësi",
                    "Neke poteškoće",
                    "Некои тешкотии",
                    "Biraz zorluk",
                ][..],
                SomeDifficulty,
            ),
            (
                &[
                    "3",
                    "A lot of difficulty",
                    "Shumë vështirësi",
                    "Mnogo poteškoća",
                    "Многу тешкотии",
                    "Çok zorluk",
                ][..],
                ALotOfDifficulty,
            ),
            (
                &[
                    "4",
                    " Cannot do at all ",
                    "Nuk mundem fare",
                    "Uopšte ne mogu",
                    "Воопшто не можам",
                    "Hiç yapamıyorum",
                ][..],
                CannotDoAtAll,
            ),
        ] {
            for a in answers {
                assert_eq!(ShortSetAnswer::parse(a), Some(want), "{a}");
            }
        }
        assert_eq!(ShortSetAnswer::parse("5"), None);
        assert_eq!(ShortSetAnswer::parse(""), None);
        assert_eq!(ShortSetAnswer::parse("maybe"), None);
    }

    #[test]
    fn the_washington_group_rule() {
        use ShortSetAnswer::*;
        let all = |a| [a; 6];
        assert_eq!(
            Disability::from_short_set(&all(NoDifficulty)),
            Disability::No
        );
        assert_eq!(
            Disability::from_short_set(&all(SomeDifficulty)),
            Disability::No
        );
        let mut one = all(NoDifficulty);
        one[4] = ALotOfDifficulty;
        assert_eq!(Disability::from_short_set(&one), Disability::Yes);
        one[4] = CannotDoAtAll;
        assert_eq!(Disability::from_short_set(&one), Disability::Yes);
        assert_eq!(
            Disability::from_short_set(&[SomeDifficulty, SomeDifficulty]),
            Disability::No
        );
        assert_eq!(Disability::from_short_set(&[]), Disability::Undisclosed);
    }

    #[test]
    fn yes_and_no_in_the_regions_languages() {
        for y in ["yes", "Yes", "PO", "da", "Да", "evet", "true", "1"] {
            assert_eq!(Disability::parse(y), Some(Disability::Yes), "{y}");
        }
        for n in ["no", "Jo", "ne", "Не", "hayır", "Hayir", "false", "0"] {
            assert_eq!(Disability::parse(n), Some(Disability::No), "{n}");
        }
        for u in [
            "",
            "undisclosed",
            "Prefer not to say",
            "Nuk dëshiroj ta them",
        ] {
            assert_eq!(Disability::parse(u), Some(Disability::Undisclosed), "{u}");
        }
        assert_eq!(Disability::parse("sometimes"), None);
        for d in Disability::ALL {
            assert_eq!(Disability::parse(d.word()), Some(*d));
        }
    }

    #[test]
    fn modes_in_the_regions_languages() {
        for (words, want) in [
            (
                &[
                    "in_person",
                    "In person",
                    "in-person",
                    "Fizikisht",
                    "Uživo",
                    "Во живо",
                    "Yüz yüze",
                ][..],
                Mode::InPerson,
            ),
            (
                &[
                    "online",
                    "Online",
                    "Në distancë",
                    "Onlajn",
                    "Онлајн",
                    "Çevrimiçi",
                ][..],
                Mode::Online,
            ),
            (
                &["hybrid", "Hibrid", "Hibridno", "Хибридно", "Hibrit"][..],
                Mode::Hybrid,
            ),
        ] {
            for w in words {
                assert_eq!(Mode::parse(w), Some(want), "{w}");
            }
        }
        assert_eq!(Mode::parse("by pigeon"), None);
        assert_eq!(Mode::default(), Mode::InPerson);
    }
}
