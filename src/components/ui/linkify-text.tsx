import { Fragment } from 'react'
import { SafeLink } from './safe-link'
import { WEB_PROTOCOLS } from '@/lib/url/safe-url'
import { linkify } from '@/lib/url/linkify'

/** Free text with its http(s) URLs as links; everything else stays text. */
export function LinkifyText({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((part, index) =>
        part.kind === 'url' ? (
          <SafeLink key={index} href={part.href} allowed={WEB_PROTOCOLS} className="break-all">
            {part.text}
          </SafeLink>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  )
}
