/** Floor 1, the echo bot: one reply per message, no state. `node dist/bench/floors/echoBot.js` */
import { ActivityHandler } from 'botbuilder';
import { serveFloor } from './server.js';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`écho : ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

const bot = new EchoBot();
await serveFloor((context) => bot.run(context));
