import { describe, expect, inject, it } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { demoCallIds } from '../demo-facts'
import { openPage, region, useBrowser } from './browser'

const liveUrl = inject('liveUrl')
const demoUrl = inject('demoUrl')

const browser = useBrowser()

describe('the start page lists recent calls from the API', () => {
  it('pages through the upstream’s calls in live mode', async () => {
    const { page, errors, close } = await openPage(browser(), liveUrl)
    const list = region(page, 'Recent calls')
    await list.getByRole('link').first().waitFor()
    expect(await list.getByRole('link').count()).toBe(5)
    expect(await page.getByText(/Demo data|Demo calls from/).count()).toBe(0)

    await list.getByRole('button', { name: 'Load more' }).click()
    await list.getByRole('link').nth(5).waitFor()
    expect(await list.getByRole('link').count()).toBe(demoCallIds.length)
    await list.getByRole('button', { name: 'Load more' }).waitFor({ state: 'detached' })
    expect(errors).toEqual([])
    await close()
  })

  it('narrows the list with the status filter', async () => {
    const { page, errors, close } = await openPage(browser(), liveUrl)
    const list = region(page, 'Recent calls')
    await list.getByRole('link').first().waitFor()

    await list.getByRole('combobox', { name: 'Status' }).selectOption('no_show')
    await page.waitForURL('**/?status=no_show')
    await expect.poll(() => list.getByRole('link').count()).toBe(2)
    const hrefs = await list.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs).toEqual([`/calls/${DEMO_CALL_IDS.noShow}`, `/calls/${DEMO_CALL_IDS.closedLeadNoShow}`])

    await list.getByRole('combobox', { name: 'Status' }).selectOption('lost')
    await list.getByText('No calls match this filter.').waitFor()
    expect(errors).toEqual([])
    await close()
  })

  it('opens a call from its row', async () => {
    const { page, errors, close } = await openPage(browser(), liveUrl)
    const row = region(page, 'Recent calls').getByRole('link', { name: new RegExp(DEMO_CALL_IDS.closed.slice(0, 8)) })
    await row.hover()
    await row.click()
    await page.waitForURL(`**/calls/${DEMO_CALL_IDS.closed}`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await region(page, 'Transcript').waitFor()
    expect(errors).toEqual([])
    await close()
  })

  it('marks the list as demo calls in demo mode', async () => {
    const { page, close } = await openPage(browser(), demoUrl)
    const list = region(page, 'Recent calls')
    await list.getByText(/Demo calls from the built-in sample data/).waitFor()
    await list.getByRole('link').first().waitFor()
    expect(await list.getByRole('link').count()).toBe(5)
    await close()
  })
})
