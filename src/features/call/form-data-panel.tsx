import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import type { Call } from './call-schema'
import { FormValue } from './form-value'

export function FormDataPanel({ call }: { call: Call }) {
  const fields = call.formData
  return (
    <Panel heading="Form data">
      {fields.length === 0 ? (
        <EmptyState>The lead didn’t answer a booking form.</EmptyState>
      ) : (
        <dl className="flex flex-col gap-3 text-sm">
          {fields.map((field, index) => (
            <div key={field.fieldId ?? index}>
              <dt className="text-muted-foreground">{field.label ?? field.fieldId ?? `Question ${index + 1}`}</dt>
              <dd className="mt-0.5 break-words">
                <FormValue value={field.value} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Panel>
  )
}
