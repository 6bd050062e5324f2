/** The API's origin: set by the e2e global setup, which starts it before `next start`. */
export function api(path: string): string {
  const origin = process.env.API_ORIGIN;
  if (!origin) throw new Error('API_ORIGIN is not set');
  return `${origin}${path}`;
}
