//! The audit log: one JSON line per decision, hash-chained.
//!
//! Every disclosure is accountable: time, request id, listener, caller, destination, method,
//! host, path template, action (and the would-be action in monitor mode), reason, detector ids,
//! category counts and byte counts. Never a value: the path is a template whose segments are kept
//! only when they are plain words that no finding touched. Each line carries `prev`, the SHA-256
//! of the previous line as written, so an edited, removed or reordered line breaks the chain and
//! `phiwall audit verify` says where.

use serde::Serialize;
use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The hash that precedes the first line.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, Serialize, Default)]
pub struct Record {
    pub time: String,
    pub request_id: String,
    pub listener: String,
    pub caller: Option<String>,
    pub destination: Option<String>,
    pub method: String,
    pub host: String,
    pub path: String,
    pub action: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub would_action: Option<String>,
    pub reason: String,
    pub status: u16,
    pub detectors: Vec<String>,
    pub categories: BTreeMap<String, usize>,
    /// Sizes and durations are written as whole numbers glued to their unit ("1532B", "3970us"):
    /// a bare small number in a log line ("96" of "96.920ms") is indistinguishable from an age or
    /// an id to anyone auditing the log for values.
    #[serde(serialize_with = "bytes_unit")]
    pub bytes_in: u64,
    #[serde(serialize_with = "bytes_unit")]
    pub bytes_out: u64,
    #[serde(serialize_with = "bytes_unit")]
    pub inspected_bytes: u64,
    #[serde(serialize_with = "us_unit")]
    pub duration_us: u64,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub fail_open: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<String>,
}

fn bytes_unit<S: serde::Serializer>(v: &u64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format!("{v}B"))
}

fn us_unit<S: serde::Serializer>(v: &u64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&format!("{v}us"))
}

fn hex(d: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(d.len() * 2);
    for b in d {
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 15) as usize] as char);
    }
    out
}

/// Lowercase hex SHA-256 (the audit chain; also the hashed-identifier form pixels send).
pub(crate) fn sha256(line: &[u8]) -> String {
    hex(ring::digest::digest(&ring::digest::SHA256, line).as_ref())
}

/// An append-only, hash-chained JSON-lines file.
pub struct AuditLog {
    path: PathBuf,
    inner: Mutex<(File, String)>,
}

#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error("cannot open the audit log {path}: {source}")]
    Open { path: String, source: std::io::Error },
    #[error("cannot write the audit log: {0}")]
    Write(std::io::Error),
}

impl AuditLog {
    /// Opens (creating directories and the file) and continues the chain from the last line.
    pub fn open(path: &Path) -> Result<AuditLog, AuditError> {
        let err = |source| AuditError::Open { path: path.display().to_string(), source };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(err)?;
        }
        let mut file = OpenOptions::new().create(true).read(true).append(true).open(path).map_err(err)?;
        let prev = last_line(&mut file).map_err(err)?.map_or_else(|| GENESIS.to_string(), |l| sha256(&l));
        Ok(AuditLog { path: path.to_path_buf(), inner: Mutex::new((file, prev)) })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one record (written and flushed before this returns).
    pub fn append(&self, record: &Record) -> Result<(), AuditError> {
        let mut g = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        let mut v = serde_json::to_value(record).expect("record serializes");
        v["prev"] = serde_json::Value::String(g.1.clone());
        let mut line = serde_json::to_vec(&v).expect("json");
        let digest = sha256(&line);
        line.push(b'\n');
        g.0.write_all(&line).map_err(AuditError::Write)?;
        g.1 = digest;
        Ok(())
    }
}

fn last_line(file: &mut File) -> std::io::Result<Option<Vec<u8>>> {
    let len = file.seek(SeekFrom::End(0))?;
    if len == 0 {
        return Ok(None);
    }
    let back = len.min(1 << 20);
    file.seek(SeekFrom::Start(len - back))?;
    let mut buf = vec![];
    file.read_to_end(&mut buf)?;
    let trimmed = buf.strip_suffix(b"\n").unwrap_or(&buf);
    let start = trimmed.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
    Ok(Some(trimmed[start..].to_vec()))
}

/// Why a log does not verify.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    #[error("cannot read the log: {0}")]
    Read(String),
    #[error("line {line}: not a JSON object")]
    NotJson { line: usize },
    #[error("line {line}: no `prev` hash")]
    NoPrev { line: usize },
    #[error("line {line}: the chain is broken (the previous line was edited, removed or reordered)")]
    Broken { line: usize },
}

/// Checks the hash chain; returns the number of lines.
pub fn verify(path: &Path) -> Result<usize, VerifyError> {
    let f = File::open(path).map_err(|e| VerifyError::Read(e.to_string()))?;
    let mut prev = GENESIS.to_string();
    let mut n = 0;
    for (i, line) in BufReader::new(f).split(b'\n').enumerate() {
        let line = line.map_err(|e| VerifyError::Read(e.to_string()))?;
        if line.is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_slice(&line).map_err(|_| VerifyError::NotJson { line: i + 1 })?;
        let p = v.get("prev").and_then(|p| p.as_str()).ok_or(VerifyError::NoPrev { line: i + 1 })?;
        if p != prev {
            return Err(VerifyError::Broken { line: i + 1 });
        }
        prev = sha256(&line);
        n += 1;
    }
    Ok(n)
}

/// Now as RFC 3339 UTC with milliseconds.
pub fn now_rfc3339() -> String {
    let t = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        t.year(),
        t.month() as u8,
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.millisecond()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_verifies_and_breaks_on_edit() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a/audit.jsonl");
        {
            let log = AuditLog::open(&p).unwrap();
            for i in 0..3 {
                log.append(&Record { request_id: format!("r{i}"), action: "pass".into(), ..Default::default() }).unwrap();
            }
        }
        // Reopening continues the chain.
        AuditLog::open(&p).unwrap().append(&Record { request_id: "r3".into(), ..Default::default() }).unwrap();
        assert_eq!(verify(&p), Ok(4));
        let text = std::fs::read_to_string(&p).unwrap();
        let edited = text.replacen("\"action\":\"pass\"", "\"action\":\"block\"", 1);
        std::fs::write(&p, edited).unwrap();
        assert_eq!(verify(&p), Err(VerifyError::Broken { line: 2 }));
        let lines: Vec<&str> = text.lines().collect();
        std::fs::write(&p, format!("{}\n{}\n", lines[0], lines[2])).unwrap();
        assert_eq!(verify(&p), Err(VerifyError::Broken { line: 2 }));
    }

    #[test]
    fn time_format() {
        let t = now_rfc3339();
        assert_eq!(t.len(), 24);
        assert!(t.starts_with("20") && t.ends_with('Z'));
    }
}
