import type { Plugin } from 'vite';
import { headTags, siteFiles } from './site-assets.ts';

/**
 * Emits the icons, manifest, favicon.ico, robots.txt and share card into the
 * build (before the offline plugin lists what to cache), serves the same files
 * from the dev server, and adds the sharing and install tags to the page.
 */
export function site(origin = process.env.IP_ATLAS_ORIGIN ?? ''): Plugin {
  let files: ReturnType<typeof siteFiles> | null = null;
  const all = () => (files ??= siteFiles());
  return {
    name: 'ip-atlas:site',
    apply: (_config, env) => !env.isSsrBuild,
    transformIndexHtml: () => headTags(origin.replace(/\/$/, '')),
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        // The static embed pages exist only in a build; in development the app itself serves them.
        if (req.url && /^\/embeds\/[a-z-]+\.html(\?|$)/.test(req.url)) req.url = req.url.replace(/^\/embeds\/[a-z-]+\.html/, '/index.html');
        next();
      });
      server.middlewares.use((req, res, next) => {
        const file = all().find((f) => `/${f.fileName}` === req.url?.split('?')[0]);
        if (!file) return next();
        const type = file.fileName.endsWith('.png')
          ? 'image/png'
          : file.fileName.endsWith('.ico')
            ? 'image/x-icon'
            : file.fileName.endsWith('.webmanifest')
              ? 'application/manifest+json'
              : 'text/plain; charset=utf-8';
        res.setHeader('Content-Type', type);
        res.end(file.source);
      });
    },
    generateBundle() {
      for (const { fileName, source } of all()) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
