import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod'
import { apiGet, apiGetPage } from '@/api/client'
import { listOf } from '@/lib/tolerant-schema'
import { normalizeCall } from './call-schema'

export const callQueries = {
  detail: (id: string) =>
    queryOptions({
      queryKey: ['calls', id],
      queryFn: async ({ signal }) => normalizeCall(await apiGet(`/v1/calls/${encodeURIComponent(id)}`, signal)),
    }),
}

export const recentCallQueries = {
  list: (limit = 25) =>
    queryOptions({
      queryKey: ['calls', 'recent', limit],
      queryFn: async ({ signal }) => {
        const { data } = await apiGetPage(`/v1/calls?limit=${limit}`, signal)
        return listOf(callSummary).parse(data)
      },
    }),
}

const callSummary = z.unknown().transform((raw, ctx) => {
  try {
    return normalizeCall(raw)
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not a call' })
    return z.NEVER
  }
})
