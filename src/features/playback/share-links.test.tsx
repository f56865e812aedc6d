import { act, screen, within } from '@testing-library/react'
import { fakeMedia, getMediaElement } from '../../../test/fake-media'
import { renderRoute } from '../../../test/render'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'

const callUrl = `http://localhost:3000/calls/${DEMO_CALL_IDS.closed}`

async function openCall() {
  const view = renderRoute(`/calls/${DEMO_CALL_IDS.closed}`)
  await screen.findByRole('region', { name: 'Transcript' })
  let media!: ReturnType<typeof fakeMedia>
  act(() => {
    media = fakeMedia(getMediaElement(), 2200)
  })
  return { ...view, media }
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share')
})

describe('sharing links', () => {
  it('copies the call link and confirms it', async () => {
    const { user } = await openCall()
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await screen.findByText('Link copied')).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toBe(callUrl)
  })

  it('copies a link at the current playback position', async () => {
    const { user, media } = await openCall()
    act(() => media.advanceTo(754.6))
    await user.click(screen.getByRole('button', { name: 'Copy link at 12:34' }))
    expect(await screen.findByText('Link copied')).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toBe(`${callUrl}?t=754`)
  })

  it('copies a link to one transcript moment', async () => {
    const { user } = await openCall()
    const transcript = screen.getByRole('region', { name: 'Transcript' })
    await user.click(within(transcript).getByRole('button', { name: 'Copy link to this moment (0:15)' }))
    expect(await within(transcript).findByText('Link copied')).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toMatch(new RegExp(`^${callUrl}\\?t=15$`))
  })

  it('uses the Web Share sheet where the browser has one', async () => {
    const share = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'share', { value: share, configurable: true })
    const { user } = await openCall()
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await screen.findByText('Shared')).toBeInTheDocument()
    expect(share).toHaveBeenCalledWith({ url: callUrl, title: expect.stringMatching(/^Call/) as string })
  })

  it('says nothing when the user cancels the share sheet, and copies nothing', async () => {
    let cancelled: Promise<never> | undefined
    Object.defineProperty(navigator, 'share', {
      value: () => (cancelled = Promise.reject(new DOMException('cancelled', 'AbortError'))),
      configurable: true,
    })
    await navigator.clipboard.writeText('before')
    const { user } = await openCall()
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    // Let the cancelled share and what follows it settle before looking.
    await act(async () => {
      await cancelled?.catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, 0))
    })
    expect(cancelled).toBeDefined()
    expect(screen.queryByText(/Shared|Link copied|Couldn’t copy/)).not.toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toBe('before')
  })
})
