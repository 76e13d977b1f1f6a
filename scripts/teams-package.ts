// Builds the Teams app package (the zip to upload in Teams or the Developer Portal) from
// manifest/teams/: the manifest with the bot id filled in, its Chinese localization, and the two
// icons rendered from their SVG sources. Usage: MICROSOFT_APP_ID=<guid> npm run teams:package [out.zip]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { strToU8, zipSync } from 'fflate';
import { z } from 'zod';
import { parseSettings } from '../src/config/config.ts';

const SOURCE = fileURLToPath(new URL('../manifest/teams/', import.meta.url));

/** What the manifest template leaves open, from the environment. */
export const PackageSettings = z.object({
  MICROSOFT_APP_ID: z.guid('the Azure Bot registration’s app id (a GUID)'),
  TEAMS_APP_VERSION: z
    .string()
    .regex(/^\d+\.\d+\.\d+$/, 'a version like 1.0.0')
    .default(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version),
  TEAMS_DEVELOPER_NAME: z.string().min(1).max(32).default('CSC Drill'),
  TEAMS_WEBSITE_URL: z
    .url({ protocol: /^https$/, error: 'an https URL' })
    .default('https://example.com/csc-drill'),
});

const png = (svg: string, size: number) =>
  new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();

/** The package's files by name: manifest.json, zh-cn.json, color.png (192×192), outline.png (32×32). */
export function teamsPackageFiles(env: NodeJS.ProcessEnv): Record<string, Uint8Array> {
  const s = parseSettings(PackageSettings, { values: env, fileKeys: [] });
  const manifest = readFileSync(resolve(SOURCE, 'manifest.json'), 'utf8').replace(
    /\$\{\{(\w+)\}\}/g,
    (_, name: keyof typeof s) => s[name],
  );
  return {
    'manifest.json': strToU8(JSON.stringify(JSON.parse(manifest), null, 2)),
    'zh-cn.json': readFileSync(resolve(SOURCE, 'zh-cn.json')),
    'color.png': png(readFileSync(resolve(SOURCE, 'color.svg'), 'utf8'), 192),
    'outline.png': png(readFileSync(resolve(SOURCE, 'outline.svg'), 'utf8'), 32),
  };
}

export const teamsPackage = (env: NodeJS.ProcessEnv): Uint8Array => zipSync(teamsPackageFiles(env));

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const out = resolve(process.argv[2] ?? 'dist/csc-drill-teams.zip');
    const zip = teamsPackage(process.env);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, zip);
    process.stdout.write(
      `Teams app package: ${out} (${zip.length} bytes) — upload it in Teams › Apps › Manage your apps\n`,
    );
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exit(1);
  }
}
