import { act, screen } from '@testing-library/react'
import { memo, type ComponentProps } from 'react'
import { fakeMedia, getMediaElement } from '../../../../test/fake-media'
import { renderRoute } from '../../../../test/render'
import { normalizeCall } from '@/entities/call/call-schema'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'

const rowRenders = vi.hoisted(() => ({ count: 0 }))

vi.mock('./transcript-row', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./transcript-row')>()
  const Row = actual.TranscriptRow
  // Same memo comparison as the real row: counts the renders that get past it.
  const Counted = memo(function Counted(props: ComponentProps<typeof Row>) {
    rowRenders.count += 1
    return <Row {...props} />
  })
  return { TranscriptRow: Counted }
})

it('moving the highlight re-renders only the rows it leaves and enters', async () => {
  const segments = normalizeCall(closedCall).transcript!.segments
  renderRoute(`/calls/${DEMO_CALL_IDS.closed}`)
  await screen.findByRole('region', { name: 'Transcript' })
  let media!: ReturnType<typeof fakeMedia>
  act(() => {
    media = fakeMedia(getMediaElement(), segments.at(-1)!.end)
  })
  act(() => media.advanceTo(segments[0]!.start))
  rowRenders.count = 0

  // 240 time updates, 4 a second, across the first minute
  const steps = Array.from({ length: 240 }, (_, step) => segments[0]!.start + step * 0.25)
  const changes = new Set(steps.map((time) => segments.findLastIndex((segment) => segment.start <= time))).size - 1
  for (const time of steps) act(() => media.advanceTo(time))

  expect(changes).toBeGreaterThan(3)
  expect(rowRenders.count).toBeLessThanOrEqual(changes * 2)
})
