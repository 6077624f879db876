/** Reports a command-line error on stderr and returns the exit code for it. */
export function fail(message: string): number {
  console.error(message);
  return 1;
}
