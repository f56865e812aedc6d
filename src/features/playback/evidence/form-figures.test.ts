import { formFigures } from './form-figures'

describe(formFigures.name, () => {
  it.each([
    ['a count', 14, [{ min: 14, max: 14, money: false }]],
    ['a number in words', 'fourteen', [{ min: 14, max: 14, money: false }]],
    ['an amount', '$5,000', [{ min: 5000, max: 5000, money: true }]],
    ['a range in cents', { min_cents: 500_000, max_cents: 800_000 }, [{ min: 5000, max: 8000, money: true }]],
    ['a reversed range, read the right way round', { min_cents: 800_000, max_cents: 500_000 }, [{ min: 5000, max: 8000, money: true }]],
  ])('reads %s', (_, value, figures) => {
    expect(formFigures(value)).toEqual(figures)
  })

  it.each([
    ['NaN', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
    ['null', null],
    ['a list', [14, 15]],
    ['a range with text for cents', { min_cents: '500000', max_cents: 800_000 }],
    ['a range with no end', { min_cents: 500_000, max_cents: null }],
    ['a range with infinite cents', { min_cents: 0, max_cents: Number.POSITIVE_INFINITY }],
    ['words without a number', 'not sure yet'],
    ['a long text that mentions one', 'We run 14 trucks most days, more in winter'],
    ['hostile markup', '<img src=x onerror=alert(1)>'],
  ])('finds no figure in %s', (_, value) => {
    expect(formFigures(value)).toEqual([])
  })
})
