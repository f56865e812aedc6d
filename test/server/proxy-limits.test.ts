import { createServer as createTcpServer, type Server, type Socket } from 'node:net'
import type { ServerResponse } from 'node:http'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../e2e/processes'
import { onPath, startFakeUpstream, type FakeUpstream } from './fake-upstream'
import { startServer, type RunningServer } from './server-process'

const KEY = 'aura_pk_live_limits_0123456789SECRET'
const MB = 1024 * 1024
const ID = '7f3c2a10-1111-4222-8333-444455556666'

let upstream: FakeUpstream
let server: RunningServer

beforeAll(async () => {
  upstream = await startFakeUpstream(KEY)
  server = await startServer({
    env: {
      AURA_API_KEY: KEY,
      AURA_API_URL: upstream.url,
      CACHE_TTL_SECONDS: '0',
      UPSTREAM_RATE_LIMIT: '100000',
      UPSTREAM_HEADERS_TIMEOUT_MS: '1500',
      UPSTREAM_BODY_TIMEOUT_MS: '1500',
    },
  })
})

afterEach(() => upstream.reset())

afterAll(async () => {
  await server?.stop()
  await upstream?.close()
})

/** Streams `{"success":true,"data":"aaaa…` without end, minding backpressure, until the reader goes away. */
async function streamEndlessJson(res: ServerResponse, sent: { bytes: number }, limitBytes: number) {
  res.writeHead(200, { 'content-type': 'application/json' })
  const chunk = Buffer.alloc(MB, 'a')
  res.write('{"success":true,"data":"')
  while (sent.bytes < limitBytes && !res.destroyed) {
    sent.bytes += chunk.length
    if (!res.write(chunk)) await drainedOrClosed(res)
  }
  res.end('"}')
}

function drainedOrClosed(res: ServerResponse) {
  return new Promise<void>((resolve) => {
    const done = () => {
      res.off('drain', done)
      res.off('close', done)
      resolve()
    }
    res.on('drain', done)
    res.on('close', done)
  })
}

describe('bodies', () => {
  it('refuses a 512 MB answer past the 20 MB cap with a 502, stops reading it, and stays small', async () => {
    const before = await server.peakMemoryMb()
    const sent = { bytes: 0 }
    upstream.use(onPath(`/v1/calls/${ID}`, (_req, res) => streamEndlessJson(res, sent, 512 * MB)))
    const response = await fetch(`${server.url}/api/v1/calls/${ID}`)
    expect(response.status).toBe(502)
    expect(await response.json()).toMatchObject({ success: false, code: 'UPSTREAM_TOO_LARGE' })
    await sleep(200)
    expect(sent.bytes).toBeLessThan(64 * MB)
    expect(upstream.openRequests()).toBe(0)
    const after = await server.peakMemoryMb()
    expect(after - before).toBeLessThan(100)
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
  })

  it('refuses an answer that declares more than the cap without reading it', async () => {
    upstream.use(
      onPath(`/v1/calls/${ID}`, (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(512 * MB) })
        res.write('{"success":true,')
      }),
    )
    const response = await fetch(`${server.url}/api/v1/calls/${ID}`)
    expect(response.status).toBe(502)
    expect(await response.json()).toMatchObject({ code: 'UPSTREAM_TOO_LARGE' })
  })

  it('passes a large answer under the cap whole', async () => {
    const text = 'x'.repeat(15 * MB)
    upstream.use(onPath(`/v1/calls/${ID}`, (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ success: true, data: { id: ID, notes: text } }))))
    const response = await fetch(`${server.url}/api/v1/calls/${ID}`)
    expect(response.status).toBe(200)
    expect(((await response.json()) as { data: { notes: string } }).data.notes).toHaveLength(text.length)
  })

  it('answers an envelope, not an empty reply, when the upstream dies mid-body', async () => {
    upstream.use(
      onPath(`/v1/calls/${ID}`, (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' })
        res.write('{"success":true,"data":{"id":"')
        setTimeout(() => res.socket?.destroy(), 50)
      }),
    )
    const response = await fetch(`${server.url}/api/v1/calls/${ID}`)
    expect(response.status).toBe(502)
    expect(await response.json()).toMatchObject({ success: false, code: 'UPSTREAM_CUT_OFF' })
  })
})

describe('timeouts', () => {
  it('gives up waiting for headers with a 504 envelope', async () => {
    upstream.use(onPath(`/v1/calls/${ID}`, () => undefined))
    const started = Date.now()
    const response = await fetch(`${server.url}/api/v1/calls/${ID}`)
    expect(response.status).toBe(504)
    expect(await response.json()).toMatchObject({ code: 'UPSTREAM_TIMEOUT' })
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('gives up on a body that stops coming with a 504 envelope', async () => {
    upstream.use(onPath(`/v1/calls/${ID}`, (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).write('{"success":')))
    const response = await fetch(`${server.url}/api/v1/calls/${ID}`)
    expect(response.status).toBe(504)
    expect(await response.json()).toMatchObject({ code: 'UPSTREAM_TIMEOUT' })
  })

  it('gives up on a connection that never completes, and says an unreachable upstream is unreachable', async () => {
    const silent = await listenSilently()
    const closedPort = await freePort()
    const base = { AURA_API_KEY: KEY, UPSTREAM_CONNECT_TIMEOUT_MS: '500' }
    const stalled = await startServer({ env: { ...base, AURA_API_URL: `https://127.0.0.1:${silent.port}` } })
    const refused = await startServer({ env: { ...base, AURA_API_URL: `http://127.0.0.1:${closedPort}` } })
    try {
      const timedOut = await fetch(`${stalled.url}/api/v1/calls/${ID}`)
      expect(timedOut.status).toBe(504)
      expect(await timedOut.json()).toMatchObject({ code: 'UPSTREAM_TIMEOUT' })
      const unreachable = await fetch(`${refused.url}/api/v1/calls/${ID}`)
      expect(unreachable.status).toBe(502)
      expect(await unreachable.json()).toMatchObject({ code: 'UPSTREAM_UNREACHABLE' })
    } finally {
      await Promise.all([stalled.stop(), refused.stop()])
      silent.close()
    }
  })
})

describe('a browser that goes away', () => {
  it('closes each upstream request as soon as its browser gives up: 200 aborted clients leave no socket open', async () => {
    upstream.use((req) => req.url?.startsWith('/v1/calls/') ?? false)
    const clients = Array.from({ length: 200 }, (_, index) => {
      const id = `7f3c2a10-1111-4222-8333-${String(index).padStart(12, '0')}`
      return fetch(`${server.url}/api/v1/calls/${id}`, { signal: AbortSignal.timeout(300) }).catch(() => 'aborted')
    })
    expect(await Promise.all(clients)).toEqual(Array(200).fill('aborted'))
    await waitFor(() => upstream.seen.length === 200)
    await waitFor(() => upstream.openRequests() === 0, 2_000)
    expect(upstream.openRequests()).toBe(0)
  })

  it('keeps a shared upstream request while any browser still waits for it, and closes it when the last leaves', async () => {
    upstream.use(onPath(`/v1/calls/${ID}`, () => undefined))
    const patient = new AbortController()
    const waiting = fetch(`${server.url}/api/v1/calls/${ID}`, { signal: patient.signal }).catch(() => 'aborted')
    const impatient = Array.from({ length: 9 }, () => fetch(`${server.url}/api/v1/calls/${ID}`, { signal: AbortSignal.timeout(300) }).catch(() => 'aborted'))
    await Promise.all(impatient)
    await sleep(300)
    expect(upstream.seen).toHaveLength(1)
    expect(upstream.openRequests()).toBe(1)
    patient.abort()
    await waiting
    await waitFor(() => upstream.openRequests() === 0, 2_000)
    expect(upstream.openRequests()).toBe(0)
  })
})

async function waitFor(condition: () => boolean, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs
  while (!condition() && Date.now() < deadline) await sleep(20)
}

/** Accepts TCP connections and never says a word: a TLS handshake there never completes. */
async function listenSilently() {
  const sockets = new Set<Socket>()
  const server: Server = createTcpServer((socket) => sockets.add(socket))
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    port,
    close() {
      for (const socket of sockets) socket.destroy()
      server.close()
    },
  }
}
