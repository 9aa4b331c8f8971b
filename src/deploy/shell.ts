// The one way a value enters a shell command sent to a VM: POSIX single quotes, inside which sh
// gives no character a special meaning; a `'` itself is closed, escaped and reopened.
export function shellQuote(value: string): string {
  if (value.includes('\0')) throw new Error('a NUL byte cannot be passed to a shell command') // sh would truncate it
  return `'${value.replace(/'/g, `'\\''`)}'`
}
