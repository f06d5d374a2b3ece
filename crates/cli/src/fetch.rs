//! Fetching a web page for `import https://…`: http and https only, with a timeout, a size
//! limit, a named user agent and a limit on redirects. Every failure is one line that says
//! what happened (host not found, refused, timeout, an error status, too large, not HTML).

use std::io::ErrorKind;
use std::time::Duration;

/// How the importer names itself to servers.
pub const USER_AGENT: &str = concat!(
    "ArticleViewer-import/",
    env!("CARGO_PKG_VERSION"),
    " (who-says-what importer; one request per page)"
);
pub const MAX_REDIRECTS: u32 = 5;
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(20);

/// A fetched page: its HTML, and the address it was finally served from (after redirects).
#[derive(Debug)]
pub struct Fetched {
    pub html: String,
    pub address: String,
}

/// Whether a command-line argument is an address to fetch rather than a file.
pub fn is_address(arg: &str) -> bool {
    let lower = arg.get(..8).unwrap_or(arg).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

pub fn fetch(address: &str, timeout: Duration, max_bytes: usize) -> Result<Fetched, String> {
    if !is_address(address) {
        return Err(format!(
            "{address}: only http and https addresses are fetched"
        ));
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .max_redirects(MAX_REDIRECTS)
        .user_agent(USER_AGENT)
        .http_status_as_error(false)
        .build()
        .into();
    let mut response = agent
        .get(address)
        .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
        .call()
        .map_err(|e| format!("{address}: {}", describe(&e, timeout)))?;
    let status = response.status();
    if !status.is_success() {
        return Err(format!(
            "{address}: the server answered {} {}",
            status.as_u16(),
            status.canonical_reason().unwrap_or("")
        )
        .trim_end()
        .to_string());
    }
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if !matches!(mime.as_str(), "text/html" | "application/xhtml+xml" | "") {
        return Err(format!(
            "{address}: not an HTML page (Content-Type: {content_type})"
        ));
    }
    let final_address = ureq::ResponseExt::get_uri(&response).to_string();
    let html = response
        .body_mut()
        .with_config()
        .limit(max_bytes as u64)
        .read_to_string()
        .map_err(|e| format!("{address}: {}", describe(&e, timeout)))?;
    Ok(Fetched {
        html,
        address: final_address,
    })
}

/// One line for what went wrong.
pub fn describe(error: &ureq::Error, timeout: Duration) -> String {
    use ureq::Error as E;
    match error {
        E::HostNotFound => "the host was not found (DNS)".to_string(),
        E::Timeout(_) => format!(
            "no complete answer within {} s (timeout)",
            timeout.as_secs()
        ),
        E::TooManyRedirects => format!("more than {MAX_REDIRECTS} redirects"),
        E::RedirectFailed => "a redirect could not be followed".to_string(),
        E::BodyExceedsLimit(limit) => format!("the page is larger than {limit} bytes"),
        E::ConnectionFailed => "could not connect".to_string(),
        E::BadUri(detail) => format!("not a valid address ({detail})"),
        E::Io(e) => match e.kind() {
            ErrorKind::ConnectionRefused => "could not connect: connection refused".to_string(),
            ErrorKind::TimedOut | ErrorKind::WouldBlock => {
                format!(
                    "no complete answer within {} s (timeout)",
                    timeout.as_secs()
                )
            }
            ErrorKind::InvalidData => "the page is not valid text in its character set".to_string(),
            _ => format!("network error: {e}"),
        },
        E::UnknownCharset(c) => format!("the page's character set {c:?} is not known"),
        E::Tls(detail) => format!("secure connection failed: {detail}"),
        E::Rustls(e) => format!("secure connection failed: {e}"),
        other => format!("{other}"),
    }
    .replace('\n', " ")
}
