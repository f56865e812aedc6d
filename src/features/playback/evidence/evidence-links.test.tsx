import { act, screen, within } from '@testing-library/react'
import { field } from '../../../../test/description-list'
import { fakeMedia, getMediaElement } from '../../../../test/fake-media'
import { renderRoute } from '../../../../test/render'
import { normalizeCall } from '@/entities/call/call-schema'
import { formatTimestamp } from '@/lib/format/format'
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
    const links = await within(bullet).findAllByRole('button', { name: /^Heard at \d+:\d\d$/ })
    expect(links.length).toBeGreaterThanOrEqual(1)
    expect(links.length).toBeLessThanOrEqual(3)
  })

  it('seek the recording, keep it playing, and mark the matching words in the transcript row', async () => {
    const { transcript, user } = await openClosedCall()
    await act(() => getMediaElement().play())
    const bullet = await bulletAbout('live re-routing')
    const time = formatTimestamp(segments[flatTireIndex]!.start)
    await user.click(await within(bullet).findByRole('button', { name: `Heard at ${time}` }))

    expect(getMediaElement().currentTime).toBe(segments[flatTireIndex]!.start)
    expect(getMediaElement().paused).toBe(false)
    const row = within(transcript).getByText((_, element) => element?.tagName === 'LI' && element.textContent?.includes(segments[flatTireIndex]!.text.slice(0, 40)) === true)
    const marked = within(row).getAllByText((_, element) => element?.tagName === 'MARK').map((mark) => mark.textContent)
    expect(marked).toEqual(expect.arrayContaining(['flat', 'tire']))
  })

  it('follow playback from the linked row once the recording has loaded', async () => {
    const { transcript, user } = await openClosedCall()
    const bullet = await bulletAbout('live re-routing')
    await user.click((await within(bullet).findAllByRole('button', { name: /^Heard at/ }))[0]!)
    expect(within(transcript).queryByRole('button', { name: 'Back to current' })).not.toBeInTheDocument()
  })

  it('show every speaker again when the speaker filter hides the linked row', async () => {
    const { transcript, user } = await openClosedCall()
    await user.selectOptions(within(transcript).getByRole('combobox', { name: /speaker/i }), 'Maya Okafor')
    const bullet = await bulletAbout('live re-routing')
    await user.click((await within(bullet).findAllByRole('button', { name: /^Heard at/ }))[0]!)
    expect(within(transcript).getByRole('combobox', { name: /speaker/i })).toHaveDisplayValue('All speakers')
  })

  it('are left out for a form answer the call never mentions', async () => {
    await openClosedCall()
    const item = await bulletAbout('live re-routing')
    await within(item).findAllByRole('button', { name: /^Heard at/ })
    const website = field(screen.getByRole('region', { name: 'Form data' }), 'Company website')
    expect(within(website).queryByRole('button', { name: /^Heard at/ })).not.toBeInTheDocument()
  })
})


describe('figures on the form, against what was said', () => {
  it('say where the call agrees with a number on the form', async () => {
    await openClosedCall()
    const fleet = field(screen.getByRole('region', { name: 'Form data' }), 'How many vehicles do you dispatch each day?')
    expect(await within(fleet).findByRole('note')).toHaveTextContent(/^Said “fourteen trucks” at \d+:\d\d$/)
  })

  it('show a number the call says differently, with both sides and where it is said', async () => {
    const { user } = await openClosedCall()
    const stops = field(screen.getByRole('region', { name: 'Form data' }), 'How many stops do you run on a typical day?')
    const note = await within(stops).findByRole('note')
    expect(note).toHaveTextContent(/^Differs from the call: the form says 150; the call says “a hundred and seventy” at \d+:\d\d and “a hundred and ninety” at \d+:\d\d/)
    const said = segments.find((segment) => segment.text.includes('a hundred and seventy'))!
    await user.click(within(note).getAllByRole('button')[0]!)
    expect(getMediaElement().currentTime).toBe(said.start)
  })
})
