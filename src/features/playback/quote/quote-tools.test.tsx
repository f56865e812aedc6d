import { act, screen, waitFor, within } from '@testing-library/react'
import { closedCallDuration as duration, closedCallSegments as segments, openClosedCall, transcriptRows as rows } from '../../../../test/closed-call-playback'
import { getMediaElement } from '../../../../test/fake-media'
import { DEMO_CALL_IDS } from '@/mock-api/demo-data/demo-ids'
import { formatTimestamp } from '@/lib/format/format'

const callUrl = `http://localhost:3000/calls/${DEMO_CALL_IDS.closed}`

async function openCall(query = '') {
  const opened = await openClosedCall(query)
  // The quoting tools arrive with "Download", a moment after the rows.
  await within(opened.transcript).findByRole('button', { name: 'Download' })
  return opened
}

function markedRows(transcript: HTMLElement, mark: string) {
  return rows(transcript).filter((row) => row.textContent.includes(`(${mark})`))
}

/** A clipboard entry as browsers keep it: one blob per type. */
class FakeClipboardItem {
  constructor(private readonly items: Record<string, Blob>) {}
  get types() {
    return Object.keys(this.items)
  }
  getType(type: string) {
    return Promise.resolve(this.items[type]!)
  }
}

function readBlob(blob: Blob) {
  return new Promise<string>((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as string)
    reader.readAsText(blob)
  })
}

async function clipboardContents() {
  const [item] = await navigator.clipboard.read()
  const read = async (type: string) => (item!.types.includes(type) ? readBlob(await item!.getType(type)) : null)
  return { text: await read('text/plain'), html: await read('text/html') }
}

/** The segment at `start`, and the line a quote writes for it. */
function quotedLine(start: number) {
  const segment = segments.find((candidate) => candidate.start === start)!
  return `[${formatTimestamp(segment.start, duration)}] ${segment.speaker}: ${segment.text}`
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('a shared range', () => {
  // The rows heard from 12:34 to 13:32: the one still being spoken at 12:34, and those starting before 13:32.
  const inRange = segments.filter((segment) => segment.start < 812 && segment.end > 754)

  it('opens on its rows, marked and announced, with the player paused at its start', async () => {
    const { transcript } = await openCall('?t=754-812')
    const region = await within(transcript).findByRole('region', { name: 'Quoted range 12:34–13:32' })
    expect(region).toBeInTheDocument()
    expect(getMediaElement().currentTime).toBe(754)
    expect(getMediaElement().paused).toBe(true)

    const marked = markedRows(transcript, 'quoted')
    expect(marked.length).toBeGreaterThan(0)
    expect(marked[0]).toHaveTextContent(inRange[0]!.text)
    for (const row of marked) expect(inRange.some((segment) => row.textContent.includes(segment.text))).toBe(true)
    expect(rows(transcript)[0]).not.toHaveTextContent('(quoted)')
  })

  it('accepts clock times and stops a range running past the end of the call at its end', async () => {
    const { transcript } = await openCall('?t=35:00-1:40:00')
    const end = formatTimestamp(duration, duration)
    expect(await within(transcript).findByRole('region', { name: `Quoted range 35:00–${end}` })).toBeInTheDocument()
    expect(getMediaElement().currentTime).toBe(2100)
  })

  it('plays the range and pauses at its end; playing on afterwards is ordinary playback', async () => {
    const { transcript, user, media } = await openCall('?t=754-812')
    await user.click(await within(transcript).findByRole('button', { name: 'Play range' }))
    const element = getMediaElement()
    expect(element.currentTime).toBe(754)
    expect(element.paused).toBe(false)

    act(() => media.advanceTo(811.9))
    expect(element.paused).toBe(false)
    act(() => media.advanceTo(812.1))
    expect(element.paused).toBe(true)

    await user.click(screen.getByRole('button', { name: 'Play' }))
    act(() => media.advanceTo(830))
    expect(element.paused).toBe(false)
  })

  it('stops watching for the end once a seek leaves the range', async () => {
    const { transcript, user, media } = await openCall('?t=754-812')
    await user.click(await within(transcript).findByRole('button', { name: 'Play range' }))
    await user.keyboard('j')
    expect(getMediaElement().currentTime).toBe(744)
    act(() => media.advanceTo(815))
    expect(getMediaElement().paused).toBe(false)
  })

  it('can be cleared, leaving the address without it', async () => {
    const { transcript, user, location } = await openCall('?t=754-812&q=pilot')
    await user.click(await within(transcript).findByRole('button', { name: 'Clear range' }))
    await waitFor(() => expect(within(transcript).queryByRole('region', { name: /^Quoted range/ })).not.toBeInTheDocument())
    await waitFor(() => expect(markedRows(transcript, 'quoted')).toEqual([]))
    expect(location().search).toBe('?q=pilot')
  })

  it('copies its rows as a quote', async () => {
    const { transcript, user } = await openCall('?t=754-812')
    await user.click(await within(transcript).findByRole('button', { name: 'Copy quote' }))
    expect(await within(transcript).findByText('Quote copied')).toBeInTheDocument()
    const { text } = await clipboardContents()
    expect(text).toBe([...inRange.map((segment) => quotedLine(segment.start)), '', `12:34–13:32 in the call: ${callUrl}?t=754-812`].join('\n'))
  })

  it.each(['812-754', '754-754', '2500-2600', `${Math.ceil(duration)}-9999`, 'soon-later', '754-', '-754', '12:61-13:00'])(
    'ignores %j, and the page works as without it',
    async (value) => {
      const { transcript, user } = await openCall(`?t=${encodeURIComponent(value)}`)
      await within(transcript).findAllByRole('button', { name: /^Play from/ })
        expect(within(transcript).queryByRole('region', { name: /^Quoted range/ })).not.toBeInTheDocument()
      expect(markedRows(transcript, 'quoted')).toEqual([])
      expect(getMediaElement().currentTime).toBe(0)
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
      await user.click(within(transcript).getByRole('button', { name: /^Play from 0:04/ }))
      expect(getMediaElement().paused).toBe(false)
    },
  )
})

describe('selected rows', () => {
  const from = segments.findIndex((segment) => formatTimestamp(segment.start) === '0:15')
  const chosen = segments.slice(from, from + 3)
  const label = `${formatTimestamp(chosen[0]!.start)}–${formatTimestamp(chosen[2]!.end)}`

  it('grow with Shift+ArrowDown from a focused row, and copy as text and HTML with their link', async () => {
    vi.stubGlobal('ClipboardItem', FakeClipboardItem)
    const { transcript, user } = await openCall()
    within(transcript).getByRole('button', { name: /^Play from 0:15/ }).focus()
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{/Shift}')
    expect(within(transcript).getByRole('region', { name: `Selected ${label} (3 segments)` })).toBeInTheDocument()
    expect(markedRows(transcript, 'selected').map((row) => row.textContent)).toEqual(chosen.map((segment) => expect.stringContaining(segment.text) as string))
    expect(within(transcript).getByRole('button', { name: new RegExp(`^Play from ${formatTimestamp(chosen[2]!.start)}`) })).toHaveFocus()

    await user.click(within(transcript).getByRole('button', { name: 'Copy quote' }))
    expect(await within(transcript).findByText('Quote copied')).toBeInTheDocument()
    const link = `${callUrl}?t=${chosen[0]!.start}-${chosen[2]!.end}`
    const { text, html } = await clipboardContents()
    expect(text).toBe([...chosen.map((segment) => quotedLine(segment.start)), '', `${label} in the call: ${link}`].join('\n'))
    expect(html).toContain(`<p>[0:15] <strong>${chosen[0]!.speaker}</strong>: `)
    expect(html).toContain(`<a href="${link}">${label} in the call</a>`)
  })

  it('shrink with Shift+ArrowUp and clear with Escape', async () => {
    const { transcript, user } = await openCall()
    within(transcript).getByRole('button', { name: /^Play from 0:15/ }).focus()
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{ArrowUp}{/Shift}')
    expect(markedRows(transcript, 'selected')).toHaveLength(2)
    await user.keyboard('{Escape}')
    expect(markedRows(transcript, 'selected')).toEqual([])
    expect(within(transcript).queryByRole('region', { name: /^Selected/ })).not.toBeInTheDocument()
  })

  it('follow a text selection across rows, and copy as plain text where the browser takes only text', async () => {
    const { transcript, user } = await openCall()
    const [start, end] = [chosen[0]!, chosen[1]!].map((segment) => within(transcript).getByText(segment.text))
    act(() => {
      const range = document.createRange()
      // A text selection is made of text nodes: what a drag across two rows selects.
      range.setStart(start!.firstChild!, 5) // eslint-disable-line testing-library/no-node-access
      range.setEnd(end!.firstChild!, 3) // eslint-disable-line testing-library/no-node-access
      document.getSelection()!.removeAllRanges()
      document.getSelection()!.addRange(range)
      document.dispatchEvent(new Event('selectionchange'))
    })
    const selected = `${formatTimestamp(chosen[0]!.start)}–${formatTimestamp(chosen[1]!.end)}`
    expect(await within(transcript).findByRole('region', { name: `Selected ${selected} (2 segments)` })).toBeInTheDocument()

    await user.click(within(transcript).getByRole('button', { name: 'Copy quote' }))
    expect(await within(transcript).findByText('Quote copied')).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toBe(
      [quotedLine(chosen[0]!.start), quotedLine(chosen[1]!.start), '', `${selected} in the call: ${callUrl}?t=${chosen[0]!.start}-${chosen[1]!.end}`].join('\n'),
    )
  })
})
