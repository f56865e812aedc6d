import { screen, within } from '@testing-library/react'
import { renderRoute, renderRouteReady } from '../../../test/render'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'

/** What a sighted user reads on the control: its text without the parts hidden from assistive technology. */
function visibleText(element: HTMLElement) {
  const copy = element.cloneNode(true) as HTMLElement
  // eslint-disable-next-line testing-library/no-node-access -- reading what is hidden from assistive technology is the point
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove())
  return normalize(copy.textContent)
}

/** Without spaces: jsdom has no layout, so names computed there run inline elements together. */
function normalize(text: string) {
  return text.replace(/\s+/g, '').toLowerCase()
}

/** Each control whose accessible name does not contain its visible text (WCAG 2.5.3, Label in Name). */
function labelInNameMismatches() {
  const mismatches: string[] = []
  for (const role of ['button', 'link', 'menuitem'] as const) {
    screen.queryAllByRole(role, {
      name: (name, element) => {
        const text = visibleText(element as HTMLElement)
        // Symbols such as ↑ are not words a speech-input user would say, so they need not be in the name.
        if (/[\p{L}\p{N}]/u.test(text) && !normalize(name).includes(text)) mismatches.push(`${role} "${text}" named "${name}"`)
        return true
      },
    })
  }
  return mismatches
}

describe('label in name', () => {
  it('every control on the complete call is named with the text it shows', async () => {
    const { user } = renderRoute(`/calls/${DEMO_CALL_IDS.closed}`)
    await screen.findByRole('region', { name: 'Notes' })
    const transcript = screen.getByRole('region', { name: 'Transcript' })
    await within(transcript).findAllByRole('button', { name: /^Play from/ })
    await user.click(within(transcript).getByRole('button', { name: 'Download' }))
    expect(labelInNameMismatches()).toEqual([])
  })

  it('every control on the start page is named with the text it shows', async () => {
    await renderRouteReady('/')
    await screen.findByRole('region', { name: /recent calls/i })
    expect(labelInNameMismatches()).toEqual([])
  })
})
