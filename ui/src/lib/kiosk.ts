// Kiosk behaviour the webview has no switch for: no context menu, no text selection outside
// input fields, no drag-and-drop of the page's images or links, no pinch or key zoom.

export function hardenKiosk(doc: Document): void {
  doc.addEventListener("contextmenu", (e) => e.preventDefault());
  doc.addEventListener("selectstart", (e) => {
    if (!isEditable(e.target)) e.preventDefault();
  });
  doc.addEventListener("dragstart", (e) => e.preventDefault());
  doc.addEventListener(
    "wheel",
    (e) => {
      if (e.ctrlKey) e.preventDefault();
    },
    { passive: false },
  );
  doc.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && ["+", "-", "=", "0", "p", "s", "o"].includes(e.key)) {
      e.preventDefault();
    }
  });
}

export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest("input, textarea, [contenteditable='true']") !== null;
}
