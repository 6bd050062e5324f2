/** The OAuth error parameters of a redirect URL, from its query or its fragment, or undefined. */
export function oauthParams(url: string | URL): Record<string, string> | undefined {
  const parsed = new URL(String(url), 'http://localhost');
  for (const part of [parsed.search, parsed.hash]) {
    const params = new URLSearchParams(part.slice(1));
    if (params.get('error')) return Object.fromEntries(params);
  }
  return undefined;
}
