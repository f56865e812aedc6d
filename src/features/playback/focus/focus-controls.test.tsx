import { act, screen, within } from '@testing-library/react'
import { fakeMedia, getMediaElement } from '../../../../test/fake-media'
import { renderRoute } from '../../../../test/render'
import { normalizeCall } from '@/entities/call/call-schema'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'

const segments = normalizeCall(closedCall).transcript!.segments
const duration = segments.at(-1)!.end

async function openClosedCall() {
  const view = renderRoute(`/calls/${DEMO_CALL_IDS.closed}`)
  const recording = await screen.findByRole('region', { name: 'Recording' })
  let media!: ReturnType<typeof fakeMedia>
  act(() => {
    media = fakeMedia(getMediaElement(), duration)
  })
  return { ...view, recording, media }
}

describe('focused listening', () => {
  beforeEach(() => localStorage.clear())

  it('plays only the chosen speaker: entering another speaker’s turn jumps past it', async () => {
    const { recording, user, media } = await openClosedCall()
    await user.selectOptions(within(recording).getByRole('combobox', { name: 'Play only' }), 'Marcus Bellamy')
    expect(within(recording).getByText(/^listening to \d+:\d\d of 36:\d\d$/)).toBeInTheDocument()

    const maya = segments.findIndex((segment, index) => index > 0 && segment.speaker === 'Maya Okafor' && segments[index + 1]!.start >= segment.end)
    await act(() => getMediaElement().play())
    act(() => media.advanceTo(segments[maya]!.start + 0.5))
    expect(getMediaElement().currentTime).toBe(segments[maya]!.end)
  })

  it('remembers the choice in this browser for the next visit', async () => {
    const first = await openClosedCall()
    await first.user.selectOptions(within(first.recording).getByRole('combobox', { name: 'Play only' }), 'Rosa Delgado')
    await first.user.click(within(first.recording).getByRole('checkbox', { name: 'Skip silences' }))
    first.unmount()

    const { recording } = await openClosedCall()
    expect(within(recording).getByRole('combobox', { name: 'Play only' })).toHaveDisplayValue('Rosa Delgado')
    expect(within(recording).getByRole('checkbox', { name: 'Skip silences' })).toBeChecked()
    expect(within(recording).getByRole('spinbutton', { name: /longer than/ })).toHaveValue(2)
  })

  it('plays everything, and says nothing about time saved, until asked to focus', async () => {
    const { recording, media } = await openClosedCall()
    expect(within(recording).getByRole('combobox', { name: 'Play only' })).toHaveDisplayValue('Everyone')
    expect(within(recording).queryByText(/^listening to/)).not.toBeInTheDocument()
    await act(() => getMediaElement().play())
    act(() => media.advanceTo(segments[1]!.start + 0.5))
    expect(getMediaElement().currentTime).toBe(segments[1]!.start + 0.5)
  })
})
