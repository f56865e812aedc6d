import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { Button } from '@/components/ui/button'
import { extractCallId } from '@/lib/ids/uuid'
import { RecentCalls } from './recent-calls'
import { callPath } from '@/lib/routes/route-paths'

export function StartPage() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-8 py-6">
      <div>
        <h1 className="text-2xl font-semibold">Review a call</h1>
        <p className="mt-1 text-muted-foreground">Paste a call ID or a call link, or pick a recent call, to open its recording, transcript and notes.</p>
      </div>
      <OpenCallForm />
      <RecentCalls />
    </div>
  )
}

function OpenCallForm() {
  const navigate = useNavigate()
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const id = extractCallId(value)
    if (id) void navigate(callPath(id))
    else setError('That doesn’t contain a call ID. IDs look like 550e8400-e29b-41d4-a716-446655440000.')
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-2" noValidate>
      <label htmlFor="call-id" className="text-sm font-medium">
        Call ID or link
      </label>
      <div className="flex gap-2">
        <input
          id="call-id"
          value={value}
          onChange={(event) => {
            setValue(event.target.value)
            setError(null)
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'call-id-error' : undefined}
          placeholder="550e8400-e29b-41d4-a716-446655440000"
          autoComplete="off"
          spellCheck={false}
          className="min-w-0 flex-1 rounded-md border border-border bg-card px-3 py-2 text-sm aria-invalid:border-danger"
        />
        <Button type="submit" variant="primary">
          Open call
        </Button>
      </div>
      {error && (
        <p id="call-id-error" className="text-sm text-danger">
          {error}
        </p>
      )}
    </form>
  )
}
