/** The summary's source as it is: `parsing` while its Markdown is on its way, or for good when it cannot be parsed. */
export function PlainSummary({ source, parsing = false }: { source: string; parsing?: boolean }) {
  return (
    <p aria-busy={parsing || undefined} className="text-sm leading-relaxed whitespace-pre-line">
      {source}
    </p>
  )
}
