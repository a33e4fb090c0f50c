import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UserManifest } from 'wxt';
import config from '../../../wxt.config';
import { bananaFileSchema, buildStoreLocales } from '../../../utils/i18n/store-locales';

// docs/STORES.md is what gets pasted into the stores: its listing texts must be the English
// store messages the build ships in _locales, and every permission the manifests ask for needs
// its own explanation there.
const doc = readFileSync('docs/STORES.md', 'utf8');
const english = bananaFileSchema.parse(JSON.parse(readFileSync('i18n/en.json', 'utf8')));

/** Permissions WXT adds to the manifest of wxt.config.ts: `sidePanel` for Chrome's side panel entrypoint. */
const addedByWxt: Record<'chrome' | 'firefox', string[]> = { chrome: ['sidePanel'], firefox: [] };

/** The text under a `### ` heading, up to the next heading. */
function section(heading: string): string | undefined {
  const lines = doc.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) return undefined;
  const end = lines.findIndex((line, index) => index > start && line.startsWith('#'));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n').trim();
}

async function manifestOf(browser: 'chrome' | 'firefox'): Promise<UserManifest> {
  const env = { browser, manifestVersion: browser === 'chrome' ? 3 : 2, command: 'build', mode: 'production' } as const;
  return typeof config.manifest === 'function' ? config.manifest(env) : ((await config.manifest) ?? {});
}

describe('docs/STORES.md', () => {
  it('lists every English store text exactly as i18n/en.json has it', () => {
    const rows = new Map<string, { key: string; text: string }>();
    for (const match of doc.matchAll(/^\| `(\w+)` \| `([\w-]+)` \| (.+) \|$/gm)) {
      rows.set(match[1] as string, { key: match[2] as string, text: match[3] as string });
    }
    const shipped = buildStoreLocales({ en: english }).en ?? {};
    expect(Object.keys(shipped).length).toBeGreaterThan(0);
    expect([...rows.keys()].sort()).toEqual(Object.keys(shipped).sort());
    for (const [manifestKey, { message }] of Object.entries(shipped)) {
      const row = rows.get(manifestKey);
      expect(row?.text, manifestKey).toBe(message);
      expect(english[row?.key ?? ''], `${manifestKey}'s i18n key`).toBe(message);
    }
  });

  it.each(['chrome', 'firefox'] as const)('explains every permission of the %s manifest in its own section', async (browser) => {
    const manifest = await manifestOf(browser);
    const permissions = [...(manifest.permissions ?? []), ...addedByWxt[browser]].map(String);
    expect(permissions).toContain('storage');
    for (const permission of permissions) {
      expect(section(`### \`${permission}\``)?.length ?? 0, permission).toBeGreaterThan(80);
    }
    const hosts = section('### Host access to the Wikimedia wikis') ?? '';
    const hostPatterns = [...(manifest.host_permissions ?? [])];
    expect(hostPatterns.length).toBeGreaterThan(0);
    for (const pattern of hostPatterns) expect(hosts, pattern).toContain(`\`${pattern}\``);
  });

  it('names no host in the host section that the manifest does not ask for', async () => {
    const asked = new Set((await manifestOf('chrome')).host_permissions ?? []);
    const named = [...(section('### Host access to the Wikimedia wikis') ?? '').matchAll(/`(https:\/\/[^`]+)`/g)].map((match) => match[1]);
    expect(named.filter((pattern) => !asked.has(pattern as string))).toEqual([]);
  });
});
