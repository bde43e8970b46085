/** Handing an exported file to the browser's downloads. */

/** A file ready to download. */
export interface DownloadFile {
  name: string;
  blob: Blob;
}

/** Hand a file to the browser's downloads through a Blob URL of this page (nothing leaves the machine). */
export function download(doc: Document, file: DownloadFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has started by now; give the browser a moment before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
