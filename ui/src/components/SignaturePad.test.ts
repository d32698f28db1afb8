import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, createEvent, fireEvent, render, screen } from "@testing-library/svelte";
import Harness from "./SignaturePad.harness.svelte";
import type { Signature } from "./SignaturePad.svelte";

// The pad sits at (100, 50) on the page and is 600 × 280 CSS px.
const BOX = { left: 100, top: 50, width: 600, height: 280 };
const LABEL = "Sign here with your finger";

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, "getBoundingClientRect").mockImplementation(
    () =>
      ({
        ...BOX,
        x: BOX.left,
        y: BOX.top,
        right: BOX.left + BOX.width,
        bottom: BOX.top + BOX.height,
        toJSON: () => ({}),
      }) as DOMRect,
  );
  // jsdom has no 2D context (and logs "not implemented" if asked): the pad must cope.
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function setup(props: { hint?: string; describedBy?: string; initial?: Signature } = {}) {
  let latest: Signature | undefined;
  render(Harness, { ...props, onvalue: (v: Signature | undefined) => (latest = v) });
  const pad = screen.getByRole("application", { name: LABEL });
  const canvas = pad.querySelector("canvas")!;
  return { pad, canvas, value: () => latest };
}

/** Draws a stroke through page coordinates, as a finger, pen or WebDriver mouse would. */
async function draw(canvas: HTMLElement, points: [number, number][], pointerId = 1) {
  const [first, ...rest] = points;
  await fireEvent.pointerDown(canvas, { clientX: first[0], clientY: first[1], pointerId });
  for (const [x, y] of rest) {
    await fireEvent.pointerMove(canvas, { clientX: x, clientY: y, pointerId, buttons: 1 });
  }
  const [x, y] = points[points.length - 1];
  await fireEvent.pointerUp(canvas, { clientX: x, clientY: y, pointerId });
}

describe("SignaturePad", () => {
  it("is a named group with a named drawing surface and two named buttons", () => {
    const { pad, canvas } = setup();
    expect(screen.getByRole("group", { name: LABEL })).toContainElement(pad);
    expect(pad).toContainElement(canvas);
    expect(pad).toHaveAttribute("tabindex", "-1");
    expect(pad).not.toHaveAttribute("aria-invalid");
    expect(pad).not.toHaveAttribute("aria-describedby");
    expect(screen.getByRole("button", { name: "Undo" })).toHaveAttribute("type", "button");
    expect(screen.getByRole("button", { name: "Clear" })).toHaveAttribute("type", "button");
  });

  it("starts empty with both buttons disabled", () => {
    const { value } = setup();
    expect(value()).toBeUndefined();
    expect(screen.getByRole("button", { name: "Undo" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Clear" })).toBeDisabled();
  });

  it("records each stroke in pad-relative CSS px with the pad's size", async () => {
    const { canvas, value } = setup();
    await draw(canvas, [
      [110, 60],
      [120.04, 70],
      [130, 75.56],
    ]);
    expect(value()).toEqual({
      width: 600,
      height: 280,
      strokes: [
        [
          [10, 10],
          [20, 20],
          [30, 25.6],
        ],
      ],
    });
    await draw(canvas, [
      [400, 200],
      [450, 210],
    ]);
    expect(value()?.strokes).toEqual([
      [
        [10, 10],
        [20, 20],
        [30, 25.6],
      ],
      [
        [300, 150],
        [350, 160],
      ],
    ]);
    expect(value()?.width).toBe(600);
    expect(value()?.height).toBe(280);
    expect(screen.getByRole("button", { name: "Undo" })).toBeEnabled();
    expect(screen.getByRole("button", { name: "Clear" })).toBeEnabled();
  });

  it("skips a point closer than 1 px to the previous one", async () => {
    const { canvas, value } = setup();
    await draw(canvas, [
      [110, 60],
      [110.5, 60.5],
      [112, 60],
      [112.9, 60],
    ]);
    expect(value()?.strokes).toEqual([
      [
        [10, 10],
        [12, 10],
      ],
    ]);
  });

  it("keeps a single tap as a one-point stroke", async () => {
    const { canvas, value } = setup();
    await draw(canvas, [[300, 150]]);
    expect(value()?.strokes).toEqual([[[200, 100]]]);
  });

  it("keeps points on the pad when the pointer wanders off it", async () => {
    const { canvas, value } = setup();
    await draw(canvas, [
      [690, 300],
      [800, 400],
    ]);
    expect(value()?.strokes).toEqual([
      [
        [590, 250],
        [600, 280],
      ],
    ]);
  });

  it("Undo removes the last stroke and Clear removes all", async () => {
    const { canvas, value } = setup();
    await draw(canvas, [
      [110, 60],
      [120, 60],
    ]);
    await draw(canvas, [
      [210, 60],
      [220, 60],
    ]);
    await draw(canvas, [
      [310, 60],
      [320, 60],
    ]);
    const undo = screen.getByRole("button", { name: "Undo" });
    const clear = screen.getByRole("button", { name: "Clear" });

    await fireEvent.click(undo);
    expect(value()?.strokes).toEqual([
      [
        [10, 10],
        [20, 10],
      ],
      [
        [110, 10],
        [120, 10],
      ],
    ]);

    await fireEvent.click(clear);
    expect(value()?.strokes).toEqual([]);
    expect(undo).toBeDisabled();
    expect(clear).toBeDisabled();

    await draw(canvas, [[110, 60]]);
    await fireEvent.click(undo);
    expect(value()?.strokes).toEqual([]);
    expect(undo).toBeDisabled();
  });

  it("follows the parent replacing the value", async () => {
    const { canvas, value } = setup();
    await draw(canvas, [
      [110, 60],
      [120, 60],
    ]);
    await fireEvent.click(screen.getByRole("button", { name: "Parent reset" }));
    expect(value()?.strokes).toEqual([]);
    expect(screen.getByRole("button", { name: "Undo" })).toBeDisabled();
    await draw(canvas, [[110, 60]]);
    expect(value()).toEqual({ width: 600, height: 280, strokes: [[[10, 10]]] });
  });

  it("appends to a signature it was given", async () => {
    const { canvas, value } = setup({
      initial: { width: 600, height: 280, strokes: [[[1, 2]]] },
    });
    expect(screen.getByRole("button", { name: "Undo" })).toBeEnabled();
    await draw(canvas, [[110, 60]]);
    expect(value()?.strokes).toEqual([[[1, 2]], [[10, 10]]]);
  });

  it("draws one stroke at a time: a second finger is ignored", async () => {
    const { canvas, value } = setup();
    await fireEvent.pointerDown(canvas, { clientX: 110, clientY: 60, pointerId: 1 });
    await fireEvent.pointerDown(canvas, { clientX: 500, clientY: 200, pointerId: 2 });
    await fireEvent.pointerMove(canvas, { clientX: 510, clientY: 200, pointerId: 2 });
    await fireEvent.pointerMove(canvas, { clientX: 120, clientY: 60, pointerId: 1 });
    await fireEvent.pointerUp(canvas, { clientX: 510, clientY: 200, pointerId: 2 });
    expect(value()).toBeUndefined();
    await fireEvent.pointerUp(canvas, { clientX: 120, clientY: 60, pointerId: 1 });
    expect(value()?.strokes).toEqual([
      [
        [10, 10],
        [20, 10],
      ],
    ]);
  });

  it("ends the stroke on pointercancel and on leaving the pad without capture", async () => {
    const { canvas, value } = setup();
    await fireEvent.pointerDown(canvas, { clientX: 110, clientY: 60, pointerId: 1 });
    await fireEvent.pointerMove(canvas, { clientX: 120, clientY: 60, pointerId: 1 });
    await fireEvent.pointerCancel(canvas, { pointerId: 1 });
    await fireEvent.pointerDown(canvas, { clientX: 210, clientY: 60, pointerId: 1 });
    await fireEvent.pointerLeave(canvas, { clientX: 800, clientY: 60, pointerId: 1 });
    expect(value()?.strokes).toEqual([
      [
        [10, 10],
        [20, 10],
      ],
      [[110, 10]],
    ]);
  });

  it("uses coalesced pointer events when the browser offers them", async () => {
    const { canvas, value } = setup();
    await fireEvent.pointerDown(canvas, { clientX: 110, clientY: 60, pointerId: 1 });
    const move = createEvent.pointerMove(canvas, { clientX: 140, clientY: 60, pointerId: 1 });
    const coalesced = [120, 130, 140].map(
      (clientX) => new PointerEvent("pointermove", { clientX, clientY: 60, pointerId: 1 }),
    );
    Object.defineProperty(move, "getCoalescedEvents", { value: () => coalesced });
    await fireEvent(canvas, move);
    await fireEvent.pointerUp(canvas, { clientX: 140, clientY: 60, pointerId: 1 });
    expect(value()?.strokes).toEqual([
      [
        [10, 10],
        [20, 10],
        [30, 10],
        [40, 10],
      ],
    ]);
  });

  it("shows the hint only while the pad is empty and not being drawn on", async () => {
    const { canvas } = setup({ hint: "Sign here" });
    expect(screen.getByText("Sign here")).toBeInTheDocument();
    await fireEvent.pointerDown(canvas, { clientX: 110, clientY: 60, pointerId: 1 });
    expect(screen.queryByText("Sign here")).toBeNull();
    await fireEvent.pointerUp(canvas, { clientX: 110, clientY: 60, pointerId: 1 });
    expect(screen.queryByText("Sign here")).toBeNull();
    await fireEvent.click(screen.getByRole("button", { name: "Clear" }));
    expect(screen.getByText("Sign here")).toBeInTheDocument();
  });

  it("points the surface at the error message and marks it invalid", () => {
    const { pad } = setup({ describedBy: "signature-error" });
    expect(pad).toHaveAttribute("aria-describedby", "signature-error");
    expect(pad).toHaveAttribute("aria-invalid", "true");
  });

  it("prevents the context menu on the pad", async () => {
    const { canvas } = setup();
    expect(await fireEvent.contextMenu(canvas)).toBe(false);
  });

  it("draws smooth ink in CSS px on a backing store scaled for the device pixel ratio", async () => {
    const calls: string[] = [];
    const ctx = new Proxy({} as Record<string | symbol, unknown>, {
      get: (target, key) =>
        key in target ? target[key] : (...args: unknown[]) => calls.push(`${String(key)}(${args})`),
      set: (target, key, v) => ((target[key] = v), true),
    });
    vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(
      ctx as unknown as CanvasRenderingContext2D,
    );
    vi.spyOn(window, "devicePixelRatio", "get").mockReturnValue(2);
    const { canvas } = setup();
    await draw(canvas, [
      [110, 60],
      [120, 70],
      [130, 60],
    ]);
    const el = canvas as HTMLCanvasElement;
    expect([el.width, el.height]).toEqual([1200, 560]);
    expect(calls).toContain("setTransform(2,0,0,2,0,0)");
    expect(calls).toContain("quadraticCurveTo(20,20,25,15)");
    expect(ctx.lineWidth).toBe(3);
    expect(ctx.lineCap).toBe("round");
    expect(ctx.lineJoin).toBe("round");
  });
});
