import { act, screen, within } from '@testing-library/react'
import { field } from '../../../../test/description-list'
import { fakeMedia, getMediaElement } from '../../../../test/fake-media'
import { renderRoute } from '../../../../test/render'
import { normalizeCall } from '@/entities/call/call-schema'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'

const segments = normalizeCall(closedCall).transcript!.segments
const flatTireIndex = segments.findIndex((segment) => segment.text.includes('flat tire'))

async function openClosedCall(query = '') {
  const view = renderRoute(`/calls/${DEMO_CALL_IDS.closed}${query}`)
  const transcript = await screen.findByRole('region', { name: 'Transcript' })
  let media!: ReturnType<typeof fakeMedia>
  act(() => {
    media = fakeMedia(getMediaElement(), segments.at(-1)!.end)
  })
  return { ...view, transcript, media }
}

async function bulletAbout(words: string) {
  const items = await within(screen.getByRole('region', { name: 'AI summary' })).findAllByRole('listitem')
  return items.find((item) => item.textContent?.includes(words))!
}

describe('evidence links', () => {
  it('link a summary bullet to where it is said, named by the time', async () => {
    await openClosedCall()
    const bullet = await bulletAbout('live re-routing')
    const links = await within(bullet).findAllByRole('button', { name: /^Heard at \d+:\d\d$/ }, { timeout: 5000 })
    expect(links.length).toBeGreaterThanOrEqual(1)
    expect(links.length).toBeLessThanOrEqual(3)
  })

  it('seek the recording, keep it playing, and mark the matching words in the transcript row', async () => {
    const { transcript, user } = await openClosedCall()
    await act(() => getMediaElement().play())
    const bullet = await bulletAbout('live re-routing')
    const time = formatSeconds(segments[flatTireIndex]!.start)
    await user.click(await within(bullet).findByRole('button', { name: `Heard at ${time}` }, { timeout: 5000 }))

    expect(getMediaElement().currentTime).toBe(segments[flatTireIndex]!.start)
    expect(getMediaElement().paused).toBe(false)
    const row = within(transcript).getByText((_, element) => element?.tagName === 'LI' && element.textContent?.includes(segments[flatTireIndex]!.text.slice(0, 40)) === true)
    const marked = within(row).getAllByText((_, element) => element?.tagName === 'MARK').map((mark) => mark.textContent)
    expect(marked).toEqual(expect.arrayContaining(['flat', 'tire']))
  })

  it('show every speaker again when the speaker filter hides the linked row', async () => {
    const { transcript, user } = await openClosedCall()
    await user.selectOptions(within(transcript).getByRole('combobox', { name: /speaker/i }), 'Maya Okafor')
    const bullet = await bulletAbout('live re-routing')
    await user.click((await within(bullet).findAllByRole('button', { name: /^Heard at/ }, { timeout: 5000 }))[0]!)
    expect(within(transcript).getByRole('combobox', { name: /speaker/i })).toHaveDisplayValue('All speakers')
  })

  it('are left out for a form answer the call never mentions', async () => {
    await openClosedCall()
    const item = await bulletAbout('live re-routing')
    await within(item).findAllByRole('button', { name: /^Heard at/ }, { timeout: 5000 })
    const website = field(screen.getByRole('region', { name: 'Form data' }), 'Company website')
    expect(within(website).queryByRole('button', { name: /^Heard at/ })).not.toBeInTheDocument()
  })
})

function formatSeconds(seconds: number) {
  const whole = Math.floor(seconds)
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}
