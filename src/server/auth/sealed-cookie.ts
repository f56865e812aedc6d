import { hkdfSync } from 'node:crypto'
import { EncryptJWT, jwtDecrypt, type JWTPayload } from 'jose'

/**
 * Seals a small payload into a cookie value that is encrypted and
 * authenticated (JWE, AES-256-GCM) with a key derived from SESSION_SECRET, and
 * carries its own expiry: the server keeps nothing, so replicas need no store.
 */
export function createCookieSealer(secret: string, purpose: string) {
  const key = new Uint8Array(hkdfSync('sha256', secret, 'aura-call-review', purpose, 32))
  return {
    seal(payload: JWTPayload, maxAgeMs: number) {
      return new EncryptJWT(payload)
        .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
        .setIssuedAt()
        .setExpirationTime(Math.floor((Date.now() + maxAgeMs) / 1000))
        .encrypt(key)
    },
    /** The payload, or null for a cookie that is missing, forged, tampered with or expired. */
    async unseal(value: string | undefined): Promise<JWTPayload | null> {
      if (!value) return null
      try {
        return (await jwtDecrypt(value, key)).payload
      } catch {
        return null
      }
    },
  }
}
