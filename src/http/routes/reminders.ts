import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { t } from '../../texts.js';
import { createZone, isoDay } from '../../reminders/dates.js';
import { MAX_OFFSET_DAYS, MAX_OFFSETS, parseOffsets } from '../../reminders/parse.js';
import { requireSession } from '../auth.js';
import { sessionIdentities } from '../identity.js';
import type { EventInput, RemindersView } from '../../web-parts.js';
import type { HttpEnv, HttpServerOptions } from '../types.js';
import { html } from '../views/html.js';
import { disabled, layout } from '../views/layout.js';
import { eventForm, eventFormValues, remindersBody, type EventFormValues } from '../views/reminders.js';

const UPCOMING_DAYS = 90;
const DELIVERY_ROWS = 100;
const EVENT_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

const DAY = /^(\d{4}-)?\d{2}-\d{2}$/;

/** A real date: `YYYY-MM-DD`, or `MM-DD` (every year; checked against a leap year so 02-29 passes). */
function realDate(value: string): boolean {
  if (!DAY.test(value)) return false;
  const [month, day] = value.slice(-5).split('-').map(Number) as [number, number];
  const year = value.length === 10 ? Number(value.slice(0, 4)) : 2024;
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1970 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The add/edit form; each message is a key under web.reminders.errors. */
const eventSchema = z
  .object({
    title: z.string().trim().min(1, 'title').max(100, 'title'),
    kind: z.enum(['event', 'deadline'], { message: 'kind' }),
    date: z.string().trim().refine(realDate, 'date'),
    end: z
      .string()
      .trim()
      .refine((value) => value === '' || realDate(value), 'end'),
    description: z.string().trim().max(500, 'description'),
  })
  .refine((form) => form.end === '' || form.end.length === form.date.length, { message: 'end_shape' })
  .refine((form) => form.end === '' || form.date.length === 5 || form.end >= form.date, { message: 'end_before' });

/** The review form: a real date and reminder days ("14,7,3,1,0"). */
const proposalSchema = z.object({
  date: z.string().trim().refine((value) => value.length === 10 && realDate(value), 'proposal_bad_date'),
  offsets: z.string().transform((value, ctx) => parseOffsets(value) ?? (ctx.addIssue({ code: 'custom', message: 'bad_offsets' }), z.NEVER)),
});

const PROPOSAL_ID = /^[1-9]\d{0,9}$/;

async function readForm(c: Context<HttpEnv>): Promise<{ values: EventFormValues; input?: EventInput; error?: string }> {
  const body = await c.req.parseBody();
  const field = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
  const values: EventFormValues = { title: field('title'), kind: field('kind'), date: field('date'), end: field('end'), description: field('description') };
  const parsed = eventSchema.safeParse(values);
  if (!parsed.success) return { values, error: t(`web.reminders.errors.${parsed.error.issues[0]?.message ?? 'title'}`) };
  const { end, description, ...rest } = parsed.data;
  return { values, input: { ...rest, end: end || undefined, description: description || undefined } };
}

export function mountReminders(app: Hono<HttpEnv>, options: HttpServerOptions): void {
  const { db, clock, config } = options;
  const view: RemindersView | undefined = options.reminders;
  const page = requireSession(db, clock, 'page');
  const title = t('web.nav.reminders');

  const zone = createZone(config.TZ);

  const render = (
    c: Context<HttpEnv>,
    view: RemindersView,
    extra: { form?: { values: EventFormValues; error?: string }; proposalError?: { id: number; message: string } } = {},
    notice?: string,
  ) => {
    const session = c.get('session');
    const coordinator = session.role.kind === 'coordinator';
    // Officers see only their own chats' subscriptions and deliveries, as with nominations.
    const own = coordinator ? undefined : sessionIdentities(session);
    const upcoming = view.upcoming(clock(), UPCOMING_DAYS);
    const body = remindersBody({
      csrf: session.csrfToken,
      today: isoDay(zone.dayAt(clock())),
      upcoming,
      next: upcoming.length === 0 ? view.nextAfter(clock(), UPCOMING_DAYS) : undefined,
      events: view.events(),
      proposals: coordinator ? view.proposals() : undefined,
      subscriptions: view.subscriptions(own),
      deliveries: view.deliveries(DELIVERY_ROWS, own),
      canEdit: coordinator,
      ownOnly: !coordinator,
      timeZone: config.TZ,
      ...extra,
    });
    return layout({ title, section: 'reminders', session, body, notice }).value;
  };

  app.get('/reminders', page, (c) => {
    if (!view) return c.html(layout({ title, section: 'reminders', session: c.get('session'), body: disabled(title) }).value);
    const accepted = c.req.query('accepted');
    const event = accepted && EVENT_ID.test(accepted) ? view.event(accepted) : undefined;
    const notice = event
      ? t('web.reminders.accepted', { title: event.title, date: event.date })
      : c.req.query('saved')
        ? t('web.reminders.saved')
        : c.req.query('dismissed')
          ? t('web.reminders.dismissed')
          : undefined;
    return c.html(render(c, view, {}, notice));
  });

  const save = async (c: Context<HttpEnv>, id?: string) => {
    const session = c.get('session');
    if (!view) return c.json({ error: 'disabled' }, 404);
    if (session.role.kind !== 'coordinator') return c.json({ error: 'forbidden' }, 403);
    if (id !== undefined && (!EVENT_ID.test(id) || view.event(id)?.editable !== true)) return c.text(t('web.not_found'), 404);
    const { values, input, error } = await readForm(c);
    let refusal = error;
    if (input) {
      try {
        const saved = view.saveEvent(input, `${session.platform}:${session.userId}`, id);
        c.get('log').info({ eventId: saved.id, edit: id !== undefined }, 'event saved from the web console');
        return c.redirect('/reminders?saved=1', 303);
      } catch (err) {
        refusal = err instanceof Error ? err.message : String(err);
      }
    }
    if (id === undefined) return c.html(render(c, view, { form: { values, error: refusal } }), 400);
    const body = eventForm({ csrf: session.csrfToken, values, id, error: refusal });
    return c.html(layout({ title: t('web.reminders.edit_title'), section: 'reminders', session, body }).value, 400);
  };

  app.post('/reminders/events', page, (c) => save(c));
  app.post('/reminders/events/:id', page, (c) => save(c, c.req.param('id')));

  /** Accept (with date and reminder days) or dismiss a deadline proposal; coordinators only. */
  const decide = async (c: Context<HttpEnv>, accept: boolean) => {
    const session = c.get('session');
    if (!view) return c.json({ error: 'disabled' }, 404);
    if (session.role.kind !== 'coordinator') return c.json({ error: 'forbidden' }, 403);
    const raw = c.req.param('id') ?? '';
    if (!PROPOSAL_ID.test(raw)) return c.text(t('web.not_found'), 404);
    const id = Number(raw);
    const actor = `${session.platform}:${session.userId}`;
    if (!accept) {
      if (!view.dismissProposal(id, actor)) return c.html(render(c, view, { proposalError: { id, message: t('web.reminders.proposal_gone') } }), 409);
      c.get('log').info({ proposal: id }, 'deadline proposal dismissed from the web console');
      return c.redirect('/reminders?dismissed=1', 303);
    }
    const body = await c.req.parseBody();
    const parsed = proposalSchema.safeParse({ date: body.date, offsets: body.offsets });
    if (!parsed.success) {
      const reason = parsed.error.issues[0]?.message ?? 'proposal_bad_date';
      const message =
        reason === 'bad_offsets'
          ? t('reminders.bad_offsets', { input: String(body.offsets ?? '').slice(0, 30), max: MAX_OFFSET_DAYS, count: MAX_OFFSETS })
          : t(`web.reminders.${reason}`);
      c.get('log').warn({ proposal: id, reason }, 'deadline proposal review refused');
      return c.html(render(c, view, { proposalError: { id, message } }), 400);
    }
    const event = view.acceptProposal(id, parsed.data, actor);
    if (!event) return c.html(render(c, view, { proposalError: { id, message: t('web.reminders.proposal_gone') } }), 409);
    c.get('log').info({ proposal: id, eventId: event.id }, 'deadline proposal accepted from the web console');
    return c.redirect(`/reminders?accepted=${encodeURIComponent(event.id)}`, 303);
  };

  app.post('/reminders/proposals/:id/accept', page, (c) => decide(c, true));
  app.post('/reminders/proposals/:id/dismiss', page, (c) => decide(c, false));

  app.get('/reminders/events/:id/edit', page, (c) => {
    const session = c.get('session');
    const id = c.req.param('id');
    const event = view && EVENT_ID.test(id) ? view.event(id) : undefined;
    if (!event || !event.editable || session.role.kind !== 'coordinator') return c.text(t('web.not_found'), 404);
    const body = html`<p><a href="/reminders">← ${t('web.nav.reminders')}</a></p>${eventForm({ csrf: session.csrfToken, values: eventFormValues(event), id })}`;
    return c.html(layout({ title: t('web.reminders.edit_title'), section: 'reminders', session, body }).value);
  });
}
