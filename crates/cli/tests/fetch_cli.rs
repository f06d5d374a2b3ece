//! `import https://…` against a server of the test's own on 127.0.0.1: a page is drafted with
//! its address; every failure (refused, timeout, 404, redirect loop, too large, not HTML) is
//! one line on stderr and exit code 2.
#![cfg(not(target_arch = "wasm32"))]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Output};
use std::sync::OnceLock;

const PAGE: &str = include_str!("../../page/tests/pages/jsonld-cms.html");

/// The server's port: one server for all the tests, answering by path.
fn server() -> u16 {
    static PORT: OnceLock<u16> = OnceLock::new();
    *PORT.get_or_init(|| {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                std::thread::spawn(move || answer(stream));
            }
        });
        port
    })
}

fn answer(mut stream: TcpStream) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut user_agent = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if let Some(v) = line.to_ascii_lowercase().strip_prefix("user-agent:") {
            user_agent = v.trim().to_string();
        }
    }
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_string();
    let reply = |stream: &mut TcpStream, status: &str, headers: &str, body: &[u8]| {
        let head = format!(
            "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        );
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.write_all(body);
    };
    match path.as_str() {
        "/article" => {
            // The page is served only to an importer that names itself.
            if !user_agent.starts_with("articleviewer-import/") {
                return reply(&mut stream, "403 Forbidden", "", b"");
            }
            reply(
                &mut stream,
                "200 OK",
                "Content-Type: text/html; charset=utf-8\r\n",
                PAGE.as_bytes(),
            )
        }
        "/moved" => reply(
            &mut stream,
            "301 Moved Permanently",
            "Location: /article\r\n",
            b"",
        ),
        "/loop" => reply(&mut stream, "302 Found", "Location: /loop\r\n", b""),
        "/missing" => reply(
            &mut stream,
            "404 Not Found",
            "Content-Type: text/html\r\n",
            b"<p>no</p>",
        ),
        "/pdf" => reply(
            &mut stream,
            "200 OK",
            "Content-Type: application/pdf\r\n",
            b"%PDF-1.7",
        ),
        "/latin1" => {
            let mut body = b"<html><body><article><p>Le caf".to_vec();
            body.push(0xe9);
            body.extend_from_slice(b" du port ouvre enfin, dit le maire, apr");
            body.push(0xe8);
            body.extend_from_slice(b"s deux ans de travaux.</p></article></body></html>");
            reply(
                &mut stream,
                "200 OK",
                "Content-Type: text/html; charset=iso-8859-1\r\n",
                &body,
            )
        }
        "/huge" => {
            let _ = stream.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body>",
            );
            let chunk = "<p>filler text, again and again.</p>".repeat(1000);
            for _ in 0..400 {
                if stream.write_all(chunk.as_bytes()).is_err() {
                    return; // the client stopped reading: what the test wants
                }
            }
        }
        "/slow" => {
            // Never answers: waits until the client gives up and closes the connection.
            let mut rest = Vec::new();
            let _ = reader.read_to_end(&mut rest);
        }
        _ => reply(&mut stream, "404 Not Found", "", b""),
    }
}

fn import(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_import"))
        .args(args)
        .output()
        .unwrap()
}

fn url(path: &str) -> String {
    format!("http://127.0.0.1:{}{path}", server())
}

fn one_error_line(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(2), "an error exit: {out:?}");
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(err.lines().count(), 1, "one line: {err:?}");
    assert!(!err.contains("panicked"));
    assert!(out.stdout.is_empty());
    err
}

#[test]
fn a_page_is_fetched_and_drafted_with_its_address() {
    let out = import(&[&url("/moved")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let article = article_model::Article::parse(&String::from_utf8(out.stdout).unwrap()).unwrap();
    assert_eq!(
        article.meta.title,
        "Harbour bridge repairs to start in spring, council says"
    );
    assert_eq!(article.source.outlet, "The Riverside Courier");
    // The page's canonical link is the URL; the note records where it was fetched from, after
    // the redirect.
    assert_eq!(
        article.source.url,
        "https://riverside-courier.example/news/2026/03/harbour-bridge-repairs/"
    );
    let note = article
        .notes
        .iter()
        .find(|n| n.id == "import-page")
        .unwrap();
    assert!(note.text.contains(&url("/article")), "{}", note.text);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("title (JSON-LD headline)"), "{err}");
}

#[test]
fn a_page_in_another_charset_is_decoded() {
    let out = import(&[&url("/latin1")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = String::from_utf8(out.stdout).unwrap();
    assert!(json.contains("Le café du port"), "{json}");
}

#[test]
fn every_failure_is_one_clear_line() {
    let refused = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = l.local_addr().unwrap().port();
        drop(l);
        format!("http://127.0.0.1:{port}/")
    };
    let cases = [
        (url("/missing"), "the server answered 404 Not Found"),
        (url("/loop"), "more than 5 redirects"),
        (
            url("/pdf"),
            "not an HTML page (Content-Type: application/pdf)",
        ),
        (url("/huge"), "the page is larger than 10485760 bytes"),
        (refused, "connection refused"),
    ];
    for (address, says) in cases {
        let err = one_error_line(&import(&[&address]));
        assert!(err.contains(says), "{address}: {err}");
        assert!(err.starts_with(&format!("import: {address}")), "{err}");
    }
}

#[test]
fn a_server_that_never_answers_times_out() {
    let started = std::time::Instant::now();
    let err = one_error_line(&import(&["--timeout", "2", &url("/slow")]));
    assert!(
        err.contains("no complete answer within 2 s (timeout)"),
        "{err}"
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(15));
}

#[test]
fn only_http_and_https_are_fetched() {
    for address in [
        "ftp://example.org/a.html",
        "file:///etc/passwd",
        "javascript:alert(1)",
    ] {
        let err = one_error_line(&import(&[address]));
        assert!(
            err.contains("only http and https") || err.contains("No such file"),
            "{address}: {err}"
        );
    }
    let err = one_error_line(&import(&["--timeout", "0", &url("/article")]));
    assert!(err.contains("--timeout"), "{err}");
}

#[test]
fn an_html_file_or_stdin_is_read_as_a_page() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../page/tests/pages/arabic.html"
    );
    let out = import(&["--outlet", "Given Outlet", path]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let article = article_model::Article::parse(&String::from_utf8(out.stdout).unwrap()).unwrap();
    assert_eq!(article.meta.language, "ar");
    assert_eq!(article.source.outlet, "Given Outlet");
    assert_eq!(article.meta.date.value, "2026-04-08");

    let mut child = Command::new(env!("CARGO_BIN_EXE_import"))
        .arg("-")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(PAGE.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let article = article_model::Article::parse(&String::from_utf8(out.stdout).unwrap()).unwrap();
    assert_eq!(article.source.outlet, "The Riverside Courier");

    // A page too deep is refused, fast, with the limit named.
    let deep = std::env::temp_dir().join(format!("deep-{}.html", std::process::id()));
    std::fs::write(
        &deep,
        format!("<html><body>{}</body></html>", "<div>".repeat(100_000)),
    )
    .unwrap();
    let err = one_error_line(&import(&[deep.to_str().unwrap()]));
    std::fs::remove_file(&deep).unwrap();
    assert!(err.contains("nests elements more than 1000 deep"), "{err}");
}
