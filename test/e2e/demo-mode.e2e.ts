import { describe, expect, inject, it } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { demoCallIds } from '../demo-facts'
import { PANEL_NAMES } from '../panel-names'
import { openPage, region, useBrowser } from './browser'

const demoUrl = inject('demoUrl')

const browser = useBrowser()

describe('demo mode: no key, the built-in demo API', () => {
  it('lists every demo call on the start page under a demo notice', async () => {
    const { page, close } = await openPage(browser(), demoUrl)
    await page.getByText(/Demo data/).first().waitFor()
    const list = page.getByRole('region', { name: 'Recent calls' })
    await list.getByRole('link').first().waitFor()
    await list.getByRole('button', { name: 'Load more' }).click()
    await list.getByRole('link').nth(demoCallIds.length - 1).waitFor()
    expect(await list.getByRole('link').count()).toBe(demoCallIds.length)
    await close()
  })

  it.each(demoCallIds)('opens demo call %s with all ten panels', async (id) => {
    const { page, errors, close } = await openPage(browser(), `${demoUrl}/calls/${id}`)
    for (const name of PANEL_NAMES) {
      await region(page, name).waitFor()
      expect(await region(page, name).count(), name).toBe(1)
    }
    expect(errors).toEqual([])
    await close()
  })

  it('keeps the 3-hour call small in the DOM', async () => {
    const { page, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.long}`)
    await region(page, 'Transcript').getByRole('listitem').first().waitFor()
    expect(await page.locator('*').count()).toBeLessThan(2000)
    await close()
  })

  it('opens a call from a pasted link', async () => {
    const { page, close } = await openPage(browser(), demoUrl)
    await page.getByLabel('Call ID or link').fill(`https://calls.example/calls/${DEMO_CALL_IDS.noShow}?t=5`)
    await page.getByRole('button', { name: 'Open call' }).click()
    await page.waitForURL(`**/calls/${DEMO_CALL_IDS.noShow}`)
    await region(page, 'Scheduling').waitFor()
    expect(new URL(page.url()).pathname).toBe(`/calls/${DEMO_CALL_IDS.noShow}`)
    await close()
  })
})
