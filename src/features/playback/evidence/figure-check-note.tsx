import { Fragment } from 'react'
import { formatCount, formatTimestamp } from '@/lib/format/format'
import { useHasEvidenceSource, useRequestMoment, useSaidFigures } from './evidence-context'
import type { SaidFigure } from './figure-check'
import { formFigures, type FormFigure } from './form-figures'

type FigureCheckNoteProps = { claim: string; answer: unknown }

/**
 * Beside a form answer holding a figure: the figure said in the call where the answer is discussed, "said
 * fourteen trucks at 0:52", or, when the call says another, both sides. A fact to check, never a verdict.
 */
export function FigureCheckNote(props: FigureCheckNoteProps) {
  return useHasEvidenceSource() && formFigures(props.answer).length > 0 ? <SaidInTheCall {...props} /> : null
}

function SaidInTheCall({ claim, answer }: FigureCheckNoteProps) {
  const figures = formFigures(answer)
  const { said, guideSeconds } = useSaidFigures(claim, figures)
  const requestMoment = useRequestMoment()
  if (said.length === 0) return null

  const figure = (item: SaidFigure) => (
    <button
      type="button"
      className="underline decoration-dotted underline-offset-2 hover:decoration-solid"
      onClick={() => requestMoment(item.moment)}
    >
      “{item.phrase}” at {formatTimestamp(item.moment.start, guideSeconds)}
    </button>
  )
  return said[0]!.agrees ? (
    <p role="note" className="mt-1 text-xs text-muted-foreground">Said {figure(said[0]!)}</p>
  ) : (
    <p role="note" className="mt-1 text-xs">
      <span className="font-medium text-warning">Differs from the call:</span>{' '}
      <span className="text-muted-foreground">
        the form says {figures.map(formatFigure).join(' or ')}; the call says{' '}
        {said.slice(0, 2).map((item, index) => (
          <Fragment key={`${item.moment.segmentIndex}-${item.phrase}`}>
            {index > 0 && ' and '}
            {figure(item)}
          </Fragment>
        ))}
      </span>
    </p>
  )
}

function formatFigure({ min, max }: FormFigure) {
  return min === max ? formatCount(min) : `${formatCount(min)} to ${formatCount(max)}`
}
