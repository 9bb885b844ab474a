/** "Today" for date checks and page dates; BUILD_DATE=2026-11-22 pins it for tests and reproducible builds. */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  return env['BUILD_DATE'] ? new Date(`${env['BUILD_DATE']}T12:00:00Z`) : new Date();
}
