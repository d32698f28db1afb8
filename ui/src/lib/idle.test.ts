import { describe, expect, it, vi } from "vitest";
import { IdleTimer } from "./idle";

describe("IdleTimer", () => {
  it("fires once after the timeout without activity", () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    const timer = new IdleTimer(60_000, onIdle);
    const detach = timer.watch(document);
    vi.advanceTimersByTime(59_999);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(120_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    detach();
    vi.useRealTimers();
  });

  it("starts over on every touch or key", () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    const timer = new IdleTimer(10_000, onIdle);
    const detach = timer.watch(document);
    vi.advanceTimersByTime(9_000);
    document.dispatchEvent(new Event("pointerdown"));
    vi.advanceTimersByTime(9_000);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "1" }));
    vi.advanceTimersByTime(9_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onIdle).toHaveBeenCalledTimes(1);
    detach();
    vi.useRealTimers();
  });

  it("stops listening when detached", () => {
    vi.useFakeTimers();
    const onIdle = vi.fn();
    const timer = new IdleTimer(1_000, onIdle);
    const detach = timer.watch(document);
    detach();
    expect(timer.running).toBe(false);
    document.dispatchEvent(new Event("pointerdown"));
    vi.advanceTimersByTime(5_000);
    expect(onIdle).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
