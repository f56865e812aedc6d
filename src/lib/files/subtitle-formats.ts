export type Cue = { start: number; end: number; speaker: string | null; text: string }

// Players reject cues that end before they start; a zero-length cue still gets a moment on screen.
const MIN_CUE_SECONDS = 0.5

function clock(seconds: number, separator: ',' | '.') {
  const totalMs = Math.max(0, Math.round(seconds * 1000))
  const hours = Math.floor(totalMs / 3_600_000)
  const minutes = Math.floor((totalMs % 3_600_000) / 60_000)
  const secs = Math.floor((totalMs % 60_000) / 1000)
  const ms = totalMs % 1000
  const pad = (value: number, size = 2) => String(value).padStart(size, '0')
  return `${pad(hours)}:${pad(minutes)}:${pad(secs)}${separator}${pad(ms, 3)}`
}

function cueEnd(cue: Cue) {
  return Math.max(cue.end, cue.start + MIN_CUE_SECONDS)
}

/** Blank lines end a cue in both formats, so text keeps single line breaks only. */
function cueText(text: string) {
  return text.replace(/\r\n?/g, '\n').replace(/\n\s*\n+/g, '\n').trim() || '…'
}

export function toSrt(cues: readonly Cue[]) {
  return cues
    .map((cue, index) => {
      const text = cueText(cue.speaker ? `${cue.speaker}: ${cue.text}` : cue.text)
      return `${index + 1}\n${clock(cue.start, ',')} --> ${clock(cueEnd(cue), ',')}\n${text}\n`
    })
    .join('\n')
}

function escapeVtt(text: string) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export const WEBVTT_SIGNATURE = 'WEBVTT\n'

/** One cue of a WebVTT file, with the blank line before it: the file is the signature and then these. */
export function webVttCue(cue: Cue) {
  const text = escapeVtt(cueText(cue.text))
  const voice = cue.speaker ? `<v ${escapeVtt(cue.speaker.replace(/\s+/g, ' '))}>` : ''
  return `\n${clock(cue.start, '.')} --> ${clock(cueEnd(cue), '.')}\n${voice}${text}\n`
}

export function toWebVtt(cues: readonly Cue[]) {
  return WEBVTT_SIGNATURE + cues.map(webVttCue).join('')
}
