//! Badge readers through PC/SC (`pcscd` on Linux, WinSCard on Windows, CryptoTokenKit on
//! macOS): the kiosk's usual source of taps, for any contactless reader that speaks PC/SC
//! part 3 (ACR122U, ACR1252U, Omnikey...).
//!
//! [`PcscSource`] implements [`BadgeSource`]: it follows readers being plugged in and out,
//! reads the UID of every card put on a reader (GET DATA `FF CA 00 00 00`) and survives the
//! card service being stopped and started again. [`list_readers`] is the one-shot look-up
//! behind `lobby doctor`.
//!
//! Parsing of what a reader answers lives in [`lobby_core::reader`], so that it is tested
//! without this crate. The tests of this crate run against the real `pcscd` with the vpcd
//! driver and the project's virtual card (`tests/pcsc/`).

use lobby_core::reader::{
    parse_uid_response, BadgeSource, CardType, EventSink, ReadError, ReaderEvent, Uid, Watching,
};
use pcsc::{Context, Disposition, Protocols, ReaderState, Scope, ShareMode, State};
use std::ffi::CStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;

/// PC/SC part 3 GET DATA: the reader (not the card) answers with the UID and `90 00`.
/// Le = 00 asks for the whole UID, whatever its length.
const GET_UID: [u8; 5] = [0xFF, 0xCA, 0x00, 0x00, 0x00];

/// How long one `get_status_change` may block. `Context::cancel` normally wakes it at once
/// when the source is stopped, but a cancel sent just before the call starts is lost (it is a
/// no-op unless a call is blocking), so the stop flag must still be looked at now and then.
const STATUS_TIMEOUT: Duration = Duration::from_secs(1);

/// Waits between attempts to reach the card service. The first retry comes soon, because a
/// restarted pcscd is ready in about 100 ms; the cap keeps a tap after a restart visible
/// within 2 s while not spinning when pcscd is gone for good.
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
const MAX_BACKOFF: Duration = Duration::from_secs(1);

/// How often `Watching::stop` repeats `Context::cancel` until the thread has ended.
const CANCEL_EVERY: Duration = Duration::from_millis(20);

/// Badge taps from every PC/SC reader on this machine.
///
/// `start` sends `Readers` at once (or `ServiceDown` when pcscd is not running), then one
/// `Tap` or `ReadFailed` per card put on a reader, `Readers` after every reader change, and
/// `ServiceDown` then `Readers` again when pcscd goes away and comes back. Events come from
/// the source's own thread; the sink must not block for long, as taps wait for it.
#[derive(Debug, Default, Clone)]
pub struct PcscSource {
    _private: (),
}

impl PcscSource {
    pub fn new() -> Self {
        Self::default()
    }
}

impl BadgeSource for PcscSource {
    fn start(&self, sink: EventSink) -> Box<dyn Watching> {
        let shared = Arc::new(Shared::default());
        let thread_shared = Arc::clone(&shared);
        let spawned = std::thread::Builder::new()
            .name("lobby-pcsc".into())
            .spawn(move || watch(&thread_shared, &sink));
        let thread = match spawned {
            Ok(thread) => Some(thread),
            Err(error) => {
                // Only when the system is out of threads; the kiosk goes on without taps.
                tracing::error!(%error, "cannot start the PC/SC thread");
                None
            }
        };
        Box::new(PcscWatching { shared, thread })
    }
}

/// What the watching thread and the handle that stops it share.
#[derive(Default)]
struct Shared {
    stop: AtomicBool,
    /// The context in use, so that `stop` can cancel a blocking `get_status_change`. It is
    /// `None` while the service is down.
    context: Mutex<Option<Context>>,
}

impl Shared {
    fn stopping(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }

    fn context(&self) -> MutexGuard<'_, Option<Context>> {
        // A panic elsewhere while holding the lock leaves a plain Option: still usable.
        self.context
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Sleeps, but wakes early when the source is stopped.
    fn sleep(&self, duration: Duration) {
        let step = Duration::from_millis(25);
        let mut left = duration;
        while !left.is_zero() && !self.stopping() {
            let now = left.min(step);
            std::thread::sleep(now);
            left -= now;
        }
    }
}

/// The running source. Dropping it stops it too, so that a forgotten handle does not leave a
/// thread talking to pcscd.
struct PcscWatching {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl PcscWatching {
    fn halt(&mut self) {
        let Some(thread) = self.thread.take() else {
            return;
        };
        self.shared.stop.store(true, Ordering::SeqCst);
        // Cancel is a no-op unless get_status_change is blocking at that moment, so it is
        // repeated until the thread has seen the flag.
        while !thread.is_finished() {
            if let Some(context) = self.shared.context().as_ref() {
                let _ = context.cancel();
            }
            std::thread::sleep(CANCEL_EVERY);
        }
        if thread.join().is_err() {
            tracing::error!("the PC/SC thread panicked");
        }
    }
}

impl Watching for PcscWatching {
    fn stop(mut self: Box<Self>) {
        self.halt();
    }
}

impl Drop for PcscWatching {
    fn drop(&mut self) {
        self.halt();
    }
}

/// The thread: one session per context, a new context whenever the service comes back.
fn watch(shared: &Shared, sink: &EventSink) {
    // None until the first attempt, so that the first failure is reported too.
    let mut service_up: Option<bool> = None;
    let mut backoff = FIRST_BACKOFF;
    while !shared.stopping() {
        let context = match Context::establish(Scope::User) {
            Ok(context) => context,
            Err(error) => {
                if service_up != Some(false) {
                    tracing::warn!(%error, "the PC/SC service is not reachable; retrying");
                    sink(ReaderEvent::ServiceDown);
                    service_up = Some(false);
                }
                shared.sleep(backoff);
                backoff = (backoff * 2).min(MAX_BACKOFF);
                continue;
            }
        };
        *shared.context() = Some(context.clone());
        let mut session = Session::new(context);
        let ended = session.run(shared, sink, &mut service_up);
        // A context that has lost its service fails forever while `is_valid` still says Ok,
        // so it is dropped rather than reused.
        *shared.context() = None;
        drop(session);
        match ended {
            Ok(()) => break,
            Err(error) => {
                if service_up == Some(true) {
                    backoff = FIRST_BACKOFF;
                }
                if is_service_gone(error) {
                    if service_up != Some(false) {
                        tracing::warn!(%error, "lost the PC/SC service; reconnecting");
                        sink(ReaderEvent::ServiceDown);
                        service_up = Some(false);
                    }
                } else {
                    tracing::warn!(%error, "PC/SC failed; starting over with a new context");
                }
                shared.sleep(backoff);
                backoff = (backoff * 2).min(MAX_BACKOFF);
            }
        }
    }
}

/// Errors after which a context is useless: pcscd stopped or restarted.
fn is_service_gone(error: pcsc::Error) -> bool {
    use pcsc::Error as E;
    matches!(
        error,
        E::NoService | E::CommError | E::ServiceStopped | E::Shutdown
    )
}

/// One reader being watched.
struct Slot {
    name: String,
    /// The reader's event count when the card now on it was read (or found unreadable),
    /// `None` while it is empty. A card left on the reader is read once; a new count while
    /// it is still present means it left and came back between two looks.
    handled: Option<u32>,
}

/// Whether a card on a reader is a new tap to read, and updates what is remembered.
fn is_new_tap(handled: &mut Option<u32>, state: State, count: u32) -> bool {
    if state.intersects(State::UNKNOWN | State::IGNORE | State::UNAVAILABLE)
        || !state.contains(State::PRESENT)
    {
        *handled = None;
        return false;
    }
    // A mute card answered nothing yet; the reader keeps trying, so wait for its ATR.
    if state.contains(State::MUTE) || *handled == Some(count) {
        return false;
    }
    *handled = Some(count);
    true
}

/// Everything that lives as long as one context.
struct Session {
    context: Context,
    /// The PnP pseudo-reader first, then one entry per reader, in the order of `slots`.
    states: Vec<ReaderState>,
    slots: Vec<Slot>,
    /// The reader list last sent; `None` until the first `Readers` of this context.
    sent: Option<Vec<String>>,
}

impl Session {
    fn new(context: Context) -> Self {
        Self {
            context,
            states: vec![ReaderState::new(pcsc::PNP_NOTIFICATION(), State::UNAWARE)],
            slots: Vec::new(),
            sent: None,
        }
    }

    /// Watches until stopped (`Ok`) or until the context fails (`Err`).
    fn run(
        &mut self,
        shared: &Shared,
        sink: &EventSink,
        service_up: &mut Option<bool>,
    ) -> Result<(), pcsc::Error> {
        loop {
            if shared.stopping() {
                return Ok(());
            }
            self.follow_readers(sink)?;
            *service_up = Some(true);
            for state in &mut self.states {
                state.sync_current_state();
            }
            match self
                .context
                .get_status_change(STATUS_TIMEOUT, &mut self.states)
            {
                Ok(()) => {}
                // Cancelled: `stop`, seen at the top of the loop.
                Err(pcsc::Error::Timeout | pcsc::Error::Cancelled) => continue,
                // A reader left between listing and waiting: list again.
                Err(pcsc::Error::UnknownReader | pcsc::Error::ReaderUnavailable) => {
                    shared.sleep(Duration::from_millis(50));
                    continue;
                }
                Err(error) => return Err(error),
            }
            self.read_new_cards(sink)?;
        }
    }

    /// Lists the readers, keeps one state per reader and reports any change.
    fn follow_readers(&mut self, sink: &EventSink) -> Result<(), pcsc::Error> {
        let names = self.context.list_readers_owned()?;
        // Drop the states of readers that are gone (index 0 is the PnP entry).
        let mut index = 1;
        while index < self.states.len() {
            if names
                .iter()
                .any(|name| name.as_c_str() == self.states[index].name())
            {
                index += 1;
            } else {
                self.states.remove(index);
                self.slots.remove(index - 1);
            }
        }
        for name in names {
            if !self
                .slots
                .iter()
                .any(|slot| slot.name.as_bytes() == name.as_bytes())
            {
                self.slots.push(Slot {
                    name: name.to_string_lossy().into_owned(),
                    handled: None,
                });
                self.states.push(ReaderState::new(name, State::UNAWARE));
            }
        }
        let now: Vec<String> = self.slots.iter().map(|slot| slot.name.clone()).collect();
        if self.sent.as_ref() != Some(&now) {
            tracing::info!(readers = ?now, "PC/SC readers");
            sink(ReaderEvent::Readers(now.clone()));
            self.sent = Some(now);
        }
        Ok(())
    }

    /// Reads every card that arrived since the last look; a lost service ends the session.
    fn read_new_cards(&mut self, sink: &EventSink) -> Result<(), pcsc::Error> {
        for (state, slot) in self.states[1..].iter().zip(&mut self.slots) {
            let event = state.event_state();
            if !is_new_tap(&mut slot.handled, event, state.event_count()) {
                continue;
            }
            let reader = slot.name.clone();
            match read_card(&self.context, state.name()) {
                Ok((uid, card)) => {
                    tracing::debug!(%reader, uid = %uid.masked(), card = card.as_str(), "tap");
                    sink(ReaderEvent::Tap { reader, uid, card });
                }
                Err(Failure::Service(error)) => return Err(error),
                Err(Failure::Read(error)) => {
                    tracing::info!(%reader, %error, "card not read");
                    sink(ReaderEvent::ReadFailed { reader, error });
                }
            }
        }
        Ok(())
    }
}

/// Why a read failed: the card or reader (reported), or the service (the session ends; the
/// tap is reported once the service is back, if the card is still there).
enum Failure {
    Read(ReadError),
    Service(pcsc::Error),
}

impl From<pcsc::Error> for Failure {
    fn from(error: pcsc::Error) -> Self {
        if matches!(
            error,
            pcsc::Error::NoService | pcsc::Error::CommError | pcsc::Error::ServiceStopped
        ) {
            Failure::Service(error)
        } else {
            Failure::Read(map_error(error))
        }
    }
}

impl From<ReadError> for Failure {
    fn from(error: ReadError) -> Self {
        Failure::Read(error)
    }
}

/// Connects, reads the ATR and the UID, and always leaves the card as it was.
fn read_card(context: &Context, reader: &CStr) -> Result<(Uid, CardType), Failure> {
    let card = context.connect(reader, ShareMode::Shared, Protocols::ANY)?;
    let read = (|| -> Result<(Uid, CardType), Failure> {
        // The status is answered by pcscd itself; get_attribute(AtrString) is not supported
        // by every driver (vpcd).
        let status = card.status2_owned()?;
        let card_type = CardType::from_atr(status.atr());
        let mut buffer = [0u8; pcsc::MAX_BUFFER_SIZE];
        let mut answer = card.transmit(&GET_UID, &mut buffer)?.to_vec();
        // 6C XX: "wrong length, XX available" from readers that do not take Le = 00.
        if let [0x6C, length] = answer[..] {
            let command = [0xFF, 0xCA, 0x00, 0x00, length];
            answer = card.transmit(&command, &mut buffer)?.to_vec();
        }
        Ok((parse_uid_response(&answer)?, card_type))
    })();
    // Dropping a Card disconnects with ResetCard, which would break another application
    // using the same card; leave it as it is.
    if let Err((_card, error)) = card.disconnect(Disposition::LeaveCard) {
        tracing::debug!(%error, "disconnect failed (the card has probably left)");
    }
    read
}

/// What a PC/SC error means for a tap.
fn map_error(error: pcsc::Error) -> ReadError {
    use pcsc::Error as E;
    match error {
        E::RemovedCard | E::NoSmartcard | E::NotTransacted | E::ResetCard => ReadError::CardRemoved,
        E::ReaderUnavailable | E::UnknownReader | E::InvalidHandle | E::InvalidValue => {
            ReadError::ReaderUnavailable
        }
        E::NoService | E::CommError | E::ServiceStopped => ReadError::NoService,
        other => ReadError::Other(other.to_string()),
    }
}

/// The PC/SC readers present now, for diagnostics (`lobby doctor`).
pub fn list_readers() -> Result<Vec<String>, ReadError> {
    let context = Context::establish(Scope::User).map_err(map_error)?;
    let names = context.list_readers_owned().map_err(map_error)?;
    Ok(names
        .iter()
        .map(|name| name.to_string_lossy().into_owned())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pcsc_errors_map_to_read_errors() {
        use pcsc::Error as E;
        for error in [
            E::RemovedCard,
            E::NoSmartcard,
            E::NotTransacted,
            E::ResetCard,
        ] {
            assert_eq!(map_error(error), ReadError::CardRemoved, "{error:?}");
        }
        for error in [
            E::ReaderUnavailable,
            E::UnknownReader,
            E::InvalidHandle,
            E::InvalidValue,
        ] {
            assert_eq!(map_error(error), ReadError::ReaderUnavailable, "{error:?}");
        }
        for error in [E::NoService, E::CommError, E::ServiceStopped] {
            assert_eq!(map_error(error), ReadError::NoService, "{error:?}");
        }
        assert_eq!(
            map_error(E::UnresponsiveCard),
            ReadError::Other(E::UnresponsiveCard.to_string())
        );
    }

    #[test]
    fn service_errors_end_the_session_and_others_are_reported() {
        assert!(matches!(
            Failure::from(pcsc::Error::CommError),
            Failure::Service(pcsc::Error::CommError)
        ));
        assert!(matches!(
            Failure::from(pcsc::Error::RemovedCard),
            Failure::Read(ReadError::CardRemoved)
        ));
        assert!(is_service_gone(pcsc::Error::NoService));
        assert!(!is_service_gone(pcsc::Error::RemovedCard));
    }

    #[test]
    fn a_card_is_read_once_per_arrival() {
        let present = State::PRESENT | State::CHANGED;
        let mut handled = None;
        assert!(!is_new_tap(&mut handled, State::EMPTY, 0));
        assert!(is_new_tap(&mut handled, present, 1));
        // Still there: in use by us, or a later look at the same card.
        assert!(!is_new_tap(&mut handled, present | State::INUSE, 1));
        assert!(!is_new_tap(&mut handled, State::PRESENT, 1));
        // Left and came back between two looks: the count moved.
        assert!(is_new_tap(&mut handled, present, 3));
        // Left, then back.
        assert!(!is_new_tap(&mut handled, State::EMPTY | State::CHANGED, 4));
        assert_eq!(handled, None);
        assert!(is_new_tap(&mut handled, present, 5));
        // A mute card is not read until it answers.
        let mut handled = None;
        assert!(!is_new_tap(&mut handled, present | State::MUTE, 1));
        assert!(is_new_tap(&mut handled, present, 1));
        // A reader going away forgets its card.
        assert!(!is_new_tap(
            &mut handled,
            State::UNKNOWN | State::CHANGED,
            1
        ));
        assert_eq!(handled, None);
    }

    #[test]
    fn list_readers_without_the_service_is_a_clear_error_or_a_list() {
        // Runs with or without pcscd: either way no panic and no made-up reader.
        match list_readers() {
            Ok(readers) => assert!(readers.iter().all(|name| !name.is_empty())),
            Err(error) => assert!(
                matches!(error, ReadError::NoService | ReadError::Other(_)),
                "{error:?}"
            ),
        }
    }
}
