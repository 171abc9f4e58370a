//! Generated traffic for the benchmarks: Segment-style analytics batches (about 90% of events
//! without PHI) and PHI-dense clinical text, deterministic for a given size.

use phiwall::inspect::Message;

pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[(self.next() % v.len() as u64) as usize]
    }
    pub fn num(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
}

pub const FIRST: &[&str] = &["Maria", "James", "Aisha", "Wei", "Olga", "Diego", "Priya", "Samuel", "Rosa", "Kwame"];
pub const LAST: &[&str] = &["Gonzalez", "Whitaker", "Okafor", "Zhang", "Petrov", "Alvarez", "Raman", "Fitzgerald", "Delgado", "Mensah"];
const EVENTS: &[&str] = &["Page Viewed", "Button Clicked", "Appointment Slot Viewed", "Search Performed", "Pricing Viewed", "Form Started"];
const PAGES: &[&str] = &["/locations/downtown", "/pricing", "/blog/flu-shot-season", "/about/team", "/careers", "/contact"];

fn analytics_event(r: &mut Rng, i: usize) -> String {
    let uuid = format!(
        "{:08x}-{:04x}-4{:03x}-a{:03x}-{:012x}",
        r.next() as u32,
        r.next() as u16,
        r.num(0, 0xfff),
        r.num(0, 0xfff),
        r.next() & 0xffff_ffff_ffff
    );
    if i % 10 == 9 {
        let (f, l) = (r.pick(FIRST), r.pick(LAST));
        format!(
            r#"{{"type":"identify","messageId":"{uuid}","userId":"u_{}","traits":{{"firstName":"{f}","lastName":"{l}","email":"{}.{}@example.com","phone":"({}) 555-{:04}","birthday":"19{}-0{}-1{}"}},"context":{{"ip":"203.0.113.{}","library":{{"name":"analytics.js","version":"4.1.0"}}}},"timestamp":"2026-05-0{}T10:{:02}:00.000Z"}}"#,
            r.num(1000, 9999),
            f.to_lowercase(),
            l.to_lowercase(),
            r.num(201, 989),
            r.num(0, 9999),
            r.num(40, 99),
            r.num(1, 9),
            r.num(0, 9),
            r.num(1, 254),
            r.num(1, 9),
            r.num(0, 59)
        )
    } else {
        format!(
            r#"{{"type":"track","event":"{}","messageId":"{uuid}","anonymousId":"{:016x}","properties":{{"path":"{}","title":"Sunrise Family Medicine","plan":"starter","price":{}.{:02},"sku":"SKU-{}-{}","build":"3.{}.{}","ts":{}}},"context":{{"userAgent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15","locale":"en-US","page":{{"url":"https://www.sunrise-clinic.example{}?utm_source=newsletter&utm_campaign=spring"}}}},"timestamp":"2026-05-0{}T10:{:02}:00.000Z"}}"#,
            r.pick(EVENTS),
            r.next(),
            r.pick(PAGES),
            r.num(10, 500),
            r.num(0, 99),
            r.num(1000, 9999),
            r.num(10, 99),
            r.num(0, 20),
            r.num(0, 9),
            1_700_000_000_000 + r.num(0, 99_999_999_999),
            r.pick(PAGES),
            r.num(1, 9),
            r.num(0, 59)
        )
    }
}

pub fn analytics_json(size: usize) -> Vec<u8> {
    let mut r = Rng(0x5eed);
    let mut s = String::from(r#"{"batch":["#);
    let mut i = 0;
    while s.len() < size.saturating_sub(64) {
        if i > 0 {
            s.push(',');
        }
        s.push_str(&analytics_event(&mut r, i));
        i += 1;
    }
    s.push_str(r#"],"sentAt":"2026-05-01T10:00:00.000Z"}"#);
    s.into_bytes()
}

pub fn clinical_text(size: usize) -> Vec<u8> {
    let mut r = Rng(0xc11c);
    let mut s = String::new();
    while s.len() < size {
        let (f, l) = (r.pick(FIRST), r.pick(LAST));
        s.push_str(&format!(
            "Patient: {f} {l}, DOB {:02}/{:02}/19{}, MRN {}. Seen on 2026-0{}-1{} for type 2 diabetes (E11.9) and hypertension. \
             Phone ({}) 555-{:04}, SSN {}-{}-{}. Address 1{} Maple Street, Springfield, IL 62704. Plan: metformin 500 mg, follow up in 3 months.\n\
             level=error msg=\"chart lock failed for patient {} (MRN {})\" req_id={:016x}\n",
            r.num(1, 12), r.num(1, 28), r.num(30, 99), r.num(1_000_000, 9_999_999), r.num(1, 9), r.num(0, 9),
            r.num(201, 989), r.num(0, 9999), r.num(100, 665), r.num(10, 99), r.num(1000, 9999), r.num(10, 999),
            r.num(1_000_000, 9_999_999), r.num(1_000_000, 9_999_999), r.next()
        ));
    }
    s.truncate(size);
    s.into_bytes()
}

pub fn message(body: Vec<u8>, ct: &str) -> Message {
    Message {
        method: "POST".into(),
        scheme: "https".into(),
        authority: "api.segment.io".into(),
        path: bytes::Bytes::from_static(b"/v1/batch"),
        query: None,
        headers: vec![("Content-Type".into(), bytes::Bytes::copy_from_slice(ct.as_bytes()))],
        body: body.into(),
    }
}
