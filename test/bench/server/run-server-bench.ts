// `npm run bench:server`: the production server under load on 127.0.0.1, next to
// the upstream it fronts. Builds the server bundle, starts a fast stand-in for
// the Aura API and the server (`node dist-server/start.js`), drives both with
// autocannon, prints the table and writes it into the README between the
// server-bench markers.
import { readFile } from 'node:fs/promises'
import { cpus } from 'node:os'
import { setTimeout as sleep } from 'node:timers/promises'
import { DEMO_CALL_IDS, DEMO_LEAD_IDS, DEMO_PAYMENT_IDS, DEMO_PRODUCT_IDS, DEMO_TEAM_IDS } from '../../../src/mock-api/demo-data/demo-ids'
import { runCommand } from '../../e2e/processes'
import { createFixtureDist } from '../../server/fixture-dist'
import { startBenchUpstream } from './bench-upstream'
import { applyLoad, type LoadFigures } from './load'
import { startBuiltServer } from './built-server'
import { writeServerBenchResults } from './write-server-results'

const KEY = 'aura_pk_live_bench_0123456789abcdef'
const CALL = `/v1/calls/${DEMO_CALL_IDS.closed}`
/** What the closed demo call's page asks for when it opens: the call, then its lead, people, product and payment. */
const PAGE_OPEN = [
  CALL,
  `/v1/leads/${DEMO_LEAD_IDS.marcusBellamy}`,
  `/v1/team/${DEMO_TEAM_IDS.mayaOkafor}`,
  `/v1/team/${DEMO_TEAM_IDS.diegoRamirez}`,
  `/v1/products/${DEMO_PRODUCT_IDS.dispatch}`,
  `/v1/payments/${DEMO_PAYMENT_IDS.closed}`,
]
const DISTINCT_CALLS = Array.from({ length: 5_000 }, (_, index) => `/v1/calls/7f3c2a10-1111-4222-8333-${String(index).padStart(12, '0')}`)

await runCommand('npm', ['run', 'build:server'], {})
const dist = await createFixtureDist()
const upstream = await startBenchUpstream(KEY, CALL)
const auth = { authorization: `Bearer ${KEY}` }
const settings = { AURA_API_KEY: KEY, AURA_API_URL: upstream.url, UPSTREAM_RATE_LIMIT: '1000000', LOG_LEVEL: 'warn' }
const cached = await startBuiltServer(dist, { ...settings, CACHE_TTL_SECONDS: '30' })
const uncached = await startBuiltServer(dist, { ...settings, CACHE_TTL_SECONDS: '0' })
const api = (paths: string[]) => paths.map((path) => `/api${path}`)

try {
  const rows: { name: string; figures: LoadFigures }[] = []
  const measure = async (name: string, run: () => Promise<LoadFigures>) => {
    await run() // warm-up, not counted
    const figures = await run()
    rows.push({ name, figures })
    console.log(name, figures)
  }
  await measure('Upstream directly, one call', () => applyLoad({ url: upstream.url, paths: [CALL], headers: auth, durationSeconds: 5 }))
  await measure('Server, cache on, one call', () => applyLoad({ url: cached.url, paths: api([CALL]), durationSeconds: 5 }))
  await measure('Server, cache off, one call (coalesced)', () => applyLoad({ url: uncached.url, paths: api([CALL]), durationSeconds: 5 }))
  await measure('Upstream directly, distinct calls', () => applyLoad({ url: upstream.url, paths: DISTINCT_CALLS, headers: auth, durationSeconds: 5 }))
  await measure('Server, cache off, distinct calls', () => applyLoad({ url: uncached.url, paths: api(DISTINCT_CALLS), durationSeconds: 5 }))
  await measure('Server, cache on, call page with its first view', () => applyLoad({ url: cached.url, paths: [`/calls/${DEMO_CALL_IDS.closed}`], durationSeconds: 5 }))

  const opens = await countUpstreamPerOpens()
  const memory = await memoryOver100kRequests()
  const info = { date: new Date().toISOString(), cores: cpus().length, node: process.version }
  await writeServerBenchResults(info, rows, opens, memory)
} finally {
  await Promise.all([cached.stop(), uncached.stop(), upstream.close()])
}

/** 100 teammates open the closed call's page at once: how many requests reach the upstream, with and without the server. */
async function countUpstreamPerOpens() {
  const opens = (base: string, headers = {}) =>
    Promise.all(Array.from({ length: 100 }, () => Promise.all(PAGE_OPEN.map((path) => fetch(`${base}${path}`, { headers }).then((r) => r.arrayBuffer())))))
  // Let requests still in flight from the load before finish, so they are not counted here.
  await sleep(1_000)
  let before = upstream.requests()
  await opens(upstream.url, auth)
  const direct = upstream.requests() - before
  const fresh = await startBuiltServer(dist, { ...settings, CACHE_TTL_SECONDS: '30' })
  try {
    before = upstream.requests()
    await opens(`${fresh.url}/api`)
    return { direct, throughServer: upstream.requests() - before }
  } finally {
    await fresh.stop()
  }
}

/** The server's resident memory before and after 100,000 requests across every path a call page reads. */
async function memoryOver100kRequests() {
  const server = await startBuiltServer(dist, { ...settings, CACHE_TTL_SECONDS: '30' })
  try {
    await applyLoad({ url: server.url, paths: api(PAGE_OPEN), amount: 1_000 })
    await sleep(500)
    const before = await residentMb(server.pid)
    const figures = await applyLoad({ url: server.url, paths: api([...PAGE_OPEN, ...DISTINCT_CALLS.slice(0, 500)]), amount: 100_000 })
    await sleep(500)
    return { beforeMb: before, afterMb: await residentMb(server.pid), peakMb: await residentMb(server.pid, 'VmHWM'), failures: figures.failures }
  } finally {
    await server.stop()
  }
}

async function residentMb(pid: number, field = 'VmRSS') {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1]) / 1024
}
