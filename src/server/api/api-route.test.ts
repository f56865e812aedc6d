import { describe, expect, it } from 'vitest'
import { isApiNamespace, resolveApiRoute } from './api-route'

const ID = '7f3c2a10-1111-4222-8333-444455556666'

describe(resolveApiRoute.name, () => {
  it.each([
    [`/api/v1/calls/${ID}`, `/v1/calls/${ID}`],
    ['/api/v1/leads/lead_1', '/v1/leads/lead_1'],
    ['/api/v1/team/user_2abc123xyz', '/v1/team/user_2abc123xyz'],
    ['/api/v1/products/p1', '/v1/products/p1'],
    ['/api/v1/payments/p1', '/v1/payments/p1'],
    ['/api/v1/calls', '/v1/calls'],
    ['/api/v1/calls?limit=20&status=closed&cursor=NTA%3D', '/v1/calls?cursor=NTA%3D&limit=20&status=closed'],
    ['/api/v1/calls?lead_id=abc&closer_id=x&limit=5&limit=9', '/v1/calls?lead_id=abc&limit=5'],
    [`/api/v1/calls/${ID}?t=12`, `/v1/calls/${ID}`],
    [`/api/v1/./calls/${ID}`, `/v1/calls/${ID}`],
    [`/api/v1/leads/x/../${ID}`, `/v1/leads/${ID}`],
    ['/api/v1/%63alls', '/v1/calls'],
  ])('forwards %s as %s', (url, target) => {
    expect(resolveApiRoute('GET', url)).toEqual({ target })
    expect(resolveApiRoute('HEAD', url)).toEqual({ target })
  })

  it.each([
    '/api/../admin',
    '/api/%2e%2e/admin',
    '/api/v1/calls%2F..%2Fadmin',
    `/api/v1/calls/${ID}%2Fx`,
    `/api/v1/calls/${ID}%5C..`,
    '/api/v1/calls/%00',
    '/api/v1/calls/%ZZ',
    '/API/v1/calls',
    '/api/V1/calls',
    '/api.json',
    '//api/v1/calls',
    '/api//v1/calls',
    '/api/v1/calls/',
    '/api/v2/calls',
    '/api/v1/leads',
    '/api/v1/webhooks/x',
    '/api/v1/__proto__/x',
    '/api/v1/constructor/x',
    '/api/v1/calls/__proto__',
    '/api/v1/calls/-x',
    `/api/v1/calls/${ID}/transcript`,
    `/api/v1/calls/${'a'.repeat(129)}`,
    `/api/v1/calls?cursor=${'x'.repeat(257)}`,
    'http://evil.example/api/v1/calls',
    '/health',
  ])('refuses %s', (url) => {
    expect(resolveApiRoute('GET', url)).toBeNull()
  })

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'get'])('refuses the %s method', (method) => {
    expect(resolveApiRoute(method, `/api/v1/calls/${ID}`)).toBeNull()
  })
})

describe(isApiNamespace.name, () => {
  it.each(['/api', '/api/', '/api/v1/calls', '/API/v1', '/api.json', '//api/x', '/%61pi/x', '/Api?x=1'])('counts %s as the API', (url) => {
    expect(isApiNamespace(url)).toBe(true)
  })

  it.each(['/', '/calls/x', '/apiary', '/assets/api.js', '/calls/api'])('leaves %s to the page', (url) => {
    expect(isApiNamespace(url)).toBe(false)
  })
})
