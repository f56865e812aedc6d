import { mailtoHref, telHref } from './contact-href'

describe(mailtoHref.name, () => {
  it('links a plain address', () => {
    expect(mailtoHref(' marcus@millbrook.example ')).toBe('mailto:marcus@millbrook.example')
  })

  it.each(['javascript:alert(1)', 'not an email', 'a@b.co?bcc=evil@x.example', 'a@b@c.example', '<a@b.co>', '', null])(
    'refuses %s',
    (value) => {
      expect(mailtoHref(value)).toBeNull()
    },
  )
})

describe(telHref.name, () => {
  it.each([
    ['+18155550147', 'tel:+18155550147'],
    ['+1 (815) 555-0147', 'tel:+18155550147'],
    ['815.555.0147 ext', 'tel:8155550147'],
  ])('keeps only + and digits of %s', (phone, expected) => {
    expect(telHref(phone)).toBe(expected)
  })

  it.each(['call me', 'javascript:alert(1)', '12', null])('has no link for %s', (phone) => {
    expect(telHref(phone)).toBeNull()
  })
})
