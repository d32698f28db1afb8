import { describe, expect, it } from "vitest";
import { startMarks } from "./startup";

describe("startMarks", () => {
  it("names the page's marks, the navigation's and the paints, in ms since the origin", () => {
    const entries: Record<string, object[]> = {
      mark: [
        { name: "script", startTime: 120.5 },
        { name: "ready", startTime: 240 },
      ],
      navigation: [{ responseEnd: 30, domInteractive: 110 }],
      paint: [{ name: "first-contentful-paint", startTime: 210 }],
    };
    const perf = { getEntriesByType: (t: string) => entries[t] ?? [] } as unknown as Performance;
    expect(startMarks(perf)).toEqual({
      script: 120.5,
      ready: 240,
      html: 30,
      dom: 110,
      "first-contentful-paint": 210,
    });
  });

  it("leaves out what the engine does not report", () => {
    const perf = { getEntriesByType: () => [] } as unknown as Performance;
    expect(startMarks(perf)).toEqual({});
  });
});
