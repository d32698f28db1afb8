// Badge taps, as the screens see them: App.svelte asks Rust for each tap in turn and puts the
// card read for enrollment here, where the staff badge card picks it up.
import type { CardRead } from "./bindings/types";

export const inbox = $state<{ card: CardRead | null; staffBadge: boolean; typed: boolean }>({
  card: null,
  staffBadge: false,
  // A number typed on a keyboard while staff wait for a card: refused, and said so.
  typed: false,
});
