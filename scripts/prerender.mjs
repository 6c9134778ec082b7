// Writes the preset embeds as static pages, dist/embeds/<slug>.html: the embed as
// the server renders it, so that it shows its chart, numbers and sources where
// scripts cannot run. With scripts the page boots the app, which takes over.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { renderPng } from './render-png.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const out = join(root, 'node_modules/.cache/ip-atlas-prerender');
const started = performance.now();

await build({
  root,
  logLevel: 'warn',
  build: { ssr: 'src/embed/prerender.ts', outDir: out, emptyOutDir: true, copyPublicDir: false, minify: false },
});
const { PRESETS, renderEmbed, embedImage } = await import(pathToFileURL(join(out, 'prerender.js')).href);

const template = readFileSync(join(dist, 'index.html'), 'utf8');
// The embed's stylesheets come with its lazily loaded chunk: the static page links them, from the build's manifest.
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
const css = new Set();
const visit = (key, seen = new Set()) => {
  if (seen.has(key) || !manifest[key]) return;
  seen.add(key);
  for (const file of manifest[key].css ?? []) css.add(file);
  for (const next of manifest[key].imports ?? []) visit(next, seen);
};
visit('src/embed/EmbedApp.svelte');
const styles = [...css]
  .filter((file) => !template.includes(`/${file}`))
  .map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`)
  .join('');

const origin = (process.env.IP_ATLAS_ORIGIN ?? '').replace(/\/$/, '');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const titleOf = (body) => /<h1[^>]*>([^<]*)<\/h1>/.exec(body)?.[1] ?? '';
const unescape = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The page's policy allows exactly the style attributes the server wrote (a tone,
 * a width), by hash: the app sets the same styles from script, which the policy
 * allows anyway, but a page without scripts has only the attributes.
 */
function allowStyleAttributes(html, body) {
  const hashes = [...new Set([...body.matchAll(/ style="([^"]*)"/g)].map((m) => unescape(m[1])))].map(
    (style) => `&#39;sha256-${createHash('sha256').update(style).digest('base64')}&#39;`,
  );
  if (hashes.length === 0) return html;
  const before = 'style-src &#39;self&#39;';
  if (!html.includes(before)) throw new Error('prerender: the page template has no style-src to extend');
  return html.replace(before, `${before} &#39;unsafe-hashes&#39; ${hashes.join(' ')}`);
}

rmSync(join(dist, 'embeds'), { recursive: true, force: true });
mkdirSync(join(dist, 'embeds'));
for (const preset of PRESETS) {
  const { head, body } = renderEmbed(preset.query);
  const html = allowStyleAttributes(template, body)
    .replace(
      /<html lang="[^"]*">/,
      `<html lang="${preset.lang === 'zh' ? 'zh-CN' : 'en'}" class="embedded" data-theme="auto" data-background="theme" data-prerendered>`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${titleOf(body)}</title>`)
    .replace(/<link rel="canonical" href="[^"]*">/, (tag) => tag.replace(/href="[^"]*"/, `href="${escape(`/?${preset.query}`)}"`))
    // The page's own card: its picture, not the site's.
    .replace(
      /(<meta (?:property="og:image"|name="twitter:image") content=")[^"]*\/og-card\.png"/g,
      `$1${origin}/embeds/${preset.slug}.png"`,
    )
    .replace(/<meta property="og:image:(?:width|height)"[^>]*>/g, '')
    .replace('</head>', `${styles}${head}</head>`)
    .replace('<div id="app"></div>', `<div id="app" data-prerendered="${escape(preset.query)}">${body}</div>`)
    .replace(/<noscript>[\s\S]*?<\/noscript>/, '');
  writeFileSync(join(dist, 'embeds', `${preset.slug}.html`), html);
  writeFileSync(join(dist, 'embeds', `${preset.slug}.png`), renderPng(embedImage(preset.query, body)));
}
console.log(`prerendered ${PRESETS.length} embeds in ${Math.round(performance.now() - started)} ms`);
