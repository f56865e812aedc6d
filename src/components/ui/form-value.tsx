import { EMPTY, formatCount } from '@/lib/format/format'
import { humanizeIdentifier } from '@/lib/text/humanize-identifier'
import { isRecord } from '@/lib/schema/tolerant-schema'
import { FormLongText, LONG_TEXT_LIMIT } from './form-long-text'
import { LinkifyText } from './linkify-text'

// Past this depth a hostile or runaway payload is shown as compact JSON text
// instead of ever deeper nested lists.
const MAX_DEPTH = 5

/** Any JSON value from the API, shown by its runtime type rather than stringified. */
export function FormValue({ value, depth = 0 }: { value: unknown; depth?: number }) {
  if (isBlank(value)) return <span className="text-muted-foreground">{EMPTY}</span>
  if (typeof value === 'boolean') return <span>{value ? 'Yes' : 'No'}</span>
  if (typeof value === 'number') return <span>{formatCount(value)}</span>
  if (typeof value === 'string') return <FormText text={value} />
  if (depth >= MAX_DEPTH) return <FormText text={toJson(value)} />
  if (Array.isArray(value)) {
    return (
      <ul className="flex min-w-0 flex-wrap gap-1.5">
        {(value as unknown[]).map((entry, index) => (
          <li key={index} className="max-w-full min-w-0 rounded-full border border-border bg-muted px-2 py-0.5 text-xs wrap-anywhere">
            <FormValue value={entry} depth={depth + 1} />
          </li>
        ))}
      </ul>
    )
  }
  if (isRecord(value)) {
    return (
      <dl className="grid min-w-0 grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-3 gap-y-1">
        {Object.entries(value).map(([key, entry]) => (
          <div key={key} className="contents">
            <dt className="wrap-anywhere text-muted-foreground">{humanizeIdentifier(key)}</dt>
            <dd className="min-w-0 wrap-anywhere">
              <FormValue value={entry} depth={depth + 1} />
            </dd>
          </div>
        ))}
      </dl>
    )
  }
  return <span className="text-muted-foreground">{EMPTY}</span>
}

function FormText({ text }: { text: string }) {
  if (text.length > LONG_TEXT_LIMIT) return <FormLongText text={text} />
  return (
    <span className="wrap-anywhere whitespace-pre-wrap">
      <LinkifyText text={text} />
    </span>
  )
}

function isBlank(value: unknown) {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  return isRecord(value) && Object.keys(value).length === 0
}

function toJson(value: unknown) {
  try {
    return JSON.stringify(value) ?? EMPTY
  } catch {
    return EMPTY
  }
}
