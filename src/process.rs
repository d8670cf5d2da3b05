//! Running an outside program (Graphviz's `dot`, Chromium) with a deadline. Arguments go straight
//! to the program, never through a shell, so no user string is ever interpreted; input is written
//! on its standard input and its output read on other threads, so neither side can block the other;
//! a program still running at the deadline is killed.

use std::io::{self, Read, Write};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// What the program did.
#[derive(Debug)]
pub struct Finished {
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// Why it did not finish.
#[derive(Debug)]
pub enum Failed {
    /// It could not be started (`NotFound` when it is not installed).
    Start(io::Error),
    /// It was still running at the deadline, and was killed.
    Timeout(Duration),
    Wait(io::Error),
}

/// Runs `cmd` with `input` on its standard input, waiting at most `timeout`.
pub fn run(mut cmd: Command, input: Vec<u8>, timeout: Duration) -> Result<Finished, Failed> {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(Failed::Start)?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let writer = thread::spawn(move || {
        // A program that exits without reading all its input closes the pipe: not our error.
        let _ = stdin.write_all(&input);
    });
    let drain = |r: Option<Box<dyn Read + Send>>| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut r) = r {
                let _ = r.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|s| Box::new(s) as Box<dyn Read + Send>),
    );
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() >= timeout => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(Failed::Timeout(timeout));
            }
            Ok(None) => thread::sleep(Duration::from_millis(10)),
            Err(e) => {
                let _ = child.kill();
                return Err(Failed::Wait(e));
            }
        }
    };
    let _ = writer.join();
    Ok(Finished {
        status,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_input_and_deadline() {
        let done = run(
            Command::new("cat"),
            b"abc".to_vec(),
            Duration::from_secs(10),
        )
        .unwrap();
        assert!(done.status.success());
        assert_eq!(done.stdout, b"abc");
        let mut sleep = Command::new("sleep");
        sleep.arg("5");
        let started = Instant::now();
        assert!(matches!(
            run(sleep, Vec::new(), Duration::from_millis(200)),
            Err(Failed::Timeout(_))
        ));
        assert!(started.elapsed() < Duration::from_secs(3));
        assert!(matches!(
            run(Command::new("/nonexistent/program"), Vec::new(), Duration::from_secs(1)),
            Err(Failed::Start(e)) if e.kind() == io::ErrorKind::NotFound
        ));
    }
}
