import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { server } from '../../../test/msw-server'
import { renderRoute, renderRouteReady } from '../../../test/render'
import { SERVER_MODE_PATH } from '@/api/server-mode-path'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'
import { readPageContext } from './server-mode'
import { signInAgainHref } from './session-ended'

function serveContext(context: Record<string, unknown>) {
  server.use(http.get(SERVER_MODE_PATH, () => HttpResponse.json({ mode: 'live', ...context })))
}

describe('the top bar when teammates sign in', () => {
  it('names the signed-in viewer and posts Sign out to the server', async () => {
    serveContext({ viewer: { email: 'alice@team.example', name: 'Alice Adeyemi' }, signOut: { method: 'post', url: '/auth/logout' } })
    await renderRouteReady('/')
    const banner = screen.getByRole('banner')
    expect(await within(banner).findByText('Alice Adeyemi')).toHaveAttribute('title', 'Alice Adeyemi (alice@team.example)')
    expect(within(banner).getByText('Signed in as')).toHaveClass('sr-only')
    const form = within(banner).getByRole('form', { name: 'Sign out' })
    expect(form).toHaveAttribute('action', '/auth/logout')
    expect(form).toHaveAttribute('method', 'post')
    expect(within(form).getByRole('button', { name: 'Sign out' })).toHaveAttribute('type', 'submit')
  })

  it('links to the sign-in proxy’s own sign-out page, and shows the email when there is no name', async () => {
    serveContext({ viewer: { email: 'ops@partner.example' }, signOut: { method: 'get', url: 'https://proxy.team.example/oauth2/sign_out' } })
    await renderRouteReady('/')
    const banner = screen.getByRole('banner')
    expect(await within(banner).findByText('ops@partner.example')).toBeInTheDocument()
    expect(within(banner).getByRole('link', { name: 'Sign out' })).toHaveAttribute('href', 'https://proxy.team.example/oauth2/sign_out')
  })

  it('shows nobody and no Sign out without sign-in', async () => {
    await renderRouteReady('/')
    expect(await screen.findByText(/Demo data/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument()
    expect(screen.queryByText(/Not protected/)).not.toBeInTheDocument()
  })

  it('says plainly when anyone who reaches the address can read the calls', async () => {
    serveContext({ exposed: true })
    await renderRouteReady('/')
    expect(await screen.findByRole('note')).toHaveTextContent('Not protected: anyone who can reach this address can read your calls')
  })
})

describe('a session that ends while the page is open', () => {
  it('says so over the page and offers to sign in again, back to the same link', async () => {
    server.use(
      http.get(`/api/v1/calls/${DEMO_CALL_IDS.closed}`, () =>
        HttpResponse.json({ success: false, error: 'Your session has ended.', code: 'SESSION_ENDED', requestId: 'srv-1' }, { status: 401 }),
      ),
    )
    renderRoute(`/calls/${DEMO_CALL_IDS.closed}?t=754&q=pricing`)
    const notice = (await screen.findAllByRole('alert')).find((alert) => alert.textContent?.includes('Sign in again to keep reviewing'))!
    expect(notice).toHaveTextContent('Your session has ended.')
    expect(within(notice).getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
      'href',
      `/auth/login?returnTo=${encodeURIComponent(`/calls/${DEMO_CALL_IDS.closed}?t=754&q=pricing`)}`,
    )
    expect(await screen.findByRole('heading', { level: 1, name: 'Your session has ended' })).toBeInTheDocument()
    expect(screen.queryByText(/API key is missing/)).not.toBeInTheDocument()
  })
})

describe(signInAgainHref.name, () => {
  it('keeps the query and sets t to where the recording is', () => {
    const media = { currentTime: 812.6 } as HTMLMediaElement
    expect(signInAgainHref({ pathname: '/calls/x', search: '?t=754&q=pricing' }, media)).toBe(
      `/auth/login?returnTo=${encodeURIComponent('/calls/x?t=812&q=pricing')}`,
    )
    expect(signInAgainHref({ pathname: '/', search: '' }, null)).toBe(`/auth/login?returnTo=${encodeURIComponent('/')}`)
  })
})

describe(readPageContext.name, () => {
  it.each([null, 'demo', 42, { viewer: { email: 7 } }, { signOut: { method: 'post', url: 'javascript:alert(1)' } }, { signOut: { method: 'get', url: '//evil.example' } }])(
    'names nobody and offers no sign-out for %j',
    (body) => {
      expect(readPageContext(body)).toMatchObject({ viewer: null, signOut: null, exposed: false })
    },
  )

  it('reads a complete answer', () => {
    expect(
      readPageContext({ mode: 'demo', viewer: { email: 'a@b.example', name: '' }, signOut: { method: 'post', url: '/auth/logout' }, exposed: true }),
    ).toEqual({ mode: 'demo', viewer: { email: 'a@b.example', name: null }, signOut: { method: 'post', url: '/auth/logout' }, exposed: true })
  })
})
