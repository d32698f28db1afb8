// The layout check of tests/e2e/layout.rs, run in the page (WebDriver executeAsync): once the
// screen has stopped moving, it returns what a person at the glass would see wrong:
// - text wider than its box, or cut off by a box that hides what overflows;
// - the page itself scrolling sideways;
// - two controls (or two blocks of text) on top of each other;
// - a primary action outside the viewport, or covered, with no scroll cue on screen.
const done = arguments[arguments.length - 1];

function check() {
  const problems = [];
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const label = (e) => {
    const text = (e.getAttribute("aria-label") || e.innerText || e.value || "")
      .replace(/[\u2068\u2069]/g, "")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 50);
    const cls = typeof e.className === "string" && e.className.trim() ? "." + e.className.trim().split(/\s+/).join(".") : "";
    return `<${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}${cls}> "${text}"`;
  };
  const shown = (e) => {
    const s = getComputedStyle(e);
    if (s.display === "none" || s.visibility === "hidden" || Number(s.opacity) === 0) return false;
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  // The part of `e` a person can see: inside the viewport and every box that clips it.
  const visible = (e) => {
    const r = e.getBoundingClientRect();
    let [l, t, rr, b] = [r.left, r.top, r.right, r.bottom];
    for (let p = e.parentElement; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.overflowX !== "visible" || s.overflowY !== "visible") {
        const q = p.getBoundingClientRect();
        [l, t, rr, b] = [Math.max(l, q.left), Math.max(t, q.top), Math.min(rr, q.right), Math.min(b, q.bottom)];
      }
    }
    [l, t, rr, b] = [Math.max(l, 0), Math.max(t, 0), Math.min(rr, vw), Math.min(b, vh)];
    return rr > l && b > t ? { l, t, r: rr, b } : null;
  };
  // The sticky or fixed layer an element is on (content scrolls under it by design).
  const layer = (e) => {
    for (let p = e; p; p = p.parentElement) {
      const position = getComputedStyle(p).position;
      if (position === "sticky" || position === "fixed") return p;
    }
    return null;
  };
  const all = [...document.body.querySelectorAll("*")].filter(
    (e) => !e.closest("[aria-hidden=true], [inert], svg, canvas, [data-layout-ignore]") && shown(e),
  );

  if (document.documentElement.scrollWidth > vw + 1) {
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
  }

  for (const e of all) {
    const s = getComputedStyle(e);
    if (s.display === "inline" || e.matches("input, textarea, select")) continue;
    const scrollsX = s.overflowX === "auto" || s.overflowX === "scroll";
    const scrollsY = s.overflowY === "auto" || s.overflowY === "scroll";
    if (!scrollsX && e.scrollWidth > e.clientWidth + 2) {
      problems.push(`text wider than its box (${e.scrollWidth} > ${e.clientWidth}): ${label(e)}`);
    }
    if (!scrollsY && s.overflowY !== "visible" && e.scrollHeight > e.clientHeight + 2) {
      problems.push(`text cut off (${e.scrollHeight} > ${e.clientHeight}): ${label(e)}`);
    }
  }

  // Controls, and blocks of text, on top of each other.
  const ownText = (e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
  const boxes = all
    .filter(
      (e) =>
        e.matches("button, input, select, textarea, a[href], [role=button]") ||
        (ownText(e) && getComputedStyle(e).display !== "inline" && !e.closest("button, a, label")),
    )
    .map((e) => ({ e, v: visible(e), layer: layer(e) }))
    .filter((x) => x.v);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.layer !== b.layer || a.e.contains(b.e) || b.e.contains(a.e)) continue;
      const w = Math.min(a.v.r, b.v.r) - Math.max(a.v.l, b.v.l);
      const h = Math.min(a.v.b, b.v.b) - Math.max(a.v.t, b.v.t);
      if (w > 2 && h > 2) problems.push(`overlap: ${label(a.e)} and ${label(b.e)}`);
    }
  }

  // The primary action: in the viewport and not covered, unless a scroll cue says more is below.
  const cue = all.some((e) => e.matches("[data-scroll-cue]"));
  for (const e of all.filter((e) => e.matches("button.primary"))) {
    const r = e.getBoundingClientRect();
    const v = visible(e);
    const whole = v && v.b - v.t >= r.height - 1 && v.r - v.l >= r.width - 1;
    const at = whole && document.elementFromPoint((v.l + v.r) / 2, (v.t + v.b) / 2);
    const reachable = at && (at === e || e.contains(at));
    if (!reachable && !cue) problems.push(`primary action out of reach: ${label(e)}`);
  }
  return problems;
}

// Wait for the screen to stop moving (a keyboard sliding away, a card fading in).
Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null))).then(() =>
  requestAnimationFrame(() => requestAnimationFrame(() => done(check()))),
);
