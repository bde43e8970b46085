import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Unit tests: pure logic, readers on fixtures, the background with fake-browser + fake-indexeddb. */
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'utils/**/*.test.ts', 'components/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup/derived-data.ts'],
    testTimeout: 20_000,
  },
});
