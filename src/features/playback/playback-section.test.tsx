import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { server } from '../../../test/msw-server'
import { fakeMedia, fakeTextTrack, getMediaElement } from '../../../test/fake-media'
import { closedCallDuration as duration, closedCallSegments as segments, openClosedCall, transcriptRows as rows } from '../../../test/closed-call-playback'
import { renderRoute } from '../../../test/render'
import { closedCall } from '@/mock-api/demo-data/closed-call'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'

function currentRows(transcript: HTMLElement) {
  return rows(transcript).filter((row) => row.getAttribute('aria-current') === 'true')
}

describe('recording and transcript in sync', () => {
  it('marks exactly the segment being spoken, even far down the list', async () => {
    const { transcript, media } = await openClosedCall()
    act(() => media.advanceTo(segments[0]!.start))
    expect(currentRows(transcript)).toHaveLength(1)
    expect(currentRows(transcript)[0]).toHaveTextContent(segments[0]!.text)

    const target = segments[120]!
    act(() => media.advanceTo(target.start + 0.1))
    expect(currentRows(transcript)).toHaveLength(1)
    expect(currentRows(transcript)[0]).toHaveTextContent(target.text)
  })

  it('seeks and plays from a timestamp button', async () => {
    const { transcript, user } = await openClosedCall()
    const first = segments[1]!
    const button = within(transcript).getByRole('button', { name: /^Play from 0:04/ })
    await user.click(button)
    expect(getMediaElement().currentTime).toBe(first.start)
    expect(getMediaElement().paused).toBe(false)
  })

  it('starts a shared ?t= link at that time without playing', async () => {
    await openClosedCall('?t=754')
    expect(getMediaElement().currentTime).toBe(754)
    expect(getMediaElement().paused).toBe(true)
    expect(screen.getByText('Starts at 12:34')).toBeInTheDocument()
  })

  it('ignores a malformed ?t=', async () => {
    await openClosedCall('?t=soon')
    expect(getMediaElement().currentTime).toBe(0)
    expect(screen.queryByText(/Starts at/)).not.toBeInTheDocument()
  })

  it('stops following when the user scrolls, and resumes on "Back to current"', async () => {
    const { transcript, user, media } = await openClosedCall()
    act(() => media.advanceTo(segments[3]!.start))
    expect(within(transcript).queryByRole('button', { name: 'Back to current' })).not.toBeInTheDocument()
    const list = within(transcript).getByRole('list', { name: 'Transcript segments' })
    act(() => {
      list.parentElement!.dispatchEvent(new WheelEvent('wheel', { bubbles: true })) // eslint-disable-line testing-library/no-node-access
    })
    const back = within(transcript).getByRole('button', { name: 'Back to current' })
    await user.click(back)
    expect(within(transcript).queryByRole('button', { name: 'Back to current' })).not.toBeInTheDocument()
  })

  it('searches as you type, ignoring case and accents, and steps through matches', async () => {
    const { transcript, user } = await openClosedCall()
    const search = within(transcript).getByRole('searchbox', { name: 'Search transcript' })
    const expected = segments.reduce((sum, segment) => sum + (segment.text.match(/marcus/gi)?.length ?? 0), 0)
    await user.type(search, 'MÄRCUS')
    expect(search).toHaveAccessibleDescription(`1 of ${expected}`)
    await user.keyboard('{Enter}')
    expect(search).toHaveAccessibleDescription(`2 of ${expected}`)
    await user.keyboard('{Shift>}{Enter}{/Shift}')
    expect(search).toHaveAccessibleDescription(`1 of ${expected}`)
    expect(within(transcript).getAllByText(/marcus/i, { selector: 'mark' }).length).toBeGreaterThan(0)
  })

  it('says when nothing matches', async () => {
    const { transcript, user } = await openClosedCall()
    const search = within(transcript).getByRole('searchbox', { name: 'Search transcript' })
    await user.type(search, 'zzzzqq')
    expect(search).toHaveAccessibleDescription('No matches')
  })

  it('filters by speaker', async () => {
    const { transcript, user } = await openClosedCall()
    await user.selectOptions(within(transcript).getByRole('combobox', { name: 'Speaker' }), 'Rosa Delgado')
    for (const row of rows(transcript)) expect(row).toHaveTextContent('Rosa Delgado')
  })

  it('opens with the search from a shared ?q= link', async () => {
    const { transcript } = await openClosedCall('?q=pilot')
    const search = within(transcript).getByRole('searchbox', { name: 'Search transcript' })
    expect(search).toHaveValue('pilot')
    expect(search).toHaveAccessibleDescription(/^1 of \d+$/)
  })
})

it('summarises talk time per speaker', async () => {
  const { transcript } = await openClosedCall()
  expect(transcript).toBeInTheDocument()
  const talkTime = screen.getByRole('region', { name: 'Talk time' })
  const rows = within(talkTime).getAllByRole('row').slice(1)
  expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Maya Okafor', 'Marcus Bellamy', 'Rosa Delgado'])
  expect(rows[0]).toHaveTextContent(/\d+:\d{2} · \d+%/)
})

describe('speech with no speaker named', () => {
  /** The closed demo call with every third segment's speaker missing. */
  async function openWithUnknownSpeech() {
    const transcriptData = closedCall.transcript_data as { segments: Record<string, unknown>[] }
    const unnamed = { ...transcriptData, segments: transcriptData.segments.map((segment, index) => (index % 3 === 2 ? { ...segment, speaker: null } : segment)) }
    server.use(http.get(`/api/v1/calls/${DEMO_CALL_IDS.closed}`, () => HttpResponse.json({ success: true, data: { ...closedCall, transcript_data: unnamed } })))
    return openClosedCall()
  }

  function swatchColor(row: HTMLElement) {
    // eslint-disable-next-line testing-library/no-node-access -- a colour swatch is decoration, without a role
    return within(row).getByRole('rowheader').querySelector('span')!.style.background
  }

  it('counts as one "Unknown speaker" in talk time, in a colour of its own', async () => {
    await openWithUnknownSpeech()
    const rows = within(screen.getByRole('region', { name: 'Talk time' })).getAllByRole('row').slice(1)
    const unknown = rows.find((row) => within(row).getByRole('rowheader').textContent === 'Unknown speaker')!
    expect(unknown).toBeDefined()
    const others = rows.filter((row) => row !== unknown).map(swatchColor)
    expect(others).not.toContain(swatchColor(unknown))
    expect(new Set([...others, swatchColor(unknown)]).size).toBe(rows.length)
  })

  it('can be picked in the speaker filter, showing only that speech', async () => {
    const { transcript, user } = await openWithUnknownSpeech()
    await user.selectOptions(within(transcript).getByRole('combobox', { name: 'Speaker' }), 'Unknown speaker')
    const shown = rows(transcript)
    expect(shown.length).toBeGreaterThan(0)
    for (const row of shown) expect(row).toHaveTextContent(/^\d+:\d{2}Unknown speaker/)
  })
})

it('prints the whole transcript, not just the rows in view', async () => {
  await openClosedCall()
  act(() => {
    window.dispatchEvent(new Event('beforeprint'))
  })
  expect(screen.getByText(segments.at(-1)!.text, { selector: 'li', exact: false })).toBeInTheDocument()
  act(() => {
    window.dispatchEvent(new Event('afterprint'))
  })
  expect(screen.queryByText(segments.at(-1)!.text, { exact: false })).not.toBeInTheDocument()
})

describe('keyboard shortcuts', () => {
  it('plays, pauses and seeks from anywhere outside a text field', async () => {
    const { user, media } = await openClosedCall()
    act(() => media.advanceTo(100))
    await user.keyboard('k')
    expect(getMediaElement().paused).toBe(false)
    await user.keyboard('j')
    expect(getMediaElement().currentTime).toBe(90)
    await user.keyboard('{ArrowRight}')
    expect(getMediaElement().currentTime).toBe(95)
    await user.keyboard('{Shift>}>{/Shift}')
    expect(getMediaElement().playbackRate).toBe(1.25)
  })

  it('leaves typing alone, focuses search with /, and lists shortcuts with ?', async () => {
    const { transcript, user } = await openClosedCall()
    await user.keyboard('/')
    const search = within(transcript).getByRole('searchbox', { name: 'Search transcript' })
    expect(search).toHaveFocus()
    await user.keyboard('kj')
    expect(search).toHaveValue('kj')
    expect(getMediaElement().paused).toBe(true)
    search.blur()
    await user.keyboard('?')
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument()
  })
})

describe('recording states', () => {
  it('says there is no recording while the transcript still works', async () => {
    renderRoute(`/calls/${DEMO_CALL_IDS.long}`)
    const recording = await screen.findByRole('region', { name: 'Recording' })
    expect(recording).toHaveTextContent('No recording for this call')
    expect(rows(screen.getByRole('region', { name: 'Transcript' })).length).toBeGreaterThan(0)
  })

  it('says when it is buffering', async () => {
    const { media } = await openClosedCall()
    const element = getMediaElement()
    act(() => {
      void element.play()
      media.advanceTo(30)
      element.dispatchEvent(new Event('waiting'))
    })
    expect(within(screen.getByRole('region', { name: 'Recording' })).getByText('Buffering…')).toHaveRole('status')
    act(() => {
      element.dispatchEvent(new Event('playing'))
    })
    expect(screen.queryByText('Buffering…')).not.toBeInTheDocument()
  })

  it.each(['javascript:alert(1)', 'data:audio/ogg;base64,AAAA', 'ftp://files.example/call.ogg'])(
    'refuses to play %s',
    async (recordingUrl) => {
      server.use(
        http.get(`/api/v1/calls/${DEMO_CALL_IDS.closed}`, () =>
          HttpResponse.json({ success: true, data: { ...closedCall, recording_url: recordingUrl } }),
        ),
      )
      renderRoute(`/calls/${DEMO_CALL_IDS.closed}`)
      const recording = await screen.findByRole('region', { name: 'Recording' })
      expect(recording).toHaveTextContent('can’t be played')
      expect(document.querySelector('video')).toBeNull() // eslint-disable-line testing-library/no-node-access -- a media element has no role
    },
  )

  it('plays a recording hosted on another origin', async () => {
    server.use(
      http.get(`/api/v1/calls/${DEMO_CALL_IDS.closed}`, () =>
        HttpResponse.json({ success: true, data: { ...closedCall, recording_url: 'https://media.example/rec.mp4?sig=abc' } }),
      ),
    )
    renderRoute(`/calls/${DEMO_CALL_IDS.closed}`)
    await screen.findByRole('region', { name: 'Transcript' })
    expect(getMediaElement()).toHaveAttribute('src', 'https://media.example/rec.mp4?sig=abc')
  })

  it('says when the recording fails to load', async () => {
    await openClosedCall()
    const element = getMediaElement()
    Object.defineProperty(element, 'error', { value: { code: 4 } })
    act(() => {
      element.dispatchEvent(new Event('error'))
    })
    expect(within(screen.getByRole('region', { name: 'Recording' })).getByRole('alert')).toHaveTextContent(/can’t be played/)
  })
})

describe('video recordings', () => {
  it('offer the transcript as captions that can be turned on, pressed exactly while they show', async () => {
    const track = fakeTextTrack()
    const { user } = await openClosedCall()
    const element = getMediaElement()
    Object.defineProperty(element, 'videoWidth', { configurable: true, get: () => 1280 })
    act(() => {
      element.dispatchEvent(new Event('loadedmetadata'))
    })
    const captions = await screen.findByRole('button', { name: 'Captions' })
    expect(captions).toHaveAttribute('aria-pressed', 'false')
    await user.click(captions)
    expect(track.mode).toBe('showing')
    expect(captions).toHaveAttribute('aria-pressed', 'true')
    // Turned off elsewhere (the browser's own captions menu): the button follows.
    act(() => {
      track.mode = 'hidden'
    })
    expect(captions).toHaveAttribute('aria-pressed', 'false')
    await user.click(captions)
    expect(track.mode).toBe('showing')
  })

  it('write the captions track only once the recording has loaded, after the page is idle', async () => {
    renderRoute(`/calls/${DEMO_CALL_IDS.closed}`)
    await screen.findByRole('region', { name: 'Transcript' })
    const track = getMediaElement().querySelector('track')! // eslint-disable-line testing-library/no-node-access -- a track has no role
    expect(track).not.toHaveAttribute('src')
    act(() => {
      fakeMedia(getMediaElement(), duration)
    })
    expect(track).not.toHaveAttribute('src')
    await waitFor(() => expect(track).toHaveAttribute('src', expect.stringMatching(/^blob:/)))
  })

  it('offer no captions button for audio-only recordings', async () => {
    await openClosedCall()
    expect(screen.queryByRole('button', { name: 'Captions' })).not.toBeInTheDocument()
  })
})
