// The rate window of rate-window.ts, kept in Redis so that every replica spends
// one budget. Each script runs atomically, so two replicas can't both take the
// last slot.

/** KEYS: sends (sorted set), upstream (hash). ARGV: now, windowMs, limit, member. Returns 0 or ms to wait. */
export const TAKE_RATE_SLOT = `
local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local up = redis.call('HMGET', KEYS[2], 'limit', 'remaining', 'resetAt')
local upLimit, remaining, resetAt = tonumber(up[1]), tonumber(up[2]), tonumber(up[3])
local current = resetAt ~= nil and remaining ~= nil and now < resetAt
if current and remaining <= 0 then return resetAt - now end
if upLimit ~= nil and upLimit < limit then limit = upLimit end
local count = redis.call('ZCARD', KEYS[1])
if count >= limit then
  local entry = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
  return math.max(1, tonumber(entry[2]) + window - now)
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
if current then redis.call('HINCRBY', KEYS[2], 'remaining', -1) end
return 0
`

/** KEYS: upstream (hash). ARGV: limit (0 when unknown), remaining, resetAt, windowMs. */
export const REPORT_RATE = `
local limit, remaining, resetAt = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local known = redis.call('HMGET', KEYS[1], 'remaining', 'resetAt')
local knownRemaining, knownResetAt = tonumber(known[1]), tonumber(known[2])
if knownResetAt == resetAt and knownRemaining ~= nil and knownRemaining < remaining then remaining = knownRemaining end
redis.call('HSET', KEYS[1], 'remaining', remaining, 'resetAt', resetAt)
if limit > 0 then redis.call('HSET', KEYS[1], 'limit', limit) end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[4]) * 2)
return 1
`

/** KEYS: claim. ARGV: token. Deletes the claim only if it is still ours. */
export const RELEASE_CLAIM = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`
