import { maskField, type HiddenKind } from '@/lib/privacy/mask-personal-data'
import { usePrivateMode } from '@/lib/privacy/private-mode'

/**
 * For a value from outside the call (a lookup's email or phone, a payment's amount): a function that returns it as
 * it is, or its token ("[email hidden]") in screen-share safe mode.
 */
export function useMaskField() {
  const on = usePrivateMode()
  return <T>(value: T, kind: HiddenKind) => (on ? maskField(value, kind) : value)
}
