/** "0:42", "1:05:09": the visible countdown, with the locale's digits. */
export function clockDuration(totalSeconds: number, locale?: string): string {
  const pad = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  return h ? `${plain.format(h)}:${pad.format(m)}:${pad.format(s)}` : `${plain.format(m)}:${pad.format(s)}`;
}

/** `Intl.DurationFormat` (ES2025): in current browsers, not in Node 20 or TypeScript's ES2023 lib. */
type DurationFormatConstructor = new (
  locale?: string,
  options?: { style?: 'long'; secondsDisplay?: 'always' },
) => {
  format(duration: { hours: number; minutes: number; seconds: number }): string;
};

/**
 * "1 minute, 30 seconds", "2 minutes", "42 seconds": the spoken form of a wait, in the locale's words
 * and plural forms (Polish "2 minuty" but "5 minut"). `Intl.DurationFormat` where the runtime has it;
 * elsewhere each unit through `Intl.NumberFormat`'s `unit` style, which picks the CLDR plural form
 * itself, joined by `Intl.ListFormat`. Never throws: a runtime without either says "0:42".
 */
export function spokenDuration(totalSeconds: number, locale?: string): string {
  const total = Number.isFinite(totalSeconds) && totalSeconds > 0 ? Math.floor(totalSeconds) : 0;
  const duration = { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 };
  try {
    const DurationFormat = (Intl as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
    // With every unit at zero it says nothing at all (an empty string), not "0 seconds".
    if (typeof DurationFormat === 'function')
      return new DurationFormat(locale, { style: 'long', ...(total ? {} : { secondsDisplay: 'always' }) }).format(
        duration,
      );
    const parts = (Object.entries(duration) as [keyof typeof duration, number][])
      .filter(([unit, n]) => n > 0 || (unit === 'seconds' && !total))
      .map(([unit, n]) =>
        new Intl.NumberFormat(locale, { style: 'unit', unit: unit.slice(0, -1), unitDisplay: 'long' }).format(n),
      );
    return typeof Intl.ListFormat === 'function'
      ? new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(parts)
      : parts.join(' ');
  } catch {
    return clockDuration(total, locale);
  }
}
