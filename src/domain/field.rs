//! The fields of the records, by a typed key: forms find their fields by it, and a refusal
//! names the field it is about, so a form can show it beside that field without reading
//! the (translated) message.

use serde::{Deserialize, Serialize};

macro_rules! fields {
    ($($v:ident => $key:literal),+ $(,)?) => {
        /// A field of a record, as forms show it and refusals name it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum Field {
            $($v),+
        }

        impl Field {
            pub const ALL: &'static [Field] = &[$(Field::$v),+];

            /// The field's name in the interface language (a form's label, and the name a
            /// message gives it).
            pub fn label(self) -> String {
                match self {
                    $(Field::$v => crate::t!($key)),+
                }
            }
        }
    };
}

fields!(
    Code => "field-code",
    Title => "field-title",
    Kind => "field-kind",
    StartDate => "field-start-date",
    EndDate => "field-end-date",
    City => "field-city",
    Country => "field-country",
    Venue => "field-venue",
    Project => "field-project",
    Capacity => "field-capacity",
    Trainers => "field-trainers",
    Threshold => "field-threshold",
    Status => "field-status",
    Notes => "field-notes",
    Date => "field-date",
    Start => "field-start",
    End => "field-end",
    Name => "field-name",
    OrganisationName => "field-organisation-name",
    Acronym => "field-acronym",
    Email => "field-email",
    Phone => "field-phone",
    Gender => "field-gender",
    Organisation => "field-organisation",
    Position => "field-position",
    PhotoConsent => "field-photo-consent",
    ContactConsent => "field-contact-consent",
    Role => "field-role",
    Source => "field-source",
    Event => "field-event",
    Participant => "field-participant",
    Owner => "field-owner",
    DueDate => "field-due-date",
    Mode => "field-mode",
    BirthYear => "field-birth-year",
    Disability => "field-disability",
    Reason => "field-reason",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_a_label_in_every_language() {
        for lang in crate::i18n::available() {
            crate::i18n::set_for_thread(Some(lang));
            for f in Field::ALL {
                let l = f.label();
                assert!(
                    !l.is_empty() && !l.starts_with("field-"),
                    "{f:?} has no label in {lang}: {l}"
                );
            }
        }
        crate::i18n::set_for_thread(None);
    }
}
