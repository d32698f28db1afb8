import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { flushSync } from "svelte";
import SignageCard from "./SignageCard.svelte";
import type { SignItem, SiteFacts } from "../lib/bindings/types";
import { setLanguage } from "../lib/locale.svelte";

const facts: SiteFacts = {
  site: "Nordhaus",
  address: "Hafenstraße 3",
  fire: "112",
  medical: "112",
  police: "110",
  security: "+49 30 555",
  assembly_point: "Car park B",
  first_aid: "Reception",
  aed: "",
  privacy_contact: "Reception",
  camera_retention_days: 7,
  exit_pictogram: "E001",
};

const item = (id: string): SignItem => ({
  id,
  priority: "info",
  schedule: "always",
  pictograms: [],
  message: null,
  title: { "en-US": `Notice ${id}` },
  body: {},
});

const strip = (s: string | null) => (s ?? "").replace(/[\u2066-\u2069]/g, "");
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
});
