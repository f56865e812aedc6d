import { readApiDate } from '@/lib/dates/dates'
import { normalizeCall } from '@/entities/call/call-schema'
import { exportFileName, exportTranscript } from './transcript-export'
import { buildTranscriptModel } from './transcript-model'

const call = normalizeCall({
  id: '30283b2e-54c2-47b5-a562-00bc2f51be98',
  scheduled_at: '2026-11-17T15:00:00Z',
  transcript_data: {
    segments: [
      { start_seconds: 0, end_seconds: 4.2, speaker: 'Maya Okafor', text: 'Good morning, Marcus!' },
      { start_seconds: 4.5, end_seconds: 9, speaker: null, text: '  Morning, Maya.  ' },
      { start_seconds: 3725, end_seconds: 3730, speaker: 'Maya Okafor', text: 'An hour in.' },
    ],
  },
})
const model = buildTranscriptModel(call.transcript!)

describe(exportFileName.name, () => {
  it('names the file after the call date and id', () => {
    expect(exportFileName(call, 'srt')).toBe('call-2026-11-17-30283b2e-transcript.srt')
  })

  it('leaves out a date it cannot read', () => {
    expect(exportFileName({ id: call.id, scheduledAt: readApiDate('soon') }, 'txt')).toBe('call-30283b2e-transcript.txt')
  })
})

describe(exportTranscript.name, () => {
  it('writes plain text with a speaker and timestamp per paragraph', () => {
    expect(exportTranscript(model, call, 'txt')).toBe(
      '[0:00:00] Maya Okafor\nGood morning, Marcus!\n\n[0:00:04] Unknown speaker\nMorning, Maya.\n\n[1:02:05] Maya Okafor\nAn hour in.\n',
    )
  })

  it('writes JSON that round-trips every segment', () => {
    const parsed = JSON.parse(exportTranscript(model, call, 'json')) as { callId: string; segments: unknown[] }
    expect(parsed.callId).toBe(call.id)
    expect(parsed.segments[1]).toEqual({ start_seconds: 4.5, end_seconds: 9, speaker: null, text: '  Morning, Maya.  ' })
  })

  it('writes subtitle formats', () => {
    expect(exportTranscript(model, call, 'srt')).toContain('3\n01:02:05,000 --> 01:02:10,000\nMaya Okafor: An hour in.')
    expect(exportTranscript(model, call, 'vtt')).toMatch(/^WEBVTT\n/)
  })
})
