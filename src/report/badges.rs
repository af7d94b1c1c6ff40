//! Printable badges of an event: one self-contained HTML page (inline CSS and SVG, no
//! scripts, nothing fetched) for A4 label sheets of 8 badges (2 × 4), each with the name as
//! written, the organisation, the event's title, the badge code as a QR code and as text.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

use crate::core::error::{Error, Result};
use crate::domain::badge;
use crate::report::html::escape;

/// Badges on one A4 sheet.
pub const PER_PAGE: usize = 8;

/// One person's badge.
#[derive(Debug, Clone, PartialEq)]
pub struct Badge {
    pub name: String,
    pub organisation: String,
    /// The badge code ([`badge::code`]), unformatted: what the QR code holds.
    pub code: String,
}

/// The QR code of a badge code as an inline SVG element, sized by the page's CSS. One SVG
/// unit is one module; the quiet zone of 4 modules is part of the drawing.
pub fn qr_svg(code: &str) -> Result<String> {
    // Level M: a badge survives a crease or a smudge (15 % of the code may be lost).
    let qr = QrCode::with_error_correction_level(code.as_bytes(), EcLevel::M)
        .map_err(|e| Error::invalid(format!("QR code of {code}: {e}")))?;
    let drawn = qr
        .render::<svg::Color>()
        .module_dimensions(1, 1)
        .quiet_zone(true)
        .build();
    // The renderer writes a standalone file: drop the XML declaration and the fixed size.
    let element = drawn
        .split_once("<svg")
        .map(|(_, rest)| format!("<svg class=\"qr\" role=\"img\"{rest}"))
        .unwrap_or_default();
    let sized = match (element.find(" width=\""), element.find(" viewBox=")) {
        (Some(a), Some(b)) if a < b => format!("{}{}", &element[..a], &element[b..]),
        _ => element,
    };
    Ok(sized)
}

/// The page: `code` and `title` of the event, the badges in the order given.
pub fn html(code: &str, title: &str, badges: &[Badge]) -> Result<String> {
    let lang = crate::i18n::current();
    let heading = escape(&crate::t!("badges-title", code = code));
    let event = escape(title);
    let mut sheets = String::new();
    for page in badges.chunks(PER_PAGE) {
        sheets.push_str("<section class=\"sheet\">\n");
        for b in page {
            let qr = qr_svg(&b.code)?;
            sheets.push_str(&format!(
                "<div class=\"badge\"><div class=\"who\"><div class=\"name\">{name}</div>\
                 <div class=\"org\">{org}</div><div class=\"event\">{event}</div></div>\
                 <div class=\"scan\">{qr}<div class=\"code\">{text}</div></div></div>\n",
                name = escape(&b.name),
                org = escape(&b.organisation),
                text = escape(&badge::printed(&b.code)),
            ));
        }
        sheets.push_str("</section>\n");
    }
    Ok(format!(
        r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{heading}</title>
<style>
@page {{ size: A4; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
body {{ font-family: sans-serif; color: #000; background: #fff; }}
.sheet {{ width: 210mm; height: 297mm; display: grid; grid-template-columns: 105mm 105mm;
  grid-template-rows: repeat(4, 74.25mm); break-after: page; page-break-after: always; overflow: hidden; }}
.sheet:last-child {{ break-after: auto; page-break-after: auto; }}
.badge {{ box-sizing: border-box; padding: 7mm 6mm; display: flex; gap: 4mm; align-items: center;
  border: 0.2mm dashed #bbb; overflow: hidden; }}
.who {{ flex: 1; min-width: 0; display: flex; flex-direction: column; gap: 2mm; overflow-wrap: anywhere; }}
.name {{ font-size: 17pt; font-weight: bold; line-height: 1.15; }}
.org {{ font-size: 11pt; }}
.event {{ font-size: 9pt; color: #333; }}
.scan {{ text-align: center; }}
.qr {{ width: 34mm; height: 34mm; display: block; }}
.code {{ font-family: monospace; font-size: 12pt; letter-spacing: 0.08em; }}
</style>
</head>
<body>
{sheets}</body>
</html>
"#
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn badge(name: &str, id: u64) -> Badge {
        Badge {
            name: name.into(),
            organisation: "KCSF <Prishtina>".into(),
            code: badge::code(id).expect("code"),
        }
    }

    #[test]
    fn eight_badges_a_page_with_names_escaped_and_nothing_fetched() {
        let people: Vec<Badge> = (1..=9)
            .map(|i| badge(&format!("Ana \"{i}\" Çela"), i))
            .collect();
        let page = html("ADV-1", "Advocacy & policy", &people).expect("page");
        assert_eq!(page.matches("<section class=\"sheet\">").count(), 2);
        assert_eq!(page.matches("<div class=\"badge\">").count(), 9);
        assert_eq!(page.matches("<svg class=\"qr\"").count(), 9);
        assert!(page.contains("Ana &quot;1&quot; Çela"));
        assert!(page.contains("KCSF &lt;Prishtina&gt;"));
        assert!(page.contains("Advocacy &amp; policy"));
        assert!(page.contains(&badge::printed(&people[0].code)));
        for banned in ["<script", "http://", "https://", "src=", "@import", "url("] {
            let outside_svg_ns = page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
            assert!(!outside_svg_ns.contains(banned), "{banned}");
        }
        assert!(!page.contains("<?xml"));
    }
}
