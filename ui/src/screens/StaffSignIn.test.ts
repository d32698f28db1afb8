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
    mockIPC(() => {
      throw { code: "sign-in-failed", args: { remaining: 3 } };
    });
    render(StaffSignIn, { onSignedIn: vi.fn() });
    const pin = screen.getByLabelText("PIN") as HTMLInputElement;
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
    mockIPC(() => ({ id: 7, name: "Ana" }));
    const onSignedIn = vi.fn();
    render(StaffSignIn, { onSignedIn });
    await fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith({ id: 7, name: "Ana" }));
  });

  it("speaks the visitor's language, including the error", async () => {
    setLanguage("de");
    mockIPC(() => {
      throw { code: "sign-in-locked", args: { seconds: 30 } };
    });
    render(StaffSignIn, { onSignedIn: vi.fn() });
    expect(document.documentElement.lang).toBe("de");
    await fireEvent.click(screen.getByRole("button", { name: "Anmelden" }));
    const alert = await screen.findByRole("alert");
    await vi.waitFor(() => expect(strip(alert.textContent)).toContain("30"));
  });
});
