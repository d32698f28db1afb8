#!/usr/bin/env python3
# Starts the installed /usr/bin/lobby N times under the current DISPLAY and reports the time
# from spawning it to the home screen's ready file (LOBBY_READY_FILE), as lobby-bench does.
import os, subprocess, sys, tempfile, time, statistics
runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
scratch = tempfile.mkdtemp()
data = os.path.join(scratch, "data")
subprocess.run(["/usr/bin/lobby", "--data-dir", data, "demo", "seed"], check=True, capture_output=True)
times = []
for i in range(runs + 1):
    ready = os.path.join(scratch, "ready")
    if os.path.exists(ready):
        os.remove(ready)
    env = dict(os.environ, LOBBY_READY_FILE=ready, XDG_DATA_HOME=scratch + "/x1", XDG_CACHE_HOME=scratch + "/x2", XDG_CONFIG_HOME=scratch + "/x3")
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    t0 = time.monotonic()
    p = subprocess.Popen(["/usr/bin/lobby", "--data-dir", data], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not os.path.exists(ready):
        if time.monotonic() - t0 > 60:
            sys.exit("never ready")
        time.sleep(0.002)
    t = (time.monotonic() - t0) * 1000
    p.kill(); p.wait(); time.sleep(0.5)
    if i > 0:  # the first run warms the page cache
        times.append(t)
print(f"installed /usr/bin/lobby, {runs} runs: median {statistics.median(times):.0f} ms, min {min(times):.0f} ms, max {max(times):.0f} ms")
