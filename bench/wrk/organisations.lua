-- wrk script for ./eid bench: each request goes to a random one of the bench organisations, signed
-- in as that organisation's viewer (a figure page answers only its own organisation's members).
-- Usage: wrk ... -s organisations.lua URL -- PATH_TEMPLATE COOKIES.tsv
--   PATH_TEMPLATE: e.g. /api/organisations/%s/metrics ; COOKIES.tsv: code<TAB>Cookie header per line.
-- done() prints key=value lines, including how many answers were not 200 (wrk counts a 302 to the
-- sign-in page as a success, so a lost session would otherwise go unnoticed).

local template, entries = "/api/organisations/%s/metrics", {}
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  template = args[1] or template
  for line in io.lines(args[2]) do
    local code, cookie = line:match("^(%S+)\t(.+)$")
    if code then entries[#entries + 1] = { code, cookie } end
  end
  math.randomseed(1000 + id)
  not_ok = 0
end

function request()
  local entry = entries[math.random(#entries)]
  return wrk.format("GET", string.format(template, entry[1]), { Cookie = entry[2] })
end

function response(status)
  if status ~= 200 then not_ok = not_ok + 1 end
end

function done(summary, latency, requests)
  local failures = 0
  for _, thread in ipairs(threads) do failures = failures + thread:get("not_ok") end
  local seconds = summary.duration / 1e6
  io.write(string.format("requests=%d\nrps=%.0f\np50_ms=%.1f\np95_ms=%.1f\np99_ms=%.1f\nmax_ms=%.1f\nnot_200=%d\nsocket_errors=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    failures, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
