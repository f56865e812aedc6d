import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { openPage, region, useBrowser } from './browser'
import { visitEachPanel } from './visit-each-panel'

const demoUrl = inject('demoUrl')
const browser = useBrowser()

/** 10,000 characters without a space or a hyphen anywhere to break at. */
const UNBROKEN = 'Unbreakable'.repeat(910).slice(0, 10_000)
const KEPT = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2}))$/i

/** Every string in an API body made 10,000 characters long, except ids and dates, which the page needs to find and place things. */
function lengthen(value: unknown): unknown {
  if (typeof value === 'string') {
    if (KEPT.test(value)) return value
    if (/^https?:\/\//.test(value)) return `${value.replace(/\/$/, '')}/${UNBROKEN}`
    if (value.includes('@')) return `${UNBROKEN}@example.com`
    return UNBROKEN
  }
  if (Array.isArray(value)) return value.map(lengthen)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, key === 'id' ? inner : lengthen(inner)]))
  return value
}

async function serveLengthenedApi(page: Page) {
  await page.route('**/api/v1/**', async (route) => {
    const response = await route.fetch()
    const body = (await response.json()) as { success?: boolean; data?: unknown }
    const data = body.success ? lengthen(body.data) : body.data
    await route.fulfill({ response, json: { ...body, data } })
  })
}

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

describe('a 10,000-character string without a space, in every field', () => {
  it.each([320, 1440])('never widens the page at %i px', async (width) => {
    const { page, errors, close } = await openPage(browser(), 'about:blank', { width, height: 800 })
    await serveLengthenedApi(page)
    await page.goto(`${demoUrl}/calls/${DEMO_CALL_IDS.closed}`)
    await page.getByRole('heading', { level: 1, name: /^Call with Unbreakable/ }).waitFor()
    await visitEachPanel(page)
    await region(page, 'Notes').getByText(/^Unbreakable/).waitFor()
    await region(page, 'Form data').getByText(/^Unbreakable/).first().waitFor()
    await region(page, 'Action items').getByText(/^Unbreakable/).first().waitFor()
    await region(page, 'Transcript').getByText(/^Unbreakable/).first().waitFor()
    await region(page, 'People').getByText(/^Unbreakable/).first().waitFor()
    await page.getByRole('button', { name: 'Download' }).click()
    expect(await horizontalOverflow(page)).toBe(0)
    expect(errors).toEqual([])
    await close()
  })

  it('never widens the start page at 320 px', async () => {
    const { page, errors, close } = await openPage(browser(), 'about:blank', { width: 320, height: 800 })
    await serveLengthenedApi(page)
    await page.goto(demoUrl)
    await page.getByRole('region', { name: /recent calls/i }).getByRole('link').first().waitFor()
    expect(await horizontalOverflow(page)).toBe(0)
    expect(errors).toEqual([])
    await close()
  })
})
