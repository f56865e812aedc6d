import { describe, expect, it } from 'vitest'
import { isLoopbackHost } from './loopback'

describe(isLoopbackHost.name, () => {
  it.each(['localhost', 'LOCALHOST', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1', '::ffff:127.0.0.1'])('%s is loopback', (host) => {
    expect(isLoopbackHost(host)).toBe(true)
  })

  it.each(['0.0.0.0', '::', '10.0.0.1', '128.0.0.1', 'localhost.example.com', 'example.com', '[::2]'])('%s is not', (host) => {
    expect(isLoopbackHost(host)).toBe(false)
  })
})
