/**
 * A rough "browser on OS" from a User-Agent header, for the sessions list.
 * Deliberately simple (no database of agents); unknown agents say so.
 */
export function describeUserAgent(ua: string | null | undefined): { browser: string; os: string } {
  if (!ua) return { browser: 'Unknown browser', os: 'Unknown system' };
  const browser =
    pick(ua, [
      [/Edg(?:e|A|iOS)?\/(\d+)/, 'Edge'],
      [/OPR\/(\d+)/, 'Opera'],
      [/SamsungBrowser\/(\d+)/, 'Samsung Internet'],
      [/Firefox\/(\d+)/, 'Firefox'],
      [/FxiOS\/(\d+)/, 'Firefox'],
      [/CriOS\/(\d+)/, 'Chrome'],
      [/HeadlessChrome\/(\d+)/, 'Headless Chrome'],
      [/Chrom(?:e|ium)\/(\d+)/, 'Chrome'],
      [/Version\/(\d+)[.\d]* (?:Mobile\/\S+ )?Safari\//, 'Safari'],
      [/^curl\/(\d+)/, 'curl'],
      [/^node(?:-fetch)?\b|undici/i, 'Node.js'],
    ]) ?? 'Unknown browser';
  const os =
    pick(ua, [
      [/Windows NT 10/, 'Windows'],
      [/Windows/, 'Windows'],
      [/iPhone|iPad|iPod/, 'iOS'],
      [/Android/, 'Android'],
      [/CrOS/, 'ChromeOS'],
      [/Mac OS X|Macintosh/, 'macOS'],
      [/Linux/, 'Linux'],
    ]) ?? 'Unknown system';
  return { browser, os };
}

function pick(ua: string, rules: [RegExp, string][]): string | null {
  for (const [pattern, name] of rules) {
    const match = pattern.exec(ua);
    if (match) return match[1] ? `${name} ${match[1]}` : name;
  }
  return null;
}
