import { extname } from 'node:path';
import { errorText } from '../../errors.js';
import { readDocxDocument } from './docx.js';
import type { ParseReply, ParseRequest } from './isolated.js';
import { FileLimitError } from './limits.js';
import { readPdfDocument } from './pdf.js';

/** The parse process: reads each untrusted .docx or .pdf it is sent and answers with the document or the reason it was refused. */
process.on('message', (request: ParseRequest) => {
  const read = extname(request.path).toLowerCase() === '.pdf' ? readPdfDocument : readDocxDocument;
  read(request.path, request.limits)
    .then(
      (document): ParseReply => ({ ok: true, document }),
      (error: unknown): ParseReply =>
        error instanceof FileLimitError ? { ok: false, reason: error.message, kind: error.kind, params: error.params } : { ok: false, reason: errorText(error) },
    )
    .then((reply) => process.send!(reply));
});
// The service is done with it, or gone.
process.once('disconnect', () => process.exit(0));
