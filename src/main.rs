//! The `phiwall` command line: run, check, scan (and, with the proxy, certs and audit).

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use phiwall::config::{self, Config};
use phiwall::inspect::{self, Message};
use phiwall::pipeline;
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "phiwall", version, about = "PHI-aware reverse proxy and egress gateway")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the listeners of a configuration (the shipped default without --config).
    Run {
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Parse, validate and compile a configuration and run every detector's examples.
    Check {
        #[arg(long)]
        config: Option<PathBuf>,
    },
    /// Decide a raw HTTP/1.1 request offline (--request), or list the findings in a payload.
    Scan {
        #[arg(long)]
        config: Option<PathBuf>,
        /// A raw HTTP/1.1 request (absolute-form target): prints the decision as JSON.
        #[arg(long)]
        request: Option<PathBuf>,
        /// With --request: where to write the request that would be forwarded (pass, redact).
        #[arg(long)]
        output: Option<PathBuf>,
        /// The payload's content type (default: sniffed, else text/plain).
        #[arg(long)]
        content_type: Option<String>,
        /// A payload file, or `-` for standard input.
        file: Option<PathBuf>,
    },
}

fn load(path: &Option<PathBuf>, examples: config::Examples) -> Result<Config> {
    let r = match path {
        Some(p) => config::load_with(p, examples),
        None => config::load_default(examples),
    };
    match r {
        Ok(c) => Ok(c),
        Err(errs) => {
            for e in &errs.0 {
                eprintln!("error: {e}");
            }
            bail!("the configuration has {} error{}", errs.0.len(), if errs.0.len() == 1 { "" } else { "s" })
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command.unwrap_or(Command::Run { config: None }) {
        Command::Run { config } => run(config),
        Command::Check { config } => check(config),
        Command::Scan { config, request, output, content_type, file } => scan(config, request, output, content_type, file),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("phiwall: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn run(config: Option<PathBuf>) -> Result<ExitCode> {
    let _config = load(&config, config::Examples::Run)?;
    bail!("the proxy is not built yet; `phiwall scan` and `phiwall check` work")
}

fn check(path: Option<PathBuf>) -> Result<ExitCode> {
    let c = load(&path, config::Examples::Run)?;
    for w in &c.warnings {
        eprintln!("warning: {w}");
    }
    let examples: usize = c.scanner.detectors().len();
    println!(
        "ok: {} ({} detectors, {} destinations, {} listeners); checksum {}",
        c.source,
        examples,
        c.policy.destinations.len(),
        c.listeners.len(),
        &c.checksum[..16]
    );
    Ok(ExitCode::SUCCESS)
}

fn scan(
    cfg: Option<PathBuf>,
    request: Option<PathBuf>,
    output: Option<PathBuf>,
    content_type: Option<String>,
    file: Option<PathBuf>,
) -> Result<ExitCode> {
    let c = load(&cfg, config::Examples::Skip)?;
    if let Some(req) = request {
        let raw = std::fs::read(&req).with_context(|| format!("cannot read {}", req.display()))?;
        let msg = Message::parse_raw(&raw).map_err(|e| anyhow::anyhow!("{}: {e}", req.display()))?;
        let over = msg.body.len() as u64 > c.max_body_bytes;
        let outcome = pipeline::process(&c, &msg, over, None);
        if let (Some(out), Some(fwd)) = (&output, &outcome.forward) {
            std::fs::write(out, fwd.to_raw()).with_context(|| format!("cannot write {}", out.display()))?;
        }
        println!("{}", pipeline::decision_json(&c, &outcome));
        return Ok(ExitCode::SUCCESS);
    }
    let data = match file.as_deref() {
        None => bail!("give a payload file (or - for standard input), or --request REQ"),
        Some(p) if p.as_os_str() == "-" => {
            let mut v = vec![];
            std::io::stdin().read_to_end(&mut v).context("cannot read standard input")?;
            v
        }
        Some(p) => std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?,
    };
    let mut headers = vec![];
    if let Some(ct) = &content_type {
        headers.push(("Content-Type".to_string(), bytes::Bytes::copy_from_slice(ct.as_bytes())));
    }
    let msg = Message {
        method: "POST".into(),
        scheme: "https".into(),
        authority: "payload.invalid".into(),
        path: bytes::Bytes::from_static(b"/"),
        query: None,
        headers,
        body: data.into(),
    };
    let insp = inspect::inspect(&c.scanner, &msg, &c.inspect_limits);
    let findings: Vec<serde_json::Value> = insp
        .summarize(&c.scanner, &msg, |_, _| true)
        .into_iter()
        .map(|s| serde_json::json!({"detector": s.detector, "category": s.category.id(), "location": s.location, "count": s.count}))
        .collect();
    let mut out = serde_json::json!({ "findings": findings });
    if !insp.errors.is_empty() {
        out["inspection_errors"] = serde_json::json!(insp.errors.iter().map(|e| e.to_string()).collect::<Vec<_>>());
    }
    println!("{out}");
    Ok(ExitCode::SUCCESS)
}
