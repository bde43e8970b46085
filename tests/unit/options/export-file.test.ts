import { describe, expect, it } from 'vitest';
import { exportFile } from '@/entrypoints/options/export-file';

const out = {
  json: '{"format":"common-ground"}',
  csv: 'Name,Slug\nJosé Núñez,jose',
  filename: 'common-ground-v1-2026-11-22',
};

describe('export files', () => {
  it.each([
    ['json', 'common-ground-v1-2026-11-22.json', 'application/json', out.json],
    ['csv', 'common-ground-v1-2026-11-22.csv', 'text/csv;charset=utf-8', `\uFEFF${out.csv}`],
  ] as const)('names the %s file after the export and types it', (format, name, type, text) => {
    expect(exportFile(out, format)).toEqual({ name, type, text });
  });

  it('puts a byte-order mark only before the CSV, so spreadsheets read accents and JSON stays parseable', () => {
    expect(exportFile(out, 'csv').text.charCodeAt(0)).toBe(0xfeff);
    expect(exportFile(out, 'json').text.charCodeAt(0)).not.toBe(0xfeff);
    expect(JSON.parse(exportFile(out, 'json').text)).toEqual({ format: 'common-ground' });
  });
});
