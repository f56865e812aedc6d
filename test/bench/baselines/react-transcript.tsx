import { useEffect, useMemo, useRef, useState } from 'react'
import { loadTranscript, matchStarts, type BaselineSegment } from './load-transcript'
import { ReactTranscriptRow } from './react-transcript-row'

export function ReactTranscript() {
  const [transcript, setTranscript] = useState<Awaited<ReturnType<typeof loadTranscript>> | null>(null)
  const [currentTime, setCurrentTime] = useState(0)
  const [query, setQuery] = useState('')
  const scrollerRef = useRef<HTMLDivElement>(null)
  const needle = query.trim().toLowerCase()
  const segments = transcript?.segments ?? []
  const matchCount = useMemo(() => countMatches(segments, needle), [segments, needle])

  useEffect(() => {
    void loadTranscript().then(setTranscript)
  }, [])
  useEffect(() => {
    scrollerRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' })
  }, [currentTime])
  useEffect(() => {
    scrollerRef.current?.querySelector('mark')?.scrollIntoView({ block: 'nearest' })
  }, [needle])

  return (
    <section aria-labelledby="transcript-heading">
      <h2 id="transcript-heading">Transcript</h2>
      <audio controls preload="metadata" src={transcript?.recordingUrl} onTimeUpdate={(event) => setCurrentTime(event.currentTarget.currentTime)} />
      <div className="toolbar">
        <input type="search" aria-label="Search transcript" aria-describedby="search-status" value={query} onChange={(event) => setQuery(event.target.value)} />
        <span id="search-status" role="status">
          {needle ? `${matchCount} matches` : ''}
        </span>
      </div>
      <div ref={scrollerRef} className="scroller">
        <ol>
          {segments.map((segment, index) => (
            <ReactTranscriptRow
              key={index}
              segment={segment}
              isActive={segment.start <= currentTime && currentTime < (segments[index + 1]?.start ?? Infinity)}
              needle={needle}
            />
          ))}
        </ol>
      </div>
    </section>
  )
}

function countMatches(segments: BaselineSegment[], needle: string) {
  if (!needle) return 0
  return segments.reduce((count, segment) => count + matchStarts(segment.text.toLowerCase(), needle).length, 0)
}
