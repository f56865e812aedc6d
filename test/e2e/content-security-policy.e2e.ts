import { describe, expect, inject, it } from 'vitest'
import { DEMO_CALL_IDS } from '../../src/mock-api/demo-data/demo-ids'
import { openPage, region, useBrowser } from './browser'

const demoUrl = inject('demoUrl')
const liveUrl = inject('liveUrl')
const browser = useBrowser()

describe('the built app under its Content-Security-Policy', () => {
  it('is served with a policy that forbids inline script and style but the page’s own, eval, plugins and framing', async () => {
    const response = await fetch(`${liveUrl}/calls/${DEMO_CALL_IDS.closed}`)
    const policy = response.headers.get('content-security-policy') ?? ''
    // The theme script in index.html, the first view's script for its days, and the stylesheet written into a call
    // page: each allowed by its hash alone.
    expect(policy).toMatch(/script-src 'self' 'sha256-[\w+/]+=*' 'sha256-[\w+/]+=*';/)
    expect(policy).toMatch(/style-src 'self' 'sha256-[\w+/]+=*';/)
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("connect-src 'self'")
  })

  it.each([
    ['the start page', ''],
    ['the complete call', `/calls/${DEMO_CALL_IDS.closed}`],
    ['the 3-hour call', `/calls/${DEMO_CALL_IDS.long}`],
    ['a call that is not found', `/calls/${DEMO_CALL_IDS.missing}`],
  ])('runs %s with no violation', async (_name, path) => {
    const { page, errors, close } = await openPage(browser(), `${demoUrl}${path}`)
    await page.waitForLoadState('networkidle')
    expect(errors).toEqual([])
    await close()
  })

  it('plays the recording, loads captions and searches with no violation', async () => {
    const { page, errors, close } = await openPage(browser(), `${demoUrl}/calls/${DEMO_CALL_IDS.closed}`)
    await page.waitForFunction(() => (document.querySelector('video')?.readyState ?? 0) >= 1)
    await page.locator('video').evaluate((media: HTMLMediaElement) => {
      media.muted = true
      media.textTracks[0]!.mode = 'hidden'
    })
    await region(page, 'Recording').getByRole('button', { name: 'Play', exact: true }).click()
    await region(page, 'Transcript').getByRole('searchbox', { name: 'Search transcript' }).fill('pricing')
    await page.waitForFunction(() => (document.querySelector('video')?.currentTime ?? 0) > 1)
    expect(errors).toEqual([])
    await close()
  })
})
