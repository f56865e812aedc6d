import { findMatches, foldQuery, foldText } from './transcript-search'

function search(texts: string[], query: string) {
  return findMatches(texts, texts.map((text) => foldText(text).folded), foldQuery(query))
}

describe(findMatches.name, () => {
  it('ignores case and accents, and maps ranges back to the original text', () => {
    const texts = ['Le café est prêt', 'CAFE au lait', 'no match']
    const matches = search(texts, 'Cafe')
    expect(matches).toEqual([
      { segmentIndex: 0, start: 3, end: 7 },
      { segmentIndex: 1, start: 0, end: 4 },
    ])
    expect(texts[0]!.slice(3, 7)).toBe('café')
  })

  it('finds every occurrence within a segment', () => {
    expect(search(['pricing, pricing and PRICING'], 'pricing').map((match) => match.start)).toEqual([0, 9, 21])
  })

  it('handles text written with combining marks and astral characters', () => {
    const text = 'Cafe\u0301 👋 résumé'
    const [match] = search([text], 'resume')
    expect(text.slice(match!.start, match!.end)).toBe('résumé')
  })

  it('finds nothing for an empty or blank query', () => {
    expect(search(['anything'], '   ')).toEqual([])
  })
})
