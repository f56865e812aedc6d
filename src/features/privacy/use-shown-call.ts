import { useEffect, useMemo, useState } from 'react'
import type { Call } from '@/entities/call/call-schema'
import { usePrivateMode } from '@/lib/privacy/private-mode'

type MaskCall = (call: Call) => Call

let loadedMaskCall: MaskCall | null = null

/** The masking code is its own chunk: only a page shown in screen-share safe mode downloads it. */
export async function loadCallMasker() {
  loadedMaskCall ??= (await import('@/entities/call/mask-call')).maskCall
  return loadedMaskCall
}

/**
 * The call as the page may show it now: as it is, or with its personal data hidden in screen-share safe mode.
 * Null while the masking code loads, so the page never shows an unmasked call in the mode, not even for a moment.
 */
export function useShownCall(call: Call): Call | null {
  const on = usePrivateMode()
  const [maskCall, setMaskCall] = useState(() => loadedMaskCall)
  useEffect(() => {
    if (on && !maskCall) void loadCallMasker().then((loaded) => setMaskCall(() => loaded))
  }, [on, maskCall])
  return useMemo(() => (!on ? call : maskCall ? maskCall(call) : null), [on, call, maskCall])
}
