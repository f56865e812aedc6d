import { HIDDEN, hasPersonalData, maskAnswer, maskField, maskPersonalText, personalFieldKind } from './mask-personal-data'

describe(maskPersonalText.name, () => {
  it.each([
    ['Write to marcus.bellamy@millbrook-foodservice.example today', `Write to ${HIDDEN.email} today`],
    ['cc: o.brennan+ops@thameside-courier.co.uk.', `cc: ${HIDDEN.email}.`],
    ['jürgen@müller-logistik.de', HIDDEN.email],
    ['mailto:aiko@sierraverde-produce.example?subject=hi', `mailto:${HIDDEN.email}?subject=hi`],
  ])('hides the email in %j', (text, expected) => {
    expect(maskPersonalText(text)).toBe(expected)
  })

  it.each([
    ['+18155550147', HIDDEN.phone],
    ['call +1 (815) 555-0147 after six', `call ${HIDDEN.phone} after six`],
    ['+44 20 7946 0318', HIDDEN.phone],
    ['+49 40 5550 19274', HIDDEN.phone],
    ['+33 1 42 68 53 00', HIDDEN.phone],
    ['+91 98765 43210', HIDDEN.phone],
    ['(815) 555-0147', HIDDEN.phone],
    ['815-555-0147 or 815.555.0147', `${HIDDEN.phone} or ${HIDDEN.phone}`],
    ['the office is on 020 7946 0318', `the office is on ${HIDDEN.phone}`],
    ['tel:+14165550173', `tel:${HIDDEN.phone}`],
  ])('hides the phone number in %j', (text, expected) => {
    expect(maskPersonalText(text)).toBe(expected)
  })

  it.each([
    ['$4,800', HIDDEN.amount],
    ['Annual plan at $4,800/year', `Annual plan at ${HIDDEN.amount}/year`],
    ['$4,800.00', HIDDEN.amount],
    ['$ 750', HIDDEN.amount],
    ['-$25.00', `-${HIDDEN.amount}`],
    ['$4.8k', HIDDEN.amount],
    ['$2 million', HIDDEN.amount],
    ['4800 dollars', HIDDEN.amount],
    ['twelve thousand dollars for a module', `${HIDDEN.amount} for a module`],
    ['about fifty-eight hundred dollars a month', `about ${HIDDEN.amount} a month`],
    ['Forty-eight hundred dollars', HIDDEN.amount],
    ['four hundred and fifty dollars a month', `${HIDDEN.amount} a month`],
    ['the seven hundred and fifty dollar onboarding fee', `the ${HIDDEN.amount} onboarding fee`],
    ['€1.200,50', HIDDEN.amount],
    ['1.200,50 €', HIDDEN.amount],
    ['1 200,50 €', HIDDEN.amount],
    ['1\u202f200,50\u00a0€', HIDDEN.amount],
    ['£300', HIDDEN.amount],
    ['¥50,000', HIDDEN.amount],
    ['USD 12k', HIDDEN.amount],
    ['12k USD', HIDDEN.amount],
    ['US$ 5,000', HIDDEN.amount],
    ['EUR 3.000', HIDDEN.amount],
    ['300 euros', HIDDEN.amount],
    ['20 bucks', HIDDEN.amount],
  ])('hides the amount in %j', (text, expected) => {
    expect(maskPersonalText(text)).toBe(expected)
  })

  it.each([
    ['Deliver to 1200 W Jefferson St, Joliet', `Deliver to ${HIDDEN.address}, Joliet`],
    ['42 Baker Street', HIDDEN.address],
    ['Our depot is at 15 Harbour Road.', `Our depot is at ${HIDDEN.address}.`],
    ['Hafenstraße 12, Hamburg', `${HIDDEN.address}, Hamburg`],
  ])('hides the street address in %j', (text, expected) => {
    expect(maskPersonalText(text)).toBe(expected)
  })

  it.each([
    'at 12:34 we start',
    'a 1:02:03 recording',
    '2026-11-17T15:00:00Z',
    'Monday, December 7',
    '12/07/2026',
    'about 3 hours and 45 minutes',
    '12 vehicles and 180 stops a day',
    'fourteen trucks, a hundred and eighty stops',
    'fifty-eight hundred a month in overtime',
    '86% on time, 5% renewal cap',
    '30283b2e-54c2-47b5-a562-00bc2f51be98',
    'user_2VPzWZAURWzXxyAcwbjYDuz',
    'https://zoom.us/j/84173920561',
    'Order 8155550147 shipped',
    'in 2011 and in 1978',
    'the restaurant on Jefferson Street',
    'two thousand pounds of produce',
    'version 1.2.3, SOC 2, I-80, route 66',
    'Marcus Bellamy at Millbrook Foodservice',
    '',
  ])('leaves %j alone', (text) => {
    expect(maskPersonalText(text)).toBe(text)
    expect(hasPersonalData(text)).toBe(false)
  })

  it('masks each kind in one text, and masks nothing more the second time', () => {
    const text = 'Marcus (marcus@millbrook.example, +1 815 555 0147) agreed to $4,800 for 14 trucks at 12:30.'
    const masked = maskPersonalText(text)
    expect(masked).toBe(`Marcus (${HIDDEN.email}, ${HIDDEN.phone}) agreed to ${HIDDEN.amount} for 14 trucks at 12:30.`)
    expect(maskPersonalText(masked)).toBe(masked)
    expect(hasPersonalData(masked)).toBe(false)
  })

  it.each([
    ['digits and commas', '1,'.repeat(50_000)],
    ['digits and spaces', '1 '.repeat(50_000)],
    ['a long number', '9'.repeat(100_000)],
    ['an email without a domain', 'a'.repeat(100_000) + '@'],
    ['dotted domains', 'a@' + 'b.'.repeat(50_000)],
    ['phone-like groups', '+1 '.repeat(33_000)],
    ['number words', 'forty-'.repeat(16_000) + 'x'],
    ['capitalised words after a number', '1' + ' Main'.repeat(20_000)],
    ['currency signs', '$'.repeat(100_000)],
    ['separators', '.,'.repeat(50_000) + '1'],
  ])('masks a hostile 100 KB string of %s in linear time', (_name, text) => {
    const started = performance.now()
    maskPersonalText(text)
    hasPersonalData(text)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})

describe(personalFieldKind.name, () => {
  it.each([
    ['Email address', 'email', 'email'],
    ['What is the best phone number to reach you?', null, 'phone'],
    [null, 'mobile_number', 'phone'],
    ['Billing address', 'billing_address', 'address'],
    ['ZIP code', null, 'address'],
    ['What budget have you set aside?', 'budget_range', 'amount'],
    [null, 'min_cents', 'amount'],
    ['Company name', 'company', null],
    ['Full name', 'full_name', null],
    ['How many vehicles do you dispatch each day?', 'fleet_size', null],
  ] as const)('reads %j / %j as %j', (label, id, kind) => {
    expect(personalFieldKind(label, id)).toBe(kind)
  })
})

describe(maskAnswer.name, () => {
  it('hides a whole answer to a personal question, keeping yes/no and empty answers', () => {
    expect(maskAnswer('+1 815 555 0147', 'phone')).toBe(HIDDEN.phone)
    expect(maskAnswer({ min_cents: 300000, max_cents: 500000 }, 'amount')).toBe(HIDDEN.amount)
    expect(maskAnswer(true, 'email')).toBe(true)
    expect(maskAnswer(null, 'email')).toBeNull()
  })

  it('hides personal keys and patterns inside nested answers', () => {
    const answer = { contact: { email: 'x@y.example', notes: 'call 815-555-0147' }, budget: 5000, tools: ['Excel', 'pay $20'], trucks: 14 }
    expect(maskAnswer(answer)).toEqual({
      contact: { email: HIDDEN.email, notes: `call ${HIDDEN.phone}` },
      budget: HIDDEN.amount,
      tools: ['Excel', `pay ${HIDDEN.amount}`],
      trucks: 14,
    })
  })
})

describe(maskField.name, () => {
  it('shows the token for a value and nothing for an empty one', () => {
    expect(maskField('a@b.example', 'email')).toBe(HIDDEN.email)
    expect(maskField('$4,800.00', 'amount')).toBe(HIDDEN.amount)
    expect(maskField(null, 'phone')).toBeNull()
    expect(maskField('', 'phone')).toBe('')
  })
})
