import { ComponentDialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { BotServices } from '../src/bot/services.js';
import { isOneOf, simplify } from '../src/bot/texts.js';

/**
 * Watches for commands ("aide", "menu", "recommencer", "/fiche…", "trouver une France services")
 * in the middle of a question: the current question is dropped and the message is routed afresh.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
  constructor(
    id: string,
    protected readonly services: BotServices,
  ) {
    super(id);
  }

  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    if (this.isCommand(innerDc.context.activity.text ?? '')) {
      await innerDc.cancelAllDialogs();
      return innerDc.beginDialog(this.initialDialogId);
    }
    return super.onContinueDialog(innerDc);
  }

  protected isCommand(text: string): boolean {
    const { commands } = this.services.messages;
    return (
      isOneOf(text, commands.help) ||
      isOneOf(text, commands.reset) ||
      isOneOf(text, commands.findSite) ||
      simplify(text).startsWith(simplify(commands.desk))
    );
  }
}
