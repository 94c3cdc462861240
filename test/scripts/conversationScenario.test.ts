/** How a conversation scenario's reply is read and judged (../shared/eval/README.md). */
import { describe, expect, it } from 'vitest';
import { findClick, judge, parseScenarios, replyText } from '../../scripts/conversations/scenario.js';

describe('conversation scenario judging', () => {
  it('reads text, title, value, altText, fallbackText, label and placeholder anywhere, lower-cased without accents', () => {
    const activities = [
      { type: 'message', text: 'Créez votre compte’ici', suggestedActions: { actions: [{ type: 'imBack', title: 'Oui', value: 'Oui' }] } },
      {
        attachments: [
          {
            content: {
              body: [
                { type: 'TextRun', text: 'Ménage' },
                { type: 'Input.Text', placeholder: 'Écrivez', label: 'Ville' },
              ],
              fallbackText: 'Œuvre',
              speak: 'ignoré',
            },
          },
        ],
      },
    ];
    const text = replyText(activities);
    expect(text).toContain("creez votre compte'ici");
    expect(text).toContain('menage');
    expect(text).toContain('ecrivez');
    expect(text).toContain('ville');
    expect(text).toContain('oui');
    expect(text).not.toContain('ignore');
  });

  it('judges any, all and none', () => {
    expect(judge({ any: ['caf', 'msa'], all: ['aide'], none: ['ameli'] }, 'aide de la msa')).toEqual([]);
    expect(judge({ any: ['caf'] }, 'msa')).toHaveLength(1);
    expect(judge({ none: ['ameli\\.fr'] }, 'voir ameli.fr')).toHaveLength(1);
    expect(judge({}, 'anything')).toEqual([]);
  });

  it('clicks imBack by value, messageBack by text and value, Action.Submit by data or its msteams action', () => {
    const activities = [
      { suggestedActions: { actions: [{ type: 'imBack', title: 'Carte Vitale', value: 'Carte Vitale' }] } },
      {
        attachments: [
          {
            content: {
              actions: [
                { type: 'Action.Submit', title: 'Oui', data: { text: 'Oui', msteams: { type: 'messageBack', text: 'Oui' } } },
                { type: 'Action.Submit', title: 'Non', data: { text: 'Non' } },
              ],
            },
          },
        ],
      },
    ];
    expect(findClick(activities, 'vitale')).toEqual({ text: 'Carte Vitale' });
    expect(findClick(activities, '^oui')).toEqual({ text: 'Oui', value: undefined });
    expect(findClick(activities, '^non')).toEqual({ value: { text: 'Non' } });
    expect(findClick(activities, 'absent')).toBeNull();
  });

  it('reports a bad line by its number and keeps the others', () => {
    const { scenarios, problems } = parseScenarios('{"id":"a","channel":"sms","turns":[{"say":"x","expect":{}}]}\nnot json\n{"id":"b"}\n');
    expect(scenarios.map((s) => s.id)).toEqual(['a']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/ligne 2/);
  });
});
