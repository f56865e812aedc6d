import type { ComponentProps } from 'react'
import { PRIVATE_NOTE, usePrivateMode } from '@/lib/privacy/private-mode'
import { Button } from './button'
import { StatusMessage } from './status-message'
import { usePassingStatus } from './use-passing-status'

type CopyButtonProps = { value: string; label: string } & Pick<ComponentProps<typeof Button>, 'variant' | 'size' | 'className'>

const MESSAGES = { copied: 'Copied', failed: 'Copy failed — select the text instead' }

/** Copies `value`; the confirmation is announced politely to screen readers. */
export function CopyButton({ value, label, variant = 'ghost', size = 'xs', className }: CopyButtonProps) {
  const [status, setStatus] = usePassingStatus<keyof typeof MESSAGES>()
  const privateMode = usePrivateMode()

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant={variant}
        size={size}
        className={className}
        aria-label={privateMode ? `${label} (${PRIVATE_NOTE})` : undefined}
        onClick={() => void copy()}
      >
        {label}
      </Button>
      <StatusMessage>{status ? MESSAGES[status] + (privateMode && status === 'copied' ? `, ${PRIVATE_NOTE}` : '') : ''}</StatusMessage>
    </span>
  )
}
