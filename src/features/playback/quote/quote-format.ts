import { formatTimestamp } from '@/lib/format/format'
import { escapeHtml } from '@/lib/text/escape-html'
import { safeHref, WEB_PROTOCOLS } from '@/lib/url/safe-url'
import { formatRangeLabel, type TimeRange } from './time-range'

/** One quoted segment, its speaker already named. */
export type QuoteSegment = { speaker: string; start: number; end: number; text: string }

export type QuoteOptions = {
  /** The stretch the link opens on. */
  range: TimeRange
  /** The call's address opening on `range`. */
  link: string
  /** The call's length, which picks the clock format (`12:34` or `1:02:03`). */
  guideSeconds: number
}

/**
 * A quote for the clipboard, as plain text and as HTML: one line per segment with its time and speaker, then the
 * range's link. Every string from the call is escaped in the HTML; the link must pass the
 * URL-safety check to become an anchor.
 */
export function buildQuote(segments: readonly QuoteSegment[], { range, link, guideSeconds }: QuoteOptions) {
  const lines = segments.map((segment) => ({
    time: formatTimestamp(segment.start, guideSeconds),
    speaker: segment.speaker,
    text: segment.text.trim(),
  }))
  const source = `${formatRangeLabel(range, guideSeconds)} in the call`
  const href = safeHref(link, WEB_PROTOCOLS)

  const text = [
    ...lines.map(({ time, speaker, text }) => `[${time}] ${speaker}: ${text}`),
    '',
    href ? `${source}: ${href}` : source,
  ].join('\n')

  const quoted = lines.map(({ time, speaker, text }) => `<p>[${time}] <strong>${escapeHtml(speaker)}</strong>: ${escapeHtml(text)}</p>`)
  const footer = href ? `<a href="${escapeHtml(href)}">${source}</a>` : source
  const html = `<blockquote>${quoted.join('')}</blockquote><p>${footer}</p>`
  return { text, html }
}
