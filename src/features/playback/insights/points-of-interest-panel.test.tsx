import { act, screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { fakeMedia, getMediaElement } from '../../../../test/fake-media'
import { server } from '../../../../test/msw-server'
import { renderRoute } from '../../../../test/render'
import { normalizeCall } from '@/entities/call/call-schema'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'

const segments = normalizeCall(closedCall).transcript!.segments

async function openCall() {
  const view = renderRoute(`/calls/${DEMO_CALL_IDS.closed}`)
  // Until its chunk has loaded, the region is a placeholder of the same name: wait for the list, then take the region.
  await screen.findByRole('list', { name: 'Points' })
  act(() => {
    fakeMedia(getMediaElement(), segments.at(-1)!.end)
  })
  return { ...view, region: screen.getByRole('region', { name: 'Points of interest' }) }
}

function serveTranscript(transcript: unknown) {
  server.use(
    http.get(`/api/v1/calls/${DEMO_CALL_IDS.closed}`, () => HttpResponse.json({ success: true, data: { ...closedCall, transcript_data: transcript } })),
  )
}

function kindFilter(region: HTMLElement, name: RegExp) {
  return within(region).getByRole('button', { name })
}

describe('points of interest', () => {
  it('lists questions, amounts, numbers, dates and next steps with their time and speaker', async () => {
    const { region } = await openCall()
    for (const name of [/^Questions \d+$/, /^Money \d+$/, /^Numbers \d+$/, /^Dates \d+$/, /^Next steps \d+$/]) {
      expect(kindFilter(region, name)).toHaveAttribute('aria-pressed', 'false')
    }
    const items = within(within(region).getByRole('list', { name: 'Points' })).getAllByRole('button')
    expect(items[0]).toHaveAccessibleName(/^\d+:\d\d (Question|Money|Number|Date|Next step) (Maya Okafor|Marcus Bellamy|Rosa Delgado) /)
  })

  it('narrows to one kind and one speaker, and says when nothing is left', async () => {
    const { region, user } = await openCall()
    await user.click(kindFilter(region, /^Money \d+$/))
    expect(kindFilter(region, /^Money \d+$/)).toHaveAttribute('aria-pressed', 'true')
    const amounts = within(within(region).getByRole('list', { name: 'Points' })).getAllByRole('button')
    expect(amounts.every((item) => item.textContent?.includes('Money'))).toBe(true)
    expect(amounts.map((item) => item.textContent)).toContainEqual(expect.stringContaining('fifty-eight hundred dollars a month'))

    await user.selectOptions(within(region).getByRole('combobox', { name: 'Points from speaker' }), 'Rosa Delgado')
    expect(within(region).getByText('No points of these kinds from this speaker.')).toBeInTheDocument()
  })

  it('moves playback to the next and previous point, marking the phrase in the transcript', async () => {
    const { region, user } = await openCall()
    await user.click(kindFilter(region, /^Money \d+$/))
    const first = segments.findIndex((segment) => segment.text.includes('fifty-eight hundred dollars a month'))
    await user.click(within(region).getByRole('button', { name: 'Next point' }))
    expect(getMediaElement().currentTime).toBe(segments[first]!.start)
    const transcript = screen.getByRole('region', { name: 'Transcript' })
    expect(await within(transcript).findByText('fifty-eight hundred dollars a month', { selector: 'mark' })).toBeInTheDocument()

    await user.click(within(region).getByRole('button', { name: 'Next point' }))
    expect(getMediaElement().currentTime).toBeGreaterThan(segments[first]!.start)
    await user.click(within(region).getByRole('button', { name: 'Previous point' }))
    expect(getMediaElement().currentTime).toBe(segments[first]!.start)
  })

  it('jumps with N and P from anywhere on the page', async () => {
    const { region, user } = await openCall()
    await user.click(kindFilter(region, /^Dates \d+$/))
    await user.keyboard('n')
    const firstDate = getMediaElement().currentTime
    expect(firstDate).toBeGreaterThan(0)
    await user.keyboard('n')
    expect(getMediaElement().currentTime).toBeGreaterThan(firstDate)
    await user.keyboard('p')
    expect(getMediaElement().currentTime).toBe(firstDate)
  })

  it('finds unpunctuated questions in a transcript without times or speakers', async () => {
    serveTranscript({
      segments: [
        { text: 'how many trucks do you run today' },
        { text: 'we run fourteen trucks out of one warehouse' },
        { text: 'ill send the order form by friday' },
      ],
    })
    renderRoute(`/calls/${DEMO_CALL_IDS.closed}`)
    const list = await screen.findByRole('list', { name: 'Points' })
    const texts = within(list).getAllByRole('button').map((item) => item.textContent)
    expect(texts).toContainEqual(expect.stringContaining('how many trucks do you run today'))
    expect(texts).toContainEqual(expect.stringContaining('fourteen trucks'))
    expect(texts).toContainEqual(expect.stringContaining('friday'))
    expect(texts.every((text) => text?.startsWith('—'))).toBe(true)
  })
})
