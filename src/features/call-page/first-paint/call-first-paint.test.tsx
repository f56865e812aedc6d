import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { normalizeCall } from '@/entities/call/call-schema'
import type { JourneyPreviewWords } from '@/features/lead-journey/journey-summary'
import { CallFirstPaint, FIRST_PAINT_ROWS } from './call-first-paint'

const ID = '30283b2e-54c2-47b5-a562-00bc2f51be98'

function segments(count: number, startEvery = 30) {
  return Array.from({ length: count }, (_, index) => ({
    start_seconds: index * startEvery,
    end_seconds: index * startEvery + 20,
    speaker: index % 2 === 0 ? 'Maya Okafor' : 'Marcus Bellamy',
    text: `Line ${index + 1}`,
  }))
}

type Drawn = { isDemo?: boolean; leadName?: string | null; journey?: JourneyPreviewWords | null }

function drawn(raw: Record<string, unknown>, { isDemo = false, leadName = null, journey = null }: Drawn = {}) {
  return render(<CallFirstPaint call={normalizeCall({ id: ID, ...raw })} leadName={leadName} journey={journey} daysLocale="en-US" isDemo={isDemo} />)
}

describe('the server’s first view of a call', () => {
  it('shows the call’s title, status and the first transcript rows with their times and speakers', () => {
    drawn({ status: 'closed', lead_id: 'lead-1', transcript_data: { duration_seconds: 900, segments: segments(40) } })
    expect(screen.getByRole('heading', { level: 1, name: 'Call 30283b2e' })).toBeInTheDocument()
    expect(screen.getByText('Closed')).toBeInTheDocument()
    const transcript = screen.getByRole('region', { name: 'Transcript' })
    expect(within(transcript).getByText('40 segments')).toBeInTheDocument()
    const rows = within(transcript).getAllByRole('listitem')
    expect(rows).toHaveLength(FIRST_PAINT_ROWS)
    expect(rows[0]).toHaveTextContent('0:00Maya OkaforLine 1')
    expect(rows[1]).toHaveTextContent('0:30Marcus BellamyLine 2')
    // The lead's calls and the recording hold their room while the app loads them.
    expect(screen.getByRole('region', { name: 'Calls with this lead' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Recording' })).toBeInTheDocument()
  })

  it('names the lead in the title when the lead arrived with the call', () => {
    drawn({ lead_id: 'lead-1' }, { leadName: 'Marcus Bellamy' })
    expect(screen.getByRole('heading', { level: 1, name: 'Call with Marcus Bellamy' })).toBeInTheDocument()
  })

  it('says where the call sits among the lead’s calls, its days as times for the page to write', () => {
    const day = new Date('2026-12-07T15:00:00Z')
    drawn({ lead_id: 'lead-1' }, { journey: { caption: ['2nd call with this lead; the next is on ', day, '.'], listsCalls: true } })
    const strip = screen.getByRole('region', { name: 'Calls with this lead' })
    expect(within(strip).getByText(/^2nd call with this lead/)).toHaveTextContent('2nd call with this lead; the next is on Dec 7, 2026.')
    expect(within(strip).getByText('Dec 7, 2026')).toHaveAttribute('datetime', '2026-12-07T15:00:00.000Z')
    // The calls themselves come with the app; their row holds its room meanwhile.
    expect(within(strip).getByText('Loading the lead’s other calls…')).toBeInTheDocument()
  })

  it('has no row of calls under a sentence that names no other call', () => {
    drawn({ lead_id: 'lead-1' }, { journey: { caption: ['No other calls with this lead.'], listsCalls: false } })
    const strip = screen.getByRole('region', { name: 'Calls with this lead' })
    expect(strip).toHaveTextContent('No other calls with this lead.')
    expect(within(strip).queryByText('Loading the lead’s other calls…')).not.toBeInTheDocument()
  })

  it('writes times as the transcript does for a call over an hour long', () => {
    drawn({ transcript_data: { duration_seconds: 10_800, segments: segments(3, 2_000) } })
    const rows = within(screen.getByRole('region', { name: 'Transcript' })).getAllByRole('listitem')
    expect(rows.map((row) => row.textContent?.slice(0, 7))).toEqual(['0:00:00', '0:33:20', '1:06:40'])
  })

  it('has no transcript region for a call without one, and no lead strip without a lead', () => {
    drawn({ status: null, transcript_data: null })
    expect(screen.queryByRole('region', { name: 'Transcript' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Calls with this lead' })).not.toBeInTheDocument()
    expect(screen.getByText('No status')).toBeInTheDocument()
  })

  it('says it is demo data only for a demo call', () => {
    drawn({}, { isDemo: true })
    expect(screen.getByText(/^Demo data/)).toBeInTheDocument()
  })

  it('shows hostile strings as text', () => {
    const hostile = '<img src=x onerror="alert(1)">'
    drawn({ status: hostile, transcript_data: { segments: [{ start_seconds: 0, speaker: hostile, text: hostile }] } }, { leadName: hostile })
    expect(screen.getAllByText(hostile)).toHaveLength(3)
    expect(screen.getByRole('heading', { level: 1, name: `Call with ${hostile}` })).toBeInTheDocument()
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
  })
})
