/** "0:42", "1:05:09": the visible countdown, with the locale's digits. */
export function clockTime(totalSeconds: number, locale?: string): string {
  const pad = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return h ? `${plain.format(h)}:${pad.format(m)}:${pad.format(s)}` : `${plain.format(m)}:${pad.format(s)}`;
}

/** "1 minute, 30 seconds": the spoken form of a wait, in the locale's words. */
export function spokenDuration(totalSeconds: number, locale?: string): string {
  const parts = (
    [
      ['hour', Math.floor(totalSeconds / 3600)],
      ['minute', Math.floor((totalSeconds % 3600) / 60)],
      ['second', totalSeconds % 60],
    ] as const
  )
    .filter(([, n], i, all) => n > 0 || (i === 2 && all.every(([, v]) => v === 0)))
    .map(([unit, n]) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n));
  return new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(parts);
}
