// Writes the preset embeds as static pages, dist/embeds/<slug>.html: the embed as
// the server renders it, so that it shows its chart, numbers and sources where
// scripts cannot run. With scripts the page boots the app, which takes over.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const out = join(root, 'node_modules/.cache/ip-atlas-prerender');
const started = performance.now();

await build({
  root,
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: out,
    emptyOutDir: true,
    copyPublicDir: false,
    minify: false,
    rollupOptions: { input: { prerender: 'src/embed/prerender.ts', deck: 'src/present/builtinDeck.ts' } },
  },
});
const { PRESETS, CATALOG, deckPresets, renderEmbed, embedImage } = await import(pathToFileURL(join(out, 'prerender.js')).href);
const { BUILTIN_DECK } = await import(pathToFileURL(join(out, 'deck.js')).href);
// The panels' defaults, and every view of the built-in deck, which briefings share and newsrooms embed.
const presets = [
  ...PRESETS,
  ...deckPresets(
    BUILTIN_DECK.slides.map((s) => s.view),
    CATALOG,
  ),
];

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

/** resvg takes about two seconds a picture, laying out CJK text: one worker per core shares them out. */
async function renderAll(jobs) {
  const queue = [...jobs];
  const run = () =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./render-png-worker.mjs', import.meta.url));
      const next = () => {
        const job = queue.shift();
        if (job) worker.postMessage(job);
        else worker.terminate().then(resolve, reject);
      };
      worker.on('message', next);
      worker.on('error', reject);
      next();
    });
  await Promise.all(Array.from({ length: Math.max(1, Math.min(availableParallelism(), jobs.length)) }, run));
}

rmSync(join(dist, 'embeds'), { recursive: true, force: true });
mkdirSync(join(dist, 'embeds'));
const pictures = [];
for (const preset of presets) {
  const { head, body, title } = renderEmbed(preset.query);
  const html = allowStyleAttributes(template, body)
    .replace(
      /<html lang="[^"]*">/,
      `<html lang="${preset.lang === 'zh' ? 'zh-CN' : 'en'}" class="embedded" data-theme="auto" data-background="theme" data-prerendered>`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${escape(title)}</title>`)
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
  pictures.push({ svg: embedImage(preset.query, body), file: join(dist, 'embeds', `${preset.slug}.png`) });
}
await renderAll(pictures);
writeFileSync(
  join(dist, 'embeds', 'index.json'),
  `${JSON.stringify(Object.fromEntries(presets.map((p) => [p.query, p.slug])), null, 1)}\n`,
);
console.log(`prerendered ${presets.length} embeds in ${Math.round(performance.now() - started)} ms`);
