// Entry of the parse process (`isolated.ts`). pdfjs (two modules of 2 MB) and mammoth load here,
// natively, before tsx is registered: through tsx's loader pdfjs alone takes seconds to load,
// and the process starts for every ingestion. Only the parsers of the formats in the folder
// load (`--formats=pdf,docx`). `pdfjsWorker` spares pdfjs loading its worker again.
import { register } from 'tsx/esm/api';

const formats = (process.argv.find((arg) => arg.startsWith('--formats=')) ?? '').slice('--formats='.length).split(',');
if (formats.includes('pdf')) {
  globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  await import('pdfjs-dist/legacy/build/pdf.mjs');
}
if (formats.includes('docx')) await import('mammoth');
register();
await import('./parse-child.ts');
