import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { DialogContext, DialogState, DialogStateManagerConfiguration, DialogTurnResult } from 'botbuilder-dialogs';
// The modules themselves, not the package's index: the index also loads every prompt and its text
// recognisers (date, number, choice; lodash, globalize), some 30 MB and most of a second at each start,
// for prompts this conversation never uses. They are the same classes the index exports.
import { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog.js';
import { DialogSet } from 'botbuilder-dialogs/lib/dialogSet.js';
import type { BotServices } from '../src/bot/services.js';
import { createCommunePrefixFinder, createCommuneSpeller } from '../src/orientation/conversation/communePrefix.js';
import { createEvidence, createPartnerNames } from '../src/orientation/conversation/evidence.js';
import { createConversationReader } from '../src/orientation/conversation/reader.js';
import { Conversation } from './conversation.js';
import type { ConversationTools } from './turn.js';

export const MAIN_DIALOG = 'mainDialog';
/** Where botbuilder's DialogStateManager looks for its memory scopes before building them (its turn-state key). */
const STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';

/** `build()`'s function, built when first called: a start does not pay for what its first turns may never use. */
function builtOnFirstCall<A extends unknown[], R>(build: () => (...args: A) => R): (...args: A) => R {
  let built: ((...args: A) => R) | undefined;
  return (...args) => (built ??= build())(...args);
}

/**
 * The whole conversation as one dialog that never ends: each turn is read by one interpreter over the
 * typed conversation state (src/bot/conversationState.ts) rather than by waterfalls and prompts, so that
 * any message, in any state, is read in the same order — answer to the pending question, follow-up on
 * what was just shown, new request — and gets an answer.
 */
export class MainDialog extends Dialog {
  private readonly tools: ConversationTools;
  private readonly dialogSets = new WeakMap<StatePropertyAccessor<DialogState>, DialogSet>();
  /**
   * The dialog context's memory scopes and path resolvers: botbuilder builds them again at every turn
   * (a service collection each time, some 6 % of a turn), although they hold no state of their own (they
   * read the turn's context). Built at the first turn, then given to every turn.
   */
  private stateManagerConfiguration: DialogStateManagerConfiguration | undefined;

  constructor(private readonly services: BotServices) {
    super(MAIN_DIALOG);
    const { knowledge } = services.orientation;
    const reader = createConversationReader(knowledge.conversation, knowledge.lexicon);
    this.tools = {
      reader,
      prefixCommune: createCommunePrefixFinder(knowledge.communes.communes, services.departement),
      spellCommune: createCommuneSpeller(knowledge.communes.communes, services.departement),
      // Read by follow-ups and by messages holding several requests only: built at their first use (some 40 ms).
      evidence: builtOnFirstCall(() => createEvidence(knowledge.procedures, knowledge.partners, reader.simple)),
      partnersNamed: builtOnFirstCall(() => createPartnerNames(knowledge.partners, reader.simple, reader.stopword)),
    };
  }

  /** Runs one turn of the dialog (used by the bot; DialogTestClient drives begin/continue itself). */
  async run(context: TurnContext, accessor: StatePropertyAccessor<DialogState>): Promise<void> {
    if (this.stateManagerConfiguration && !context.turnState.has(STATE_MANAGER_CONFIGURATION))
      context.turnState.set(STATE_MANAGER_CONFIGURATION, this.stateManagerConfiguration);
    const dc = await this.dialogSetFor(accessor).createContext(context);
    this.stateManagerConfiguration ??= dc.state.configuration;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  /** The dialog set holds no state of a turn (that is in the accessor's property): built once per accessor. */
  private dialogSetFor(accessor: StatePropertyAccessor<DialogState>): DialogSet {
    let dialogSet = this.dialogSets.get(accessor);
    if (!dialogSet) {
      dialogSet = new DialogSet(accessor).add(this);
      this.dialogSets.set(accessor, dialogSet);
    }
    return dialogSet;
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.turn(dc.context);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.turn(dc.context);
    return Dialog.EndOfTurn;
  }

  private async turn(context: TurnContext): Promise<void> {
    const state = await this.services.state.getConversation(context);
    const profile = await this.services.state.getProfile(context);
    const conversation = new Conversation(this.services, this.tools, context, state, profile);
    await conversation.read(context.activity.text ?? '');
  }
}
