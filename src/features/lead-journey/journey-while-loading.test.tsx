import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { normalizeCall } from '@/entities/call/call-schema'
import { formatDate } from '@/lib/dates/dates'
import { createTestQueryClient } from '../../../test/render'
import { JourneyWhileLoading } from './journey-while-loading'
import { leadCallQueries } from './lead-calls-query'

const current = normalizeCall({ id: 'call-1', lead_id: 'lead-1', status: 'closed', scheduled_at: '2026-11-17T15:00:00Z' })
const next = normalizeCall({ id: 'call-2', lead_id: 'lead-1', status: 'scheduled', scheduled_at: '2099-12-07T15:00:00Z' })

function renderWith(call: typeof current, leadCalls?: { calls: (typeof current)[]; skipped: number; truncated: boolean }) {
  const client = createTestQueryClient()
  if (leadCalls) client.setQueryData(leadCallQueries.all('lead-1').queryKey, leadCalls)
  return render(
    <QueryClientProvider client={client}>
      <JourneyWhileLoading call={call} />
    </QueryClientProvider>,
  )
}

describe('the lead’s strip while its code loads', () => {
  it('says its sentence at once when the lead’s calls are in, with the row of calls still loading', () => {
    renderWith(current, { calls: [current, next], skipped: 0, truncated: false })
    const strip = screen.getByRole('region', { name: 'Calls with this lead' })
    expect(strip).toHaveTextContent(`1st call with this lead; the next is on ${formatDate(next.scheduledAt!.date!)}.`)
    expect(screen.getByText('Loading the lead’s other calls…')).toBeInTheDocument()
  })

  it('holds the strip’s room while the lead’s calls are still on their way', () => {
    renderWith(current)
    expect(screen.getByRole('region', { name: 'Calls with this lead' })).not.toHaveTextContent('call with this lead')
    expect(screen.getByText('Loading the lead’s other calls…')).toBeInTheDocument()
  })

  it('shows nothing for a call without a lead', () => {
    renderWith(normalizeCall({ id: 'call-3' }))
    expect(screen.queryByRole('region')).not.toBeInTheDocument()
  })
})
