import { inNextTask } from './in-next-task'

describe(inNextTask.name, () => {
  it('starts the work in a later task, not the one asking, and gives its result', async () => {
    const started: string[] = []
    const result = inNextTask(() => {
      started.push('work')
      return Promise.resolve(42)
    })
    started.push('rest of this task')
    await Promise.resolve()
    expect(started).toEqual(['rest of this task'])
    expect(await result).toBe(42)
    expect(started).toEqual(['rest of this task', 'work'])
  })
})
