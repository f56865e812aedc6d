import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Skeleton } from '@/components/ui/skeleton'

type LookupNameProps<T, K extends QueryKey> = {
  id: string | null
  query: UseQueryOptions<T, Error, T, K>
  pick: (record: T) => string | null
  /** Extra detail shown after the name once the record has loaded. */
  children?: (record: T) => ReactNode
  /** Shown before the name once the record has loaded, such as an avatar. */
  leading?: (record: T) => ReactNode
}

/**
 * The name of a looked-up record. Data first: the name whenever it is known;
 * otherwise the full raw id as text, with a short note when the lookup failed.
 * It never holds up the rest of the page.
 */
export function LookupName<T, K extends QueryKey>({ id, query, pick, children, leading }: LookupNameProps<T, K>) {
  const { data, isError, isPending } = useQuery(query)
  if (!id) return null
  const name = data === undefined ? null : pick(data)

  if (data !== undefined) {
    const detail = (
      <span className="flex min-w-0 flex-col gap-0.5">
        <span className="font-medium">{name ?? <RawId id={id} />}</span>
        {children?.(data)}
      </span>
    )
    return leading ? (
      <span className="flex items-start gap-2">
        {leading(data)}
        {detail}
      </span>
    ) : (
      detail
    )
  }
  if (isError) {
    return (
      <span className="flex flex-col gap-0.5">
        <RawId id={id} />
        <span className="text-xs text-muted-foreground">Couldn’t load details</span>
      </span>
    )
  }
  return isPending ? (
    <span className="inline-flex flex-col gap-1" aria-busy="true">
      <Skeleton className="h-4 w-32" />
      <span className="sr-only">Loading…</span>
    </span>
  ) : (
    <RawId id={id} />
  )
}

export function RawId({ id }: { id: string }) {
  return <span className="font-mono text-xs break-all text-muted-foreground">{id}</span>
}
