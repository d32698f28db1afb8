// The idle timer: after `timeoutMs` without a touch, a key or a pointer move it fires once, so
// the kiosk can return home and forget everything the last person typed.

export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export const ACTIVITY_EVENTS = [
  "pointerdown",
  "pointermove",
  "keydown",
  "touchstart",
  "input",
  "wheel",
];

export class IdleTimer {
  private handle: unknown = null;

  constructor(
    private timeoutMs: number,
    private onIdle: () => void,
    private timers: Timers = realTimers,
  ) {}

  /** Starts or restarts the countdown. */
  poke = (): void => {
    if (this.handle !== null) this.timers.clear(this.handle);
    this.handle = this.timers.set(() => {
      this.handle = null;
      this.onIdle();
    }, this.timeoutMs);
  };

  stop(): void {
    if (this.handle !== null) this.timers.clear(this.handle);
    this.handle = null;
  }

  get running(): boolean {
    return this.handle !== null;
  }

  /** Restarts the countdown on any activity in `target`; returns the function that detaches. */
  watch(target: EventTarget): () => void {
    for (const ev of ACTIVITY_EVENTS) target.addEventListener(ev, this.poke, { passive: true });
    this.poke();
    return () => {
      for (const ev of ACTIVITY_EVENTS) target.removeEventListener(ev, this.poke);
      this.stop();
    };
  }
}
