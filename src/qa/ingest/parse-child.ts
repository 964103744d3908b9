import { extname } from 'node:path';
import { errorText } from '../../errors.js';
import type { ParseReply, ParseRequest } from './isolated.js';
import { FileLimitError } from './limits.js';

/** A format's reader, loaded with its parser on the first file of that format. */
const readerOf = async (path: string) =>
  extname(path).toLowerCase() === '.pdf' ? (await import('./pdf.js')).readPdfDocument : (await import('./docx.js')).readDocxDocument;

/** The parse process: reads each untrusted .docx or .pdf it is sent and answers with the document or the reason it was refused. */
process.on('message', (request: ParseRequest) => {
  readerOf(request.path)
    .then((read) => read(request.path, request.limits))
    .then(
      (document): ParseReply => ({ ok: true, document }),
      (error: unknown): ParseReply =>
        error instanceof FileLimitError ? { ok: false, reason: error.message, kind: error.kind, params: error.params } : { ok: false, reason: errorText(error) },
    )
    .then((reply) => process.send!(reply));
});
// The service is done with it, or gone.
process.once('disconnect', () => process.exit(0));
