//! Every view and decoder, nested encodings included, through the decision path the proxy runs:
//! PHI is found where the format hides it, redacted in place, and the forwarded request still
//! decodes as it did (JSON stays JSON, base64 stays base64, gzip/deflate/br/zstd stay so), with
//! everything that is not PHI kept. Then a property test: random analytics events with PHI at
//! random places redact to valid JSON that keeps every non-PHI value and re-inspects clean.

use base64::Engine;
use bytes::Bytes;
use phiwall::inspect::Message;
use phiwall::pipeline::{process, Outcome};
use phiwall::policy::Action;
use proptest::prelude::*;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::OnceLock;

const PHI: &[&str] =
    &["Maria Gonzalez", "maria.gonzalez@example.org", "1962-03-14", "4471823", "(415) 555-0132", "123-45-6789", "Gonzalez"];

fn config() -> &'static phiwall::config::Config {
    static C: OnceLock<phiwall::config::Config> = OnceLock::new();
    C.get_or_init(|| {
        let yaml = "destinations:\n  - { name: analytics, hosts: [api.segment.io], allow: [], on_violation: redact }\n";
        phiwall::config::load_str(yaml, "views.yaml", Path::new(""), phiwall::config::Examples::Skip).unwrap()
    })
}

fn msg(path: &str, headers: &[(&str, &str)], body: Vec<u8>) -> Message {
    let (path, query) = match path.split_once('?') {
        Some((p, q)) => (p, Some(Bytes::from(q.to_string()))),
        None => (path, None),
    };
    Message {
        method: "POST".into(),
        scheme: "https".into(),
        authority: "api.segment.io".into(),
        path: Bytes::from(path.to_string()),
        query,
        headers: headers.iter().map(|(k, v)| (k.to_string(), Bytes::from(v.to_string()))).collect(),
        body: body.into(),
    }
}

/// Decides `m`; asserts a redaction; returns the forwarded message.
fn redacted(what: &str, m: &Message) -> (Outcome, Message) {
    let o = process(config(), m, false, None);
    assert_eq!(o.decision.action, Action::Redact, "{what}: {:?} {:?}", o.decision, o.errors);
    let f = o.forward.clone().expect("a redacted request is forwarded");
    // Whatever was disallowed is gone: the forwarded request inspects clean.
    let again = process(config(), &f, false, None);
    assert_eq!(again.decision.action, Action::Pass, "{what}: re-inspection found {:?}", again.findings);
    (o, f)
}

fn no_phi(what: &str, text: &[u8]) {
    let t = String::from_utf8_lossy(text);
    for v in PHI {
        assert!(!t.contains(v), "{what}: a PHI value survived ({} chars) in {t}", v.len());
    }
}

fn header<'a>(m: &'a Message, name: &str) -> &'a [u8] {
    &m.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).unwrap().1
}

#[test]
fn json_nested_and_json_in_strings() {
    let body = r#"{"event":"Order Completed","properties":{"order_id":"ORD-2024-88812","total":129.5,"patient":{"fullName":"Maria Gonzalez","dob":"1962-03-14"}},"context":{"payload":"{\"email\":\"maria.gonzalez@example.org\",\"plan\":\"gold\"}"}}"#;
    let (_, f) = redacted("json", &msg("/v1/track", &[("Content-Type", "application/json")], body.into()));
    let v: serde_json::Value = serde_json::from_slice(&f.body).expect("still JSON");
    no_phi("json", &f.body);
    assert_eq!(v["properties"]["order_id"], "ORD-2024-88812");
    assert_eq!(v["properties"]["total"], 129.5);
    // The string holding JSON still holds JSON.
    let inner: serde_json::Value = serde_json::from_str(v["context"]["payload"].as_str().unwrap()).unwrap();
    assert_eq!(inner["plan"], "gold");
    assert_eq!(inner["email"], "[REDACTED:email]");
}

#[test]
fn ndjson_lines() {
    let body = "{\"msg\":\"login ok\",\"user\":\"u_1842\"}\n{\"msg\":\"chart opened\",\"patient_name\":\"Maria Gonzalez\"}\n";
    let (_, f) = redacted("ndjson", &msg("/logs", &[("Content-Type", "application/x-ndjson")], body.into()));
    no_phi("ndjson", &f.body);
    for line in f.body.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        serde_json::from_slice::<serde_json::Value>(line).expect("each line still JSON");
    }
    assert!(String::from_utf8_lossy(&f.body).contains("u_1842"));
}

/// A stream over the walker's window (1 MiB) is walked a window at a time: PHI in the first
/// line, at the window boundaries and in the last line is found and redacted in place, every
/// line stays JSON, and the clean lines are kept byte for byte. A stream that turns malformed
/// after good windows still has its tail scanned (as text).
#[test]
fn ndjson_streams_over_the_window() {
    let clean = |i: usize| format!("{{\"msg\":\"page viewed\",\"seq\":{i},\"path\":\"/locations/downtown\",\"plan\":\"starter\"}}\n");
    let phi = |i: usize| format!("{{\"msg\":\"chart opened\",\"seq\":{i},\"patient_name\":\"Maria Gonzalez\",\"mrn\":\"4471823\"}}\n");
    let mut body = String::new();
    let mut phi_lines = vec![];
    let mut i = 0;
    while body.len() < (5 << 20) / 2 {
        // PHI every ~300 KiB, so windows begin and end around it.
        let line = if i == 0 || i % 4000 == 1999 { phi(i) } else { clean(i) };
        if line.contains("Maria") {
            phi_lines.push(i);
        }
        body.push_str(&line);
        i += 1;
    }
    body.push_str(&phi(i));
    phi_lines.push(i);
    let (o, f) = redacted("long ndjson", &msg("/logs", &[("Content-Type", "application/x-ndjson")], body.clone().into()));
    let names = o.findings.iter().filter(|s| s.category == phiwall::detect::Category::Name).map(|s| s.count).max().unwrap_or(0);
    assert_eq!(names, phi_lines.len(), "every PHI line found once: {:?}", o.findings);
    no_phi("long ndjson", &f.body);
    let (before, after): (Vec<&str>, Vec<&[u8]>) =
        (body.lines().collect(), f.body.split(|&b| b == b'\n').filter(|l| !l.is_empty()).collect());
    assert_eq!(before.len(), after.len());
    for (k, (b, a)) in before.iter().zip(&after).enumerate() {
        serde_json::from_slice::<serde_json::Value>(a).expect("each line still JSON");
        if !phi_lines.contains(&k) {
            assert_eq!(b.as_bytes(), *a, "line {k} kept as it was");
        }
    }

    // Good for two windows, then broken: the whole body is scanned as text, once (the SSN in
    // the first line is counted once, the tail's is found).
    let mut broken = String::from("{\"msg\":\"ssn 123-45-6789 on file\"}\n");
    while broken.len() < (5 << 20) / 2 {
        broken.push_str(&clean(0));
    }
    broken.push_str("{\"msg\": oops not json, patient Maria Gonzalez SSN 123-45-6789\n");
    let o = process(config(), &msg("/logs", &[("Content-Type", "application/x-ndjson")], broken.into()), false, None);
    assert_ne!(o.decision.action, Action::Pass, "the malformed tail was scanned: {:?}", o.findings);
    let ssn: usize = o.findings.iter().filter(|s| s.category == phiwall::detect::Category::Ssn).map(|s| s.count).sum();
    assert_eq!(ssn, 2, "{:?}", o.findings);
}

/// Tables as column names plus rows (SQL-over-HTTP APIs, data exports): each cell is keyed by
/// its column, whether the columns are names or objects with a `name`.
#[test]
fn tables_as_columns_and_rows() {
    for (what, body) in [
        (
            "names",
            r#"{"columns":["first_name","last_name","dob","plan"],"rows":[["Maria","Gonzalez","1962-03-14","gold"],["Ana","Gonzalez","1990-01-02","silver"]]}"#,
        ),
        (
            "objects",
            r#"{"columns":[{"name":"patient","type":"varchar"},{"name":"birth_date","type":"date"},{"name":"plan","type":"varchar"}],"data":[["Maria Gonzalez","1962-03-14","gold"]],"stats":{"state":"FINISHED"}}"#,
        ),
    ] {
        let (o, f) = redacted(what, &msg("/v1/statement", &[("Content-Type", "application/json")], body.into()));
        no_phi(what, &f.body);
        let v: serde_json::Value = serde_json::from_slice(&f.body).expect("still JSON");
        let rows = v.get("rows").or_else(|| v.get("data")).unwrap();
        assert_eq!(rows[0].as_array().unwrap().last().unwrap(), "gold", "{what}: non-PHI cells kept");
        assert!(o.findings.iter().any(|s| s.category == phiwall::detect::Category::Dob), "{what}: {:?}", o.findings);
    }
    // Columns described in one place and rows in another (a SQL API's manifest and result), and
    // a change row as two flat arrays of names and values.
    for (what, body, kept) in [
        (
            "manifest",
            r#"{"manifest":{"schema":{"columns":[{"name":"patient_name"},{"name":"dob"},{"name":"plan"}]}},"result":{"data_array":[["Maria Gonzalez","1962-03-14","gold"]]}}"#,
            r#"[["[REDACTED:name]","[REDACTED:dob]","gold"]]"#,
        ),
        (
            "change",
            r#"{"change":[{"kind":"insert","columnnames":["id","mrn","last_name","plan"],"columnvalues":[44999,"4471823","Gonzalez","gold"]}]}"#,
            r#"[44999,"[REDACTED:mrn]","[REDACTED:name]","gold"]"#,
        ),
    ] {
        let (_, f) = redacted(what, &msg("/v1/statement", &[("Content-Type", "application/json")], body.into()));
        let t = String::from_utf8_lossy(&f.body);
        assert!(t.contains(kept), "{what}: {t}");
    }
    // A data frame written column by column: members named by row number.
    let body = r#"{"last_name":{"0":"Gonzalez","1":"Okafor"},"mrn":{"0":"4471823","1":"5581234"},"visits":{"0":3,"1":12}}"#;
    let (_, f) = redacted("columnwise", &msg("/v1/frame", &[("Content-Type", "application/json")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Okafor") && !t.contains("5581234") && t.contains(r#""visits":{"0":3,"1":12}"#), "{t}");
    // Rows without a columns member are not keyed by position.
    let o =
        process(config(), &msg("/v1/x", &[("Content-Type", "application/json")], r#"{"rows":[["gold","silver"]]}"#.into()), false, None);
    assert_eq!(o.decision.action, Action::Pass);
}

/// Bodies sent without a content type: delimited text with a header row is read as CSV (each
/// cell keyed by its column), a form with a trailing newline as a form.
#[test]
fn delimited_and_form_bodies_without_a_content_type() {
    let csv = "patient_name|dob|mrn|plan\nMaria Gonzalez|03/14/1962|4471823|gold\nJames Whitaker|07/02/1955|4471824|silver\n";
    let (o, f) = redacted("pipe-delimited", &msg("/upload", &[], csv.into()));
    no_phi("pipe-delimited", &f.body);
    assert!(String::from_utf8_lossy(&f.body).contains("|gold\n"));
    for c in [phiwall::detect::Category::Dob, phiwall::detect::Category::Mrn] {
        assert!(o.findings.iter().any(|s| s.category == c), "{c:?} found by column: {:?}", o.findings);
    }
    let form = "To=%2B14155550132&Body=Your+results+are+ready\n";
    let (o, _) = redacted("form", &msg("/2010-04-01/Messages.json", &[], form.into()));
    assert!(o.findings.iter().any(|s| s.location == "body:to"), "{:?}", o.findings);
    // Prose is not a table.
    let prose = "Thanks, see you soon\nBest, the front desk\n";
    let o = process(config(), &msg("/notes", &[], prose.into()), false, None);
    assert_eq!(o.decision.action, Action::Pass, "{:?}", o.findings);
}

#[test]
fn typed_wrappers_pair_arrays_and_envelopes() {
    let json = [("Content-Type", "application/json")];
    // Firestore and DynamoDB wrap each value in a one-member object naming its type.
    let body = r#"{"fields":{"patientName":{"stringValue":"Maria Gonzalez"},"dob":{"timestampValue":"1962-03-14T00:00:00Z"},"mrn":{"integerValue":"4471823"},"status":{"stringValue":"scheduled"}}}"#;
    let (_, f) = redacted("firestore", &msg("/v1/documents", &json, body.into()));
    no_phi("firestore", &f.body);
    assert!(String::from_utf8_lossy(&f.body).contains(r#""status":{"stringValue":"scheduled"}"#));
    // Firebase user properties: `{"value": …}` alone in its object.
    let body = r#"{"user_properties":{"home_zip":{"value":"62704"},"plan":{"value":"gold"},"dob":{"value":"1962-03-14"}}}"#;
    let (_, f) = redacted("firebase", &msg("/mp/collect", &json, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("62704") && !t.contains("1962-03-14") && t.contains(r#""plan":{"value":"gold"}"#), "{t}");
    // `Item` is DynamoDB's envelope, not a product: its names are people's.
    let body = r#"{"TableName":"Patients","Item":{"full_name":{"S":"Maria Gonzalez"},"birth_date":{"S":"1962-03-14"},"visits":{"N":"3"}}}"#;
    let (_, f) = redacted("dynamodb", &msg("/", &json, body.into()));
    no_phi("dynamodb", &f.body);
    assert!(String::from_utf8_lossy(&f.body).contains(r#""visits":{"N":"3"}"#));
    // `[name, value]` pairs: each value keyed by its name. Neither first nor last name is in
    // any dictionary here: only the pairing finds them.
    let body = r#"{"attrs":[["first_name","Qorvath"],["last_name","Zindelmeyer"],["mrn","4471823"],["plan","silver"]]}"#;
    let (_, f) = redacted("pairs", &msg("/v1/identify", &json, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Qorvath") && !t.contains("Zindelmeyer") && !t.contains("4471823"), "{t}");
    assert!(t.contains(r#"["plan","silver"]"#), "{t}");
    // A two-column table of data is not a list of pairs (its first cells are not names).
    let body = r#"{"values":[["Qorvath Zindelmeyer","gold"],["Ilse Varnholt","silver"]]}"#;
    let o = process(config(), &msg("/v1/sheet", &json, body.into()), false, None);
    assert!(o.findings.iter().all(|s| s.detector != "name-keyed"), "{:?}", o.findings);
    // A first row of labels names the columns of the rows after it (spreadsheet APIs).
    let body = r#"{"range":"Intake!A1:C3","values":[["Patient Name","DOB","Plan"],["Qorvath Zindelmeyer","03/14/1962","gold"],["Ilse Varnholt","07/02/1955","silver"]]}"#;
    let (_, f) = redacted("sheet", &msg("/v4/spreadsheets/x/values:append", &json, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Zindelmeyer") && !t.contains("Varnholt") && !t.contains("1962") && !t.contains("1955"), "{t}");
    assert!(t.contains(r#"["Patient Name","DOB","Plan"]"#) && t.contains(r#""gold"]"#), "{t}");
    // Organisations and code displays are not people; a subject's display is.
    let body = r#"{"from":{"email":"noreply@sunriseclinic.com","name":"Sunrise Family Clinic"},"code":{"coding":[{"system":"http://loinc.org","code":"718-7","display":"Hemoglobin [Mass/volume] in Blood"}]},"subject":{"display":"Maria Gonzalez"}}"#;
    let (o, f) = redacted("org and codes", &msg("/v1/send", &json, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    no_phi("org and codes", &f.body);
    assert!(t.contains("Sunrise Family Clinic"), "{t}");
    // (A code's display may still be a condition; it is not a name.)
    assert!(!o.findings.iter().any(|s| s.category == phiwall::detect::Category::Name && s.location.contains("coding")), "{:?}", o.findings);
    // FHIR XML keeps values in `value` attributes: keyed by their element.
    let body = r#"<Patient xmlns="http://hl7.org/fhir"><name><family value="Zindelmeyer"/><given value="Qorvath"/></name><gender value="female"/></Patient>"#;
    let (_, f) = redacted("fhir xml", &msg("/fhir/Patient", &[("Content-Type", "application/fhir+xml")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Zindelmeyer") && !t.contains("Qorvath") && t.contains(r#"<gender value="female"/>"#), "{t}");
    // A store's and a clinic's own places and names are not a patient's: passed untouched.
    let body = r#"{"event":"Order Completed","properties":{"order_id":"ORD-2026-114523","store_city":"Portland","store_zip":"97201","clinic":"Sunrise Heart Center","provider_name":"Dr. Lena Ortiz"}}"#;
    let o = process(config(), &msg("/v1/track", &json, body.into()), false, None);
    assert_eq!(o.decision.action, Action::Pass, "{:?}", o.findings);
}

#[test]
fn name_value_pairs_and_typed_attributes() {
    // OpenTelemetry logs: the key is a sibling, the value one level down and typed. The MRN
    // has no label in its text; only the pairing says what it is.
    let body = r#"{"resourceLogs":[{"scopeLogs":[{"logRecords":[{"body":{"stringValue":"chart lock failed"},"attributes":[{"key":"mrn","value":{"stringValue":"4471823"}},{"key":"http.status_code","value":{"intValue":"500"}},{"key":"service.version","value":{"stringValue":"3.14.2"}}]}]}]}]}"#;
    let (_, f) = redacted("otlp", &msg("/v1/logs", &[("Content-Type", "application/json")], body.into()));
    no_phi("otlp", &f.body);
    let v: serde_json::Value = serde_json::from_slice(&f.body).expect("still JSON");
    let attrs = &v["resourceLogs"][0]["scopeLogs"][0]["logRecords"][0]["attributes"];
    assert_eq!(attrs[1]["value"]["intValue"], "500");
    assert_eq!(attrs[2]["value"]["stringValue"], "3.14.2");
    // Conversion APIs name the id's type beside it; chat cards title their facts.
    let body = r#"{"user":{"userIds":[{"idType":"SHA256_EMAIL","idValue":"b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514"}]},"facts":[{"title":"MRN","value":"4471823"},{"title":"Room","value":"12"}]}"#;
    let (_, f) =
        redacted("idType/idValue, title/value", &msg("/rest/conversionEvents", &[("Content-Type", "application/json")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("b4c9a289323b") && !t.contains("4471823") && t.contains(r#""value":"12""#), "{t}");
    // Form-style pairs (`{"name": "mrn", "value": …}`) pair the same way.
    let body = r#"{"fields":[{"name":"mrn","value":"4471823"},{"name":"plan","value":"gold"}]}"#;
    let (_, f) = redacted("pairs", &msg("/v1/forms", &[("Content-Type", "application/json")], body.into()));
    no_phi("pairs", &f.body);
    assert!(String::from_utf8_lossy(&f.body).contains(r#""value":"gold""#));
    // XML fields written as a name and a value: the value is keyed by the name, and the name
    // (an identifier) is not read as a person's.
    let body = r#"<Export><Subscriber><Field name="MemberID" value="U5652371501"/><Field name="Surname" value="Gonzalez"/><Field name="Plan" value="Gold PPO"/></Subscriber><Member id="YPW512497610"/></Export>"#;
    let (_, f) = redacted("xml name/value", &msg("/v1/export", &[("Content-Type", "application/xml")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("U5652371501") && !t.contains("Gonzalez") && !t.contains("YPW512497610"), "{t}");
    assert!(t.contains(r#"name="MemberID""#) && t.contains(r#"name="Surname""#) && t.contains(r#"value="Gold PPO""#), "{t}");
    // FHIR extensions: the URL says what the value is.
    let body = r#"{"resourceType":"Patient","extension":[{"url":"http://hl7.example/fhir/StructureDefinition/drivers-license","valueString":"WA WDL2ZVVZ796H"},{"url":"http://hl7.org/fhir/StructureDefinition/patient-religion","valueString":"none"}]}"#;
    let (_, f) = redacted("fhir extension", &msg("/fhir/Patient", &[("Content-Type", "application/fhir+json")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("WDL2ZVVZ796H") && t.contains(r#""valueString":"none""#), "{t}");
}

#[test]
fn labels_in_neighbouring_cells() {
    // An HTML email: each label in one cell, its value in the next; nothing in the value says
    // what it is.
    let body = "<html><body><table><tr><td>MRN</td><td>4471823</td></tr><tr><th>Order</th><td>ORD-2024-88812</td></tr></table><p><b>Member ID:</b> XJH88812</p></body></html>";
    let (_, f) = redacted("html", &msg("/v3/mail/send", &[("Content-Type", "text/html")], body.into()));
    no_phi("html", &f.body);
    let t = String::from_utf8_lossy(&f.body);
    assert!(t.contains("<td>ORD-2024-88812</td>"), "{t}");
    assert!(!t.contains("XJH88812"), "{t}");
    // An element with a name of its own keeps it: "ID" (a state) is no label for the ZIP.
    let body = "<Patient><Address><City>Boise</City><State>ID</State><Zip>83702</Zip></Address></Patient>";
    let (o, f) = redacted("xml", &msg("/v1/patients", &[("Content-Type", "application/xml")], body.into()));
    assert!(o.findings.iter().any(|s| s.detector == "zip-keyed"), "{:?}", o.findings);
    assert!(!String::from_utf8_lossy(&f.body).contains("83702"));
}

#[test]
fn forms_laid_out_in_columns() {
    // `pdftotext -layout` of an intake form: labels in one row, values under them. Nothing in
    // "Kwabena" or "HN594920" says what it is; the label above does.
    let body = "                 NEW PATIENT REGISTRATION\n\n\
        Last Name          First Name        MI     Date of Birth\n\
        Mensah             Kwabena                  07/10/1981\n\n\
        Driver's License #     Preferred Pharmacy\n\
        HN594920               Kroger 1140\n\n\
        Visit Type         Room\n\
        Annual physical    12B\n";
    let (_, f) = redacted("layout", &msg("/v1/document", &[("Content-Type", "text/plain")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    for v in ["Mensah", "Kwabena", "07/10/1981", "HN594920"] {
        assert!(!t.contains(v), "{t}");
    }
    // Cells under labels no detector keys on stay, and so does the layout.
    for v in ["Kroger 1140", "Annual physical    12B", "Last Name          First Name"] {
        assert!(t.contains(v), "{t}");
    }
}

#[test]
fn e_mail_transfer_encodings_and_charsets() {
    let b64 = base64::engine::general_purpose::STANDARD;
    // A raw e-mail: its own headers, a quoted-printable part whose encoder wrapped inside the
    // phone number, and a base64 calendar attachment.
    let ics = "BEGIN:VCALENDAR\r\nDESCRIPTION:DOB 1962-03-14 MRN 4471823\r\nEND:VCALENDAR\r\n";
    let body = format!(
        "From: Front Desk <frontdesk@clinic.example>\r\nTo: \"Maria Gonzalez\" <maria.gonzalez@example.org>\r\n\
         Subject: Your visit\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n\
         --b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
         We have your mobile number as (415) 55=\r\n5-0132 and your SSN as 123-4=\r\n5-6789. Reply STOP to opt out.\r\n\
         --b1\r\nContent-Type: text/calendar; name=\"invite.ics\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n--b1--\r\n",
        b64.encode(ics)
    );
    let (_, f) = redacted("mime", &msg("/v1/messages/raw", &[("Content-Type", "message/rfc822")], body.into_bytes()));
    let t = String::from_utf8_lossy(&f.body).to_string();
    for v in ["Maria Gonzalez", "maria.gonzalez@example.org", "55=\r\n5-0132", "123-4=\r\n5-6789"] {
        assert!(!t.contains(v), "{v} in {t}");
    }
    assert!(t.contains("Reply STOP to opt out.") && t.contains("Subject: Your visit"), "{t}");
    let part = t.split("Content-Transfer-Encoding: base64\r\n\r\n").nth(1).unwrap().split("\r\n").next().unwrap();
    let ics = String::from_utf8(b64.decode(part).unwrap()).unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR") && !ics.contains("1962-03-14") && !ics.contains("4471823"), "{ics}");

    // UTF-16 (a Windows fax program's text file): read, redacted, written back as UTF-16.
    let text = "FAX COVER\r\nRE: Maria Gonzalez  SSN 123-45-6789  DOB 1962-03-14\r\nPages: 4\r\n";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let (_, f) = redacted("utf-16", &msg("/v2/faxes", &[("Content-Type", "text/plain; charset=utf-16")], utf16));
    assert_eq!(&f.body[..2], &[0xFF, 0xFE]);
    let units: Vec<u16> = f.body[2..].chunks(2).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
    let back = String::from_utf16(&units).unwrap();
    no_phi("utf-16", back.as_bytes());
    assert!(back.contains("FAX COVER") && back.contains("Pages: 4") && back.contains("[REDACTED:ssn]"), "{back}");
    // Declared UTF-16 that is not: the request fails closed.
    let o = process(config(), &msg("/v2/faxes", &[("Content-Type", "text/plain; charset=utf-16")], vec![0xFF, 0xFE, 0x41]), false, None);
    assert_eq!(o.decision.action, Action::Block, "{:?}", o.decision);

    // Character references a template engine renders, and Latin-1 text.
    let body = "<p>Your SSN: 123&#8209;45&#8209;6789, phone&nbsp;(415)&nbsp;555&#x2d;0132.</p>";
    let (_, f) = redacted("refs", &msg("/v3/mail/send", &[("Content-Type", "text/html")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("6789") && !t.contains("0132") && t.starts_with("<p>Your SSN: "), "{t}");
    let body = b"Patient: Mar\xeda Gonz\xe1lez, SSN 123-45-6789".to_vec();
    let (_, f) = redacted("latin-1", &msg("/v1/notes", &[("Content-Type", "text/plain; charset=iso-8859-1")], body));
    assert!(
        !f.body.windows(4).any(|w| w == b"Mar\xed") && !f.body.windows(4).any(|w| w == b"6789"),
        "{:?}",
        String::from_utf8_lossy(&f.body)
    );
}

#[test]
fn filter_expressions_and_query_operators() {
    // OData and SCIM filters in a query: the attribute before `eq` keys the literal after it.
    let m = msg(
        "/odata/Patients?$filter=LastName%20eq%20%27Gonzalez%27%20and%20Address%2FPostalCode%20eq%20%2798387%27%20and%20Status%20eq%20%27active%27",
        &[],
        vec![],
    );
    let (_, f) = redacted("odata", &m);
    let q = String::from_utf8_lossy(f.query.as_deref().unwrap_or_default()).to_string();
    assert!(!q.contains("Gonzalez") && !q.contains("98387") && q.contains("active"), "{q}");
    // Mongo, Directus and Strapi operators compare the field above them.
    let body = r#"{"filter":{"dob":{"_eq":"1962-03-14"},"status":{"$eq":"active"}},"where":{"last_name":{"$eq":"Gonzalez"}}}"#;
    let (_, f) = redacted("operators", &msg("/items/patients", &[("Content-Type", "application/json")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("1962-03-14") && !t.contains("Gonzalez") && t.contains(r#""$eq":"active""#), "{t}");
    // A search term keyed by the scope given after it, and bind parameters numbered after their
    // column (SQLAlchemy's `first_name_1`).
    let (_, f) = redacted("scope", &msg("/search?term=03%2F14%2F1962&scope=dob&page=2", &[], vec![]));
    let q = String::from_utf8_lossy(f.query.as_deref().unwrap_or_default()).to_string();
    assert!(!q.contains("1962") && q.contains("scope=dob&page=2"), "{q}");
    let body = "[cached since 12.31s ago] {'last_name_1': 'Gonzalez', 'status_1': 'active'}";
    let (_, f) = redacted("binds", &msg("/v1/logs", &[("Content-Type", "text/plain")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Gonzalez") && t.contains("'status_1': 'active'"), "{t}");
    // IHE XDS slots name HL7 fields in text: an error event quoting one is blocked for what it holds.
    let body = r#"{"message":"XDSPatientIdDoesNotMatch: sourcePatientInfo PID-5|Okafor^Chidi^^^ PID-7|19620314 does not match"}"#;
    let (_, f) = redacted("xds", &msg("/v1/events", &[("Content-Type", "application/json")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Okafor") && !t.contains("19620314"), "{t}");
}

#[test]
fn form_with_base64_json() {
    let inner = r#"{"event":"Lead","traits":{"email":"maria.gonzalez@example.org","plan":"pro"}}"#;
    let b64 = base64::engine::general_purpose::STANDARD.encode(inner);
    let body = format!("data={}&v=2&campaign=spring", urlencode(&b64));
    let (_, f) = redacted("form+base64", &msg("/track", &[("Content-Type", "application/x-www-form-urlencoded")], body.into_bytes()));
    let pairs: Vec<(String, String)> = url_pairs(&f.body);
    assert!(pairs.contains(&("v".into(), "2".into())) && pairs.contains(&("campaign".into(), "spring".into())));
    let data = &pairs.iter().find(|(k, _)| k == "data").unwrap().1;
    let decoded = base64::engine::general_purpose::STANDARD.decode(data).expect("still base64");
    let v: serde_json::Value = serde_json::from_slice(&decoded).expect("still JSON inside");
    assert_eq!(v["traits"]["plan"], "pro");
    no_phi("form+base64", &decoded);
}

#[test]
fn content_encodings_stay_encoded() {
    let body = r#"{"event":"Signup","traits":{"email":"maria.gonzalez@example.org","phone":"(415) 555-0132","plan":"starter"}}"#;
    type Codec = (&'static str, fn(&[u8]) -> Vec<u8>, fn(&[u8]) -> Vec<u8>);
    let codecs: [Codec; 4] = [
        (
            "gzip",
            |d| {
                let mut e = flate2::write::GzEncoder::new(vec![], flate2::Compression::default());
                e.write_all(d).unwrap();
                e.finish().unwrap()
            },
            |d| {
                let mut s = vec![];
                flate2::read::GzDecoder::new(d).read_to_end(&mut s).unwrap();
                s
            },
        ),
        (
            "deflate",
            |d| {
                let mut e = flate2::write::ZlibEncoder::new(vec![], flate2::Compression::default());
                e.write_all(d).unwrap();
                e.finish().unwrap()
            },
            |d| {
                let mut s = vec![];
                flate2::read::ZlibDecoder::new(d).read_to_end(&mut s).unwrap();
                s
            },
        ),
        (
            "br",
            |d| {
                let mut out = vec![];
                brotli::BrotliCompress(&mut &d[..], &mut out, &Default::default()).unwrap();
                out
            },
            |d| {
                let mut s = vec![];
                brotli::BrotliDecompress(&mut &d[..], &mut s).unwrap();
                s
            },
        ),
        ("zstd", |d| zstd::bulk::compress(d, 3).unwrap(), |d| zstd::bulk::decompress(d, 1 << 20).unwrap()),
    ];
    for (name, enc, dec) in codecs {
        let m = msg("/v1/identify", &[("Content-Type", "application/json"), ("Content-Encoding", name)], enc(body.as_bytes()));
        let (_, f) = redacted(name, &m);
        assert_eq!(header(&f, "content-encoding"), name.as_bytes());
        let plain = dec(&f.body);
        let v: serde_json::Value = serde_json::from_slice(&plain).unwrap_or_else(|_| panic!("{name}: still JSON"));
        assert_eq!(v["traits"]["plan"], "starter");
        no_phi(name, &plain);
    }
    // A body that claims gzip but is not: blocked, never passed unscanned.
    let m = msg("/v1/identify", &[("Content-Type", "application/json"), ("Content-Encoding", "gzip")], b"not gzip at all".to_vec());
    let o = process(config(), &m, false, None);
    assert_eq!(o.decision.action, Action::Block);
}

#[test]
fn multipart_hl7_xml_csv() {
    let mp = "--XyZ\r\nContent-Disposition: form-data; name=\"patient_name\"\r\n\r\nMaria Gonzalez\r\n--XyZ\r\nContent-Disposition: form-data; name=\"plan\"\r\n\r\nbasic\r\n--XyZ--\r\n";
    let (_, f) = redacted("multipart", &msg("/upload", &[("Content-Type", "multipart/form-data; boundary=XyZ")], mp.into()));
    no_phi("multipart", &f.body);
    let t = String::from_utf8_lossy(&f.body);
    assert!(t.contains("name=\"plan\"\r\n\r\nbasic\r\n") && t.ends_with("--XyZ--\r\n"), "{t}");

    let hl7 = "MSH|^~\\&|EHR|CLINIC|LAB|LAB|202611271000||ADT^A01|MSG0001|P|2.5\rPID|1||4471823^^^CLINIC^MR||GONZALEZ^MARIA^L||19620314|F|||12 Oak St^^Springfield^IL^62704||(415)555-0132\r";
    let (_, f) = redacted("hl7", &msg("/hl7", &[("Content-Type", "x-application/hl7-v2+er7")], hl7.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(t.starts_with("MSH|^~\\&|EHR|CLINIC|LAB|LAB|202611271000||ADT^A01|MSG0001|P|2.5\rPID|1||"), "{t}");
    for v in ["4471823", "GONZALEZ", "MARIA", "19620314", "12 Oak St", "555-0132"] {
        assert!(!t.contains(v), "hl7 kept a PHI value ({} chars)", v.len());
    }
    assert_eq!(t.matches('|').count(), hl7.matches('|').count(), "field structure kept");
    // MLLP framing (VT … FS CR) and a batch (FHS/BHS) around the messages, sent without a
    // content type: still read as HL7, the framing kept byte for byte.
    let pid = "PID|1||4471823^^^CLINIC^MR||ZINDELMEYER^QORVATH||19620314|F|||12 Oak St^^Springfield^IL^62704\r";
    let msh = "MSH|^~\\&|EHR|CLINIC|LAB|LAB|202611271000||ADT^A04|M1|P|2.5.1\r";
    let batch = format!("FHS|^~\\&|EHR|CLINIC\rBHS|^~\\&|EHR|CLINIC\r\x0b{msh}{pid}\x1c\r\x0b{msh}{pid}\x1c\rBTS|2\rFTS|1\r");
    let (_, f) = redacted("hl7 mllp batch", &msg("/hl7", &[], batch.clone().into()));
    let t = String::from_utf8_lossy(&f.body);
    for v in ["4471823", "ZINDELMEYER", "QORVATH", "19620314", "62704"] {
        assert!(!t.contains(v), "mllp kept a PHI value ({} chars): {t}", v.len());
    }
    assert!(t.starts_with("FHS|^~\\&|EHR|CLINIC\rBHS|") && t.ends_with("\x1c\rBTS|2\rFTS|1\r") && t.matches('\x0b').count() == 2, "{t}");

    let xml = r#"<?xml version="1.0"?><Order id="A-77812"><Patient><Name>Maria Gonzalez</Name><BirthDate>1962-03-14</BirthDate></Patient><Sku>SKU-4410</Sku></Order>"#;
    let (_, f) = redacted("xml", &msg("/orders", &[("Content-Type", "application/xml")], xml.into()));
    no_phi("xml", &f.body);
    let t = String::from_utf8_lossy(&f.body);
    assert!(t.contains(r#"<Order id="A-77812">"#) && t.contains("<Sku>SKU-4410</Sku>"), "{t}");

    let csv = "order_id,patient_name,dob,amount\nORD-1,Maria Gonzalez,1962-03-14,19.99\n";
    let (_, f) = redacted("csv", &msg("/export", &[("Content-Type", "text/csv")], csv.into()));
    no_phi("csv", &f.body);
    let t = String::from_utf8_lossy(&f.body);
    assert!(t.starts_with("order_id,patient_name,dob,amount\nORD-1,") && t.ends_with(",19.99\n"), "{t}");
}

#[test]
fn url_headers_cookies_and_tokens() {
    // The email in a path segment; the name percent-encoded twice in the query.
    let m = msg(
        "/v1/users/maria.gonzalez%40example.org/events?utm_source=mail&q=Maria%2520Gonzalez&dob=1962-03-14",
        &[
            ("Referer", "https://clinic.example/patients?name=Maria+Gonzalez&tab=labs"),
            ("Cookie", "session=abc123; patient_email=maria.gonzalez%40example.org; theme=dark"),
            (
                "Authorization",
                "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJNYXJpYSBHb256YWxleiIsIm1ybiI6IjQ0NzE4MjMiLCJyb2xlIjoicGF0aWVudCJ9.c2lnbmF0dXJl",
            ),
        ],
        vec![],
    );
    let (_, f) = redacted("url/headers", &m);
    let path = String::from_utf8_lossy(&f.path).to_string();
    let query = String::from_utf8_lossy(f.query.as_deref().unwrap()).to_string();
    assert!(path.starts_with("/v1/users/") && path.ends_with("/events"), "{path}");
    assert!(query.starts_with("utm_source=mail&q="), "{query}");
    for text in [path.as_bytes(), query.as_bytes(), header(&f, "referer"), header(&f, "cookie")] {
        let decoded = urldecode(&urldecode(&String::from_utf8_lossy(text)));
        no_phi("url/headers", decoded.as_bytes());
    }
    assert!(String::from_utf8_lossy(header(&f, "cookie")).contains("theme=dark"));
    // The bearer token's claims were redacted and re-encoded as base64url.
    let auth = String::from_utf8_lossy(header(&f, "authorization")).to_string();
    let claims = auth.split('.').nth(1).unwrap();
    let decoded = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(claims).expect("still base64url, unpadded");
    let v: serde_json::Value = serde_json::from_slice(&decoded).unwrap();
    assert_eq!(v["role"], "patient");
    no_phi("jwt", &decoded);
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

fn urldecode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = vec![];
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if b[i] == b'+' { b' ' } else { b[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).to_string()
}

fn url_pairs(body: &[u8]) -> Vec<(String, String)> {
    String::from_utf8_lossy(body).split('&').filter_map(|p| p.split_once('=')).map(|(k, v)| (urldecode(k), urldecode(v))).collect()
}

// Random analytics events: innocuous keys with ids, prices, versions, timestamps, and PHI under
// the keys apps really use. Redaction must keep the JSON valid, every key and every innocuous value.
const SAFE: &[(&str, &str)] = &[
    ("event", "Page Viewed"),
    ("plan", "starter"),
    ("build", "3.14.2"),
    ("sku", "SKU-4410-XL"),
    ("order_id", "ORD-2024-88812"),
    ("messageId", "6f1c2a9e-3b7d-4c1a-9e2f-0a1b2c3d4e5f"),
    ("timestamp", "2026-05-01T10:00:00.000Z"),
    ("locale", "en-US"),
    ("title", "Sunrise Family Medicine"),
];
const PHI_FIELDS: &[(&str, &str)] = &[
    ("patientName", "Maria Gonzalez"),
    ("email", "maria.gonzalez@example.org"),
    ("birthDate", "1962-03-14"),
    ("mrn", "4471823"),
    ("phone", "(415) 555-0132"),
    ("ssn", "123-45-6789"),
    ("note", "called Maria Gonzalez about results"),
];

fn event() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        (0..SAFE.len()).prop_map(|i| (SAFE[i].0.to_string(), serde_json::json!(SAFE[i].1), false)),
        (0..PHI_FIELDS.len()).prop_map(|i| (PHI_FIELDS[i].0.to_string(), serde_json::json!(PHI_FIELDS[i].1), true)),
        (0u32..100_000).prop_map(|n| ("price".to_string(), serde_json::json!(f64::from(n) / 100.0), false)),
    ];
    let obj = prop::collection::vec(leaf, 1..8).prop_map(|leaves| {
        let mut m = serde_json::Map::new();
        for (k, v, _) in leaves {
            m.insert(k, v);
        }
        serde_json::Value::Object(m)
    });
    obj.prop_recursive(3, 24, 4, |inner| {
        prop::collection::vec((prop::sample::select(vec!["traits", "properties", "context", "items"]), inner), 1..4).prop_map(|kids| {
            let mut m = serde_json::Map::new();
            for (k, v) in kids {
                m.insert(k.to_string(), v);
            }
            serde_json::Value::Object(m)
        })
    })
}

/// Every (path, value) of the innocuous leaves.
fn safe_leaves(v: &serde_json::Value, path: &str, out: &mut Vec<(String, serde_json::Value)>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                let p = format!("{path}/{k}");
                if x.is_object() {
                    safe_leaves(x, &p, out);
                } else if !PHI_FIELDS.iter().any(|(pk, _)| pk == k) {
                    out.push((p, x.clone()));
                }
            }
        }
        _ => out.push((path.to_string(), v.clone())),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn redaction_round_trips(ev in event(), gzip in any::<bool>()) {
        let text = serde_json::to_vec(&ev).unwrap();
        let body = if gzip {
            let mut e = flate2::write::GzEncoder::new(vec![], flate2::Compression::fast());
            e.write_all(&text).unwrap();
            e.finish().unwrap()
        } else {
            text.clone()
        };
        let mut headers = vec![("Content-Type", "application/json")];
        if gzip {
            headers.push(("Content-Encoding", "gzip"));
        }
        let m = msg("/v1/batch", &headers, body);
        let o = process(config(), &m, false, None);
        let has_phi = PHI.iter().any(|v| String::from_utf8_lossy(&text).contains(v));
        if !has_phi {
            prop_assert_eq!(o.decision.action, Action::Pass, "{:?}", o.findings);
            prop_assert_eq!(&o.forward.unwrap().body[..], &m.body[..]);
            return Ok(());
        }
        prop_assert_eq!(o.decision.action, Action::Redact, "{:?}", o.errors);
        let f = o.forward.unwrap();
        let plain = if gzip {
            let mut s = vec![];
            flate2::read::GzDecoder::new(&f.body[..]).read_to_end(&mut s).unwrap();
            s
        } else {
            f.body.to_vec()
        };
        let out: serde_json::Value = serde_json::from_slice(&plain).expect("still JSON");
        let plain_text = String::from_utf8_lossy(&plain).to_string();
        for v in PHI {
            prop_assert!(!plain_text.contains(v), "a PHI value survived ({} chars)", v.len());
        }
        // Every key and every innocuous value is where it was.
        let (mut a, mut b) = (vec![], vec![]);
        safe_leaves(&ev, "", &mut a);
        safe_leaves(&out, "", &mut b);
        prop_assert_eq!(a, b);
        // And the result inspects clean.
        let again = process(config(), &f, false, None);
        prop_assert_eq!(again.decision.action, Action::Pass, "{:?}", again.findings);
    }
}

#[test]
fn binary_bodies_are_scanned_and_masked_in_place() {
    // A protobuf message: length-prefixed fields. A value is overwritten with as many `*`, so
    // every length prefix still holds; a clean message passes untouched.
    let mut pb = vec![0x0a, 0x1a];
    pb.extend_from_slice(b"maria.gonzalez@example.org");
    pb.extend_from_slice(&[0x10, 0x96, 0x01]);
    let masked = {
        let mut m = pb.clone();
        m[2..28].fill(b'*');
        m
    };
    for ct in ["application/x-protobuf", "application/grpc+proto", "application/octet-stream"] {
        let (_, f) = redacted(ct, &msg("/v1/events", &[("Content-Type", ct)], pb.clone()));
        assert_eq!(&f.body[..], &masked[..], "{ct}");
    }
    // Undeclared, but NULs and control bytes say binary.
    let (_, f) = redacted("undeclared", &msg("/v1/events", &[], pb.clone()));
    assert_eq!(&f.body[..], &masked[..]);
    let clean = vec![0x0a, 0x05, b'h', b'e', b'l', b'l', b'o', 0x10, 0x96, 0x01, 0x00];
    let o = process(config(), &msg("/v1/events", &[("Content-Type", "application/x-protobuf")], clean.clone()), false, None);
    assert_eq!(o.decision.action, Action::Pass);
    assert_eq!(&o.forward.unwrap().body[..], &clean[..]);
}

#[test]
fn markup_and_tag_lists() {
    let json = [("Content-Type", "application/json")];
    // HTML between a label and its value, inside a JSON string (a rendered e-mail template).
    let body = r#"{"template":"reminder_v2","html":"<p>Dear <b>Philippa Strand</b>,</p><p>MRN: <span class=\"id\">MR-7732018</span></p>"}"#;
    let (_, f) = redacted("html", &msg("/v1/track", &json, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Philippa") && !t.contains("Strand") && !t.contains("7732018"), "{t}");
    // The markup around the values is kept, and the body is still JSON.
    assert!(t.contains(r#"<span class=\"id\">"#) && t.contains("reminder_v2"), "{t}");
    serde_json::from_slice::<serde_json::Value>(&f.body).expect("still JSON");
    // Markdown emphasis around labels.
    let text = [("Content-Type", "text/markdown")];
    let body = "## Visit note\n\n**Patient:** Florentyna Zawadzka  \n**MRN:** 55019283\n";
    let (_, f) = redacted("markdown", &msg("/v1/logs", &text, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Zawadzka") && !t.contains("55019283"), "{t}");
    assert!(t.starts_with("## Visit note\n\n**Patient:** "), "{t}");
    // RTF: control words and groups between a label and its value.
    let body = r"{\rtf1\ansi {\b Patient:} Maria Gonzalez\par {\b Member ID:} YPW696541868\par Plan: Gold\par}";
    let (_, f) = redacted("rtf", &msg("/v1/files", &text, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Gonzalez") && !t.contains("YPW696541868") && t.contains(r"{\b Member ID:} ") && t.contains("Gold"), "{t}");
    // A `key:value,key:value` tag list in a JSON string; a user-name style value.
    let body = r#"[{"service":"scheduler","ddtags":"env:prod,patient_name:alvaro_mendes,team:ops"}]"#;
    let (_, f) = redacted("tags", &msg("/api/v2/logs", &json, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("alvaro_mendes") && t.contains("env:prod") && t.contains("team:ops"), "{t}");
    // A form's API key is not a name after a `client=` label.
    let form = [("Content-Type", "application/x-www-form-urlencoded")];
    let o = process(config(), &msg("/v1/batch", &form, b"client=abc123key&event=viewed".to_vec()), false, None);
    assert_eq!(o.decision.action, Action::Pass, "{:?}", o.findings);
}

#[test]
fn a_value_found_by_its_key_is_redacted_where_it_recurs() {
    let json = [("Content-Type", "application/json")];
    // Neither name is in any dictionary: only the keys find them, and then the note and the
    // tag, in any case, are the same person.
    let body = r#"{"patient":{"first_name":"Qorvath","last_name":"Zindelmeyer","mrn":"A0091823"},"note":"called qorvath zindelmeyer about refill","tags":"Qorvath,vip","plan":"Qorvathian"}"#;
    let (_, f) = redacted("recurs", &msg("/v1/track", &json, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains(r#""Qorvath""#) && !t.contains("Qorvath,") && !t.to_ascii_lowercase().contains("zindelmeyer"), "{t}");
    assert!(t.contains("called [REDACTED:name] [REDACTED:name] about refill"), "{t}");
    // Whole words only: a longer word that starts the same is something else.
    assert!(t.contains(r#""plan":"Qorvathian""#) && t.contains(",vip"), "{t}");
}

#[test]
fn rows_selectors_yaml_and_embedded_x12() {
    // Two name columns side by side in a TSV: each cell is redacted on its own and the row keeps
    // its six cells (a name read across the tab used to swallow it and shift the columns).
    let tsv = [("Content-Type", "text/tab-separated-values")];
    let body = "SubscriberKey\tFirstName\tLastName\tEmailAddress\tLastVisitReason\tSegment\nE5432648\tKofi\tBoateng\tkofi.boateng@example.org\tHIV\trecall_q3\n";
    let (_, f) = redacted("tsv", &msg("/data/v1/import", &tsv, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    let row = t.lines().nth(1).unwrap();
    assert_eq!(row.split('\t').count(), 6, "{t}");
    assert!(!t.contains("Kofi") && !t.contains("Boateng") && row.ends_with("\trecall_q3"), "{t}");
    // Session replay: the CSS selector names the field whose value is captured.
    let json = [("Content-Type", "application/json")];
    let body = r##"{"visit_id":"d82e1c87b24ef6ddd59b2172d875c824","events":[{"type":"input","selector":"#first_name","value":"Amélie"},{"type":"input","selector":"#last_name","value":"Delacroix-Moreau"},{"type":"input","selector":"input[name=\"dob\"]","value":"11/10/2006"},{"type":"click","selector":"button.submit"}]}"##;
    let (_, f) = redacted("replay", &msg("/api/v2/visit-data", &json, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Amélie") && !t.contains("Delacroix") && !t.contains("11/10/2006"), "{t}");
    // A 32-hex visit id is a session, not a record number.
    assert!(t.contains("d82e1c87b24ef6ddd59b2172d875c824") && t.contains("button.submit"), "{t}");
    // YAML: nested keys give context (`diagnoses.code`); a key on the next line is not a name,
    // and a release slug is not one either.
    let yaml = [("Content-Type", "application/yaml")];
    let body =
        "patient:\n  name:\n    given: Zorbatu\n  zip: \"87105\"\ndiagnoses:\n  - code: G35\nrelease:\n  name: spring-clinic-promo\n";
    let (_, f) = redacted("yaml", &msg("/logs", &yaml, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Zorbatu") && !t.contains("87105") && !t.contains("G35"), "{t}");
    assert!(t.contains("    given: ") && t.contains("  name: spring-clinic-promo"), "{t}");
    // X12 segments quoted inside an error message; an OID is not an IP address.
    let body = r#"{"error":{"message":"Unexpected segment: NM1*IL*1*ACHIENG*CONSOLATA****MI*XJH042551994~DMG*D8*19640620*F~DTP*291*D8*20251101~"},"templateId":"2.16.840.1.113883.10.20.22.2.5.1"}"#;
    let (_, f) = redacted("x12", &msg("/entries", &json, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    for v in ["ACHIENG", "CONSOLATA", "XJH042551994", "19640620", "20251101"] {
        assert!(!t.contains(v), "{v} survived: {t}");
    }
    assert!(t.contains("2.16.840.1.113883.10.20.22.2.5.1") && t.contains("NM1*IL*1*"), "{t}");
    // A FHIR identifier typed only by `type.text`, and clinical dates.
    let body = r#"{"resourceType":"Observation","subject":{"identifier":{"system":"urn:oid:2.16.840.1.113883.19.5","type":{"text":"MRN"},"value":"62561944"}},"effectiveDateTime":"2025-07-07T08:15:00-04:00","status":"final"}"#;
    let (_, f) = redacted("fhir", &msg("/fhir", &json, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("62561944") && !t.contains("2025-07-07") && t.contains(r#""status":"final""#), "{t}");
}

#[test]
fn form_answers_batches_and_places() {
    let json = [("Content-Type", "application/json")];
    // Typeform answers: the value sits under the member its type names, the field's ref names it;
    // Calendly-style question/answer pairs.
    let body = r#"{"form_response":{"answers":[{"type":"text","text":"Nkechi","field":{"id":"a6Tf9rXard4R","ref":"first_name","type":"short_text"}},{"type":"date","date":"2006-09-06","field":{"id":"sttjsw5zi2qz","ref":"dob","type":"date"}},{"type":"choice","choice":{"label":"Morning"},"field":{"id":"x1","ref":"slot","type":"multiple_choice"}}]},"questions_and_answers":[{"question":"Insurance member ID","answer":"FNX577197947","position":1}]}"#;
    let (_, f) = redacted("answers", &msg("/hooks/catch", &json, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Nkechi") && !t.contains("2006-09-06") && !t.contains("FNX577197947"), "{t}");
    assert!(t.contains(r#""label":"Morning""#) && t.contains(r#""ref":"first_name""#), "{t}");
    // Generated refs (UUIDs): the question's title names the field.
    let body = r#"{"answers":[{"type":"text","text":"Okonkwo-Bell","field":{"id":"CS3S","ref":"dd34ea1f-4094-4c66-82b3-ae5f86723a03","type":"short_text","title":"And your last name?"}}],"merge_fields":{"FNAME":"Ngozi","BIRTHDAY":"09/26","PLAN":"12/25 promo"}}"#;
    let (_, f) = redacted("titles", &msg("/hooks/catch", &json, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Okonkwo") && !t.contains("09/26") && t.contains("12/25 promo"), "{t}");
    // Measurement Protocol batch: one form per line, percent-encoded.
    let text = [("Content-Type", "text/plain")];
    let body = "v=1&t=event&ea=patient_lookup&el=Iwu%2C%20Teodora%20%2F%20568-72-7237\nv=1&t=event&ea=patient_lookup&el=Kowalczyk%2C%20Noor%20%2F%20546-61-1328\n";
    let (_, f) = redacted("batch", &msg("/batch", &text, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("568-72-7237") && !t.contains("546-61-1328") && t.lines().count() == 2, "{t}");
    assert!(t.lines().all(|l| l.starts_with("v=1&t=event&ea=patient_lookup&el=")), "{t}");
    // Rich text copies (Notion's content and plain_text): a labelled DOB is gone from both.
    let body =
        r#"{"rich_text":[{"text":{"content":"DOB "},"plain_text":"DOB "},{"text":{"content":"09/20/1938"},"plain_text":"09/20/1938"}]}"#;
    let (_, f) = redacted("copies", &msg("/v1/blocks", &json, body.into()));
    assert!(!String::from_utf8_lossy(&f.body).contains("09/20/1938"));
    // A place is not a person: passed untouched.
    let body =
        r#"{"settings":{"from_name":"Sunrise Family Clinic","preview_text":"Our Cedar Park office now offers Saturday appointments"}}"#;
    let o = process(config(), &msg("/3.0/campaigns", &json, body.into()), false, None);
    assert_eq!(o.decision.action, Action::Pass, "{:?}", o.findings);
}

#[test]
fn dates_without_years_filters_and_second_rounds() {
    let json = [("Content-Type", "application/json")];
    // Appointment days without a year, after a weekday or an appointment word; a date before
    // "visit"; a search filter's `key = 'value'`.
    let body = r#"{"components":[{"type":"text","text":"Monday, February 9"}],"body":"Your med check on April 10 needs to move. We refunded the charge for your 4/8/2026 visit.","filter":"date_of_birth = '1969-04-05'","release":"Monday, version 9"}"#;
    let (_, f) = redacted("dates", &msg("/v1/messages", &json, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    for v in ["February 9", "April 10", "4/8/2026", "1969-04-05"] {
        assert!(!t.contains(v), "{v} survived: {t}");
    }
    assert!(t.contains("Monday, version 9"), "{t}");
    // A bare `name` next to a birth date is a person's; a product's stays.
    let body = r#"{"method":"write","args":[[3789],{"name":"Shannon Quillfeather","birthdate":"1970-01-02"}],"product":{"name":"Starter Plan","sku":"X1"}}"#;
    let (_, f) = redacted("partner", &msg("/jsonrpc", &json, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Quillfeather") && t.contains(r#""name":"Starter Plan""#), "{t}");
    // XML-RPC structs: a member's name keys its value and is kept.
    let xml = [("Content-Type", "text/xml")];
    let body = "<?xml version=\"1.0\"?><methodCall><methodName>write</methodName><params><param><value><struct><member><name>x_mbr_no</name><value><string>ZGP4241845-02</string></value></member><member><name>customer_rank</name><value><int>1</int></value></member></struct></value></param></params></methodCall>";
    let (_, f) = redacted("xmlrpc", &msg("/xmlrpc/2/object", &xml, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("ZGP4241845") && t.contains("<name>x_mbr_no</name>") && t.contains("<name>customer_rank</name>"), "{t}");
    // PDF form data dumps: `/T (Zip) /V (78726)`.
    let text = [("Content-Type", "text/plain")];
    let body = "%FDF-1.2\n<< /T (PatientName) /V (Thandiwe Okonjo) >>\n<< /T (Zip) /V (78726) >>\n<< /T (FormRev) /V (KFM-R3) >>\n";
    let (_, f) = redacted("fdf", &msg("/forms", &text, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Okonjo") && !t.contains("78726") && t.contains("/V (KFM-R3)"), "{t}");
    // Headers redacted to markers are not found again (the marker is not a value), and the
    // request is forwarded rather than blocked.
    let m = msg(
        "/webhook",
        &[("Content-Type", "application/json"), ("X-Visit-Reason", "major depressive disorder"), ("X-Kfm-Mrn", "KFM-730906")],
        br#"{"event":"form.submitted"}"#.to_vec(),
    );
    let (_, f) = redacted("headers", &m);
    let h: Vec<String> = f.headers.iter().map(|(k, v)| format!("{k}: {}", String::from_utf8_lossy(v))).collect();
    assert!(h.iter().any(|l| l == "X-Visit-Reason: [REDACTED:condition]") && h.iter().any(|l| l == "X-Kfm-Mrn: [REDACTED:mrn]"), "{h:?}");
}

#[test]
fn log_lines_quote_records() {
    let text = [("Content-Type", "text/plain")];
    // A Rails parameter hash, a file name joined by underscores, a caller id in capitals, and an
    // HL7 segment quoted by an interface engine.
    let body = concat!(
        "Parameters: {\"patient\"=>{\"first_name\"=>\"Maria\", \"last_name\"=>\"Gonzalez\", \"date_of_birth\"=>\"1962-03-14\"}, \"plan\"=>\"gold\"}\n",
        "rsync: sent /srv/exports/GONZALEZ_MARIA_DOB_19620314_intake.pdf to nas02\n",
        "asterisk: VOICEMAIL from \"GONZALEZ MARIA\" <4155550132> to ext 204\n",
        "engine: ADT^A08 rejected: PID|1||4471823^^^CHFH^MR||GONZALEZ^MARIA||19620314|F|||12 Main St^^Springfield^IL^62704\n",
        "build 3.14.2 deployed by ci (2 workers)\n",
    );
    let (_, f) = redacted("logs", &msg("/v1/input", &text, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    for v in ["Maria", "MARIA", "Gonzalez", "GONZALEZ", "1962-03-14", "19620314", "4155550132", "4471823", "62704"] {
        assert!(!t.contains(v), "{v} survived in {t}");
    }
    assert!(t.contains("\"plan\"=>\"gold\"") && t.contains("build 3.14.2 deployed") && t.contains("_intake.pdf"), "{t}");
    assert_eq!(t.lines().count(), 5, "{t}");
    // An access log: the request target and the referer are opened as URLs, decoded.
    let body = "203.0.113.9 - - [10/Mar/2026:13:56:48 -0800] \"GET /portal/book?uid=maria.gonzalez%40example.org&plan=gold HTTP/1.1\" 200 512 \"https://portal.example/intake?dob=1962-03-14\" \"Mozilla/5.0\"\n";
    let (_, f) = redacted("access log", &msg("/v1/input", &text, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("maria.gonzalez%40example.org") && !t.contains("1962-03-14"), "{t}");
    assert!(t.contains("&plan=gold HTTP/1.1\" 200 512") && t.contains("\"Mozilla/5.0\""), "{t}");
    // A logged form body: its percent-encoded values are read decoded, whatever their keys.
    let body = "POST /api/refill 201 rb=\"first=Maria&email=maria.gonzalez%40example.org&ref=spring%20mailer\" rt=0.8\n";
    let (_, f) = redacted("logged form", &msg("/v1/input", &text, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("maria.gonzalez%40example.org") && !t.contains("Maria"), "{t}");
    assert!(t.contains("&ref=spring%20mailer\" rt=0.8"), "{t}");
    // A relative's whole name goes, not the first name and an initial.
    let body = "Mon conjoint Beno\u{ee}t Lacroix a aussi besoin d'un suivi. Ma fille Ana Lacroix (01.03.1994) aussi.\n";
    let (_, f) = redacted("relative", &msg("/v1/input", &text, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("acroix") && !t.contains("1994") && t.contains("a aussi besoin"), "{t}");
    // The practice's own numbers are not a patient's: a fax label, a main line, a clinician to call.
    let body = "Please call Dr. Alan Reyes at (253) 472-0190 with questions.\nCedar Hollow Family Health | Fax (253) 472-0191\n";
    let o = process(config(), &msg("/v1/input", &text, body.into()), false, None);
    assert_eq!(o.decision.action, Action::Pass, "{:?}", o.findings);
}

#[test]
fn objects_printed_by_code() {
    let text = [("Content-Type", "text/plain")];
    // Python, Go, C#, Elixir and PHP print records their own way; SQL quotes its predicates.
    let body = concat!(
        "worker: payload={'patient_name': 'Maria Gonzalez', 'dob': datetime.date(1962, 3, 14), 'plan': 'gold'}\n",
        "rows=[('postal_code', '62704'), ('insurance_id', 'XJ4471823'), ('source', 'kiosk')]\n",
        "go: patient={Name:\"Maria Gonzalez\" BirthDate:time.Date(1962, time.March, 14, 0, 0, 0, 0, time.UTC) Tier:gold}\n",
        "dotnet: ClaimLine { PatientAccount = CH-4471823, ServiceDate = 4/6/2026, Units = 2 }\n",
        "elixir: opts [dob: ~D[1962-03-14], tier: :gold]\n",
        "php: a:2:{s:3:\"zip\";s:5:\"62704\";s:4:\"plan\";s:4:\"gold\";}\n",
        "sql: SELECT * FROM patients WHERE last_name LIKE 'Gonzalez%' LIMIT 20\n",
    );
    let (_, f) = redacted("code", &msg("/v1/input", &text, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    for v in ["Maria", "Gonzalez", "1962, 3, 14", "1962, time.March", "62704", "XJ4471823", "CH-4471823", "4/6/2026", "1962-03-14"] {
        assert!(!t.contains(v), "{v} survived in {t}");
    }
    for v in ["'plan': 'gold'", "('source', 'kiosk')", "Tier:gold", "Units = 2", "tier: :gold", "s:4:\"gold\"", "LIMIT 20"] {
        assert!(t.contains(v), "{v} lost in {t}");
    }
    // TOML and INI sections key the pairs under them; a date right before a visit is its date.
    let body = "[visit]\nreason = \"follow-up\"\ndate = 2026-04-24\n[build]\ndate = 2026-04-25\nchunk: 03/12/2026 visit. Patient reported less pain.\n";
    let (_, f) = redacted("sections", &msg("/v1/input", &text, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("2026-04-24") && !t.contains("03/12/2026") && t.contains("date = 2026-04-25"), "{t}");
    // Escaped text inside text: an iCalendar description, Telegram's MarkdownV2.
    let body = "DESCRIPTION:DOB 11/28/1947\\nMRN 00540611\\nRoom 4\r\nTEXT:*DOB:* 02\\-03\\-1985\\, tel 262\\-529\\-4237\r\n";
    let (_, f) = redacted("escaped", &msg("/v1/input", &text, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    for v in ["1947", "00540611", "1985", "4237"] {
        assert!(!t.contains(v), "{v} survived in {t}");
    }
    assert!(t.contains("\\nRoom 4\r\n"), "{t}");
    // X12 quoted in a log: an 834 subscriber (SSN qualifier 34, REF*0F) and 835 claim dates.
    let body =
        "edi: REF*0F*QTZ215174697~NM1*IL*1*VANG*BAO****34*710097153~CLP*LIC-776409*1*250*187.44~DTM*232*20260322~DTM*405*20260312~\n";
    let (_, f) = redacted("x12", &msg("/v1/input", &text, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    for v in ["QTZ215174697", "710097153", "LIC-776409", "20260322"] {
        assert!(!t.contains(v), "{v} survived in {t}");
    }
    assert!(t.contains("DTM*405*20260312~"), "{t}");
}

#[test]
fn dicom_json_tags_key_their_values() {
    let body = r#"[{"00080020":{"vr":"DA","Value":["20260506"]},"00080050":{"vr":"SH","Value":["A49153652"]},"00080060":{"vr":"CS","Value":["CT"]},"00100010":{"vr":"PN","Value":[{"Alphabetic":"WOLFE^DEACON"}]},"00100020":{"vr":"LO","Value":["00108446"]},"00100030":{"vr":"DA","Value":["19590514"]},"00280010":{"vr":"US","Value":[512]}}]"#;
    let (_, f) = redacted("dicom", &msg("/studies", &[("Content-Type", "application/dicom+json")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    for v in ["20260506", "A49153652", "WOLFE", "00108446", "19590514"] {
        assert!(!t.contains(v), "{v} survived in {t}");
    }
    assert!(t.contains(r#""Value":["CT"]"#) && t.contains("[512]"), "{t}");
    serde_json::from_slice::<serde_json::Value>(&f.body).expect("still JSON");
}

#[test]
fn practice_staff_and_machines_are_not_patients() {
    let text = [("Content-Type", "text/plain")];
    let body = concat!(
        "system: You are the scheduling assistant for Cedar Hollow. Office line (253) 472-0190.\n",
        "faq: Self-pay is $145.00. Questions: (253) 472-0190.\n",
        "Net::ReadTimeout calling (253) 472-0191 fax gateway\n",
        "dao: Provider{name='Dr. Nadia Farouk', specialty='family medicine'}\n",
        "redis: 1773157519.06 [0 10.0.3.14:53422] \"GET\" \"rl:portal\"\n",
        "mysql: # User@Host: app[app] @  [10.0.3.14]  Id: 4412\n",
        "beam: node portal@10.0.5.21 connected\n",
        "footer: Riverbend Community Health &middot; 3301 Alhambra Blvd Suite 400, Sacramento, CA 95817 &middot; (916) 455-3180\n",
        "rtf: Riverbend Primary Care\\par 410 Merrimon Ave, Asheville, NC 28801\\par\n",
    );
    let o = process(config(), &msg("/v1/input", &text, body.into()), false, None);
    assert_eq!(o.decision.action, Action::Pass, "{:?}", o.findings);
    // A count of patients with a condition is about no one in particular.
    let body = "Monthly quality report: 42 patients with type 2 diabetes had an A1c drawn this month.\n";
    let o = process(config(), &msg("/v1/input", &text, body.into()), false, None);
    assert_eq!(o.decision.action, Action::Pass, "{:?}", o.findings);
    // The same numbers as a patient's still go.
    let body = "intake: cell (253) 472-0190, faxed consent; client 10.0.3.14 opened the portal; Patient: Nadia Farouk\n";
    let (_, f) = redacted("patient", &msg("/v1/input", &text, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    for v in ["472-0190", "10.0.3.14", "Farouk"] {
        assert!(!t.contains(v), "{v} survived in {t}");
    }
}

#[test]
fn other_languages_label_their_values() {
    let text = [("Content-Type", "text/plain")];
    let body = concat!(
        "Guten Tag, hier ist Hans Müller, geboren am 25.04.1948. Versichertennummer XEA442774238.\n",
        "Nazywam się Wojciech Szczepański, data urodzenia 24 czerwca 1958.\n",
        "Tôi là Phạm Kiều Oanh, ngày sinh 02/10/1962.\n",
        "患者：陈美玲，出生日期1994年12月23日，邮编95828。\n",
    );
    let (_, f) = redacted("languages", &msg("/v1/input", &text, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    for v in ["25.04.1948", "XEA442774238", "24 czerwca 1958", "02/10/1962", "1994年12月23日", "95828"] {
        assert!(!t.contains(v), "{v} survived in {t}");
    }
    // Label/value field lists in any capitalisation and script key their values.
    let body = r#"{"Fields":[{"Label":"姓","Value":"刘"},{"Label":"Data di nascita","Value":"12/11/1978"},{"Label":"CAP","Value":"95828"},{"Label":"Piano","Value":"gold"}]}"#;
    let (_, f) = redacted("label/value", &msg("/v1/input", &[("Content-Type", "application/json")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    for v in ["刘", "12/11/1978", "95828"] {
        assert!(!t.contains(v), "{v} survived in {t}");
    }
    assert!(t.contains(r#""Value":"gold""#), "{t}");
}

#[test]
fn tables_in_text_and_markup() {
    // A Markdown table in a ticket, an HTML table in an e-mail, a SpreadsheetML workbook: the
    // header row keys the cells under it.
    let md = "Recall list:\n\n| Patient | DOB | MRN | Status |\n|---|---|---|---|\n| Maria Gonzalez | 03/14/1962 | CH-4471823 | due |\n";
    let html = "<table><tr><th>Patient</th><th>DOB</th><th>Status</th></tr><tr><td>Maria Gonzalez</td><td><b>03/14/1962</b></td><td>due</td></tr></table>";
    let xml = r#"<?xml version="1.0"?><Workbook xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="Recall"><Table><Row><Cell><Data ss:Type="String">Patient Name</Data></Cell><Cell><Data ss:Type="String">MRN</Data></Cell><Cell><Data ss:Type="String">Status</Data></Cell></Row><Row><Cell><Data ss:Type="String">Maria Gonzalez</Data></Cell><Cell><Data ss:Type="String">CH-4471823</Data></Cell><Cell><Data ss:Type="String">due</Data></Cell></Row></Table></Worksheet></Workbook>"#;
    // Database shells: psql (rule of `-` and `+`, no outer bars) and MySQL's boxes.
    let psql = "DQ check failed:\n   patient   |    dob     |  mrn    | status\n-------------+------------+---------+-------\n Maria Gonzalez | 1962-03-14 | 4471823 | due\n(1 row)\n";
    let mysql = "+----------------+------------+---------+--------+\n| patient        | dob        | mrn     | status |\n+----------------+------------+---------+--------+\n| Maria Gonzalez | 03/14/1962 | 4471823 | due    |\n+----------------+------------+---------+--------+\n1 row in set (0.00 sec)\n";
    for (what, ct, body) in [
        ("markdown", "text/plain", md),
        ("html", "text/html", html),
        ("spreadsheetml", "application/xml", xml),
        ("psql", "text/plain", psql),
        ("mysql", "text/plain", mysql),
    ] {
        let (_, f) = redacted(what, &msg("/v1/input", &[("Content-Type", ct)], body.into()));
        let t = String::from_utf8_lossy(&f.body);
        for v in ["Maria", "Gonzalez", "1962", "4471823"] {
            assert!(!t.contains(v), "{what}: {v} survived in {t}");
        }
        assert!(t.contains("due") && !t.contains("[REDACTED:name]\">"), "{what}: {t}");
    }
}

#[test]
fn questionnaire_answers_and_patient_references() {
    let body = r#"{"resourceType":"QuestionnaireResponse","subject":{"reference":"Patient/CH4471823"},"item":[{"linkId":"2","text":"Date of birth","answer":[{"valueDate":"1962-03-14"}]},{"linkId":"3","text":"Preferred language","answer":[{"valueString":"English"}]}],"labels":{"insurance":"XJ4471823","tier":"gold"}}"#;
    let (_, f) = redacted("questionnaire", &msg("/fhir/QuestionnaireResponse", &[("Content-Type", "application/fhir+json")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    for v in ["1962-03-14", "CH4471823", "XJ4471823"] {
        assert!(!t.contains(v), "{v} survived in {t}");
    }
    assert!(t.contains(r#""valueString":"English""#) && t.contains(r#""tier":"gold""#), "{t}");
    // An extension named by its definition's URL: the URL's last part keys the value.
    let body = r#"{"resourceType":"Patient","extension":[{"url":"http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName","valueString":"Gonzalez"},{"url":"http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex","valueCode":"F"}]}"#;
    let (_, f) = redacted("extension", &msg("/fhir/Patient", &[("Content-Type", "application/fhir+json")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Gonzalez") && t.contains(r#""valueCode":"F""#), "{t}");
}

#[test]
fn dates_and_phones_in_parts() {
    // google.type.Date under a birth key; an HL7 v2.5 phone as area code and local number.
    let body = r#"{"patient":{"birthDate":{"year":1962,"month":3,"day":14}},"createdAt":{"year":2026,"month":3,"day":1}}"#;
    let (_, f) = redacted("date parts", &msg("/v1/p", &[("Content-Type", "application/json")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("1962") && t.contains(r#""createdAt":{"year":2026,"month":3,"day":1}"#), "{t}");
    serde_json::from_slice::<serde_json::Value>(&f.body).expect("still JSON");
    let body = "MSH|^~\\&|EHR|RCH|IIS|CA|20260402||VXU^V04^VXU_V04|1|P|2.5.1\rPID|1||4471823^^^RCH^MR||GONZALEZ^MARIA||19620314|F|||||^PRN^PH^^^415^5550132\r";
    let (_, f) = redacted("xtn", &msg("/v1/hl7", &[("Content-Type", "x-application/hl7-v2+er7")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("5550132") && t.contains("^PRN^PH^^^"), "{t}");
}

/// A gRPC frame: flag byte, 4-byte big-endian length, payload.
fn grpc_frame(flag: u8, payload: &[u8]) -> Vec<u8> {
    let mut f = vec![flag];
    f.extend_from_slice(&(payload.len() as u32).to_be_bytes());
    f.extend_from_slice(payload);
    f
}

/// Splits a gRPC body into its frames' payloads, asserting the framing holds.
fn grpc_payloads(body: &[u8]) -> Vec<Vec<u8>> {
    let (mut out, mut pos) = (vec![], 0);
    while pos < body.len() {
        let len = u32::from_be_bytes(body[pos + 1..pos + 5].try_into().unwrap()) as usize;
        out.push(body[pos + 5..pos + 5 + len].to_vec());
        pos += 5 + len;
    }
    assert_eq!(pos, body.len(), "frames cover the body exactly");
    out
}

#[test]
fn grpc_web_messages_are_views_and_keep_their_framing() {
    // Connect / gRPC-Web with JSON messages: each length-prefixed message is JSON, so a
    // wrapper's key (`memberId: {value}`) still says what the value is; lengths are rewritten.
    let m1 = br#"{"mrn":{"value":"4471823"},"displayName":"Maria Gonzalez","memberId":{"value":"W435249088"},"channel":"sms"}"#;
    let m2 = br#"{"patientRef":{"value":"RB-1"},"birthDate":"1962-03-14","note":"ok"}"#;
    let mut body = grpc_frame(0, m1);
    body.extend(grpc_frame(0, m2));
    let (_, f) =
        redacted("grpc-web+json", &msg("/reminders.v1.ReminderService/Create", &[("Content-Type", "application/grpc-web+json")], body));
    let frames = grpc_payloads(&f.body);
    assert_eq!(frames.len(), 2);
    for fr in &frames {
        let v: serde_json::Value = serde_json::from_slice(fr).expect("each message is still JSON");
        let t = v.to_string();
        no_phi("grpc-web+json", t.as_bytes());
        assert!(!t.contains("W435249088"), "{t}");
    }
    assert!(String::from_utf8_lossy(&frames[1]).contains(r#""note":"ok""#));
    // grpc-web-text: the frames are base64 as a whole; it stays base64 of valid frames.
    let b64 = base64::engine::general_purpose::STANDARD.encode(grpc_frame(0, m2));
    let (_, f) = redacted("grpc-web-text", &msg("/svc/M", &[("Content-Type", "application/grpc-web-text")], b64.into_bytes()));
    let raw = base64::engine::general_purpose::STANDARD.decode(&f.body).expect("still base64");
    let frames = grpc_payloads(&raw);
    let t = String::from_utf8_lossy(&frames[0]);
    assert!(!t.contains("1962-03-14") && t.contains(r#""note":"ok""#), "{t}");
    // A message compressed with the stream's grpc-encoding is decompressed, scanned, recompressed.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(m1).unwrap();
    let body = grpc_frame(1, &gz.finish().unwrap());
    let h = [("Content-Type", "application/grpc-web+json"), ("grpc-encoding", "gzip")];
    let (_, f) = redacted("grpc gzip", &msg("/svc/M", &h, body));
    let frames = grpc_payloads(&f.body);
    let mut t = String::new();
    flate2::read::GzDecoder::new(&frames[0][..]).read_to_string(&mut t).unwrap();
    assert!(!t.contains("Maria Gonzalez") && t.contains(r#""channel":"sms""#), "{t}");
    // A compressed message in an encoding phiwall cannot undo is not vouched for: blocked.
    let h = [("Content-Type", "application/grpc"), ("grpc-encoding", "snappy")];
    let o = process(config(), &msg("/svc/M", &h, grpc_frame(1, b"\x00\x01opaque")), false, None);
    assert_eq!(o.decision.action, Action::Block, "{:?}", o.errors);
    // Bytes that are not frames are scanned as they are, as before.
    let o = process(config(), &msg("/svc/M", &[("Content-Type", "application/grpc-web+json")], m2.to_vec()), false, None);
    assert_eq!(o.decision.action, Action::Redact);
}

#[test]
fn names_given_beside_their_values() {
    let form = [("Content-Type", "application/x-www-form-urlencoded")];
    // A form's name/value pairs: each value keyed by the name just before it.
    let body = "name=first&value=Qorvath&name=last&value=Zindelmeyer&name=dob&value=03%2F14%2F1962&name=plan&value=gold";
    let (_, f) = redacted("form name/value", &msg("/collect", &form, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Qorvath") && !t.contains("Zindelmeyer") && !t.contains("1962"), "{t}");
    assert!(t.ends_with("name=plan&value=gold"), "{t}");
    // Indexed label/value fields, and a wizard's step name.
    let body = "fields[1][label]=DOB&fields[1][value]=03/14/1962&fields[2][label]=Plan&fields[2][value]=07/02/1955x&step=mrn&val=4471823";
    let (_, f) = redacted("form label/value", &msg("/collect", &form, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("03/14/1962") && !t.contains("4471823") && t.contains("fields[2][value]=07/02/1955x"), "{t}");
    let json = [("Content-Type", "application/json")];
    // Change lists `[op, name, value]`.
    let body = r#"{"changes":[["set","pt.first","Qorvath"],["set","pt.zip","62704"],["set","plan","gold"]]}"#;
    let (_, f) = redacted("change list", &msg("/v1/profile", &json, body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Qorvath") && !t.contains("62704") && t.contains(r#"["set","plan","gold"]"#), "{t}");
    // JSON Patch: the path names the value.
    let body = r#"[{"op":"replace","path":"/patient/birthDate","value":"1962-03-14"},{"op":"add","path":"/tags/0","value":"vip"}]"#;
    let (_, f) = redacted("json patch", &msg("/v1/record", &[("Content-Type", "application/json-patch+json")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("1962-03-14") && t.contains(r#""value":"vip""#), "{t}");
}

#[test]
fn saml_attributes_named_by_oid() {
    // A SAML assertion names its attributes by X.500 object identifier; each value is keyed by
    // what the identifier means, and an attribute that is not a person's data stays.
    let body = r#"<saml:AttributeStatement xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><saml:Attribute Name="urn:oid:2.5.4.4"><saml:AttributeValue>Zindelmeyer</saml:AttributeValue></saml:Attribute><saml:Attribute Name="urn:oid:2.5.4.42"><saml:AttributeValue>Qorvath</saml:AttributeValue></saml:Attribute><saml:Attribute Name="birthdate"><saml:AttributeValue>1962-03-14</saml:AttributeValue></saml:Attribute><saml:Attribute Name="role"><saml:AttributeValue>patient-portal-user</saml:AttributeValue></saml:Attribute></saml:AttributeStatement>"#;
    let (_, f) = redacted("saml", &msg("/acs", &[("Content-Type", "application/samlassertion+xml")], body.into()));
    let t = String::from_utf8_lossy(&f.body);
    assert!(!t.contains("Zindelmeyer") && !t.contains("Qorvath") && !t.contains("1962-03-14"), "{t}");
    assert!(t.contains("<saml:AttributeValue>patient-portal-user</saml:AttributeValue>"), "{t}");
}
