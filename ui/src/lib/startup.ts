/**
 * Where the start's time went, in the page: its own marks (`script` when the bundle's modules
 * have run, `settings`, `rendered`, `ready`), the navigation's (`html` fetched, `dom`
 * interactive) and WebKit's paint entries, in milliseconds since the page's time origin. Sent
 * with `home_ready`; Rust places them on the process's clock for `lobby-bench`.
 */
export function startMarks(perf: Performance = performance): Record<string, number> {
  const marks: Record<string, number> = {};
  for (const m of perf.getEntriesByType("mark")) marks[m.name] = m.startTime;
  const nav = perf.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  if (nav) {
    marks["html"] = nav.responseEnd;
    marks["dom"] = nav.domInteractive;
  }
  for (const p of perf.getEntriesByType("paint")) marks[p.name] = p.startTime;
  return marks;
}
