import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/svelte";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import StaffSignIn from "./StaffSignIn.svelte";
import { setLanguage } from "../lib/locale.svelte";

afterEach(() => {
  cleanup();
  clearMocks();
  setLanguage("en-US");
});

const strip = (s: string | null) => (s ?? "").replace(/[\u2066-\u2069]/g, "");

describe("StaffSignIn", () => {
  it("shows the translated error for the code Rust sends and clears both fields", async () => {
    mockIPC((cmd) => {
      if (cmd === "staff_roster") return [{ id: 7, name: "Ana" }];
      throw { code: "sign-in-failed", args: { remaining: 3 } };
    });
    render(StaffSignIn, { onSignedIn: vi.fn() });
    const pin = (await screen.findByLabelText("PIN")) as HTMLInputElement;
    const code = screen.getByLabelText("Authenticator code") as HTMLInputElement;
    await fireEvent.input(pin, { target: { value: "111111" } });
    await fireEvent.input(code, { target: { value: "222222" } });
    await fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    const alert = await screen.findByRole("alert");
    await vi.waitFor(() => expect(strip(alert.textContent)).toContain("3 tries left"));
    expect(pin.value).toBe("");
    expect(code.value).toBe("");
  });

  it("hands the identity on when Rust accepts", async () => {
    mockIPC((cmd) => (cmd === "staff_roster" ? [{ id: 7, name: "Ana" }] : { id: 7, name: "Ana" }));
    const onSignedIn = vi.fn();
    render(StaffSignIn, { onSignedIn });
    await fireEvent.click(await screen.findByRole("button", { name: "Sign in" }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith({ id: 7, name: "Ana" }));
  });

  it("speaks the visitor's language, including the error", async () => {
    setLanguage("de");
    mockIPC((cmd) => {
      if (cmd === "staff_roster") return [{ id: 7, name: "Ana" }];
      throw { code: "sign-in-locked", args: { seconds: 30 } };
    });
    render(StaffSignIn, { onSignedIn: vi.fn() });
    expect(document.documentElement.lang).toBe("de");
    await fireEvent.click(await screen.findByRole("button", { name: "Anmelden" }));
    const alert = await screen.findByRole("alert");
    await vi.waitFor(() => expect(strip(alert.textContent)).toContain("30"));
  });

  it("asks who is signing in first, and sends that staff member's id with the PIN", async () => {
    const sent: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "staff_roster")
        return [
          { id: 3, name: "Bo" },
          { id: 7, name: "Ana" },
        ];
      sent.push(args);
      throw { code: "sign-in-failed", args: { remaining: 4 } };
    });
    render(StaffSignIn, { onSignedIn: vi.fn() });
    await screen.findByRole("heading", { name: "Who are you?" });
    expect(screen.queryByLabelText("PIN")).toBeNull();
    await fireEvent.click(screen.getByRole("button", { name: "Ana" }));
    const pin = screen.getByLabelText("PIN") as HTMLInputElement;
    await fireEvent.input(pin, { target: { value: "111111" } });
    await fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    await screen.findByRole("alert");
    expect(sent).toEqual([{ request: { staff_id: 7, pin: "111111", code: "" } }]);
    // Someone else: back to the names, nothing typed kept.
    await fireEvent.click(screen.getByRole("button", { name: "Someone else" }));
    await fireEvent.click(await screen.findByRole("button", { name: "Bo" }));
    expect((screen.getByLabelText("PIN") as HTMLInputElement).value).toBe("");
  });
});
