import compress, { type FastifyCompressOptions } from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import {
  FastifyAdapter,
  type NestFastifyApplication,
} from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { ApiError } from './common/api-error';
import { ApiExceptionFilter } from './common/exception-filter';
import { languageOf, message } from './common/messages';
import {
  isJsonContentType,
  jsonDepthExceeds,
  MAX_JSON_DEPTH,
} from './common/json-body';
import {
  IMAGE_UPLOAD,
  isCacheableApiRead,
  isImageUpload,
  mediaType,
} from './common/image-upload';
import { decodedPath, hasEscapes, isApiPath } from './common/request-path';
import { SpaIndex } from './common/spa-index';
import { describeValidationRules } from './common/openapi-constraints';
import { UndeclaredInputInterceptor } from './common/undeclared-input';
import { createValidationPipe } from './common/validation';
import type { RuntimeConfig } from './config/config.module';
import { PinoNestLogger, scrubUrl } from './logging/logger';

/** Largest request body accepted anywhere (intake drafts are the largest). */
export const BODY_LIMIT_BYTES = 256 * 1024;

export interface CreateAppOptions {
  config: RuntimeConfig;
  dataSource: DataSource;
  logger: Logger;
  /** Folder of the built web app; defaults to dist/apps/web/browser beside the API bundle. */
  webRoot?: string;
}

/** Every route the application serves, as registered: the route inventory tests walk. */
const ROUTES = new WeakMap<object, { method: string; url: string }[]>();

export function routesOf(
  app: NestFastifyApplication,
): { method: string; url: string }[] {
  return ROUTES.get(app) ?? [];
}

/** Builds the whole HTTP application; `main.ts` and the integration tests share it. */
export async function createApp(
  options: CreateAppOptions,
): Promise<NestFastifyApplication> {
  const { config, dataSource, logger } = options;
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // One line per request is written by our onResponse hook instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    bodyLimit: BODY_LIMIT_BYTES,
    // Only a configured proxy may tell us the scheme and the client address.
    trustProxy: config.trustProxy,
    // Longer ids reach validation and get a 400, not a bare 404 from the router.
    routerOptions: { maxParamLength: 2048 },
    // A path the router cannot decode (`/api/x%zz`): our error shape and
    // headers rather than Fastify's bare answer, which caches and shows the path.
    frameworkErrors: (
      _error: Error,
      request: FastifyRequest,
      reply: FastifyReply,
    ) => {
      void reply
        .code(400)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .type('application/json; charset=utf-8')
        .send({
          statusCode: 400,
          error: 'Bad Request',
          code: 'bad_path',
          message: message(
            'bad_path',
            languageOf(request.headers['accept-language']),
          ),
        });
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, dataSource),
    adapter,
    {
      logger: new PinoNestLogger(logger),
      // JSON only, through our own parser (registerBodyParser): no forms.
      bodyParser: false,
    },
  );
  const spa = new SpaIndex(
    options.webRoot ?? join(__dirname, '..', 'web', 'browser'),
  );

  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new UndeclaredInputInterceptor());
  app.useGlobalFilters(new ApiExceptionFilter(spa));
  await app.register(fastifyCookie);
  await app.register(helmet, securityHeaders());
  await app.register(compress, compression());
  registerBodyParser(app);
  registerHooks(app);
  const routes: { method: string; url: string }[] = [];
  ROUTES.set(app, routes);
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (route) => {
      for (const method of [route.method].flat())
        routes.push({ method, url: route.url });
    });
  registerDocs(app);
  if (spa.available) {
    app.useStaticAssets({
      root: spa.root,
      prefix: '/',
      // The build writes .br and .gz copies (tools/precompress.mjs): sent
      // with Content-Encoding and Vary when the browser accepts them.
      preCompressed: true,
      // @fastify/static 10 hands over the Fastify reply here, not a Node response.
      setHeaders: ((
        reply: { header(name: string, value: string): unknown },
        sentPath: string,
      ) => {
        // With preCompressed this is the .br/.gz copy's path.
        const path = sentPath.replace(/\.(br|gz)$/, '');
        // Built files carry a content hash in their name; index.html is
        // never stored, so a signed-out browser keeps no copy of the app shell.
        reply.header(
          'cache-control',
          /-[A-Z0-9]{8}\.(js|css)$/.test(path)
            ? 'public, max-age=31536000, immutable'
            : /\.html$/.test(path)
              ? 'no-store'
              : 'no-cache',
        );
      }) as never,
    });
  }
  await app.init();
  return app;
}

/** Only answers above this size are compressed: below it the saving is nil. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/**
 * Text answers (JSON, CSV, calendar feeds) are compressed on the fly, brotli
 * or gzip as the client accepts. PDF and ZIP downloads are compressed
 * already and are left alone, as are event streams, which must not be held
 * back in a compressor's buffer. Request bodies are never decompressed: the
 * body limit counts the bytes as sent.
 */
function compression(): FastifyCompressOptions {
  return {
    global: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: COMPRESS_THRESHOLD_BYTES,
    customTypes:
      /^(?:text\/(?!event-stream)|application\/(?:[\w.-]+\+)?json\b|application\/javascript\b|image\/svg\+xml\b)/,
  };
}

function securityHeaders() {
  return {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // No 'unsafe-inline' / 'unsafe-eval': the build emits no inline
        // script or handler (inlineCritical is off) and Angular needs no eval.
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        // Angular adds each component's styles as <style> elements at run
        // time and Material/CDK position overlays with style attributes;
        // neither carries a nonce, so styles (not scripts) keep 'unsafe-inline'.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        // index.html has no <base> element: every URL in it is absolute.
        baseUri: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // Sent per request in registerHooks: only over HTTPS.
    hsts: false,
    referrerPolicy: { policy: 'no-referrer' as const },
    crossOriginEmbedderPolicy: false,
  };
}

/** A year, subdomains included: the product only ever runs over HTTPS there. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * The only request body format is JSON. Fastify's own parsers (JSON and
 * plain text) are replaced by one JSON parser that first refuses nesting
 * deeper than any request of ours: a body nested thousands of levels deep
 * would otherwise exhaust the stack of the steps that walk it. A body of
 * any other type is refused by Fastify with 415 (see also the onRequest hook).
 */
function registerBodyParser(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES },
    (request, body, done) => {
      const text = String(body);
      if (jsonDepthExceeds(text)) {
        // Someone probing, not a bug: one line, no stack.
        request.log.warn(
          { reqId: request.id, maxDepth: MAX_JSON_DEPTH },
          'Request body nested too deeply: refused',
        );
        done(new ApiError(400, 'too_deep'), undefined);
        return;
      }
      parseJson(request, text, done);
    },
  );
  // The logo upload's bytes; the onRequest hook lets these types reach that route only.
  fastify.addContentTypeParser(
    IMAGE_UPLOAD.types as string[],
    { parseAs: 'buffer', bodyLimit: IMAGE_UPLOAD.maxBytes },
    (_request, body, done) => done(null, body),
  );
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function registerHooks(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', async (request) => {
    // Decided on the path as the router reads it: /%61pi/... is the API too.
    if (!isApiPath(decodedPath(request.url))) return;
    if (hasEscapes(request.url)) throw new ApiError(400, 'bad_path');
    // A state-changing request is JSON or has no body, so a plain HTML form
    // (urlencoded, multipart, text) from anywhere reaches no route. The one
    // exception is the logo upload, which takes a PNG or JPEG (a form
    // cannot send those types), and no other type.
    const type = request.headers['content-type'];
    const hasBody =
      type !== undefined ||
      Number(request.headers['content-length'] ?? 0) > 0 ||
      request.headers['transfer-encoding'] !== undefined;
    if (!WRITE_METHODS.has(request.method) || !hasBody) return;
    if (isImageUpload(request.method, request.url.split('?')[0] ?? '')) {
      if (
        Number(request.headers['content-length'] ?? 0) > IMAGE_UPLOAD.maxBytes
      )
        throw new ApiError(413, 'logo_too_large');
      if (
        !isJsonContentType(type) &&
        !IMAGE_UPLOAD.types.includes(mediaType(type))
      )
        throw new ApiError(415, 'logo_type');
      return;
    }
    if (!isJsonContentType(type)) throw new ApiError(415, 'json_only');
  });
  fastify.addHook('onSend', async (request, reply, payload) => {
    void reply.header('x-request-id', request.id);
    // request.protocol reads X-Forwarded-Proto only when trustProxy is set.
    if (request.protocol === 'https')
      void reply.header('strict-transport-security', HSTS);
    // Health data: no API answer (JSON, PDF, ZIP, CSV, errors) is ever
    // cached, whichever way its path was spelled.
    const path = decodedPath(request.url);
    if (
      isApiPath(path) &&
      !(isCacheableApiRead(request.method, path) && reply.statusCode < 400)
    )
      void reply.header('cache-control', 'no-store');
    return payload;
  });
  fastify.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: scrubUrl(request.url),
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
}

/**
 * The OpenAPI document is built on the first request for it (the docs page,
 * its JSON or YAML), not at start: walking every route and DTO takes time
 * and the document stays in memory, and most processes never serve it.
 * Building is synchronous and kept once built, so the routes and the
 * document are the same as when it was built at start.
 */
function registerDocs(app: NestFastifyApplication): void {
  const buildDocument = () => {
    describeValidationRules();
    return SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle('Herstelkompas API')
        .setDescription(
          'Practice dashboard for the 6-domain approach to chronic back pain.',
        )
        .setVersion('1')
        .addCookieAuth('hk_session')
        .build(),
    );
  };
  SwaggerModule.setup('api/docs', app, buildDocument, {
    jsonDocumentUrl: 'api/docs-json',
  });
}
