import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import PolicySign from "./PolicySign.svelte";
import { setLanguage } from "../lib/locale.svelte";

afterEach(() => {
  cleanup();
  clearMocks();
  setLanguage("en-US");
});

const DOC = {
  policy: "code-of-conduct",
  version: 3,
  lang: "en-US",
  fallback: true,
  title: "Code of Conduct",
  html: "<h2>Respect</h2><p>Be kind.</p>",
  text_hash: "ab".repeat(32),
};

/** jsdom does no layout: give the text box the sizes a real screen would. */
function layOut(box: HTMLElement, scrollHeight: number, clientHeight: number) {
  Object.defineProperty(box, "scrollHeight", { configurable: true, value: scrollHeight });
  Object.defineProperty(box, "clientHeight", { configurable: true, value: clientHeight });
}

describe("PolicySign", () => {
  it("waits for the end of the text, then sends what was read and drawn", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      return DOC;
    });
    const onSigned = vi.fn();
    render(PolicySign, {
      policy: "code-of-conduct",
      signerName: "Zoë Martin",
      onSigned,
      onAbsent: vi.fn(),
      onDeclined: vi.fn(),
    });
    const box = await screen.findByRole("document", { name: "Code of Conduct" });
    // The reader's language has no text: the notice says so.
    expect(screen.getByRole("note").textContent).toContain("not available in your language");
    layOut(box, 2000, 400);
    await fireEvent.scroll(box);
    const next = screen.getByRole("button", { name: "Continue to sign" }) as HTMLButtonElement;
    expect(next.disabled).toBe(true);
    box.scrollTop = 1600;
    await fireEvent.scroll(box);
    expect(next.disabled).toBe(false);
    await fireEvent.click(next);

    const agree = screen.getByRole("button", { name: "I agree" }) as HTMLButtonElement;
    expect(agree.disabled).toBe(true);
    expect((screen.getByLabelText("Your name") as HTMLInputElement).value).toBe("Zoë Martin");
    const pad = screen
      .getByRole("application", { name: "Signature: sign with your finger" })
      .querySelector("canvas") as HTMLCanvasElement;
    pad.getBoundingClientRect = () => ({ left: 0, top: 0, width: 600, height: 280 }) as DOMRect;
    await fireEvent.pointerDown(pad, { clientX: 100, clientY: 100, pointerId: 1, button: 0 });
    await fireEvent.pointerMove(pad, { clientX: 300, clientY: 150, pointerId: 1 });
    await fireEvent.pointerUp(pad, { clientX: 300, clientY: 150, pointerId: 1 });
    expect(agree.disabled).toBe(false);
    await fireEvent.click(agree);
    expect(onSigned).toHaveBeenCalledTimes(1);
    const signed = onSigned.mock.calls[0][0];
    expect(signed).toMatchObject({
      policy: "code-of-conduct",
      version: 3,
      lang: "en-US",
      text_hash: DOC.text_hash,
      signer_name: "Zoë Martin",
    });
    expect(signed.signature.strokes).toHaveLength(1);
    expect(calls).toEqual(["policy_document"]);
  });

  it("declining is recorded and ends politely", async () => {
    const calls: Array<[string, unknown]> = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return cmd === "policy_document" ? DOC : null;
    });
    const onDeclined = vi.fn();
    render(PolicySign, {
      policy: "code-of-conduct",
      visitKind: "guest",
      onSigned: vi.fn(),
      onAbsent: vi.fn(),
      onDeclined,
    });
    // It asks first: "Go back" records nothing.
    await fireEvent.click(await screen.findByRole("button", { name: "I do not agree" }));
    await fireEvent.click(screen.getByRole("button", { name: "Go back" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(calls.map(([c]) => c)).not.toContain("policy_decline");
    await fireEvent.click(screen.getByRole("button", { name: "I do not agree" }));
    await fireEvent.click(screen.getByRole("button", { name: "Yes, I do not agree" }));
    await screen.findByRole("heading", { name: "Thank you for your time" });
    expect(calls[1]).toEqual([
      "policy_decline",
      { policy: "code-of-conduct", version: 3, visitKind: "guest" },
    ]);
    await fireEvent.click(screen.getByRole("button", { name: "Done" }));
    expect(onDeclined).toHaveBeenCalled();
  });

  it("an unpublished policy is skipped", async () => {
    mockIPC(() => null);
    const onAbsent = vi.fn();
    render(PolicySign, { policy: "house-rules", onSigned: vi.fn(), onAbsent, onDeclined: vi.fn() });
    await vi.waitFor(() => expect(onAbsent).toHaveBeenCalled());
  });
});
