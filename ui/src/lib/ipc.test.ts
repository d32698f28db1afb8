import { afterEach, describe, expect, it } from "vitest";
import { clearMocks, mockIPC } from "@tauri-apps/api/mocks";
import { IpcError, staffOverview, staffSignIn, toIpcError } from "./ipc";

afterEach(() => clearMocks());

describe("ipc", () => {
  it("sends the request under the argument name the Rust command takes", async () => {
    let seen: unknown = null;
    mockIPC((cmd, args) => {
      seen = { cmd, args };
      return { id: 1, name: "Ana" };
    });
    const who = await staffSignIn({ staff_id: 1, pin: "246810", code: "123456" });
    expect(who.name).toBe("Ana");
    expect(seen).toEqual({
      cmd: "staff_sign_in",
      args: { request: { staff_id: 1, pin: "246810", code: "123456" } },
    });
  });

  it("turns a refused command into an IpcError with its code and arguments", async () => {
    mockIPC(() => {
      throw { code: "sign-in-locked", args: { seconds: 30 } };
    });
    const error = await staffOverview().catch((e) => e);
    expect(error).toBeInstanceOf(IpcError);
    expect(error.code).toBe("sign-in-locked");
    expect(error.payload.args).toEqual({ seconds: 30 });
  });

  it("never shows a raw failure: anything else is `internal`", () => {
    expect(toIpcError("staff_overview not allowed").code).toBe("internal");
    expect(toIpcError(new Error("boom")).code).toBe("internal");
  });
});
