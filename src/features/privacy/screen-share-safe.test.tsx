import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { collectPersonalData, leakedIn } from '../../../test/personal-data'
import { server } from '../../../test/msw-server'
import { renderRoute } from '../../../test/render'
import { demoPayments } from '@/mock-api/demo-data/catalog'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { closedLeadKickoffCall, closedLeadNoShowCall } from '@/mock-api/demo-data/closed-lead-calls'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'
import { demoLeads, demoTeam } from '@/mock-api/demo-data/people'
import { HIDDEN } from '@/lib/privacy/mask-personal-data'
import { isPrivateMode, setPrivateMode } from '@/lib/privacy/private-mode'

const CALL_PATH = `/calls/${DEMO_CALL_IDS.closed}`
const personalData = collectPersonalData({ closedCall, closedLeadNoShowCall, closedLeadKickoffCall, demoLeads, demoTeam, demoPayments })

afterEach(() => setPrivateMode(false))

/** Waits until every lookup the closed call makes has shown its detail. */
async function pageReady() {
  const people = await screen.findByRole('region', { name: 'People' })
  const outcome = await screen.findByRole('region', { name: 'Outcome' })
  await within(outcome).findByText('Succeeded')
  await within(people).findByText('Millbrook Foodservice')
  await screen.findByRole('region', { name: 'Form data' })
  const journey = await screen.findByRole('region', { name: 'Calls with this lead' })
  await within(journey).findAllByRole('link')
  return { people, outcome, journey }
}

describe('screen-share safe mode', () => {
  it('finds personal data in the demo payload, so the checks below can fail', () => {
    expect(personalData).toEqual(
      expect.arrayContaining(['marcus.bellamy@millbrook-foodservice.example', '+18155550147', '$4,800', '$4,000', '$750', 'forty-eight hundred dollars']),
    )
  })

  it('shows no email, phone number or amount anywhere in the page, attributes included', async () => {
    setPrivateMode(true)
    renderRoute(CALL_PATH)
    const { people, outcome, journey } = await pageReady()

    expect(within(people).getAllByText(HIDDEN.email)).toHaveLength(3)
    expect(within(journey).getAllByText(HIDDEN.amount)).toHaveLength(3)
    expect(within(people).getByText(HIDDEN.phone)).toBeInTheDocument()
    expect(within(people).queryByRole('link')).not.toBeInTheDocument()
    expect(within(outcome).getAllByText(HIDDEN.amount)).toHaveLength(2)
    expect(within(screen.getByRole('region', { name: 'Form data' })).getByText(HIDDEN.amount)).toBeInTheDocument()
    expect(within(screen.getByRole('region', { name: 'Notes' })).getByText(/Agreed: annual Team plan \[amount hidden\]/)).toBeInTheDocument()
    expect(within(screen.getByRole('region', { name: 'AI summary' })).getAllByText(/\[amount hidden\]/).length).toBeGreaterThan(0)
    expect(screen.getByRole('heading', { level: 1, name: 'Call with Marcus Bellamy' })).toBeInTheDocument()
    expect(leakedIn(document.documentElement.outerHTML, personalData)).toEqual([])
  })

  it('is said plainly, and turning it off shows the data again', async () => {
    setPrivateMode(true)
    const { user, location } = renderRoute(CALL_PATH)
    const { people, outcome } = await pageReady()
    expect(await screen.findByText('Screen-share safe: personal data hidden')).toHaveAttribute('role', 'note')
    const toggle = screen.getByRole('button', { name: 'Screen-share safe' })
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await waitFor(() => expect(location().search).toBe('?private=1'))
    expect(screen.getByRole('button', { name: 'Copy link (personal data hidden)' })).toBeInTheDocument()

    await user.click(toggle)
    expect(await within(people).findByRole('link', { name: 'marcus.bellamy@millbrook-foodservice.example' })).toHaveAttribute(
      'href',
      'mailto:marcus.bellamy@millbrook-foodservice.example',
    )
    expect(within(outcome).getByText('$4,800.00')).toBeInTheDocument()
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    expect(screen.queryByText('Screen-share safe: personal data hidden')).not.toBeInTheDocument()
    expect(location().search).toBe('')
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeInTheDocument()
  })

  it('turns on from the toggle, puts ?private=1 in the address and keeps it on following a link in the app', async () => {
    const { user, location } = renderRoute(`${CALL_PATH}?t=30`)
    const { people } = await pageReady()
    await user.click(await screen.findByRole('button', { name: 'Screen-share safe' }))

    expect(await within(people).findByText(HIDDEN.phone)).toBeInTheDocument()
    expect(isPrivateMode()).toBe(true)
    expect(new URLSearchParams(location().search).get('private')).toBe('1')
    expect(new URLSearchParams(location().search).get('t')).toBe('30')

    await user.click(screen.getByRole('link', { name: /Aura/ }))
    await screen.findByRole('heading', { level: 1, name: 'Review a call' })
    await waitFor(() => expect(location().search).toBe('?private=1'))
    expect(screen.getByRole('button', { name: 'Screen-share safe' })).toHaveAttribute('aria-pressed', 'true')
  })

  it('hides personal form answers by their question, whatever they hold', async () => {
    setPrivateMode(true)
    server.use(
      http.get(`/api/v1/calls/${DEMO_CALL_IDS.closed}`, () =>
        HttpResponse.json({
          success: true,
          data: {
            id: DEMO_CALL_IDS.closed,
            form_data: [
              { field_id: 'email', label: 'Work email', value: 'rosa at millbrook dot example' },
              { field_id: 'addr', label: 'Delivery address', value: '1200 W Jefferson St, Joliet' },
              { field_id: 'company', label: 'Company name', value: 'Millbrook Foodservice' },
              { field_id: 'fleet', label: 'How many vehicles?', value: 14 },
            ],
          },
        }),
      ),
    )
    renderRoute(CALL_PATH)
    const form = await screen.findByRole('region', { name: 'Form data' })
    expect(within(form).getByText(HIDDEN.email)).toBeInTheDocument()
    expect(within(form).getByText(HIDDEN.address)).toBeInTheDocument()
    expect(within(form).getByText('Millbrook Foodservice')).toBeInTheDocument()
    expect(within(form).getByText('14')).toBeInTheDocument()
    expect(form).not.toHaveTextContent(/millbrook dot|Jefferson/)
  })
})
