//! A redb storage backend over the real file that fails the Nth write, sync or resize on
//! request, to prove that a failed commit is reported and never shown as saved.

use std::fs::File;
use std::ops::Bound;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use redb::backends::FileBackend;
use redb::{BackendError, StorageBackend};

/// ENOSPC and EIO, the errors a full or failing disk gives.
const NO_SPACE: i32 = 28;
const IO_ERROR: i32 = 5;

/// The switchboard a test holds while the database owns the backend. Counters start at
/// zero when armed; 0 in a `fail_*_at` means never.
#[derive(Debug, Default)]
pub struct Faults {
    writes: AtomicU64,
    syncs: AtomicU64,
    resizes: AtomicU64,
    fail_write_at: AtomicU64,
    fail_sync_at: AtomicU64,
    fail_resize_at: AtomicU64,
    tripped: AtomicBool,
}

impl Faults {
    fn reset(&self) {
        self.writes.store(0, Ordering::SeqCst);
        self.syncs.store(0, Ordering::SeqCst);
        self.resizes.store(0, Ordering::SeqCst);
        self.fail_write_at.store(0, Ordering::SeqCst);
        self.fail_sync_at.store(0, Ordering::SeqCst);
        self.fail_resize_at.store(0, Ordering::SeqCst);
        self.tripped.store(false, Ordering::SeqCst);
    }

    /// From now on, the `n`th write (1-based) and every one after it fails with ENOSPC.
    pub fn fail_write(&self, n: u64) {
        self.reset();
        self.fail_write_at.store(n, Ordering::SeqCst);
    }

    /// From now on, the `n`th sync and every one after it fails with EIO.
    pub fn fail_sync(&self, n: u64) {
        self.reset();
        self.fail_sync_at.store(n, Ordering::SeqCst);
    }

    /// From now on, the `n`th change of the file length fails with ENOSPC.
    pub fn fail_resize(&self, n: u64) {
        self.reset();
        self.fail_resize_at.store(n, Ordering::SeqCst);
    }

    pub fn disarm(&self) {
        self.reset();
    }

    /// True when an injected failure was returned since the last arming.
    pub fn tripped(&self) -> bool {
        self.tripped.load(Ordering::SeqCst)
    }

    pub fn writes(&self) -> u64 {
        self.writes.load(Ordering::SeqCst)
    }

    fn hit(&self, count: &AtomicU64, at: &AtomicU64, errno: i32) -> std::io::Result<()> {
        let n = count.fetch_add(1, Ordering::SeqCst) + 1;
        let at = at.load(Ordering::SeqCst);
        if at != 0 && n >= at {
            self.tripped.store(true, Ordering::SeqCst);
            return Err(std::io::Error::from_raw_os_error(errno));
        }
        Ok(())
    }
}

#[derive(Debug)]
pub struct FaultyBackend {
    inner: FileBackend,
    faults: Arc<Faults>,
}

impl FaultyBackend {
    pub fn new(file: File, faults: Arc<Faults>) -> Self {
        FaultyBackend {
            inner: FileBackend::new(file).expect("file backend"),
            faults,
        }
    }
}

impl StorageBackend for FaultyBackend {
    fn len(&self) -> Result<u64, std::io::Error> {
        self.inner.len()
    }

    fn read(&self, offset: u64, out: &mut [u8]) -> Result<(), std::io::Error> {
        self.inner.read(offset, out)
    }

    fn set_len(&self, len: u64) -> Result<(), std::io::Error> {
        let f = &self.faults;
        f.hit(&f.resizes, &f.fail_resize_at, NO_SPACE)?;
        self.inner.set_len(len)
    }

    fn sync_data(&self) -> Result<(), std::io::Error> {
        let f = &self.faults;
        f.hit(&f.syncs, &f.fail_sync_at, IO_ERROR)?;
        self.inner.sync_data()
    }

    fn write(&self, offset: u64, data: &[u8]) -> Result<(), std::io::Error> {
        let f = &self.faults;
        f.hit(&f.writes, &f.fail_write_at, NO_SPACE)?;
        self.inner.write(offset, data)
    }

    fn close(&self) -> Result<(), std::io::Error> {
        self.inner.close()
    }

    fn try_lock_range(&self, start: Bound<u64>, end: Bound<u64>) -> Result<bool, BackendError> {
        self.inner.try_lock_range(start, end)
    }

    fn try_lock_shared_range(
        &self,
        start: Bound<u64>,
        end: Bound<u64>,
    ) -> Result<bool, BackendError> {
        self.inner.try_lock_shared_range(start, end)
    }

    fn lock_range(&self, start: Bound<u64>, end: Bound<u64>) -> Result<(), BackendError> {
        self.inner.lock_range(start, end)
    }

    fn lock_shared_range(&self, start: Bound<u64>, end: Bound<u64>) -> Result<(), BackendError> {
        self.inner.lock_shared_range(start, end)
    }

    fn unlock_range(&self, start: Bound<u64>, end: Bound<u64>) -> Result<(), BackendError> {
        self.inner.unlock_range(start, end)
    }

    fn query_lock_range(&self, start: Bound<u64>, end: Bound<u64>) -> Result<bool, BackendError> {
        self.inner.query_lock_range(start, end)
    }
}

/// Opens (creating when absent) the database at `path` over a faulty backend.
pub fn open(path: &std::path::Path) -> (prezenca::backend::local::LocalBackend, Arc<Faults>) {
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        // Private, as prezenca creates its databases: others' access is refused on open.
        .mode(0o600)
        .open(path)
        .expect("open file");
    let faults = Arc::new(Faults::default());
    let db = redb::Builder::new()
        .create_with_backend(FaultyBackend::new(file, faults.clone()))
        .expect("open database over faulty backend");
    let b = prezenca::backend::local::LocalBackend::from_database(db, path).expect("schema");
    (b, faults)
}
