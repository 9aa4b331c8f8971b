import { describe, expect, test } from '@jest/globals'
import { ccObject, ProgressCounter } from '../../src/build/progress.js'

describe('build progress', () => {
  test("counts kbuild's CC lines for objects, not modpost stubs or other steps", () => {
    expect(ccObject('  CC      kernel/fork.o')).toBe('kernel/fork.o')
    expect(ccObject('  CC [M]  drivers/net/virtio_net.o')).toBe('drivers/net/virtio_net.o')
    expect(ccObject('  CC [M]  drivers/net/virtio_net.mod.o')).toBeUndefined()
    expect(ccObject('  LD      vmlinux.o')).toBeUndefined()
    expect(ccObject('  HOSTCC  scripts/basic/fixdep')).toBeUndefined()
    expect(ccObject('  CC      kernel/bounds.s')).toBeUndefined()
  })

  test('reports at most one line per 5 % step and never twice within the interval', () => {
    let clock = 0
    const counter = new ProgressCounter(1000, { now: () => clock, minIntervalMs: 30_000 })
    const messages: string[] = []
    for (let i = 0; i < 1000; i++) {
      clock += 1000 // one object a second: 1000 s in all
      const m = counter.count(`  CC      obj${i}.o`)
      if (m) messages.push(m)
    }
    expect(counter.done).toBe(1000)
    expect(messages.length).toBeGreaterThan(10)
    expect(messages.length).toBeLessThanOrEqual(20)
    expect(messages[0]).toBe('compiled 1/1000 objects (0%)')
    const percents = messages.map(m => Number(/\((\d+)%\)/.exec(m)![1]))
    expect(percents).toEqual([...percents].sort((a, b) => a - b))
    expect(new Set(percents).size).toBe(percents.length)
  })

  test('a fast build reports only as often as the interval allows', () => {
    const counter = new ProgressCounter(100, { now: () => 0, minIntervalMs: 30_000 })
    const messages = Array.from({ length: 100 }, (_, i) => counter.count(`  CC      o${i}.o`))
    expect(messages.filter(Boolean)).toEqual(['compiled 1/100 objects (1%)'])
  })

  test('never claims 100 % from the estimate (the dry run can undercount)', () => {
    let clock = 0
    const counter = new ProgressCounter(10, { now: () => (clock += 60_000) })
    const messages = Array.from({ length: 15 }, (_, i) => counter.count(`  CC      o${i}.o`))
    expect(messages.filter(Boolean).at(-1)).toBe('compiled 10/10 objects (99%)')
  })

  test("counts the CC echoes of kbuild's dry run (make -n)", () => {
    const counter = new ProgressCounter(undefined)
    counter.countEchoed(
      "set -e;  echo '  CC      init/main.o'; gcc -c -o init/main.o init/main.c; echo '  CC [M]  fs/x.mod.o'"
    )
    counter.countEchoed("set -e;  echo '  LD      vmlinux.o'; ld -r -o vmlinux.o")
    expect(counter.done).toBe(1)
  })
})
