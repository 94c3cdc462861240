// restify 11 ships no type declarations (and @types/restify targets v8): the subset this service uses.
declare module 'restify' {
  import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
  import type { AddressInfo } from 'node:net';

  export interface Request extends IncomingMessage {
    body?: unknown;
    params?: Record<string, string>;
    query?: Record<string, unknown>;
    getPath(): string;
    contentType(): string;
  }

  export interface Response extends ServerResponse {
    send(code?: unknown, body?: unknown, headers?: Record<string, string>): void;
    sendRaw(code: number, body: string | Buffer, headers?: Record<string, string>): void;
    json(code: unknown, body?: unknown): void;
    status(code: number): number;
    header(name: string, value?: unknown): unknown;
  }

  export type Next = (err?: unknown) => void;
  export type CallbackHandler = (req: Request, res: Response, next: Next) => void;
  export type AsyncHandler = (req: Request, res: Response) => Promise<void>;
  export type RequestHandler = CallbackHandler | AsyncHandler;

  export interface ServerOptions {
    name?: string;
    log?: unknown;
    ignoreTrailingSlash?: boolean;
    handleUncaughtExceptions?: boolean;
  }

  export interface Server {
    readonly server: HttpServer;
    readonly url: string;
    readonly name: string;
    address(): AddressInfo;
    pre(...handlers: RequestHandler[]): Server;
    use(...handlers: Array<RequestHandler | RequestHandler[]>): Server;
    get(path: string, ...handlers: Array<RequestHandler | RequestHandler[]>): unknown;
    post(path: string, ...handlers: Array<RequestHandler | RequestHandler[]>): unknown;
    on(event: 'restifyError', listener: (req: Request, res: Response, err: unknown, callback: () => void) => void): Server;
    listen(port: number, host: string, callback?: () => void): unknown;
    close(callback?: () => void): unknown;
  }

  export function createServer(options?: ServerOptions): Server;

  export const plugins: {
    bodyParser(options?: { maxBodySize?: number; mapParams?: boolean; rejectUnknown?: boolean }): RequestHandler[];
    /** bodyReader + JSON only: no multipart, no form parser. */
    jsonBodyParser(options?: { maxBodySize?: number; mapParams?: boolean }): RequestHandler[];
    queryParser(options?: { mapParams?: boolean }): RequestHandler;
  };
}
