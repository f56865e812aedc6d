import type { ComponentProps } from 'react'
import { shareLink, type ShareOutcome } from '@/lib/url/share-link'
import { Button } from './button'
import { StatusMessage } from './status-message'
import { usePassingStatus } from './use-passing-status'

type ShareButtonProps = Omit<ComponentProps<typeof Button>, 'onClick'> & {
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
export function ShareButton({ getUrl, title, children, ...props }: ShareButtonProps) {
  const [outcome, setOutcome] = usePassingStatus<ShareOutcome>()

  return (
    <span className="inline-flex items-center gap-2">
      <Button {...props} onClick={() => void shareLink(getUrl(), title).then(setOutcome)}>
        {children}
      </Button>
      <StatusMessage>{(outcome && MESSAGES[outcome]) ?? ''}</StatusMessage>
    </span>
  )
}
