import { normalizeCall } from './call-schema'
import { readDurations, resolveDuration } from './duration-sources'

const ID = '550e8400-e29b-41d4-a716-446655440000'
const call = (fields: Record<string, unknown>) => normalizeCall({ id: ID, ...fields })
const STARTED = { started_at: '2026-11-17T15:00:00Z', ended_at: '2026-11-17T15:36:00Z' }

describe(readDurations.name, () => {
  it('reads every source, most trusted first', () => {
    expect(readDurations(call({ duration_minutes: 45, ...STARTED, transcript_data: { duration_seconds: 2184 } }))).toEqual([
      { source: 'listed', seconds: 2700 },
      { source: 'timestamps', seconds: 2160 },
      { source: 'transcript', seconds: 2184 },
    ])
  })

  it('falls back to the last segment end when the transcript has no duration', () => {
    const transcript_data = {
      duration_seconds: 0,
      segments: [
        { start_seconds: 0, end_seconds: 12, text: 'Hi' },
        { start_seconds: 1500, end_seconds: 1530.5, text: 'Bye' },
      ],
    }
    expect(readDurations(call({ transcript_data }))).toEqual([{ source: 'transcript', seconds: 1530.5 }])
  })

  it.each([
    ['a negative listed duration', { duration_minutes: -5 }],
    ['an end before the start', { started_at: '2026-11-17T15:36:00Z', ended_at: '2026-11-17T15:00:00Z' }],
    ['an invalid end', { started_at: '2026-11-17T15:00:00Z', ended_at: '2026-02-30T10:00:00Z' }],
    ['a text duration', { duration_minutes: '45' }],
    ['an empty transcript', { transcript_data: { duration_seconds: 0, segments: [] } }],
    ['nothing at all', {}],
  ])('ignores %s', (_name, fields) => {
    expect(readDurations(call(fields))).toEqual([])
  })
})

describe(resolveDuration.name, () => {
  it('picks the most trusted reading and agrees within a minute', () => {
    const result = resolveDuration(call({ duration_minutes: 36, transcript_data: { duration_seconds: 2184 } }))
    expect(result.best).toEqual({ source: 'listed', seconds: 2160 })
    expect(result.disagree).toBe(false)
  })

  it('flags readings more than a minute apart', () => {
    expect(resolveDuration(call({ duration_minutes: 45, ...STARTED })).disagree).toBe(true)
  })

  it('has no best reading without data', () => {
    expect(resolveDuration(call({}))).toEqual({ best: null, readings: [], disagree: false })
  })
})
