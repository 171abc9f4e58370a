//! The `phiwall` command line: run, check, scan (and, with the proxy, certs and audit).

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};
use phiwall::config::{self, Config};
use phiwall::inspect::{self, Message};
use phiwall::pipeline;
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

/// The proxy allocates small, short-lived buffers per request from several threads; mimalloc's
/// per-thread free lists cost less than glibc malloc's arenas there.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    /// Development certificates: `certs init` writes an intercept CA and a server pair.
    Certs {
        #[command(subcommand)]
        command: CertsCommand,
    },
    /// The audit log: `audit verify FILE` checks its hash chain.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
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

#[derive(Subcommand)]
enum CertsCommand {
    /// Write certs/ca.pem, certs/ca-key.pem (intercept CA) and certs/server.pem, certs/server-key.pem.
    Init {
        #[arg(long, default_value = "certs")]
        dir: PathBuf,
        /// Replace existing files.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check the hash chain of an audit log.
    Verify { file: PathBuf },
}

/// The shipped default config intercepts HTTPS with a development CA in ./certs; create it on
/// first use so `cargo run --release` works on a fresh machine.
/// Creates the development intercept CA a listener names when neither file exists yet (see
/// `config::validate::dev_ca_missing`).
fn ensure_dev_certs(config: &Config) -> Result<()> {
    for l in &config.listeners {
        let Some((cert, key)) = &l.intercept else { continue };
        if cert.exists() || key.exists() {
            continue;
        }
        let Some(dir) = cert.parent() else { continue };
        let written = phiwall::proxy::tls::init_dev_certs(dir, false)?;
        if written.iter().any(|w| w.ends_with("ca.pem")) {
            tracing::warn!(path = %cert.display(), "created a development intercept CA (trust it in clients whose HTTPS phiwall should inspect)");
        }
    }
    Ok(())
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
        Command::Certs { command: CertsCommand::Init { dir, force } } => certs_init(dir, force),
        Command::Audit { command: AuditCommand::Verify { file } } => audit_verify(file),
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

fn run(path: Option<PathBuf>) -> Result<ExitCode> {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .init();
    let config = load(&path, config::Examples::Run)?;
    for w in config.warnings.iter().filter(|w| !w.contains("development intercept CA")) {
        tracing::warn!("{w}");
    }
    ensure_dev_certs(&config)?;
    tracing::info!(config = %config.source, checksum = %&config.checksum[..16], "configuration loaded");
    for r in config.scanner.rosters() {
        tracing::info!("{}", roster_line(&r.report));
    }
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    let opts = phiwall::proxy::Options { config_path: path, ..Default::default() };
    rt.block_on(phiwall::proxy::run(config, opts))?;
    Ok(ExitCode::SUCCESS)
}

/// What a roster load found: counts, columns and line numbers, never a value.
fn roster_line(r: &phiwall::detect::roster::LoadReport) -> String {
    let cols: Vec<String> = r.columns.iter().map(|(n, c)| format!("{n}({c})")).collect();
    let mut line = format!("roster {}: {} rows loaded, columns {}", r.file, r.rows, cols.join(", "));
    if !r.skipped_lines.is_empty() {
        let shown: Vec<String> = r.skipped_lines.iter().take(20).map(u64::to_string).collect();
        line.push_str(&format!(
            "; {} malformed row{} skipped (line{} {}{})",
            r.skipped_lines.len(),
            if r.skipped_lines.len() == 1 { "" } else { "s" },
            if r.skipped_lines.len() == 1 { "" } else { "s" },
            shown.join(", "),
            if r.skipped_lines.len() > 20 { ", …" } else { "" }
        ));
    }
    if r.id_formats > 0 {
        line.push_str(&format!("; {} identifier format{} learned", r.id_formats, if r.id_formats == 1 { "" } else { "s" }));
    }
    if r.random_key {
        line.push_str("; random digest key for this process");
    }
    line
}

fn certs_init(dir: PathBuf, force: bool) -> Result<ExitCode> {
    let written = phiwall::proxy::tls::init_dev_certs(&dir, force)?;
    if written.is_empty() {
        println!("{}: certificates already exist (use --force to replace them)", dir.display());
    }
    for w in written {
        println!("wrote {w}");
    }
    Ok(ExitCode::SUCCESS)
}

fn audit_verify(file: PathBuf) -> Result<ExitCode> {
    match phiwall::audit::verify(&file) {
        Ok(n) => {
            println!("ok: {} ({n} records, chain intact)", file.display());
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("phiwall: {}: {e}", file.display());
            Ok(ExitCode::from(1))
        }
    }
}

fn check(path: Option<PathBuf>) -> Result<ExitCode> {
    let c = load(&path, config::Examples::Run)?;
    for w in &c.warnings {
        eprintln!("warning: {w}");
    }
    for r in c.scanner.rosters() {
        println!("{}", roster_line(&r.report));
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
