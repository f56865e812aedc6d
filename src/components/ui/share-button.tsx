import type { ComponentProps } from 'react'
import { PRIVATE_NOTE, usePrivateMode } from '@/lib/privacy/private-mode'
import { shareLink, type ShareOutcome } from '@/lib/url/share-link'
import { Button } from './button'
import { StatusMessage } from './status-message'
import { usePassingStatus } from './use-passing-status'

type ShareButtonProps = Omit<ComponentProps<typeof Button>, 'onClick' | 'children'> & {
  children: string
  /** Built at click time, so a link "at the current moment" is current. */
  getUrl: () => string
  title: string
}

const MESSAGES: Partial<Record<ShareOutcome, string>> = {
  shared: 'Shared',
  copied: 'Link copied',
  failed: 'Couldn’t copy — copy the address bar instead',
}

/** Shares or copies a link; the outcome shows beside the button and is announced politely. */
export function ShareButton({ getUrl, title, children, 'aria-label': ariaLabel, ...props }: ShareButtonProps) {
  const [outcome, setOutcome] = usePassingStatus<ShareOutcome>()
  const privateMode = usePrivateMode()
  // The link carries ?private=1, so it opens with personal data hidden too.
  const note = privateMode ? ` (${PRIVATE_NOTE})` : ''

  return (
    <span className="inline-flex items-center gap-2">
      <Button {...props} aria-label={note ? (ariaLabel ?? children) + note : ariaLabel} onClick={() => void shareLink(getUrl(), title).then(setOutcome)}>
        {children}
      </Button>
      <StatusMessage>{(outcome && MESSAGES[outcome] && MESSAGES[outcome] + note) ?? ''}</StatusMessage>
    </span>
  )
}
