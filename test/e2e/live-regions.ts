import type { Page } from 'playwright-core'

export type LiveRegionLog = {
  /** The text of each live region, every time something inside it changed. */
  announced: string[]
  /** The text of each transcript segment that became the spoken one, in order. */
  spoken: string[]
}

type WithLog = { liveRegionLog: LiveRegionLog }

/** Starts logging what screen readers would be told (live region changes) and which segments were spoken. */
export function recordLiveRegions(page: Page) {
  return page.evaluate(() => {
    const live = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"], [role="timer"], [role="marquee"]'
    const log: LiveRegionLog = { announced: [], spoken: [] }
    const regionsTouchedBy = (record: MutationRecord) => {
      const target = record.target instanceof Element ? record.target : record.target.parentElement
      const inserted = [...record.addedNodes].filter((node): node is Element => node instanceof Element)
      return [target?.closest(live), ...inserted.flatMap((node) => [node.closest(live), ...node.querySelectorAll(live)])]
    }
    new MutationObserver((records) => {
      const regions = new Set(records.flatMap(regionsTouchedBy))
      for (const region of regions) if (region?.textContent?.trim()) log.announced.push(region.textContent.trim())
      const spoken = document.querySelector('li[aria-current="true"] p:last-of-type')?.textContent
      if (spoken && log.spoken.at(-1) !== spoken) log.spoken.push(spoken)
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
    Object.assign(window, { liveRegionLog: log })
  })
}

export function readLiveRegionLog(page: Page) {
  return page.evaluate(() => (window as unknown as WithLog).liveRegionLog)
}
