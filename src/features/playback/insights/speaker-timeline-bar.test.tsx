import { render } from '@testing-library/react'
import { MediaProvider } from '@/features/playback/media/media-context'
import { resolveSpeakers } from '@/features/playback/transcript/speaker-colors'
import { SpeakerTimelineBar } from './speaker-timeline-bar'

const seg = (speaker: string, start: number, end: number) => ({ speaker, start, end, text: 'x', timed: true })

function drawnBar(segments: ReturnType<typeof seg>[], durationSeconds: number) {
  const { ofSegment } = resolveSpeakers(segments.map((segment) => segment.speaker))
  const { container } = render(
    <MediaProvider>
      <SpeakerTimelineBar segments={segments} speakerOf={ofSegment} durationSeconds={durationSeconds} />
    </MediaProvider>,
  )
  return container
}

describe(SpeakerTimelineBar.name, () => {
  it('draws each speaker once, in the speaker’s colour, hidden from screen readers', () => {
    const bar = drawnBar([seg('Ana', 0, 60), seg('Ben', 60, 120), seg('Ana', 120, 240)], 240)
    // eslint-disable-next-line testing-library/no-node-access -- the bar is hidden from assistive technology: no role finds it
    const paths = bar.querySelectorAll<SVGPathElement>('[aria-hidden="true"] path')
    expect(Array.from(paths, (path) => path.style.fill)).toEqual(['var(--speaker-1)', 'var(--speaker-2)'])
  })

  it('draws nothing for a call without a length', () => {
    expect(drawnBar([seg('Ana', 0, 60)], Number.NaN)).toBeEmptyDOMElement()
  })
})
