/**
 * What both floors share with the bot: a restify server, the same body parser, a CloudAdapter in
 * local (unauthenticated) mode, POST /api/messages and GET /healthz. Nothing else: a floor is the
 * least a Bot Framework service on this stack does.
 */
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import { createServer, plugins, type Request, type Response } from 'restify';

export async function serveFloor(run: (context: TurnContext) => Promise<void>): Promise<void> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const server = createServer({ name: 'bench-floor' });
  server.post('/api/messages', plugins.bodyParser({ maxBodySize: 256 * 1024, mapParams: false }), async (req: Request, res: Response) => {
    await adapter.process({ body: req.body as Record<string, unknown>, headers: req.headers, method: req.method }, res, run);
  });
  server.get('/healthz', async (_req: Request, res: Response) => {
    res.send(200, { status: 'ok' });
  });
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 3978), '127.0.0.1', resolve));
}
