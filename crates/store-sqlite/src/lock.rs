//! The import lock: one import per database path at a time, and the leftovers of dead ones.
//!
//! An import holds an advisory lock (`std::fs::File::try_lock`) on `.NAME.lock` beside the
//! database (not on the database itself, which the import renames over). A second import on
//! the same path waits for it, up to a limit, saying who holds it, or fails with a clear error.
//! Once the lock is held no other import can be writing beside the target, so temporary files
//! `.NAME.importing-PID` of processes that no longer run are left by killed imports and are
//! removed. The lock is released when [`ImportLock`] is dropped (or the process dies).

use goalline_store::StoreError;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// A held import lock; dropping it releases the lock.
#[derive(Debug)]
pub struct ImportLock {
    file: File,
    path: PathBuf,
    /// Stale temporary files removed when the lock was taken.
    pub removed: Vec<PathBuf>,
    /// How long the import waited for another one to finish.
    pub waited: Duration,
}

impl ImportLock {
    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for ImportLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

fn file_name(db: &Path) -> String {
    db.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "goalline.db".into())
}

/// The lock file of `db`.
pub fn lock_path(db: &Path) -> PathBuf {
    db.with_file_name(format!(".{}.lock", file_name(db)))
}

/// Takes the import lock of `db`, waiting up to `wait` for another import to finish
/// (`on_wait(holder_pid)` is called once when the lock is busy). Then removes the temporary
/// files of dead imports.
pub fn acquire(
    db: &Path,
    wait: Duration,
    on_wait: &mut dyn FnMut(Option<u32>),
) -> Result<ImportLock, StoreError> {
    if let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
    }
    let path = lock_path(db);
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(|e| StoreError::io(&path, e))?;
    let started = Instant::now();
    let mut told = false;
    loop {
        match file.try_lock() {
            Ok(()) => break,
            Err(TryLockError::WouldBlock) => {
                let holder = holder_pid(&mut file);
                if !told {
                    on_wait(holder);
                    told = true;
                }
                if started.elapsed() >= wait {
                    return Err(StoreError::Locked {
                        path: db.to_path_buf(),
                        holder,
                        waited: started.elapsed().as_secs(),
                    });
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            Err(TryLockError::Error(e)) => return Err(StoreError::io(&path, e)),
        }
    }
    // Record who holds it, for the message of the next import that has to wait.
    let _ = file
        .set_len(0)
        .and_then(|()| file.rewind())
        .and_then(|()| write!(file, "{}", std::process::id()))
        .and_then(|()| file.flush());
    let removed = remove_stale_temps(db);
    Ok(ImportLock {
        file,
        path,
        removed,
        waited: started.elapsed(),
    })
}

fn holder_pid(file: &mut File) -> Option<u32> {
    let mut s = String::new();
    file.rewind().ok()?;
    file.read_to_string(&mut s).ok()?;
    s.trim().parse().ok()
}

/// True when a process with that id runs (Linux `/proc`; elsewhere assumed running, so
/// nothing is removed that might still be in use).
fn alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc = Path::new("/proc");
    if proc.join("self").exists() {
        proc.join(pid.to_string()).exists()
    } else {
        true
    }
}

/// Removes `.NAME.importing-PID` files beside `db` whose process is gone; returns them.
fn remove_stale_temps(db: &Path) -> Vec<PathBuf> {
    let prefix = format!(".{}.importing-", file_name(db));
    let dir = match db.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(d) => d.to_path_buf(),
        None => PathBuf::from("."),
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = name
            .strip_prefix(&prefix)
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if !alive(pid) && std::fs::remove_file(entry.path()).is_ok() {
            tracing::info!(file = %entry.path().display(), "removed the temporary file of a dead import");
            removed.push(entry.path());
        }
    }
    removed.sort();
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_lock_waits_then_fails_and_stale_files_go() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("g.db");
        // A pid far above any pid_max: no such process.
        let stale = dir.path().join(".g.db.importing-4999999");
        std::fs::write(&stale, "x").expect("write");
        let mine = dir
            .path()
            .join(format!(".g.db.importing-{}", std::process::id()));
        std::fs::write(&mine, "x").expect("write");
        let first = acquire(&db, Duration::ZERO, &mut |_| {}).expect("first lock");
        assert_eq!(first.removed, std::slice::from_ref(&stale));
        assert!(!stale.exists() && mine.exists());
        let mut holder = None;
        let err = acquire(&db, Duration::from_millis(250), &mut |h| holder = h)
            .expect_err("second lock must fail");
        assert_eq!(holder, Some(std::process::id()));
        assert!(err.to_string().contains("another import"), "{err}");
        drop(first);
        assert!(acquire(&db, Duration::ZERO, &mut |_| {}).is_ok());
    }
}
