/** What the options page downloads for an export: the file name, its text and its type. */
import type { Responses } from '@/utils/messages';

/** A file ready to download. */
export interface DownloadFile {
  name: string;
  text: string;
  type: string;
}

/** The JSON or CSV file of a `data/export` answer; the CSV starts with a byte-order mark so spreadsheet programs read accented names as UTF-8. */
export function exportFile(out: Responses['data/export'], format: 'json' | 'csv'): DownloadFile {
  return format === 'json'
    ? { name: `${out.filename}.json`, text: out.json, type: 'application/json' }
    : { name: `${out.filename}.csv`, text: `\uFEFF${out.csv}`, type: 'text/csv;charset=utf-8' };
}

/** Hand a file to the browser's downloads through a Blob URL of this page (nothing leaves the machine). */
export function download(doc: Document, file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; give the browser a moment before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
