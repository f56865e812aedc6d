import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { formatTimestamp } from '@/lib/format/format'
import type { TranscriptModel } from './transcript-model'

/**
 * The whole transcript as plain rows, rendered only while printing: the
 * on-screen list is virtualized and holds just the rows in view.
 */
export function PrintTranscript({ model }: { model: TranscriptModel }) {
  const [printing, setPrinting] = useState(false)

  useEffect(() => {
    // The print layout is computed right after `beforeprint`, so render synchronously.
    const before = () => flushSync(() => setPrinting(true))
    const after = () => setPrinting(false)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])

  if (!printing) return null
  return (
    <ol className="hidden text-sm print:block">
      {model.segments.map((segment, index) => (
        <li key={index} className="break-inside-avoid py-1">
          <span className="font-mono text-xs">{segment.timed ? formatTimestamp(segment.start, model.durationSeconds) : ''}</span>{' '}
          <strong>{model.speakerOf[index]!.label}</strong>: {segment.text}
        </li>
      ))}
    </ol>
  )
}
