export type BaselineSegment = { start: number; speaker: string; text: string }

type CallEnvelope = {
  data: {
    recording_url: string
    transcript_data: { segments: { start_seconds: number; speaker: string; text: string }[] }
  }
}

/** Loads the call named by `?call=<id>` from the same API path the app reads. */
export async function loadTranscript() {
  const id = new URLSearchParams(window.location.search).get('call') ?? ''
  const response = await fetch(`/api/v1/calls/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' } })
  const { data } = (await response.json()) as CallEnvelope
  const segments: BaselineSegment[] = data.transcript_data.segments.map((segment) => ({
    start: segment.start_seconds,
    speaker: segment.speaker,
    text: segment.text,
  }))
  return { segments, recordingUrl: data.recording_url }
}

export function formatTime(seconds: number) {
  const whole = Math.floor(seconds)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${Math.floor(whole / 3600)}:${pad(Math.floor(whole / 60) % 60)}:${pad(whole % 60)}`
}

/** Where each case-insensitive occurrence of `needle` starts in `lowerText`. */
export function matchStarts(lowerText: string, needle: string) {
  const starts: number[] = []
  for (let at = lowerText.indexOf(needle); at !== -1; at = lowerText.indexOf(needle, at + needle.length)) starts.push(at)
  return starts
}
