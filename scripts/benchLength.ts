/**
 * Analyze time against message length, for `npm run bench`: realistic messages (sentences of the
 * evaluation file joined) and pathological ones (one unbroken word, e-mail-like and digit runs, a
 * single repeated letter with spaces, punctuation), from 10 to 10,000 characters. Linear time shows
 * as a flat cost per character; the per-character cost is given as a ratio to the 1,000-character
 * message of the same kind, measured in the same run. Times are processor time of this process
 * (process.cpuUsage), not wall-clock: on a shared, loaded machine the wall clock also counts the
 * time spent waiting for a core, which has nothing to do with the message.
 */
import type { Orientation } from '../src/orientation/index.js';

export const lengths = [10, 100, 1000, 3000, 10_000];

const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Message kinds: each builds a message of exactly `length` characters. */
export function messageKinds(sentences: string[]): Record<string, (length: number) => string> {
  return {
    'phrases réelles': (n) => repeatTo(`${sentences.join(' ')} `, n),
    'un seul mot': (n) => repeatTo('carteviTale', n),
    'faux e-mails collés': (n) => repeatTo('a.b@c.d', n),
    'chiffres collés': (n) => repeatTo('1234567890', n),
    'chiffres espacés': (n) => repeatTo('1 2 3 4 ', n),
    'lettre et espaces': (n) => repeatTo('a ', n),
    ponctuation: (n) => repeatTo("-'.,;!?", n),
  };
}

/** Processor time of one call, in ms. */
function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function medianMs(run: () => unknown, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) samples.push(cpuMs(run));
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

function p99Ms(run: () => unknown, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) samples.push(cpuMs(run));
  samples.sort((a, b) => a - b);
  return samples[Math.min(samples.length - 1, Math.floor(0.99 * samples.length))] ?? 0;
}

/** Prints one table line per kind; returns the worst p99 at `acceptedChars` (the bot's input cap). */
export function printLengthScaling(orientation: Orientation, sentences: string[], acceptedChars: number): number {
  const kinds = messageKinds(sentences);
  console.log(
    '\nTemps processeur d’analyse selon la longueur (coût par caractère, rapport au message de 1 000 caractères ; 1,0 = linéaire ; entre parenthèses, ms par message)',
  );
  console.log(`| type | ${lengths.map((n) => `${n} car.`).join(' | ')} | p99 à ${acceptedChars} car. |`);
  console.log(`| --- | ${lengths.map(() => '---').join(' | ')} | --- |`);
  let worstP99 = 0;
  for (const [kind, make] of Object.entries(kinds)) {
    const perCall = lengths.map((n) => {
      const text = make(n);
      for (let i = 0; i < 3; i++) orientation.analyze(text); // warm-up
      return medianMs(() => orientation.analyze(text), n >= 3000 ? 9 : 31);
    });
    const perChar = perCall.map((ms, i) => ms / (lengths[i] ?? 1));
    const reference = perChar[lengths.indexOf(1000)] || 1;
    const accepted = make(acceptedChars);
    const p99 = p99Ms(() => orientation.analyze(accepted), 200);
    worstP99 = Math.max(worstP99, p99);
    console.log(`| ${kind} | ${perChar.map((c, i) => `${(c / reference).toFixed(1)} (${(perCall[i] ?? 0).toFixed(2)})`).join(' | ')} | ${p99.toFixed(2)} ms |`);
  }
  console.log(
    `(Aux petites longueurs, le coût fixe d’un appel domine : un rapport > 1 à 10 caractères n’indique pas un coût quadratique ; un rapport qui grandit vers 10 000 en indiquerait un.)`,
  );
  return worstP99;
}
