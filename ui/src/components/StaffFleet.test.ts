import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen } from "@testing-library/svelte";
import type { FleetStatus } from "../lib/bindings/types";

const status = vi.hoisted(() => ({ current: null as FleetStatus | null }));
vi.mock("../lib/ipc", async (original) => ({
  ...(await original<typeof import("../lib/ipc")>()),
  staffFleetStatus: () => Promise.resolve(status.current),
}));

import StaffFleet from "./StaffFleet.svelte";

const down: FleetStatus = {
  active: true,
  site: "hq",
  tablet: "lobby-1",
  server: "tls://nats.hq.lan:4222",
  connected: false,
  connectedAt: null,
  waiting: 3,
  oldestWaitingAt: "2026-11-27T09:00:00.000Z",
  lastAckAt: null,
  error: "unreachable",
  tablets: [],
  flags: [],
  siteConfig: null,
};

const props = { timeZone: "Europe/Berlin", onSessionEnded: () => {} };
const plain = (s: string | null | undefined) => (s ?? "").replace(/[\u2068\u2069]/g, "").trim();

afterEach(cleanup);

describe("StaffFleet", () => {
  it("says the server cannot be reached, what waits and why", async () => {
    status.current = down;
    render(StaffFleet, props);
    expect(await screen.findByRole("heading", { name: "Fleet" })).toBeInTheDocument();
    expect(plain(screen.getByText(/Not connected/).textContent)).toBe(
      "Not connected to the site server",
    );
    expect(plain(screen.getByText(/Changes waiting/).textContent)).toBe(
      "Changes waiting to be sent: 3",
    );
    expect(plain(screen.getByRole("alert").textContent)).toBe(
      "Last problem: the server cannot be reached",
    );
    expect(screen.getByText(/Nothing received by the server yet/)).toBeInTheDocument();
  });

  it("lists the site's tablets, this one first, and the hub's flags", async () => {
    status.current = {
      ...down,
      connected: true,
      error: null,
      tablets: [
        {
          tablet: "lobby-1",
          thisTablet: true,
          connected: true,
          lastContact: null,
          waiting: 0,
        },
        {
          tablet: "lobby-2",
          thisTablet: false,
          connected: false,
          lastContact: "2026-11-27T09:00:00.000Z",
          waiting: 4,
        },
      ],
      siteConfig: {
        pushedAt: "2026-11-27T08:00:00.000Z",
        writtenAt: "2026-11-27T08:00:01.000Z",
        error: null,
      },
      flags: [
        {
          problem: "badge-conflict",
          detail: "M-1 (lobby-1) and M-2 (lobby-2), card …A1B2",
          flaggedAt: "2026-11-27T09:30:00.000Z",
        },
      ],
    };
    render(StaffFleet, props);
    const list = await screen.findByTestId("fleet-tablets");
    const rows = [...list.querySelectorAll("li")].map((li) => plain(li.textContent));
    expect(rows[0]).toMatch(/^lobby-1 \(this tablet\)\s*· connected/);
    expect(rows[1]).toMatch(/^lobby-2\s*· not heard from\s*· last contact .*10:00.*· 4 waiting$/s);
    expect(plain(screen.getByTestId("fleet-site-config").textContent)).toMatch(
      /^Site configuration from the hub, pushed .*9:00.*: saved, used from the kiosk's next start$/s,
    );
    expect(plain(screen.getByTestId("fleet-flag").textContent)).toMatch(
      /^One card was given to two members: M-1 \(lobby-1\) and M-2 \(lobby-2\), card …A1B2/,
    );
  });

  it("shows nothing on a tablet on its own", async () => {
    status.current = null;
    render(StaffFleet, props);
    await Promise.resolve();
    await Promise.resolve();
    expect(screen.queryByRole("heading")).toBeNull();
  });
});
