import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedbackLog } from '../../src/bot/feedback.js';

const folder = () => mkdtempSync(join(tmpdir(), 'feedback-'));
const answer = { kind: 'answer' as const, channel: 'webchat', intent: 'procedure', procedure: 'carte-vitale', partner: 'assurance-maladie', helpful: null, unanswered: false };

describe('FeedbackLog', () => {
  it('writes one JSON line per event in a file named after the month in Paris', async () => {
    const dir = folder();
    // 31 December 23:30 UTC is already January in Paris.
    const log = new FeedbackLog(dir, () => new Date('2026-12-31T23:30:00Z'));
    log.record(answer);
    log.record({ ...answer, kind: 'feedback', helpful: true });
    await log.flush();
    expect(readdirSync(dir)).toEqual(['2027-01.jsonl']);
    const lines = readFileSync(join(dir, '2027-01.jsonl'), 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).helpful)).toEqual([null, true]);
  });

  it('keeps the question only when it went unanswered or did not help, and masks personal data in it', async () => {
    const log = new FeedbackLog(folder(), () => new Date('2026-11-26T10:00:00Z'));
    const kept = log.record({ ...answer, unanswered: true, text: 'mon numéro de sécu 1 85 05 78 006 084 36 et la météo' });
    const dropped = log.record({ ...answer, text: 'carte vitale perdue' });
    const disliked = log.record({ ...answer, kind: 'feedback', helpful: false, text: 'écrivez-moi à jean.dupont@example.fr' });
    expect(kept.text).toBe('mon numéro de sécu [masqué] et la météo');
    expect(dropped.text).toBeUndefined();
    expect(disliked.text).toBe('écrivez-moi à [masqué]');
  });

  it('reads a range of months and skips broken lines without failing', async () => {
    const dir = folder();
    writeFileSync(join(dir, '2026-10.jsonl'), `${JSON.stringify({ ...answer, month: '2026-10' })}\nnot json\n{"kind":"answer"}\n`);
    writeFileSync(join(dir, '2026-11.jsonl'), `${JSON.stringify({ ...answer, month: '2026-11' })}\n`);
    writeFileSync(join(dir, 'notes.txt'), 'ignored');
    const log = new FeedbackLog(dir);
    expect((await log.read()).events).toHaveLength(2);
    const october = await log.read({ from: '2026-10', to: '2026-10' });
    expect(october.events.map((e) => e.month)).toEqual(['2026-10']);
    expect(october.invalidLines).toBe(2);
  });

  it('reads an empty result when the folder does not exist yet', async () => {
    expect(await new FeedbackLog(join(folder(), 'missing')).read()).toEqual({ events: [], invalidLines: 0 });
  });
});

describe('FeedbackLog when the disk refuses', () => {
  it('answers at once, reports the failure, and writes the queued lines once the folder is writable', async () => {
    const parent = folder();
    const blocked = join(parent, 'log');
    writeFileSync(blocked, 'a file where the folder should be');
    const errors: unknown[] = [];
    const log = new FeedbackLog(blocked, () => new Date('2026-11-26T10:00:00Z'), (err) => errors.push(err));
    log.record(answer);
    await log.flush();
    expect(errors).toHaveLength(1);
    rmSync(blocked);
    log.record({ ...answer, kind: 'feedback', helpful: true });
    expect((await log.read()).events.map((e) => e.kind)).toEqual(['answer', 'feedback']);
  });
});
