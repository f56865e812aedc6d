// The least work a transcript can do: fixed-height rows, only the rows in view
// in the DOM, a binary search for the spoken row, and DOM updates only when the
// rows in view, the spoken row or the search change.
import './baseline.css'
import { findActiveSegment } from '../../../src/features/playback/transcript/active-segment'
import { formatTime, loadTranscript, matchStarts } from './load-transcript'

const ROW_HEIGHT = 56
const OVERSCAN = 4

const audio = document.querySelector('audio')!
const search = document.querySelector('input')!
const status = document.getElementById('search-status')!
const scroller = document.querySelector<HTMLElement>('.scroller')!
const list = document.querySelector('ol')!

const { segments, recordingUrl } = await loadTranscript()
const starts = Float64Array.from(segments, (segment) => segment.start)
const lowerTexts = segments.map((segment) => segment.text.toLowerCase())
let activeRow = -1
let needle = ''

audio.src = recordingUrl
list.style.height = `${segments.length * ROW_HEIGHT}px`
renderRows()

scroller.addEventListener('scroll', renderRows, { passive: true })
audio.addEventListener('timeupdate', () => {
  const row = findActiveSegment(starts, audio.currentTime)
  if (row === activeRow) return
  activeRow = row
  const top = row * ROW_HEIGHT
  if (top < scroller.scrollTop) scroller.scrollTop = top
  else if (top + ROW_HEIGHT > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top + ROW_HEIGHT - scroller.clientHeight
  renderRows()
})
search.addEventListener('input', () => {
  needle = search.value.trim().toLowerCase()
  let count = 0
  let firstRow = -1
  if (needle) {
    lowerTexts.forEach((text, row) => {
      const found = matchStarts(text, needle).length
      if (found > 0 && firstRow === -1) firstRow = row
      count += found
    })
  }
  status.textContent = needle ? `${count} matches` : ''
  if (firstRow !== -1) scroller.scrollTop = firstRow * ROW_HEIGHT
  renderRows()
})

function renderRows() {
  const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_HEIGHT) - OVERSCAN)
  const last = Math.min(segments.length, Math.ceil((scroller.scrollTop + scroller.clientHeight) / ROW_HEIGHT) + OVERSCAN)
  const rows = []
  for (let row = first; row < last; row += 1) rows.push(rowElement(row))
  list.replaceChildren(...rows)
}

function rowElement(row: number) {
  const segment = segments[row]!
  const item = document.createElement('li')
  item.style.top = `${row * ROW_HEIGHT}px`
  if (row === activeRow) item.setAttribute('aria-current', 'true')
  const time = document.createElement('span')
  time.className = 'time'
  time.textContent = formatTime(segment.start)
  const speaker = document.createElement('span')
  speaker.className = 'speaker'
  speaker.textContent = segment.speaker
  const text = document.createElement('span')
  text.append(speaker, ...highlighted(segment.text, lowerTexts[row]!))
  item.append(time, text)
  return item
}

function highlighted(text: string, lowerText: string) {
  if (!needle) return [text]
  const parts: (string | HTMLElement)[] = []
  let cursor = 0
  for (const start of matchStarts(lowerText, needle)) {
    const mark = document.createElement('mark')
    mark.textContent = text.slice(start, start + needle.length)
    parts.push(text.slice(cursor, start), mark)
    cursor = start + needle.length
  }
  parts.push(text.slice(cursor))
  return parts
}

