import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { allText } from '../bot/harness.js';
import { dialogClient } from './dialogHarness.js';

const convs = JSON.parse(readFileSync('/tmp/conv/in.json', 'utf8')) as { channel: string; turns: string[] }[];
it('scratch', async () => {
  const out: string[] = [];
  for (const conv of convs) {
    const { send } = dialogClient({ channelId: conv.channel });
    out.push(`=== ${conv.channel}`);
    for (const turn of conv.turns) {
      const text = allText(await send(turn));
      out.push(`> ${turn}\n${text.slice(0, 700)}\n`);
    }
  }
  console.log(out.join('\n'));
}, 120000);
