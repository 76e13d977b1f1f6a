// Discord's rules for a message body, as its API enforces them (message, embed and component
// objects): the fake REST answers 50035 Invalid Form Body when one is broken.

type Json = Record<string, unknown>;
const len = (v: unknown) => (typeof v === 'string' ? v.length : 0);

function embedViolations(embeds: Json[]): string[] {
  const out: string[] = [];
  if (embeds.length > 10) out.push(`${embeds.length} embeds`);
  let total = 0;
  embeds.forEach((e, i) => {
    const fields = (e.fields as Json[] | undefined) ?? [];
    if (len(e.title) > 256) out.push(`embeds[${i}].title over 256`);
    if (len(e.description) > 4096) out.push(`embeds[${i}].description over 4096`);
    if (e.description === '') out.push(`embeds[${i}].description empty`);
    if (fields.length > 25) out.push(`embeds[${i}] has ${fields.length} fields`);
    for (const f of fields) {
      if (!len(f.name) || len(f.name) > 256) out.push(`embeds[${i}] field name length ${len(f.name)}`);
      if (!len(f.value) || len(f.value) > 1024) out.push(`embeds[${i}] field value length ${len(f.value)}`);
    }
    const footer = (e.footer as Json | undefined)?.text;
    const author = (e.author as Json | undefined)?.name;
    total +=
      len(e.title) +
      len(e.description) +
      len(footer) +
      len(author) +
      fields.reduce((n, f) => n + len(f.name) + len(f.value), 0);
    if (!len(e.title) && !len(e.description) && !fields.length && !e.image) out.push(`embeds[${i}] is empty`);
  });
  if (total > 6000) out.push(`embeds total ${total} over 6000`);
  return out;
}

function componentViolations(rows: Json[]): string[] {
  const out: string[] = [];
  if (rows.length > 5) out.push(`${rows.length} action rows`);
  const ids = new Set<string>();
  for (const row of rows) {
    const items = (row.components as Json[] | undefined) ?? [];
    if (row.type !== 1) out.push('a top-level component that is not an action row');
    const selects = items.filter((c) => c.type === 3);
    if (selects.length && items.length > 1) out.push('a select shares its row');
    if (items.length > 5 || !items.length) out.push(`a row with ${items.length} components`);
    for (const c of items) {
      const id = String(c.custom_id ?? '');
      if (!id || id.length > 100) out.push(`custom_id length ${id.length}`);
      if (ids.has(id)) out.push(`duplicate custom_id ${id}`);
      ids.add(id);
      if (c.type === 2 && (!len(c.label) || len(c.label) > 80))
        out.push(`button label length ${len(c.label)}`);
      if (c.type === 3) {
        const options = (c.options as Json[] | undefined) ?? [];
        if (!options.length || options.length > 25) out.push(`select with ${options.length} options`);
        if (len(c.placeholder) > 150) out.push('select placeholder over 150');
        for (const o of options) {
          if (!len(o.label) || len(o.label) > 100) out.push(`option label length ${len(o.label)}`);
          if (!len(o.value) || len(o.value) > 100) out.push(`option value length ${len(o.value)}`);
        }
      }
    }
  }
  return out;
}

/** Every way a message body breaks Discord's limits (empty when it would be accepted). */
export function messageViolations(body: Json, files = 0): string[] {
  const embeds = (body.embeds as Json[] | undefined) ?? [];
  const rows = (body.components as Json[] | undefined) ?? [];
  const out = [...embedViolations(embeds), ...componentViolations(rows)];
  if (len(body.content) > 2000) out.push(`content ${len(body.content)} over 2000`);
  if (!len(body.content) && !embeds.length && !rows.length && !files) out.push('empty message');
  for (const a of (body.attachments as Json[] | undefined) ?? [])
    if (len(a.description) > 1024) out.push('attachment description over 1024');
  return out;
}

/** Whether Discord would notify anyone for this body: mentions in content, unless allowed_mentions forbids them. */
export function wouldPing(body: Json): boolean {
  const allowed = body.allowed_mentions as
    | { parse?: string[]; users?: string[]; roles?: string[] }
    | undefined;
  const silenced =
    allowed !== undefined &&
    Array.isArray(allowed.parse) &&
    allowed.parse.length === 0 &&
    !allowed.users?.length &&
    !allowed.roles?.length;
  return !silenced && /@everyone|@here|<@!?\d+>|<@&\d+>/.test(String(body.content ?? ''));
}
