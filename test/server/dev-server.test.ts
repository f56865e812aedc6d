import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { openPage, region, useBrowser } from '../e2e/browser'
import { sendRaw } from './raw-http'
import { startServer, type RunningServer } from './server-process'

let dev: RunningServer
const browser = useBrowser()

beforeAll(async () => {
  dev = await startServer({ role: 'dev' })
})

afterAll(async () => {
  await dev?.stop()
})

describe('npm run dev: the same server with Vite serving the source', () => {
  it('serves the page with hot reload at any app path, with the security headers but no CSP (hot reload injects inline scripts)', async () => {
    const response = await fetch(`${dev.url}/calls/${DEMO_CALL_IDS.closed}?t=12`, { headers: { Accept: 'text/html', Origin: 'http://localhost:3000' } })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('/@vite/client')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(response.headers.get('content-security-policy')).toBeNull()
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('transforms the source for the browser', async () => {
    const response = await fetch(`${dev.url}/src/main.tsx`, { headers: { Origin: 'http://localhost:3000' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/javascript/)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('answers /api from the demo data through the same route checks as production', async () => {
    const call = await fetch(`${dev.url}/api/v1/calls/${DEMO_CALL_IDS.closed}`, { headers: { Origin: 'http://localhost:3000' } })
    expect(call.status).toBe(200)
    expect(call.headers.get('access-control-allow-origin')).toBeNull()
    expect(await call.json()).toMatchObject({ success: true, data: { id: DEMO_CALL_IDS.closed } })
    const traversal = await sendRaw(dev.url, 'GET /api/../admin HTTP/1.1')
    expect(traversal.status).toBe(404)
    expect(JSON.parse(traversal.body)).toMatchObject({ code: 'NOT_FOUND' })
    expect((await sendRaw(dev.url, 'GET /foo%ZZ.html HTTP/1.1')).status).toBe(400)
    expect((await fetch(`${dev.url}/healthz`)).status).toBe(200)
  })

  it('renders the AI summary in the browser, its Markdown parsed in a worker without a DOM, with no error on the page', async () => {
    const { page, errors } = await openPage(browser(), `${dev.url}/calls/${DEMO_CALL_IDS.closed}`)
    await region(page, 'AI summary').getByRole('listitem').first().waitFor()
    expect(await region(page, 'AI summary').locator('strong').count()).toBeGreaterThan(0)
    expect(errors.map((error) => error.message)).toEqual([])
  })

  it('prints where it listens and that it serves demo data', () => {
    expect(dev.logs.join('\n')).toMatch(/Aura call review: http:\/\/127\.0\.0\.1:\d+\/[\s\S]*demo data/)
  })
})
