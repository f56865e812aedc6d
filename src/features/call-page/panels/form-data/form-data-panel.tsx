import { EmptyState } from '@/components/ui/empty-state'
import { Panel } from '@/components/ui/panel'
import type { Call, FormField } from '@/entities/call/call-schema'
import { FormValue } from '@/components/ui/form-value'
import { EvidenceLinks } from '@/features/playback/evidence/evidence-links'
import { FigureCheckNote } from '@/features/playback/evidence/figure-check-note'
import { answerText } from './answer-text'

export function FormDataPanel({ call }: { call: Call }) {
  const fields = call.formData
  return (
    <Panel heading="Form data">
      {fields.length === 0 ? (
        <EmptyState>The lead didn’t answer a booking form.</EmptyState>
      ) : (
        <dl className="flex flex-col gap-3 text-sm">
          {fields.map((field, index) => (
            // Field ids come from the API and may repeat, so the position is the key.
            <div key={index} className="min-w-0">
              <dt className="wrap-anywhere text-muted-foreground">{labelOf(field, index)}</dt>
              <dd className="mt-0.5 min-w-0 wrap-anywhere">
                <FormValue value={field.value} />
                <EvidenceLinks className="mt-1 flex" claims={[claimOf(field, index)]} />
                <FigureCheckNote claim={claimOf(field, index)} answer={field.value} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </Panel>
  )
}

/** What the call would say about an answer: the question and the answer in words. */
function claimOf(field: FormField, index: number) {
  return `${labelOf(field, index)} ${answerText(field.value)}`
}

function labelOf(field: FormField, index: number) {
  return field.label?.trim() || field.fieldId?.trim() || `Question ${index + 1}`
}
