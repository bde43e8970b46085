import { defineWebExtConfig } from 'wxt';

/** `npm run dev:wxt`: WXT's hot-reloading dev mode in Debian's Chromium (headless when there is no display). */
export default defineWebExtConfig({
  binaries: { chrome: '/usr/bin/chromium' },
  chromiumArgs: ['--no-sandbox', ...(process.env.DISPLAY ? [] : ['--headless=new'])],
  startUrls: ['https://www.linkedin.com/in/'],
});
