import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import ICAL from 'ical.js'
import { pinClock } from '../../../../../test/clock'
import { createTestQueryClient } from '../../../../../test/render'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'
import { ActionItemsPanel } from './action-items-panel'
import { normalizeCall } from '@/entities/call/call-schema'

const created: Blob[] = []
const downloads: string[] = []

beforeEach(() => {
  created.length = 0
  downloads.length = 0
  // jsdom has neither object URLs nor downloads.
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: vi.fn((blob: Blob) => {
      created.push(blob)
      return 'blob:calendar'
    }),
  })
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() })
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download)
  })
})

afterEach(() => {
  vi.restoreAllMocks()
})

// jsdom's Blob has no text(); FileReader reads it the way older browsers did.
function readText(blob: Blob) {
  return new Promise<string>((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '')
    reader.onerror = () => reject(new Error('unreadable blob'))
    reader.readAsText(blob)
  })
}

function showPanel(actionItems: unknown) {
  pinClock('1970-01-01T00:00:00Z')
  const user = userEvent.setup()
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <ActionItemsPanel call={normalizeCall({ id: DEMO_CALL_IDS.closed, action_items: actionItems })} />
    </QueryClientProvider>,
  )
  return { user, region: screen.getByRole('region', { name: 'Action items' }) }
}

describe('Add to calendar', () => {
  it('downloads an .ics file named after the call with one event per dated item', async () => {
    const { user, region } = showPanel(closedCall.action_items)
    const button = within(region).getByRole('button', { name: 'Add to calendar' })
    expect(button).toHaveAccessibleDescription('1 item has no due date and will be left out.')
    await user.click(button)

    expect(await within(region).findByText('Downloaded call-30283b2e-action-items.ics with 4 events.')).toHaveAttribute('role', 'status')
    expect(downloads).toEqual(['call-30283b2e-action-items.ics'])
    expect(created[0]?.type).toBe('text/calendar;charset=utf-8')
    const calendar = ICAL.Component.fromString(await readText(created[0]!))
    const events = calendar.getAllSubcomponents('vevent')
    expect(events.map((event) => event.getFirstPropertyValue('summary'))).toEqual([
      'Send annual Team plan order form and payment link',
      'Send the last 30 days of order exports (CSV)',
      'Connect Samsara and set up the nightly SFTP order import',
      'Pilot kickoff with Rosa and the four school-route drivers',
    ])
  })

  it('keeps hostile titles as text in the file', async () => {
    const title = '<script>alert(1)</script>, really; 🚚'
    const { user, region } = showPanel([{ title, due_at: '2026-11-18T17:00:00Z' }])
    expect(within(region).getByRole('heading', { level: 3, name: title })).toBeInTheDocument()
    await user.click(within(region).getByRole('button', { name: 'Add to calendar' }))
    await within(region).findByText(/Downloaded/)
    const [event] = ICAL.Component.fromString(await readText(created[0]!)).getAllSubcomponents('vevent')
    expect(event?.getFirstPropertyValue('summary')).toBe(title)
  })

  it('is unavailable, with the reason, when no item has a due date', async () => {
    const { user, region } = showPanel([{ title: 'Someday', due_at: null }, { title: 'Never', due_at: 'soon' }])
    const button = within(region).getByRole('button', { name: 'Add to calendar' })
    expect(button).toHaveAttribute('aria-disabled', 'true')
    expect(button).toHaveAccessibleDescription('No action item has a due date to add.')
    await user.click(button)
    expect(URL.createObjectURL).not.toHaveBeenCalled()
    expect(downloads).toEqual([])
  })

  it('says so when the file cannot be created', async () => {
    vi.mocked(URL.createObjectURL).mockImplementation(() => {
      throw new Error('quota')
    })
    const { user, region } = showPanel([{ title: 'A', due_at: '2026-11-18T17:00:00Z' }])
    await user.click(within(region).getByRole('button', { name: 'Add to calendar' }))
    expect(await within(region).findByText('Couldn’t create the calendar file. Please try again.')).toBeInTheDocument()
  })
})

describe('empty action items', () => {
  it.each([undefined, null, [], [null], 'text'])('shows an empty state and no actions for %j', (items) => {
    const { region } = showPanel(items)
    expect(within(region).getByText('No action items.')).toBeInTheDocument()
    expect(within(region).queryByRole('button')).not.toBeInTheDocument()
    expect(within(region).queryByText(/^\d+ items?$/)).not.toBeInTheDocument()
  })
})
