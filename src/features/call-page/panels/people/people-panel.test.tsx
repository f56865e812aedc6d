import { QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { delay, http, HttpResponse } from 'msw'
import { server } from '../../../../../test/msw-server'
import { pinClock } from '../../../../../test/clock'
import { createTestQueryClient } from '../../../../../test/render'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { DEMO_LEAD_IDS, DEMO_TEAM_IDS } from '@/mock-api/demo-data/demo-ids'
import { normalizeCall } from '@/entities/call/call-schema'
import { PeoplePanel } from './people-panel'

const ID = '550e8400-e29b-41d4-a716-446655440000'
const LEAD_ID = '650e8400-e29b-41d4-a716-446655440001'
const CLOSER_ID = 'user_2abc123xyz'
const NOW = '2026-11-17T15:41:00Z'
const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>'

function renderPanel(raw: Record<string, unknown>) {
  pinClock(NOW)
  const user = userEvent.setup()
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <PeoplePanel call={normalizeCall(raw)} />
    </QueryClientProvider>,
  )
  return { user, region: screen.getByRole('region', { name: 'People' }) }
}

function serve(resource: 'leads' | 'team', data: Record<string, unknown>) {
  server.use(http.get(`/api/v1/${resource}/:id`, () => HttpResponse.json({ success: true, data })))
}

function expectNoUnsafeLinks(region: HTMLElement) {
  for (const link of within(region).queryAllByRole('link')) {
    expect(link.getAttribute('href')).not.toMatch(/^\s*(javascript|data|vbscript):/i)
  }
}

describe('PeoplePanel', () => {
  it('shows the demo call’s lead, closer and setter', async () => {
    const { region } = renderPanel(closedCall)
    expect(await within(region).findByText('Marcus Bellamy')).toBeInTheDocument()
    expect(within(region).getByRole('link', { name: 'marcus.bellamy@millbrook-foodservice.example' })).toHaveAttribute(
      'href',
      'mailto:marcus.bellamy@millbrook-foodservice.example',
    )
    expect(within(region).getByRole('link', { name: '+18155550147' })).toHaveAttribute('href', 'tel:+18155550147')
    expect(within(region).getByText('Millbrook Foodservice')).toBeInTheDocument()
    expect(within(region).getByText('America/Chicago · 9:41 AM there')).toBeInTheDocument()

    const maya = await within(region).findByRole('img', { name: 'Maya Okafor' })
    expect(maya).toHaveAttribute('src', `${window.location.origin}/demo-media/avatars/maya-okafor.svg`)
    expect(maya).toHaveAttribute('width', '32')
    expect(maya).toHaveAttribute('height', '32')
    expect(maya).toHaveAttribute('loading', 'lazy')
    expect(maya).toHaveAttribute('referrerpolicy', 'no-referrer')
    expect(within(region).getByText('Admin')).toBeInTheDocument()
    expect(within(region).getByRole('img', { name: 'Diego Ramírez' })).toBeInTheDocument()
    expect(within(region).getByText('Member')).toBeInTheDocument()
    expect(within(region).getByRole('heading', { name: 'Lead' })).toBeInTheDocument()
    expect(within(region).getByRole('heading', { name: 'Closer' })).toBeInTheDocument()
    expect(within(region).getByRole('heading', { name: 'Setter' })).toBeInTheDocument()
  })

  it.each([
    ['Copy lead ID', DEMO_LEAD_IDS.marcusBellamy],
    ['Copy closer ID', DEMO_TEAM_IDS.mayaOkafor],
    ['Copy setter ID', DEMO_TEAM_IDS.diegoRamirez],
  ])('%s copies the raw id', async (label, id) => {
    const { region, user } = renderPanel(closedCall)
    await user.click(within(region).getByRole('button', { name: label }))
    expect(await navigator.clipboard.readText()).toBe(id)
    expect(within(region).getByText('Copied')).toBeInTheDocument()
  })

  it('shows initials for a member without a photo, or whose photo fails', async () => {
    const { region } = renderPanel({ id: ID, closer_id: DEMO_TEAM_IDS.tomaszWisniewski, setter_id: DEMO_TEAM_IDS.diegoRamirez })
    expect(await within(region).findByText('Tomasz Wiśniewski')).toBeInTheDocument()
    expect(within(region).getByText('TW')).toHaveAttribute('aria-hidden', 'true')
    fireEvent.error(await within(region).findByRole('img', { name: 'Diego Ramírez' }))
    expect(within(region).queryByRole('img')).not.toBeInTheDocument()
    expect(within(region).getByText('DR')).toBeInTheDocument()
  })

  it('shows each raw id and a note when the lookups fail, without blocking the others', async () => {
    server.use(
      http.get('/api/v1/leads/:id', () => HttpResponse.json({ success: false, error: 'boom' }, { status: 500 })),
      http.get(`/api/v1/team/${CLOSER_ID}`, () => HttpResponse.error()),
    )
    const { region } = renderPanel({ id: ID, lead_id: LEAD_ID, closer_id: CLOSER_ID, setter_id: DEMO_TEAM_IDS.diegoRamirez })
    expect(await within(region).findByText(LEAD_ID)).toBeInTheDocument()
    expect(await within(region).findByText(CLOSER_ID)).toBeInTheDocument()
    expect(within(region).getAllByText('Couldn’t load details')).toHaveLength(2)
    expect(await within(region).findByText('Diego Ramírez')).toBeInTheDocument()
  })

  it('gives each lookup its own loading state', async () => {
    server.use(
      http.get('/api/v1/leads/:id', async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
    const { region } = renderPanel(closedCall)
    expect(await within(region).findByText('Maya Okafor')).toBeInTheDocument()
    expect(within(region).getByText('Loading…')).toBeInTheDocument()
    expect(within(region).getByRole('button', { name: 'Copy lead ID' })).toBeInTheDocument()
  })

  it('says who is missing on an id-only call', () => {
    const { region } = renderPanel({ id: ID })
    expect(within(region).getByText('No lead on this call')).toBeInTheDocument()
    expect(within(region).getByText('No closer on this call')).toBeInTheDocument()
    expect(within(region).getByText('No setter on this call')).toBeInTheDocument()
    expect(within(region).queryByRole('button')).not.toBeInTheDocument()
  })

  it('shows a phone as given but dials only + and digits', async () => {
    serve('leads', { full_name: 'Ann Lee', phone: '+1 (815) 555-0147', timezone: 'Europe/Berlin' })
    const { region } = renderPanel({ id: ID, lead_id: LEAD_ID })
    expect(await within(region).findByRole('link', { name: '+1 (815) 555-0147' })).toHaveAttribute('href', 'tel:+18155550147')
    expect(within(region).getByText('Europe/Berlin · 4:41 PM there')).toBeInTheDocument()
  })

  it('keeps an unknown time zone as text without a clock, and unknown roles readable', async () => {
    serve('leads', { full_name: 'Ann Lee', timezone: 'Mars/Olympus_Mons', extra_field: { nested: [1, 2] } })
    serve('team', { name: 'Bo', role: 'billing_owner', avatar_url: 42, surprise: true })
    const { region } = renderPanel({ id: ID, lead_id: LEAD_ID, closer_id: CLOSER_ID })
    expect(await within(region).findByText('Mars/Olympus_Mons')).toBeInTheDocument()
    expect(region).not.toHaveTextContent(/there/)
    expect(await within(region).findByText('Billing owner')).toBeInTheDocument()
    expect(within(region).queryByRole('img')).not.toBeInTheDocument()
  })

  it('renders hostile strings as text and never links unsafe URLs', async () => {
    serve('leads', { full_name: HOSTILE, email: 'javascript:alert(1)', phone: 'javascript:alert(2)', company: HOSTILE })
    serve('team', { name: HOSTILE, email: 'x@y.example?bcc=all@y.example', avatar_url: 'javascript:alert(3)', role: HOSTILE })
    const { region } = renderPanel({ id: ID, lead_id: LEAD_ID, closer_id: CLOSER_ID })
    await waitFor(() => expect(within(region).getAllByText(HOSTILE)).toHaveLength(4))
    expect(within(region).getByText('javascript:alert(1)')).toBeInTheDocument()
    expect(within(region).getByText('javascript:alert(2)')).toBeInTheDocument()
    expect(within(region).getByText('x@y.example?bcc=all@y.example')).toBeInTheDocument()
    expect(within(region).queryByRole('link')).not.toBeInTheDocument()
    expectNoUnsafeLinks(region)
    expect(region.querySelector('script, img')).toBeNull() // eslint-disable-line testing-library/no-node-access -- no role finds an injected element
  })
})
