import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { server } from '../../../test/msw-server'
import { renderRouteReady } from '../../../test/render'
import { SERVER_MODE_PATH } from '@/api/server-mode-path'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'

describe('start page', () => {
  it('opens the call from a pasted call link', async () => {
    const { user, location } = await renderRouteReady('/')
    await user.click(screen.getByRole('textbox', { name: 'Call ID or link' }))
    await user.paste(`https://calls.example/calls/${DEMO_CALL_IDS.noShow}?t=5`)
    await user.click(screen.getByRole('button', { name: 'Open call' }))
    expect(location().pathname).toBe(`/calls/${DEMO_CALL_IDS.noShow}`)
  })

  it('opens the call from a bare id, whatever its case', async () => {
    const { user, location } = await renderRouteReady('/')
    await user.type(screen.getByRole('textbox', { name: 'Call ID or link' }), `${DEMO_CALL_IDS.closed.toUpperCase()}{Enter}`)
    expect(location().pathname).toBe(`/calls/${DEMO_CALL_IDS.closed}`)
  })

  it('explains input without a call id and stays put', async () => {
    const { user, location } = await renderRouteReady('/')
    const input = screen.getByRole('textbox', { name: 'Call ID or link' })
    await user.type(input, 'https://calls.example/calls/nope')
    await user.click(screen.getByRole('button', { name: 'Open call' }))
    expect(screen.getByText(/doesn’t contain a call ID/)).toBeInTheDocument()
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(location().pathname).toBe('/')
  })

  it('shows the recent calls in live mode too', async () => {
    server.use(http.get(SERVER_MODE_PATH, () => HttpResponse.json({ mode: 'live' })))
    await renderRouteReady('/')
    const list = await screen.findByRole('region', { name: 'Recent calls' })
    expect(await within(list).findAllByRole('link')).toHaveLength(5)
    expect(screen.queryByText(/Demo calls from the built-in sample data/)).not.toBeInTheDocument()
    expect(screen.queryByText(/Demo data/)).not.toBeInTheDocument()
  })
})
