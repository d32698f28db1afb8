import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { flushSync } from "svelte";
import SignageCard from "./SignageCard.svelte";
import { facts, siteNotice as item, strip } from "../lib/signage.fixtures";
import { setLanguage } from "../lib/locale.svelte";

const shown = () => strip(screen.getByRole("heading").textContent);

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  setLanguage("en-US");
});

describe("SignageCard", () => {
  it("rotates slowly, and a touch pauses it until resumed", async () => {
    render(SignageCard, {
      items: [item("a"), item("b"), item("c")],
      facts,
      languages: ["en-US"],
      rotateSeconds: 10,
    });
    expect(shown()).toBe("Notice a");
    vi.advanceTimersByTime(9_000);
    flushSync();
    expect(shown()).toBe("Notice a");
    vi.advanceTimersByTime(1_000);
    flushSync();
    expect(shown()).toBe("Notice b");

    await fireEvent.pointerDown(screen.getByRole("region"));
    const pause = screen.getByRole("button", { name: "Resume" });
    expect(pause).toHaveAttribute("aria-pressed", "true");
    vi.advanceTimersByTime(60_000);
    flushSync();
    expect(shown()).toBe("Notice b");

    await fireEvent.click(screen.getByRole("button", { name: "Next notice" }));
    expect(shown()).toBe("Notice c");
    await fireEvent.click(screen.getByRole("button", { name: "Next notice" }));
    expect(shown()).toBe("Notice a");

    await fireEvent.click(pause);
    vi.advanceTimersByTime(10_000);
    flushSync();
    expect(shown()).toBe("Notice b");
  });

  it("marks a site's notice with the language it is written in", () => {
    setLanguage("de");
    render(SignageCard, {
      items: [item("a")],
      facts,
      languages: ["en-US", "de"],
      rotateSeconds: 10,
    });
    expect(screen.getByRole("heading")).toHaveAttribute("lang", "en-US");
    expect(screen.getByRole("region")).toHaveAttribute("data-notice", "a");
  });

  it("keeps its place when the same notices arrive again, and restarts for new ones", async () => {
    const props = { facts, languages: ["en-US"], rotateSeconds: 10 };
    const { rerender } = render(SignageCard, {
      ...props,
      items: [item("a"), item("b"), item("c")],
    });
    vi.advanceTimersByTime(20_000);
    flushSync();
    expect(shown()).toBe("Notice c");
    // The screen refreshes its notices every 30 s, as a new array of the same notices.
    await rerender({ ...props, items: [item("a"), item("b"), item("c")] });
    expect(shown()).toBe("Notice c");
    vi.advanceTimersByTime(10_000);
    flushSync();
    expect(shown()).toBe("Notice a");
    await rerender({ ...props, items: [item("x"), item("a")] });
    expect(shown()).toBe("Notice x");
  });
});
