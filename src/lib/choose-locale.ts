/**
 * Picks the site locale that best fits the browser's preferred languages (`navigator.languages`),
 * by primary language subtag: "es-MX" → es, "ja-JP" → ja. Falls back to the default locale.
 */
export function chooseLocale<L extends string>(preferred: readonly string[], locales: readonly L[], fallback: L): L {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    const match = locales.find((l) => l === primary);
    if (match) return match;
  }
  return fallback;
}
