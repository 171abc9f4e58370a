//! phiwall: a PHI-aware reverse proxy and egress gateway.
//!
//! The life of one request, in order (DESIGN.md): listener → identity → destination → inspect →
//! decide → act → upstream → audit. Each stage has one home:
//!
//! - [`config`]: the ops-facing YAML, validated into a list of located errors, compiled into the
//!   runtime model (automata built, names resolved to indices);
//! - [`detect`]: the detector engine: one scanner built from the rule packs; pure;
//! - [`inspect`]: the views of a message (decoders, span mapping) and redaction; pure;
//! - [`policy`]: destinations and the sharing policy: `decide()`; pure;
//! - `proxy`: the only module with sockets.
//!
//! `detect`, `inspect` and `policy` never import `proxy`.
#![forbid(unsafe_code)]

pub mod audit;
pub mod config;
pub mod detect;
pub mod inspect;
pub mod metrics;
pub mod pipeline;
pub mod policy;
pub mod proxy;
pub mod sensitive;
