/** Shared by the page and the service worker that scripts/vite-plugin-offline.ts writes. */

/** The meta tag in index.html that names the build it belongs to. */
export const BUILD_META = 'ip-atlas-build';
/** The message a page sends a waiting worker to take over. */
export const ACTIVATE_MESSAGE = 'ip-atlas:activate';
