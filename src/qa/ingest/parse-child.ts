import { extname } from 'node:path';
import { errorText } from '../../errors.js';
import { readDocxDocument } from './docx.js';
import type { ParseReply, ParseRequest } from './isolated.js';
import { readPdfDocument } from './pdf.js';

/** The parse process: reads the one untrusted .docx or .pdf it is sent and answers with the document or the reason it was refused. */
process.once('message', (request: ParseRequest) => {
  const read = extname(request.path).toLowerCase() === '.pdf' ? readPdfDocument : readDocxDocument;
  read(request.path, request.limits).then(
    (document): ParseReply => ({ ok: true, document }),
    (error: unknown): ParseReply => ({ ok: false, reason: errorText(error) }),
  ).then((reply) => process.send!(reply, () => process.disconnect()));
});
// The service stopped or gave up on this file: nothing is waiting for the answer.
process.once('disconnect', () => process.exit(0));
