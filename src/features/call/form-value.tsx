import { SafeLink } from '@/components/ui/safe-link'
import { EMPTY } from '@/lib/format'
import { isRecord } from '@/lib/tolerant-schema'
import { WEB_PROTOCOLS, safeHref } from '@/lib/safe-url'

/** Any JSON value from the API, shown by its runtime type rather than stringified. */
export function FormValue({ value }: { value: unknown }) {
  if (value === null || value === undefined || value === '') return <span className="text-muted-foreground">{EMPTY}</span>
  if (typeof value === 'boolean') return <span>{value ? 'Yes' : 'No'}</span>
  if (typeof value === 'number') return <span>{Number.isFinite(value) ? value.toLocaleString() : EMPTY}</span>
  if (typeof value === 'string') {
    return safeHref(value, WEB_PROTOCOLS) ? (
      <SafeLink href={value} allowed={WEB_PROTOCOLS} className="break-all" />
    ) : (
      <span className="whitespace-pre-line">{value}</span>
    )
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="text-muted-foreground">{EMPTY}</span>
    return (
      <ul className="flex flex-wrap gap-1.5">
        {(value as unknown[]).map((entry, index) => (
          <li key={index} className="rounded-full border border-border bg-muted px-2 py-0.5 text-xs">
            <FormValue value={entry} />
          </li>
        ))}
      </ul>
    )
  }
  if (isRecord(value)) {
    return (
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {Object.entries(value).map(([key, entry]) => (
          <div key={key} className="contents">
            <dt className="text-muted-foreground">{key}</dt>
            <dd className="min-w-0 break-words">
              <FormValue value={entry} />
            </dd>
          </div>
        ))}
      </dl>
    )
  }
  return <span className="text-muted-foreground">{EMPTY}</span>
}
