import { llmConfigured } from '../config.js';
import type { Command, FeatureModule, Job } from '../feature.js';
import type { ExportFile, ExportFormat } from '../web-parts.js';
import { titleOf } from './dialog/render.js';
import type { LlmExtract, WriteExport } from './dialog/deps.js';
import { createNominationDialog } from './dialog.js';
import { loadForm } from './form.js';
import { loadQuotas } from './quotas.js';
import type { NominationRecord } from '../store/nomination-types.js';

/**
 * The nomination feature: the 申报书 dialog (`/申报`, one field at a time, in the private chat),
 * the coordinators' commands, and the console's nominations page. Its exports run as a job (on
 * the work thread), never on the thread that acknowledges.
 */

const EXPORT_JOB = 'nomination.export';
/** A chat's `/导出`: the file written on the work thread, sent from the outbox. */
const WRITE_JOB = 'nomination.write';

export const nominationFeature: FeatureModule = {
  name: 'nomination',
  create(deps) {
    const { config, db, clock, jobs } = deps;
    const form = loadForm(config.KNOWLEDGE_DIR);
    const quotas = () => loadQuotas(config.KNOWLEDGE_DIR);
    // LangChain is loaded on the first free-text reading that needs it, not at start.
    let extractor: Promise<LlmExtract> | undefined;
    const llmExtract: LlmExtract | undefined = llmConfigured(config)
      ? async (text) => {
          extractor ??= Promise.all([import('../llm/model.js'), import('./llm-extract.js')]).then(([model, extract]) =>
            extract.createLlmExtractor({
              model: model.createChatModel(config)!,
              form,
              method: config.LLM_STRUCTURED_METHOD,
              timeoutMs: config.LLM_TIMEOUT_MS,
            }),
          );
          return (await extractor)(text);
        }
      : undefined;
    const dialog = createNominationDialog({
      form,
      knowledgeDir: config.KNOWLEDGE_DIR,
      botName: config.BOT_NAME,
      llmExtract,
      writeExport: (request) => jobs(WRITE_JOB, request),
    });
    const delegate: Command['run'] = (ctx, _args, next) => dialog.step.run(ctx, next);

    return {
      name: 'nomination',
      commands: [
        { name: '申报', aliases: ['推荐'], help: 'nomination.start', run: delegate },
        { name: '继续', help: 'nomination.resume', run: delegate },
        { name: '导出', help: 'nomination.export', coordinator: true, run: delegate },
        { name: '名额', help: 'nomination.quota', coordinator: true, run: delegate },
      ],
      steps: [dialog.step],
      unfinished: (platform, userId) => dialog.drafts(db, platform, userId).map(titleOf),
      async jobs(): Promise<Record<string, Job>> {
        const [{ createNominationExporters }, { writeExport }] = await Promise.all([import('../http/providers/nomination-exports.js'), import('./dialog/export-file.js')]);
        const exporters = createNominationExporters(form, quotas, clock);
        return {
          [EXPORT_JOB]: ({ format, records }: { format: ExportFormat; records: NominationRecord[] }) => exporters[format](records),
          [WRITE_JOB]: (request: Parameters<WriteExport>[0]) => writeExport({ ...request, form, knowledgeDir: config.KNOWLEDGE_DIR }),
        };
      },
      async web() {
        // The console's view is loaded on the thread that serves HTTP only.
        const { createNominationsView } = await import('../http/providers/nominations.js');
        const exporter = (format: ExportFormat) => (records: NominationRecord[]) => jobs<ExportFile>(EXPORT_JOB, { format, records });
        return {
          nominations: createNominationsView({
            db,
            fields: form.fields,
            titleField: 'gi_name',
            outputValueField: 'annual_output_value',
            employmentField: 'employees',
            quotas,
            exporters: { csv: exporter('csv'), xlsx: exporter('xlsx'), docx: exporter('docx'), summary: exporter('summary') },
          }),
        };
      },
    };
  },
};
