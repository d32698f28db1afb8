//! A real IPP Everywhere printer for the tests: CUPS's `ippeveprinter` (Debian's
//! `cups-ipp-utils`) on a free loopback port, keeping every job's document in a spool folder.
//!
//! ippeveprinter wants a D-Bus system bus (for DNS-SD) and aborts without one, so each printer
//! gets its own `dbus-daemon` on a socket in its temporary folder, and `-r off`. Everything is
//! started by PID and ended by PID; nothing the machine runs is used.
//!
//! Its attributes come from a `-a` file: the label media below, and `document-format-supported`
//! as the kind of printer says. ippeveprinter validates jobs against that list but then also
//! lists its own formats in a second `document-format-supported`; the first one is what it
//! goes by (and what `ipp::query` reads).

#![allow(dead_code, clippy::unwrap_used)] // each test binary uses a part; set-up fails loudly

use std::fs;
use std::io::Write;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use rustix::process::{kill_process, Pid, Signal};

/// What the printer takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// `application/pdf` only.
    Pdf,
    /// `image/pwg-raster` only: `sgray_8` and `black_1` at 300 dpi.
    Raster,
}

/// `media-supported`: the media Lobby names (so a Print-Job with any of them is taken) and a
/// 62 mm continuous roll.
pub(crate) const MEDIA_SUPPORTED: [&str; 7] = [
    "om_dk-11201_29x90mm",
    "om_dk-22205_62x100mm",
    "om_dymo-99012_36x89mm",
    "oe_4x3-label_4x3in",
    "na_index-4x6_4x6in",
    "iso_a6_105x148mm",
    "roll_max_62x1000mm",
];

/// `media-ready`: the 62 mm roll is loaded.
pub(crate) const MEDIA_READY: [&str; 1] = ["roll_max_62x1000mm"];

pub(crate) const RASTER_TYPES: [&str; 2] = ["sgray_8", "black_1"];

pub(crate) const MAKE_AND_MODEL: &str = "Lobby Test Label Printer";

/// How long to wait for the printer to listen, to stop, or for jobs to reach the spool.
const PATIENCE: Duration = Duration::from_secs(10);

pub(crate) struct Printer {
    kind: Kind,
    port: u16,
    dir: tempfile::TempDir,
    child: Option<Child>,
    dbus: Option<Pid>,
}

impl Printer {
    /// A printer of `kind`, listening when this returns.
    pub(crate) fn start(kind: Kind) -> Printer {
        for program in ["ippeveprinter", "dbus-daemon"] {
            let found = Command::new("sh")
                .args(["-c", &format!("command -v {program}")])
                .stdout(Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            assert!(
                found,
                "{program} is missing: the printing tests need cups-ipp-utils and dbus-daemon"
            );
        }
        let dir = tempfile::tempdir().unwrap();
        for sub in ["spool", "keys"] {
            fs::create_dir(dir.path().join(sub)).unwrap();
        }
        fs::write(
            dir.path().join("bus.conf"),
            bus_conf(&dir.path().join("bus")),
        )
        .unwrap();
        fs::write(dir.path().join("printer.conf"), printer_conf(kind)).unwrap();
        let dbus = start_dbus(dir.path());
        let mut printer = Printer {
            kind,
            port: 0,
            dir,
            child: None,
            dbus: Some(dbus),
        };
        // A port free for 127.0.0.1 may still be taken on ::1 (ippeveprinter listens on
        // both): then it exits, and another port is tried.
        for _ in 0..5 {
            printer.port = free_port();
            if printer.launch() {
                return printer;
            }
        }
        panic!("ippeveprinter did not start:\n{}", printer.log());
    }

    /// `ipp://127.0.0.1:PORT/ipp/print`
    pub(crate) fn uri(&self) -> String {
        format!("ipp://127.0.0.1:{}/ipp/print", self.port)
    }

    /// The same printer over TLS (a self-signed certificate ippeveprinter makes).
    pub(crate) fn ipps_uri(&self) -> String {
        format!("ipps://127.0.0.1:{}/ipp/print", self.port)
    }

    pub(crate) fn port(&self) -> u16 {
        self.port
    }

    pub(crate) fn kind(&self) -> Kind {
        self.kind
    }

    /// The documents received, sorted by name (`JOBID-JOBNAME.EXT`).
    pub(crate) fn spool_files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = fs::read_dir(self.dir.path().join("spool"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        files
    }

    /// The spool once it holds `n` documents, or as it is after waiting 10 s (the caller
    /// checks what it got).
    pub(crate) fn wait_for_jobs(&self, n: usize) -> Vec<PathBuf> {
        let start = Instant::now();
        loop {
            let files = self.spool_files();
            if files.len() >= n || start.elapsed() > PATIENCE {
                return files;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Ends the printer (SIGTERM, then SIGKILL after 10 s) and waits for it to be gone. The
    /// folder stays, and [`Printer::restart`] brings it back on the same port.
    pub(crate) fn stop(&mut self) {
        let Some(mut child) = self.child.take() else {
            return;
        };
        let _ = kill_process(Pid::from_child(&child), Signal::TERM);
        let start = Instant::now();
        while child.try_wait().unwrap().is_none() {
            if start.elapsed() > PATIENCE {
                let _ = child.kill();
                let _ = child.wait();
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Starts the printer again on its port. Job ids start again at 1, so a job of the same
    /// name as one before the restart replaces its file in the spool.
    pub(crate) fn restart(&mut self) {
        self.stop();
        let start = Instant::now();
        while !self.launch() {
            // The port may take a moment to be free again.
            assert!(
                start.elapsed() < PATIENCE,
                "ippeveprinter did not restart on port {}:\n{}",
                self.port,
                self.log()
            );
            std::thread::sleep(Duration::from_millis(200));
        }
    }

    /// ippeveprinter's log (`-v`), over all its starts.
    pub(crate) fn log(&self) -> String {
        fs::read_to_string(self.dir.path().join("printer.log")).unwrap_or_default()
    }

    /// Starts ippeveprinter on `self.port`; true once it accepts connections, false if it
    /// exited first.
    fn launch(&mut self) -> bool {
        let dir = self.dir.path();
        let mut log = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(dir.join("printer.log"))
            .unwrap();
        writeln!(log, "--- starting on port {}", self.port).unwrap();
        let name = match self.kind {
            Kind::Pdf => "Lobby PDF Label",
            Kind::Raster => "Lobby Raster Label",
        };
        let mut child = Command::new("ippeveprinter")
            .env(
                "DBUS_SYSTEM_BUS_ADDRESS",
                format!("unix:path={}", dir.join("bus").display()),
            )
            .args(["-r", "off", "-n", "localhost", "-p"])
            .arg(self.port.to_string())
            .arg("-a")
            .arg(dir.join("printer.conf"))
            .arg("-d")
            .arg(dir.join("spool"))
            .arg("-K")
            .arg(dir.join("keys"))
            .args(["-k", "-v", name])
            .stdin(Stdio::null())
            .stdout(log.try_clone().unwrap())
            .stderr(log)
            .spawn()
            .unwrap();
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, self.port));
        let start = Instant::now();
        loop {
            if child.try_wait().unwrap().is_some() {
                return false;
            }
            if TcpStream::connect_timeout(&address, Duration::from_millis(200)).is_ok() {
                self.child = Some(child);
                return true;
            }
            if start.elapsed() > PATIENCE {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "ippeveprinter is not listening on port {} after 10 s:\n{}",
                    self.port,
                    self.log()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Printer {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
        if let Some(pid) = self.dbus.take() {
            let _ = kill_process(pid, Signal::TERM);
        }
    }
}

/// A system bus for one printer: anyone may own any name and send anything.
fn bus_conf(socket: &Path) -> String {
    format!(
        r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path={}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
    <allow user="*"/>
  </policy>
</busconfig>
"#,
        socket.display()
    )
}

fn printer_conf(kind: Kind) -> String {
    let formats = match kind {
        Kind::Pdf => "application/pdf",
        Kind::Raster => "image/pwg-raster",
    };
    format!(
        "ATTR text printer-make-and-model \"{MAKE_AND_MODEL}\"\n\
         ATTR mimeMediaType document-format-supported {formats}\n\
         ATTR keyword media-supported {}\n\
         ATTR keyword media-ready {}\n\
         ATTR keyword pwg-raster-document-type-supported {}\n\
         ATTR resolution pwg-raster-document-resolution-supported 300dpi\n",
        MEDIA_SUPPORTED.join(","),
        MEDIA_READY.join(","),
        RASTER_TYPES.join(","),
    )
}

/// Starts a private bus (`--fork`: it is listening when the command returns) and gives its PID.
fn start_dbus(dir: &Path) -> Pid {
    let out = Command::new("dbus-daemon")
        .arg(format!("--config-file={}", dir.join("bus.conf").display()))
        .args(["--fork", "--print-pid"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "dbus-daemon failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pid: i32 = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
    Pid::from_raw(pid).unwrap()
}

fn free_port() -> u16 {
    TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A one-page PDF of `width`×`height` points with a line of text: small, valid, and written
/// by hand so no tool is needed.
pub(crate) fn tiny_pdf(width: f32, height: f32, text: &str) -> Vec<u8> {
    let content = format!("BT /F1 12 Tf 10 10 Td ({text}) Tj ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width} {height}] \
             /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
        ),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}

/// `pdf` as PWG Raster, by cups-filters' `pdftoraster`.
pub(crate) fn pwg_raster(pdf: &[u8]) -> Vec<u8> {
    let filter = Path::new("/usr/lib/cups/filter/pdftoraster");
    assert!(
        filter.exists(),
        "{} is missing: the printing tests need cups-filters",
        filter.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.pdf");
    fs::write(&input, pdf).unwrap();
    let out = Command::new(filter)
        .env("CONTENT_TYPE", "application/pdf")
        .env("FINAL_CONTENT_TYPE", "image/pwg-raster")
        .args(["1", "lobby", "badge", "1", ""])
        .arg(&input)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success() && out.stdout.starts_with(b"RaS2"),
        "pdftoraster failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}
