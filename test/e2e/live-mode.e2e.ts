import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Request } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { closedCallFacts } from '../demo-facts'
import { PANEL_NAMES } from '../panel-names'
import { openPage, region, useBrowser } from './browser'

const liveUrl = inject('liveUrl')
const apiKey = inject('apiKey')
const distDir = inject('distDir')

const browser = useBrowser()

describe('live mode: the server proxies to the upstream with its key', () => {
  it('opens a call with the data the upstream holds, and no demo notice', async () => {
    const { page, errors, close } = await openPage(browser(), `${liveUrl}/calls/${DEMO_CALL_IDS.closed}`)
    await page.getByRole('heading', { level: 1, name: `Call with ${closedCallFacts.leadName}` }).waitFor()
    for (const name of PANEL_NAMES) {
      await region(page, name).waitFor()
      expect(await region(page, name).count(), name).toBe(1)
    }
    await region(page, 'Outcome').getByText(closedCallFacts.dealValue, { exact: true }).waitFor()
    await region(page, 'People').getByText(closedCallFacts.leadEmail).waitFor()
    expect(await region(page, 'Transcript').getByRole('listitem').count()).toBeGreaterThan(3)
    expect(await page.getByText(/Demo data/).count()).toBe(0)
    expect(errors).toEqual([])
    await close()
  })

  it('never exposes the key to the browser: not in requests, URLs or responses', async () => {
    const { page, close } = await openPage(browser(), 'about:blank')
    const seen: string[] = []
    const inspect = async (request: Request) => {
      seen.push(request.url(), JSON.stringify(await request.allHeaders()))
      const response = await request.response()
      if (response) seen.push(JSON.stringify(await response.allHeaders()), (await response.body().catch(() => '')).toString())
    }
    const pending: Promise<void>[] = []
    const record = (request: Request) => pending.push(inspect(request))
    page.on('requestfinished', record)
    await page.goto(`${liveUrl}/calls/${DEMO_CALL_IDS.closed}`)
    await page.getByRole('region', { name: 'People' }).getByText(closedCallFacts.leadName).first().waitFor()
    await page.waitForLoadState('networkidle')
    // Requests finishing after this point would be read from a closing page.
    page.off('requestfinished', record)
    await Promise.all(pending)
    expect(seen.length).toBeGreaterThan(5)
    expect(seen.join('\n')).not.toContain(apiKey)
    expect(seen.join('\n')).not.toContain('Bearer')
    await close()
  })

  it('builds a dist/ that contains no trace of the key', async () => {
    const files = await readdir(distDir, { recursive: true, withFileTypes: true })
    const texts = await Promise.all(
      files.filter((file) => file.isFile()).map((file) => readFile(join(file.parentPath, file.name), 'latin1')),
    )
    expect(texts.length).toBeGreaterThan(2)
    for (const text of texts) expect(text).not.toContain(apiKey)
  })

  it('shows "not found" with the server’s request id and the upstream’s for an unknown call', async () => {
    const { page, close } = await openPage(browser(), `${liveUrl}/calls/${DEMO_CALL_IDS.missing}`)
    const alert = page.getByRole('alert')
    await alert.getByText(/not found/i).first().waitFor()
    const text = await alert.textContent()
    expect(text).toMatch(/Request ID: [0-9a-f-]{36}/)
    expect(text).toMatch(/Aura request ID: req_demo\w+/)
    await alert.getByRole('button', { name: 'Copy request IDs' }).waitFor()
    await close()
  })
})
