import { screen, waitFor, within } from '@testing-library/react'
import type { ComponentProps } from 'react'
import { renderRoute } from '../../../test/render'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'

/** Which part of the page throws while rendering in the current test. */
const broken = vi.hoisted(() => ({ part: '' }))

function throwIf(part: string) {
  if (broken.part === part) throw new Error(`${part} broke`)
}

vi.mock('./call-header', async (importOriginal) => {
  const real = await importOriginal<typeof import('./call-header')>()
  return {
    CallHeader: (props: ComponentProps<typeof real.CallHeader>) => {
      throwIf('header')
      return <real.CallHeader {...props} />
    },
  }
})

vi.mock('@/features/call-page/panels/action-items/due', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/features/call-page/panels/action-items/due')>()
  return {
    ...real,
    dueStatus: (...args: Parameters<typeof real.dueStatus>) => {
      throwIf('action items badge')
      return real.dueStatus(...args)
    },
  }
})

vi.mock('@/features/playback/media/media-context', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/features/playback/media/media-context')>()
  return {
    ...real,
    MediaProvider: (props: ComponentProps<typeof real.MediaProvider>) => {
      throwIf('media provider')
      return <real.MediaProvider {...props} />
    },
  }
})

vi.mock('@/features/lead-journey/journey-summary', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/features/lead-journey/journey-summary')>()
  return {
    ...real,
    journeyCaption: (...args: Parameters<typeof real.journeyCaption>) => {
      throwIf('lead journey')
      return real.journeyCaption(...args)
    },
  }
})

beforeEach(() => {
  broken.part = ''
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

async function expectFallbackIn(regionName: string) {
  const region = await screen.findByRole('region', { name: regionName })
  expect(within(region).getByRole('alert')).toHaveTextContent('This section couldn’t be displayed')
}

describe('a part of the call page that throws', () => {
  it('the header: the panels still show', async () => {
    broken.part = 'header'
    renderRoute(`/calls/${DEMO_CALL_IDS.closed}`)
    await expectFallbackIn('Call details')
    expect(await screen.findByRole('region', { name: 'Outcome' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Transcript' })).toBeInTheDocument()
  })

  it('a panel’s badge beside its heading: that panel says so, the others show', async () => {
    broken.part = 'action items badge'
    renderRoute(`/calls/${DEMO_CALL_IDS.closed}`)
    await expectFallbackIn('Action items')
    expect(await screen.findByRole('heading', { level: 1, name: /^Call with/ })).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: 'Outcome' })).toBeInTheDocument()
  })

  it('the media provider: the player and transcript say so, the rest shows', async () => {
    broken.part = 'media provider'
    renderRoute(`/calls/${DEMO_CALL_IDS.closed}`)
    await expectFallbackIn('Recording and transcript')
    expect(await screen.findByRole('region', { name: 'AI summary' })).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: 'People' })).toBeInTheDocument()
  })

  it('the lead’s calls: the strip says so, the rest shows', async () => {
    broken.part = 'lead journey'
    renderRoute(`/calls/${DEMO_CALL_IDS.closedLeadNoShow}`)
    // The strip shows while its list loads, then throws when the list arrives.
    await waitFor(() => {
      const strip = screen.getByRole('region', { name: 'Calls with this lead' })
      expect(within(strip).getByRole('alert')).toHaveTextContent('This section couldn’t be displayed')
    })
    expect(await screen.findByRole('heading', { level: 1, name: /^Call with/ })).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: 'Outcome' })).toBeInTheDocument()
  })
})
