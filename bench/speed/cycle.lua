-- cycle.lua: wrk script for bench/speed/run.  Each connection's requests
-- walk the query log's URLs in turn (wrk ... -s cycle.lua -- URLS_FILE), so
-- Zaalt and omega answer the same mix; at the end it prints one line of
-- key=value pairs (requests/s, latency percentiles in ms, socket errors and
-- answers other than 200).
-- Not for: checking the answers (tests/ do that).

local paths = {}
local counter = 0
local threads = {}
bad = 0   -- answers other than 200 OK, per thread (read back in done)

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local f = assert(io.open(args[1], "r"))
  for line in f:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  f:close()
  -- Threads start at different places so they do not ask in lockstep.
  counter = math.random(#paths) - 1
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  local not200 = 0
  for _, t in ipairs(threads) do not200 = not200 + t:get("bad") end
  io.write(string.format(
    "WRK rps=%.1f requests=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f errors=%d not200=%d\n",
    summary.requests / secs, summary.requests,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.timeout, not200))
end
