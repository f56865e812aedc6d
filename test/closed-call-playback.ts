// The closed demo call's page with its media element under the test's control, and the transcript's rows.
import { act, screen, within } from '@testing-library/react'
import { normalizeCall } from '@/entities/call/call-schema'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'
import { fakeMedia, getMediaElement } from './fake-media'
import { renderRoute } from './render'

export const closedCallSegments = normalizeCall(closedCall).transcript!.segments
export const closedCallDuration = closedCallSegments.at(-1)!.end

export async function openClosedCall(query = '') {
  const view = renderRoute(`/calls/${DEMO_CALL_IDS.closed}${query}`)
  const transcript = await screen.findByRole('region', { name: 'Transcript' })
  let media!: ReturnType<typeof fakeMedia>
  act(() => {
    media = fakeMedia(getMediaElement(), closedCallDuration)
  })
  return { ...view, transcript, media }
}

export function transcriptRows(transcript: HTMLElement) {
  return within(within(transcript).getByRole('list', { name: 'Transcript segments' })).getAllByRole('listitem')
}
