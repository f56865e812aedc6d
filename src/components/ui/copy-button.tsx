import { useEffect, useState } from 'react'
import { Button } from './button'

type CopyButtonProps = { value: string; label: string; className?: string }

/** Copies `value`; the confirmation is announced politely to screen readers. */
export function CopyButton({ value, label, className }: CopyButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (status === 'idle') return
    const timer = setTimeout(() => setStatus('idle'), 2500)
    return () => clearTimeout(timer)
  }, [status])

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
      <Button variant="ghost" className={className ?? 'px-2 py-0.5 text-xs'} onClick={() => void copy()}>
        {label}
      </Button>
      <span role="status" className="text-xs text-muted-foreground">
        {status === 'copied' ? 'Copied' : status === 'failed' ? 'Copy failed — select the text instead' : ''}
      </span>
    </span>
  )
}
