//! Printing a report page to PDF with headless Chromium, which lays out Arabic and inline SVG as
//! the browser shows them.
//!
//! Chromium runs with a throwaway profile and everything that would reach the network switched
//! off, and is stopped if it has not finished within the timeout.

use crate::error::Error;
use crate::process::{self, Failed};
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The programs tried, in order, when `LIAISON_CHROMIUM` does not name one.
const NAMES: [&str; 5] = [
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
];

/// The browser: `LIAISON_CHROMIUM` if set, else the first of [`NAMES`] on `PATH`.
pub fn find_chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("LIAISON_CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for name in NAMES {
        for dir in std::env::split_paths(&path) {
            let candidate = dir.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
    }
    None
}

/// The flags for a headless run that touches nothing but the page it is given.
pub fn headless_args(profile: &Path) -> Vec<OsString> {
    let mut args: Vec<OsString> = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--mute-audio",
    ]
    .iter()
    .map(OsString::from)
    .collect();
    let mut p = OsString::from("--user-data-dir=");
    p.push(profile);
    args.push(p);
    args
}

/// A `file://` URL of an absolute path, its bytes outside the unreserved set percent-encoded.
pub fn file_url(path: &Path) -> String {
    let mut url = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            url.push(b as char);
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    url
}

/// Prints the page `html` to PDF and returns the PDF's bytes.
pub fn print(html: &Path, timeout: Duration) -> Result<Vec<u8>, Error> {
    let chromium = find_chromium().ok_or(Error::ChromiumMissing)?;
    let work = tempfile::tempdir().map_err(|source| Error::Io {
        action: "creating a temporary folder for",
        path: PathBuf::from("Chromium"),
        source,
    })?;
    let html = fs::canonicalize(html).map_err(|source| Error::Io {
        action: "reading",
        path: html.to_path_buf(),
        source,
    })?;
    let pdf = work.path().join("report.pdf");
    let profile = work.path().join("profile");
    let mut print_to = OsString::from("--print-to-pdf=");
    print_to.push(&pdf);
    let mut cmd = Command::new(&chromium);
    cmd.args(headless_args(&profile))
        .arg("--no-pdf-header-footer")
        .arg(print_to)
        .arg(file_url(&html));
    let done = process::run(cmd, Vec::new(), timeout).map_err(|f| match f {
        Failed::Start(e) if e.kind() == std::io::ErrorKind::NotFound => Error::ChromiumMissing,
        Failed::Start(e) => Error::Chromium {
            message: format!("cannot start {}: {e}", chromium.display()),
        },
        Failed::Wait(e) => Error::Chromium {
            message: e.to_string(),
        },
        Failed::Timeout(t) => Error::Chromium {
            message: format!("it did not finish within {} s", t.as_secs()),
        },
    })?;
    let bytes = fs::read(&pdf).unwrap_or_default();
    if !done.status.success() || !bytes.starts_with(b"%PDF") {
        let log = String::from_utf8_lossy(&done.stderr);
        let tail: Vec<&str> = log.lines().rev().take(5).collect();
        return Err(Error::Chromium {
            message: format!(
                "{} ({}){}",
                chromium.display(),
                done.status,
                if tail.is_empty() {
                    String::new()
                } else {
                    format!(
                        ": {}",
                        tail.into_iter().rev().collect::<Vec<_>>().join(" / ")
                    )
                }
            ),
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_urls_are_encoded() {
        assert_eq!(
            file_url(Path::new("/tmp/a b/تقرير.html")),
            "file:///tmp/a%20b/%D8%AA%D9%82%D8%B1%D9%8A%D8%B1.html"
        );
    }
}
