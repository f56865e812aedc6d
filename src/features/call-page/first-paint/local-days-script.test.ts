import { afterEach, describe, expect, it } from 'vitest'
import { formatDate } from '@/lib/dates/dates'
import { LOCAL_DAYS_SCRIPT } from './local-days-script'

function runScript() {
  // The page runs it as an inline script; here it runs the same text in the test's window.
  window.eval(LOCAL_DAYS_SCRIPT)
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('the script that writes the first view’s days for the viewer', () => {
  it('writes each day as the app writes it', () => {
    document.body.innerHTML =
      '<div id="first-paint"><p>the first is on <time datetime="2026-11-04T15:00:00.000Z">stand-in</time>; the next is on <time datetime="2026-12-07T23:30:00.000Z">stand-in</time>.</p></div>'
    runScript()
    expect(document.querySelector('p')?.textContent).toBe(
      `the first is on ${formatDate(new Date('2026-11-04T15:00:00.000Z'))}; the next is on ${formatDate(new Date('2026-12-07T23:30:00.000Z'))}.`,
    )
  })

  it('keeps the server’s days when they are in the browser’s language and fall on the same dates in its zone', () => {
    // The tests run in UTC, in US English.
    document.body.innerHTML =
      '<div id="first-paint" data-days-locale="en-US"><p>the next is on <time datetime="2026-12-07T23:30:00.000Z">as the server wrote it</time>.</p></div>'
    runScript()
    expect(document.querySelector('p')?.textContent).toBe('the next is on as the server wrote it.')
  })

  it('writes the days again when the server wrote them in another language', () => {
    document.body.innerHTML =
      '<div id="first-paint" data-days-locale="de-DE"><p>the next is on <time datetime="2026-12-07T23:30:00.000Z">07.12.2026</time>.</p></div>'
    runScript()
    expect(document.querySelector('p')?.textContent).toBe(`the next is on ${formatDate(new Date('2026-12-07T23:30:00.000Z'))}.`)
  })

  it('leaves times outside the first view, and a view without days, as they are', () => {
    document.body.innerHTML = '<div id="first-paint"><p>No other calls with this lead.</p></div><time datetime="2026-11-04T15:00:00.000Z">kept</time>'
    runScript()
    expect(document.body.textContent).toBe('No other calls with this lead.kept')
  })
})
