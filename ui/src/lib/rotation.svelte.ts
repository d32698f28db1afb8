// The signs' rotation, shared by the home screen's card and the resting screen: one notice at a
// time, the next every `seconds` unless paused, from the first again when the set of notices
// changes (closing time, opening time). The screen fetches its notices every 30 s as a new
// array: the same notices keep their place and their timer. Create it while a component
// initialises: its timers live and die with the component.

export class Rotation {
  index = $state(0);
  paused = $state(false);
  #count: () => number;

  constructor(items: () => { id: string }[], seconds: () => number) {
    const ids = $derived(
      items()
        .map((i) => i.id)
        .join("\n"),
    );
    const count = $derived(items().length);
    const interval = $derived(seconds() * 1000);
    this.#count = () => count;
    $effect(() => {
      const n = count;
      if (this.paused || n < 2) return;
      const timer = setInterval(() => (this.index = (this.index + 1) % n), interval);
      return () => clearInterval(timer);
    });
    $effect(() => {
      void ids;
      this.index = 0;
    });
  }

  /** Moves by `by` notices (a person chose it, so the rotation pauses). */
  step(by: number) {
    const n = this.#count();
    if (!n) return;
    this.paused = true;
    this.index = (this.index + by + n) % n;
  }
}
