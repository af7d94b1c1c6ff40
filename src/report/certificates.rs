//! Printable certificates of attendance: one self-contained HTML document (inline CSS, no
//! scripts, nothing fetched) with one A4 page per certificate, in the language asked for.

use super::Lang;
use super::html::escape;
use crate::core::IssuedCertificate;
use crate::domain::Event;
use crate::domain::summary::hours;

const STYLE: &str = "\
@page { size: A4; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: Georgia, 'DejaVu Serif', serif; color: #111; }
.certificate { box-sizing: border-box; width: 210mm; height: 296mm; padding: 28mm 24mm 20mm;
  display: flex; flex-direction: column; text-align: center; overflow: hidden;
  break-after: page; page-break-after: always; break-inside: avoid; page-break-inside: avoid; }
.certificate:last-child { break-after: auto; page-break-after: auto; }
.organiser { font-size: 12pt; letter-spacing: 0.05em; text-transform: uppercase; margin: 0 0 18mm; }
h1 { font-size: 28pt; font-weight: normal; margin: 0 0 14mm; }
.lead { font-size: 12pt; margin: 0 0 4mm; }
.name { font-size: 24pt; font-weight: bold; margin: 0 0 10mm; }
.event { font-size: 16pt; font-style: italic; margin: 0 0 6mm; }
.details { font-size: 11pt; line-height: 1.6; margin: 0; }
.signatures { display: flex; justify-content: space-between; gap: 20mm; margin-top: auto; padding-top: 20mm; }
.signature { flex: 1; border-top: 0.6pt solid #111; padding-top: 2mm; font-size: 10pt; }
.number { font-size: 9pt; color: #444; margin: 8mm 0 0; text-align: right; }
@media screen { body { background: #ddd; } .certificate { background: #fff; margin: 8mm auto; } }
";

/// The event's dates in words: one day, or from–to.
fn dates(e: &Event, l: &Lang) -> String {
    if e.start == e.end {
        l.day(e.start)
    } else {
        l.tkey(
            "report-dates-range",
            &[
                ("start", l.day(e.start).into()),
                ("end", l.day(e.end).into()),
            ],
        )
    }
}

/// Venue, city and country, those that are given.
fn place(e: &Event) -> String {
    [e.venue.as_str(), e.city.as_str(), e.country.as_str()]
        .into_iter()
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The document: one page per certificate, in the order of their numbers. `organiser` is
/// the line from the config file (`organisation = "…"`), left out when empty.
pub fn html(e: &Event, issued: &[IssuedCertificate], organiser: &str, l: &Lang) -> String {
    let tr = |key: &str| escape(&l.tkey(key, &[]));
    let title = l.tkey(
        "certificate-document-title",
        &[("code", e.code.as_str().into())],
    );
    let mut body = String::new();
    for c in issued {
        body.push_str("<section class=\"certificate\">\n");
        if !organiser.trim().is_empty() {
            body.push_str(&format!(
                "<p class=\"organiser\">{}</p>\n",
                escape(organiser.trim())
            ));
        }
        body.push_str(&format!("<h1>{}</h1>\n", tr("certificate-heading")));
        body.push_str(&format!(
            "<p class=\"lead\">{}</p>\n",
            tr("certificate-certifies")
        ));
        body.push_str(&format!("<p class=\"name\">{}</p>\n", escape(&c.name)));
        body.push_str(&format!(
            "<p class=\"lead\">{}</p>\n",
            tr("certificate-attended")
        ));
        body.push_str(&format!("<p class=\"event\">{}</p>\n", escape(&e.title)));
        body.push_str("<p class=\"details\">");
        body.push_str(&escape(&dates(e, l)));
        let at = place(e);
        if !at.is_empty() {
            body.push_str(&format!("<br>{}", escape(&at)));
        }
        body.push_str(&format!(
            "<br>{}</p>\n",
            escape(&l.tkey(
                "certificate-hours",
                &[
                    ("hours", l.locale.decimal1(hours(c.minutes)).into()),
                    ("sessions", c.sessions.into()),
                ],
            ))
        ));
        body.push_str(&format!(
            "<div class=\"signatures\">\n<div class=\"signature\">{}</div>\n\
             <div class=\"signature\">{}</div>\n</div>\n",
            tr("certificate-sign-trainer"),
            tr("certificate-sign-organiser")
        ));
        body.push_str(&format!(
            "<p class=\"number\">{}</p>\n</section>\n",
            escape(&l.tkey(
                "certificate-number",
                &[("number", c.number_text(&e.code).into())],
            ))
        ));
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(l.code()),
        escape(&title)
    )
}

/// The file name suggested for an event's certificates: `CODE-certificates.html`.
pub fn suggested_name(code: &str) -> String {
    let safe = super::file_stem(code);
    let safe = if safe.is_empty() { "event" } else { &safe };
    format!("{safe}-certificates.html")
}
