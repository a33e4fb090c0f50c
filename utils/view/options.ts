import type { CacheStats } from '../report/messages';
import { defaultSettings } from '../settings/settings';
import { isWikimediaWikiHost } from '../settings/wikimedia-wiki-host';
import { message, type MessageSpec } from './message-spec';

export interface RegistryPageErrors {
  host: MessageSpec | null;
  title: MessageSpec | null;
}

const maxTitleLength = 255;

/** Checks the registry fields as typed, by the same rules the settings store applies. */
export function registryPageErrors(host: string, title: string): RegistryPageErrors {
  const trimmedTitle = title.trim();
  return {
    host: isWikimediaWikiHost(host.trim()) ? null : message('wayfinder-options-registry-host-invalid'),
    title: trimmedTitle.length > 0 && trimmedTitle.length <= maxTitleLength ? null : message('wayfinder-options-registry-title-invalid'),
  };
}

export const defaultRegistryPage = { host: defaultSettings.registryHost, title: defaultSettings.registryTitle };

/** A size in bytes in the interface language: "512 byte", "12.5 kB". */
export function formatBytes(bytes: number, language: string): string {
  if (bytes < 1000) return new Intl.NumberFormat(language, { style: 'unit', unit: 'byte', unitDisplay: 'short' }).format(bytes);
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

export interface CacheView {
  summary: MessageSpec;
  rows: { kind: string; entries: number; size: string }[];
}

export function cacheView(stats: CacheStats, language: string): CacheView {
  const entries = Object.values(stats.kinds).reduce((sum, kind) => sum + kind.entries, 0);
  return {
    summary: message('wayfinder-options-cache-summary', entries, formatBytes(stats.totalBytes, language), formatBytes(stats.maxBytes, language)),
    rows: Object.entries(stats.kinds)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, { entries, bytes }]) => ({ kind, entries, size: formatBytes(bytes, language) })),
  };
}

export interface LanguageOption {
  code: string;
  /** The language's own name for itself, so people find theirs whatever the interface speaks. */
  label: string;
}

export function languageOptions(available: readonly string[]): LanguageOption[] {
  return [...available]
    .sort()
    .map((code) => ({ code, label: new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code }));
}
