// The call every subject shows: the long demo call, fetched once from the app's
// own demo API and then handed to each page at the same path, the same way.
import type { CDPSession } from 'playwright-core'
import { findActiveSegment } from '../../src/features/playback/transcript/active-segment'

type Envelope = {
  data: {
    transcript_data: { duration_seconds: number; segments: { start_seconds: number; text: string }[] }
  } & Record<string, unknown>
}

export type BenchCall = Awaited<ReturnType<typeof loadBenchCall>>

export async function loadBenchCall(previewUrl: string, callId: string) {
  const apiPath = `/api/v1/calls/${callId}`
  const response = await fetch(`${previewUrl}${apiPath}`)
  if (!response.ok) throw new Error(`GET ${apiPath} answered ${response.status}`)
  const envelope = (await response.json()) as Envelope
  // The long demo call comes without a recording, and a page without a media
  // element has no playback to follow; it borrows the short demo call's audio.
  envelope.data.has_recording = true
  envelope.data.recording_url = `${previewUrl}/demo-media/closed-call.ogg`
  const { duration_seconds: durationSeconds, segments } = envelope.data.transcript_data
  const starts = segments.map((segment) => segment.start_seconds)
  return {
    apiPath,
    body: Buffer.from(JSON.stringify(envelope)).toString('base64'),
    durationSeconds,
    segmentCount: segments.length,
    /** The text of the segment spoken at `seconds`: the last one starting at or before it. */
    textAt: (seconds: number) => segments[findActiveSegment(starts, seconds)]?.text ?? '',
    countMatches: (word: string) => {
      const needle = word.toLowerCase()
      return segments.reduce((count, { text }) => count + text.toLowerCase().split(needle).length - 1, 0)
    },
  }
}

/** Answers the page's request for the call from memory, so every subject gets it over the same path at the same cost. */
export async function serveCall(cdp: CDPSession, call: BenchCall) {
  cdp.on('Fetch.requestPaused', ({ requestId }) => {
    void cdp.send('Fetch.fulfillRequest', {
      requestId,
      responseCode: 200,
      responseHeaders: [
        { name: 'content-type', value: 'application/json; charset=utf-8' },
        { name: 'cache-control', value: 'no-store' },
      ],
      body: call.body,
    })
  })
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: `*${call.apiPath}`, requestStage: 'Request' }] })
}
