/**
 * Floor 2, the stateful bot: ConversationState + UserState over memory or Blob storage (as the bot:
 * STORAGE=blob with BLOB_CONNECTION_STRING and BLOB_CONTAINER), and a waterfall that sends a text,
 * an Adaptive Card and a choice prompt, then saves both states. `node dist/bench/floors/statefulBot.js`
 */
import { ActivityHandler, CardFactory, ConversationState, MemoryStorage, UserState, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { ChoicePrompt, DialogSet, DialogTurnStatus, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import { serveFloor } from './server.js';

const card = CardFactory.adaptiveCard({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Carte Vitale perdue', weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'TextBlock', text: 'Assurance Maladie : déclarez la perte en ligne, sur votre compte ameli.', wrap: true },
    {
      type: 'FactSet',
      facts: [
        { title: 'Coût', value: 'Gratuit' },
        { title: 'En ligne', value: 'Oui' },
      ],
    },
  ],
  actions: [{ type: 'Action.OpenUrl', title: 'Ouvrir ameli.fr', url: 'https://www.ameli.fr' }],
});

function storage(): Storage {
  if (process.env.STORAGE !== 'blob') return new MemoryStorage();
  return new BlobsStorage(process.env.BLOB_CONNECTION_STRING ?? '', process.env.BLOB_CONTAINER ?? 'bench-floor');
}

const store = storage();
const conversationState = new ConversationState(store);
const userState = new UserState(store);
const dialogState = conversationState.createProperty<DialogState>('dialogState');
const profile = userState.createProperty<{ turns: number }>('profile');
const dialogs = new DialogSet(dialogState).add(new ChoicePrompt('choice')).add(
  new WaterfallDialog('main', [
    async (step) => {
      const seen = await profile.get(step.context, { turns: 0 });
      seen.turns++;
      await step.context.sendActivity('Voici ce qu’il faut savoir.');
      await step.context.sendActivity({ attachments: [card] });
      return step.prompt('choice', { prompt: 'Cette réponse vous a-t-elle aidé ?', choices: ['Oui', 'Non', 'Trouver une France services'] });
    },
    async (step) => step.endDialog(),
  ]),
);

class StatefulBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog('main');
      await next();
    });
  }

  override async run(context: Parameters<ActivityHandler['run']>[0]): Promise<void> {
    await super.run(context);
    await conversationState.saveChanges(context, false);
    await userState.saveChanges(context, false);
  }
}

const bot = new StatefulBot();
await serveFloor((context) => bot.run(context));
