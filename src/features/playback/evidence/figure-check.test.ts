import type { EvidenceSegment } from './evidence-index'
import { saidFigures } from './figure-check'
import { formFigures } from './form-figures'

describe(saidFigures.name, () => {
  const segments: EvidenceSegment[] = [
    { text: 'We run fourteen trucks.', start: 30, timed: true },
    { text: 'About 14 of them, yes.', start: 0, timed: false },
  ]

  it('finds nothing where the evidence points past the transcript or at a segment without a time', () => {
    const figures = formFigures(14)
    expect(saidFigures('How many trucks?', figures, [{ segmentIndex: 7, start: 0, ranges: [] }], segments)).toEqual([])
    expect(saidFigures('How many trucks?', figures, [{ segmentIndex: 1, start: 0, ranges: [] }], segments)).toEqual([])
  })

  it('says where the figure agrees', () => {
    const [said] = saidFigures('How many trucks?', formFigures(14), [{ segmentIndex: 0, start: 30, ranges: [] }], segments)
    expect(said).toMatchObject({ phrase: 'fourteen trucks', value: 14, agrees: true, moment: { start: 30 } })
  })
})
