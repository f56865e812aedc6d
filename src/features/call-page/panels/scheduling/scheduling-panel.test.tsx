import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { server } from '../../../../../test/msw-server'
import { pinClock } from '../../../../../test/clock'
import { createTestQueryClient } from '../../../../../test/render'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { normalizeCall } from '@/entities/call/call-schema'
import { field } from '../../../../../test/description-list'
import { SchedulingPanel } from './scheduling-panel'

const ID = '550e8400-e29b-41d4-a716-446655440000'
const LEAD_ID = '650e8400-e29b-41d4-a716-446655440001'
const NOW = '2026-11-14T15:00:00Z'

function renderPanel(raw: Record<string, unknown>, { viewerTimeZone = 'UTC', now = NOW }: { viewerTimeZone?: string; now?: string } = {}) {
  pinClock(now, { timeZone: viewerTimeZone })
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
  const client = createTestQueryClient()
  render(
    <QueryClientProvider client={client}>
      <SchedulingPanel call={normalizeCall(raw)} />
    </QueryClientProvider>,
  )
  return { user, client, region: screen.getByRole('region', { name: 'Scheduling' }) }
}

/** The value beside a label in the panel's field list. */
function serveLead(lead: Record<string, unknown>) {
  server.use(http.get('/api/v1/leads/:id', () => HttpResponse.json({ success: true, data: lead })))
}

describe('SchedulingPanel', () => {
  it('shows the complete demo call in the viewer’s zone with relative times', async () => {
    const { region, user } = renderPanel(closedCall)
    expect(field(region, 'Scheduled')).toHaveTextContent('Nov 17, 2026, 3:00 PM UTC in 3 days')
    expect(field(region, 'Started')).toHaveTextContent('Nov 17, 2026, 3:01 PM UTC')
    expect(field(region, 'Ended')).toHaveTextContent('Nov 17, 2026, 3:37 PM UTC')
    expect(field(region, 'Duration')).toHaveTextContent('36 min as listed on the call')
    expect(within(region).queryByText(/Sources disagree/)).not.toBeInTheDocument()
    expect(field(region, 'Kind')).toHaveTextContent('Booking')
    expect(field(region, 'Guest RSVP')).toHaveTextContent('Yes, attending')
    expect(field(region, 'RSVP confirmed')).toHaveTextContent('Nov 5, 2026, 8:16 PM UTC 9 days ago')
    expect(field(region, 'Created')).toHaveTextContent('Nov 5, 2026, 8:14 PM UTC 9 days ago')
    expect(field(region, 'Updated')).toHaveTextContent('Nov 18, 2026, 4:43 PM UTC in 4 days')

    const meeting = within(region).getByRole('link', { name: /^zoom\.us/ })
    expect(meeting).toHaveAttribute('href', 'https://zoom.us/j/84173920561')
    expect(meeting).toHaveAttribute('title', 'https://zoom.us/j/84173920561')

    expect(field(region, 'Booking link')).toHaveTextContent('aeb632af-284b-4c77-8e44-172dafb49b28')
    await user.click(within(region).getByRole('button', { name: 'Copy booking link ID' }))
    expect(await navigator.clipboard.readText()).toBe('aeb632af-284b-4c77-8e44-172dafb49b28')
  })

  it('switches every time between the viewer’s zone, the lead’s and UTC', async () => {
    const { region, user } = renderPanel(closedCall, { viewerTimeZone: 'Asia/Tokyo' })
    const zones = within(region).getByRole('group', { name: 'Show times in' })
    expect(within(zones).getByRole('button', { name: 'Your time' })).toHaveAttribute('aria-pressed', 'true')
    expect(within(region).getByText('Times in Asia/Tokyo, your time zone')).toBeInTheDocument()
    expect(field(region, 'Scheduled')).toHaveTextContent('Nov 18, 2026, 12:00 AM GMT+9')

    await user.click(await within(zones).findByRole('button', { name: 'Lead’s time' }))
    expect(within(zones).getByRole('button', { name: 'Lead’s time' })).toHaveAttribute('aria-pressed', 'true')
    expect(within(zones).getByRole('button', { name: 'Your time' })).toHaveAttribute('aria-pressed', 'false')
    expect(within(region).getByText('Times in America/Chicago, the lead’s time zone')).toBeInTheDocument()
    expect(field(region, 'Scheduled')).toHaveTextContent('Nov 17, 2026, 9:00 AM CST')
    expect(field(region, 'Created')).toHaveTextContent('Nov 5, 2026, 2:14 PM CST')

    await user.click(within(zones).getByRole('button', { name: 'UTC' }))
    expect(within(region).getByText('Times in UTC')).toBeInTheDocument()
    expect(field(region, 'Ended')).toHaveTextContent('Nov 17, 2026, 3:37 PM UTC')
  })

  it('switches zones from the keyboard', async () => {
    const { region, user } = renderPanel(closedCall)
    const zones = within(region).getByRole('group', { name: 'Show times in' })
    const leadTime = await within(zones).findByRole('button', { name: 'Lead’s time' })
    await user.tab()
    await user.tab()
    expect(leadTime).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(leadTime).toHaveAttribute('aria-pressed', 'true')
    expect(field(region, 'Started')).toHaveTextContent('Nov 17, 2026, 9:01 AM CST')
  })

  it.each([
    ['the lead lookup fails', () => server.use(http.get('/api/v1/leads/:id', () => HttpResponse.json({ success: false }, { status: 500 })))],
    ['the lead’s zone is not a real zone', () => serveLead({ full_name: 'Ann', timezone: 'Mars/Olympus_Mons' })],
    ['the lead has no zone', () => serveLead({ full_name: 'Ann', timezone: null })],
  ])('offers only your time and UTC when %s', async (_name, serve) => {
    serve()
    const { region, client } = renderPanel({ id: ID, lead_id: LEAD_ID, scheduled_at: '2026-11-17T15:00:00Z' })
    const zones = within(region).getByRole('group', { name: 'Show times in' })
    await waitFor(() => expect(client.getQueryState(['leads', LEAD_ID])?.status).not.toBe('pending'))
    expect(within(zones).getAllByRole('button').map((button) => button.textContent)).toEqual(['Your time', 'UTC'])
    expect(field(region, 'Scheduled')).toHaveTextContent('Nov 17, 2026, 3:00 PM UTC')
  })

  it('shows a dash for everything an id-only call lacks', () => {
    const { region } = renderPanel({ id: ID })
    for (const label of ['Scheduled', 'Started', 'Ended', 'Duration', 'Kind', 'Guest RSVP', 'Meeting link', 'Booking link']) {
      expect(field(region, label)).toHaveTextContent(/^—$/)
    }
    expect(within(region).queryByRole('button', { name: 'Lead’s time' })).not.toBeInTheDocument()
    expect(region).not.toHaveTextContent(/Invalid Date|NaN|undefined|null/)
  })

  it('shows unknown values verbatim, ignores wrong types and extra keys', () => {
    const { region } = renderPanel({
      id: ID,
      call_kind: 'webinar_follow-up',
      guest_rsvp_status: 'Tentatively-Yes',
      duration_minutes: '45',
      scheduled_at: 1_763_391_600,
      conferencing_link: { url: 'https://zoom.us' },
      property1: { nested: true },
      organization_id: ID,
    })
    expect(field(region, 'Kind')).toHaveTextContent('Webinar follow up')
    expect(field(region, 'Guest RSVP')).toHaveTextContent('Tentatively-Yes')
    expect(field(region, 'Duration')).toHaveTextContent(/^—$/)
    expect(field(region, 'Scheduled')).toHaveTextContent(/^—$/)
    expect(field(region, 'Meeting link')).toHaveTextContent(/^—$/)
  })

  it.each([
    ['pending', 'Awaiting reply'],
    ['no', 'No, declined'],
    ['maybe', 'Maybe'],
  ])('labels an RSVP of %s as %s', (status, label) => {
    const { region } = renderPanel({ id: ID, guest_rsvp_status: status })
    expect(field(region, 'Guest RSVP')).toHaveTextContent(label)
  })

  it('renders hostile strings as text and never links an unsafe URL', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>'
    const { region } = renderPanel({
      id: ID,
      call_kind: hostile,
      guest_rsvp_status: hostile,
      booking_link_id: hostile,
      conferencing_link: 'javascript:alert(3)',
    })
    expect(field(region, 'Kind')).toHaveTextContent(hostile)
    expect(field(region, 'Guest RSVP')).toHaveTextContent(hostile)
    expect(field(region, 'Booking link')).toHaveTextContent(hostile)
    expect(field(region, 'Meeting link')).toHaveTextContent('javascript:alert(3)')
    expect(within(region).queryByRole('link')).not.toBeInTheDocument()
    expect(region.querySelector('script, img')).toBeNull() // eslint-disable-line testing-library/no-node-access -- no role finds an injected element
  })

  it.each(['zoom.us/j/123', 'ftp://files.example/call', 'data:text/html,<b>x</b>'])('shows a non-web meeting link %s as text', (link) => {
    const { region } = renderPanel({ id: ID, conferencing_link: link })
    expect(field(region, 'Meeting link')).toHaveTextContent(link)
    expect(within(region).queryByRole('link')).not.toBeInTheDocument()
  })

  it('shows invalid dates as a dash with the raw value on hover', () => {
    const { region } = renderPanel({ id: ID, scheduled_at: '2026-02-30T10:00:00Z', ended_at: 'soon' })
    expect(within(region).getByTitle('Unreadable date: 2026-02-30T10:00:00Z')).toHaveTextContent('—')
    expect(within(region).getByTitle('Unreadable date: soon')).toHaveTextContent('—')
    expect(region).not.toHaveTextContent(/Invalid Date|NaN/)
  })

  it('says when the duration sources disagree', () => {
    const { region } = renderPanel({
      id: ID,
      duration_minutes: 45,
      started_at: '2026-11-17T15:00:00Z',
      ended_at: '2026-11-17T15:36:00Z',
      transcript_data: { duration_seconds: 2184 },
    })
    expect(field(region, 'Duration')).toHaveTextContent('45 min as listed on the call')
    expect(field(region, 'Duration')).toHaveTextContent(
      'Sources disagree: listed duration 45 min; start to end 36 min; transcript 36 min',
    )
  })

  it.each([
    [{ started_at: '2026-11-17T15:00:00Z', ended_at: '2026-11-17T16:05:00Z' }, '1 hr, 5 min from the start and end times'],
    [{ transcript_data: { duration_seconds: 2184 } }, '36 min from the transcript'],
    [{ transcript_data: { segments: [{ start_seconds: 0, end_seconds: 1530, text: 'Hi' }] } }, '26 min from the transcript'],
  ])('names where the duration came from (%o)', (fields, expected) => {
    const { region } = renderPanel({ id: ID, ...fields })
    expect(field(region, 'Duration')).toHaveTextContent(expected)
  })

  it('measures relative times from the given now', () => {
    const { region } = renderPanel(
      { id: ID, scheduled_at: '2026-11-17T15:00:00Z', started_at: '2026-11-17T16:59:40Z' },
      { now: '2026-11-17T17:00:00Z' },
    )
    expect(field(region, 'Scheduled')).toHaveTextContent('2 hours ago')
    expect(field(region, 'Started')).toHaveTextContent('now')
  })
})
