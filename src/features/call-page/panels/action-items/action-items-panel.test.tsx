import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { pinClock } from '../../../../../test/clock'
import { createTestQueryClient } from '../../../../../test/render'
import { server } from '../../../../../test/msw-server'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { DEMO_CALL_IDS, DEMO_TEAM_IDS } from '@/mock-api/demo-data/demo-ids'
import { formatDateTime } from '@/lib/dates/dates'
import { ActionItemsPanel } from './action-items-panel'
import { normalizeCall } from '@/entities/call/call-schema'

const NOW = '2026-11-19T12:00:00Z'

afterEach(() => {
  vi.restoreAllMocks()
})

function showPanel(actionItems: unknown, id: string = DEMO_CALL_IDS.closed) {
  pinClock(NOW)
  const user = userEvent.setup()
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <ActionItemsPanel call={normalizeCall({ id, action_items: actionItems })} />
    </QueryClientProvider>,
  )
  return { user, region: screen.getByRole('region', { name: 'Action items' }) }
}

function itemTitled(region: HTMLElement, title: string) {
  return within(region).getByRole('heading', { level: 3, name: title }).closest('li')!
}

describe('ActionItemsPanel', () => {
  it('shows each item with its owner, due date, notes and extra keys', async () => {
    const { region } = showPanel(closedCall.action_items)
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(/^Action items$/)
    expect(within(region).getByText('5 items')).toBeInTheDocument()

    const first = itemTitled(region, 'Send annual Team plan order form and payment link')
    expect(await within(first).findByText('Maya Okafor')).toBeInTheDocument()
    expect(within(first).getByText(formatDateTime(new Date('2026-11-18T17:00:00Z')))).toHaveAttribute('datetime', '2026-11-18T17:00:00.000Z')
    expect(within(first).getByText(/^\$4,800\/year/)).toBeInTheDocument()

    expect(within(itemTitled(region, 'Send the last 30 days of order exports (CSV)')).getByText('Lead')).toBeInTheDocument()
    const samsara = itemTitled(region, 'Connect Samsara and set up the nightly SFTP order import')
    expect(await within(samsara).findByText('Anjali Deshpande')).toBeInTheDocument()
    expect(within(samsara).getByText('Priority')).toBeInTheDocument()
    expect(within(samsara).getByText('high')).toBeInTheDocument()
  })

  it('marks overdue items and items due within 48 hours', () => {
    const { region } = showPanel([
      { title: 'Late', due_at: '2026-11-19T11:59:00Z' },
      { title: 'Soon', due_at: '2026-11-21T11:00:00Z' },
      { title: 'Later', due_at: '2026-11-21T13:00:00Z' },
      { title: 'Undated', due_at: null },
      { title: 'Unreadable', due_at: '2026-02-30T10:00:00Z' },
    ])
    expect(within(itemTitled(region, 'Late')).getByText('Overdue')).toBeInTheDocument()
    expect(within(itemTitled(region, 'Soon')).getByText('Due soon')).toBeInTheDocument()
    for (const title of ['Later', 'Undated', 'Unreadable']) {
      expect(within(itemTitled(region, title)).queryByText(/Overdue|Due soon/)).not.toBeInTheDocument()
    }
    expect(within(itemTitled(region, 'Unreadable')).getByTitle('Unreadable date: 2026-02-30T10:00:00Z')).toHaveTextContent('—')
    expect(within(itemTitled(region, 'Undated')).getAllByText('—')).toHaveLength(2)
    expect(within(region).getByText('1 overdue')).toBeInTheDocument()
  })

  it('shows the raw owner id when the team lookup fails', async () => {
    server.use(http.get('/api/v1/team/:id', () => HttpResponse.json({ success: false, error: 'boom' }, { status: 500 })))
    const { region } = showPanel([{ title: 'Follow up', owner: DEMO_TEAM_IDS.mayaOkafor }])
    expect(await within(region).findByText(DEMO_TEAM_IDS.mayaOkafor)).toBeVisible()
    expect(within(region).getByText('Couldn’t load details')).toBeInTheDocument()
  })

  it('copies a Markdown checklist with resolved owners and announces it', async () => {
    const { user, region } = showPanel(closedCall.action_items)
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    await within(region).findByText('Anjali Deshpande')
    await within(region).findByText('Maya Okafor')
    await user.click(within(region).getByRole('button', { name: 'Copy as checklist' }))
    expect(writeText).toHaveBeenCalledWith(
      [
        `- [ ] Send annual Team plan order form and payment link — owner: Maya Okafor, due: ${formatDateTime(new Date('2026-11-18T17:00:00Z'))}`,
        `- [ ] Send the last 30 days of order exports (CSV) — owner: Lead, due: ${formatDateTime(new Date('2026-11-20T23:00:00Z'))}`,
        `- [ ] Connect Samsara and set up the nightly SFTP order import — owner: Anjali Deshpande, due: ${formatDateTime(new Date('2026-12-02T22:00:00Z'))}`,
        `- [ ] Pilot kickoff with Rosa and the four school-route drivers — owner: Lead, due: ${formatDateTime(new Date('2026-12-07T11:00:00Z'))}`,
        '- [ ] Confirm with Denise whether QuickBooks invoice sync is needed — owner: Lead',
      ].join('\n'),
    )
    expect(within(region).getByText('Copied')).toHaveAttribute('role', 'status')
  })

  it('copies raw owner ids while their names are unknown', async () => {
    server.use(http.get('/api/v1/team/:id', () => HttpResponse.error()))
    const { user, region } = showPanel([{ title: 'Line\nbreak', owner: 'user_2abc123xyz' }])
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    await within(region).findByText('Couldn’t load details')
    await user.click(within(region).getByRole('button', { name: 'Copy as checklist' }))
    expect(writeText).toHaveBeenCalledWith('- [ ] Line break — owner: user_2abc123xyz')
  })
})
