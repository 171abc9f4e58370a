//! TLS material: PEM loading, the intercept CA and the leaf certificates it mints.
//!
//! A CONNECT to a destination with `inspect_tls: true` is terminated with a leaf certificate for
//! the requested host, signed by the listener's intercept CA, valid for a day, cached per host and
//! re-minted after half its life. `phiwall certs init` creates a development CA (and a server pair
//! for reverse listeners); keys are written 0600 and never committed.

use anyhow::{anyhow, Context, Result};
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::sign::CertifiedKey;
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub fn load_certs(path: &Path) -> Result<Vec<CertificateDer<'static>>> {
    let certs: Vec<_> = CertificateDer::pem_file_iter(path)
        .with_context(|| format!("cannot read certificates from {}", path.display()))?
        .collect::<std::result::Result<_, _>>()
        .with_context(|| format!("{}: not PEM certificates", path.display()))?;
    if certs.is_empty() {
        return Err(anyhow!("{}: no certificate in the file", path.display()));
    }
    Ok(certs)
}

pub fn load_key(path: &Path) -> Result<PrivateKeyDer<'static>> {
    PrivateKeyDer::from_pem_file(path).with_context(|| format!("{}: not a PEM private key", path.display()))
}

pub fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// Mints leaf certificates for intercepted hosts.
pub struct Minter {
    issuer: Issuer<'static, KeyPair>,
    ca_der: CertificateDer<'static>,
    cache: Mutex<HashMap<String, (Instant, Arc<CertifiedKey>)>>,
}

const LEAF_LIFETIME: Duration = Duration::from_secs(24 * 3600);

impl Minter {
    pub fn load(cert: &Path, key: &Path) -> Result<Minter> {
        let pem = std::fs::read_to_string(cert).with_context(|| format!("cannot read {}", cert.display()))?;
        let key_pem = std::fs::read_to_string(key).with_context(|| format!("cannot read {}", key.display()))?;
        let kp = KeyPair::from_pem(&key_pem).map_err(|e| anyhow!("{}: not a usable CA key: {e}", key.display()))?;
        let issuer = Issuer::from_ca_cert_pem(&pem, kp).map_err(|e| anyhow!("{}: not a usable CA certificate: {e}", cert.display()))?;
        let ca_der = load_certs(cert)?.remove(0);
        Ok(Minter { issuer, ca_der, cache: Mutex::new(HashMap::new()) })
    }

    /// The certificate and key for `host` (minted, or from the cache).
    pub fn leaf(&self, host: &str) -> Result<Arc<CertifiedKey>> {
        let host = host.trim_start_matches('[').trim_end_matches(']').to_ascii_lowercase();
        if let Some((at, ck)) = self.cache.lock().unwrap_or_else(|p| p.into_inner()).get(&host) {
            if at.elapsed() < LEAF_LIFETIME / 2 {
                return Ok(ck.clone());
            }
        }
        let mut params = CertificateParams::new(vec![host.clone()]).map_err(|e| anyhow!("cannot mint a certificate for this host: {e}"))?;
        params.distinguished_name.push(DnType::CommonName, host.clone());
        let now = time_now();
        params.not_before = now - time::Duration::hours(1);
        params.not_after = now + time::Duration::seconds(LEAF_LIFETIME.as_secs() as i64);
        params.use_authority_key_identifier_extension = true;
        let key = KeyPair::generate().map_err(|e| anyhow!("key generation failed: {e}"))?;
        let cert = params.signed_by(&key, &self.issuer).map_err(|e| anyhow!("signing failed: {e}"))?;
        let key_der = PrivateKeyDer::try_from(key.serialize_der()).map_err(|e| anyhow!("key encoding: {e}"))?;
        let signing = provider().key_provider.load_private_key(key_der).map_err(|e| anyhow!("key load: {e}"))?;
        let ck = Arc::new(CertifiedKey::new(vec![cert.der().clone(), self.ca_der.clone()], signing));
        self.cache.lock().unwrap_or_else(|p| p.into_inner()).insert(host, (Instant::now(), ck.clone()));
        Ok(ck)
    }

    /// A server config that presents the leaf for `host`, offering h2 and HTTP/1.1.
    pub fn server_config(&self, host: &str) -> Result<Arc<rustls::ServerConfig>> {
        let ck = self.leaf(host)?;
        let mut cfg = rustls::ServerConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .expect("protocol versions")
            .with_no_client_auth()
            .with_cert_resolver(Arc::new(Fixed(ck)));
        cfg.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        Ok(Arc::new(cfg))
    }
}

fn time_now() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc()
}

#[derive(Debug)]
struct Fixed(Arc<CertifiedKey>);

impl rustls::server::ResolvesServerCert for Fixed {
    fn resolve(&self, _: rustls::server::ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        Some(self.0.clone())
    }
}

/// A new CA: certificate PEM and key PEM.
pub fn new_ca(common_name: &str) -> Result<(String, String)> {
    let mut params = CertificateParams::default();
    params.distinguished_name.push(DnType::CommonName, common_name);
    params.distinguished_name.push(DnType::OrganizationName, "phiwall");
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign, KeyUsagePurpose::DigitalSignature];
    let now = time_now();
    params.not_before = now - time::Duration::hours(1);
    params.not_after = now + time::Duration::days(365);
    let key = KeyPair::generate().map_err(|e| anyhow!("key generation failed: {e}"))?;
    let cert = params.self_signed(&key).map_err(|e| anyhow!("signing failed: {e}"))?;
    Ok((cert.pem(), key.serialize_pem()))
}

/// A server certificate for `names`, signed by the CA (PEMs).
pub fn new_leaf(ca_cert_pem: &str, ca_key_pem: &str, names: &[&str]) -> Result<(String, String)> {
    let kp = KeyPair::from_pem(ca_key_pem).map_err(|e| anyhow!("CA key: {e}"))?;
    let issuer = Issuer::from_ca_cert_pem(ca_cert_pem, kp).map_err(|e| anyhow!("CA certificate: {e}"))?;
    let mut params = CertificateParams::new(names.iter().map(|s| s.to_string()).collect::<Vec<_>>()).map_err(|e| anyhow!("{e}"))?;
    params.distinguished_name.push(DnType::CommonName, names.first().copied().unwrap_or("localhost"));
    let now = time_now();
    params.not_before = now - time::Duration::hours(1);
    params.not_after = now + time::Duration::days(90);
    let key = KeyPair::generate().map_err(|e| anyhow!("key generation failed: {e}"))?;
    let cert = params.signed_by(&key, &issuer).map_err(|e| anyhow!("signing failed: {e}"))?;
    Ok((cert.pem(), key.serialize_pem()))
}

/// Writes a file readable by its owner only (keys).
pub fn write_private(path: &Path, data: &str) -> Result<()> {
    if let Some(d) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(d)?;
    }
    std::fs::write(path, data).with_context(|| format!("cannot write {}", path.display()))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(())
}

/// `phiwall certs init`: a development intercept CA and a server pair for `localhost`, in `dir`.
/// Existing files are kept unless `force`.
pub fn init_dev_certs(dir: &Path, force: bool) -> Result<Vec<String>> {
    let ca = dir.join("ca.pem");
    let ca_key = dir.join("ca-key.pem");
    let mut written = vec![];
    if force || !ca.exists() || !ca_key.exists() {
        let (c, k) = new_ca("phiwall development intercept CA")?;
        std::fs::create_dir_all(dir)?;
        std::fs::write(&ca, &c)?;
        write_private(&ca_key, &k)?;
        written.push(ca.display().to_string());
        written.push(ca_key.display().to_string());
    }
    let server = dir.join("server.pem");
    let server_key = dir.join("server-key.pem");
    if force || !server.exists() || !server_key.exists() || !written.is_empty() {
        let (c, k) = new_leaf(&std::fs::read_to_string(&ca)?, &std::fs::read_to_string(&ca_key)?, &["localhost", "127.0.0.1", "::1"])?;
        std::fs::write(&server, &c)?;
        write_private(&server_key, &k)?;
        written.push(server.display().to_string());
        written.push(server_key.display().to_string());
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mints_and_caches_leaves() {
        let dir = tempfile::tempdir().unwrap();
        let written = init_dev_certs(dir.path(), false).unwrap();
        assert_eq!(written.len(), 4);
        assert!(init_dev_certs(dir.path(), false).unwrap().is_empty(), "existing files are kept");
        let m = Minter::load(&dir.path().join("ca.pem"), &dir.path().join("ca-key.pem")).unwrap();
        let a = m.leaf("API.Vendor.example").unwrap();
        let b = m.leaf("api.vendor.example").unwrap();
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(a.cert.len(), 2);
        m.leaf("127.0.0.1").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("ca-key.pem")).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
