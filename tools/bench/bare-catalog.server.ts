/**
 * The baseline of the catalog benchmark: bare Fastify and a pg Pool running the very
 * statements the api runs for GET /api/catalog (catalog-query.ts), with cover links signed
 * by the same signer, and no framework, auth or validation. Started with the api's
 * environment (its database and JWT secret); argv: port, viewer's user id.
 */
import Fastify from 'fastify';
import { Pool } from 'pg';
import { UrlSignerService } from '../../libs/api/platform/src/lib/storage/url-signer.service';
import { loadConfig } from '../../libs/api/platform/src/lib/config/app-config';
import {
  catalogPageStatement,
  withCoverLinks,
  type CatalogPageRow,
  type CatalogQuery,
} from '../../libs/api/learning/src/lib/services/catalog-query';

const [port, viewerId] = process.argv.slice(2);
const config = loadConfig(process.env);
const signer = new UrlSignerService(config);
// As many connections as the api's TypeORM pool.
const pool = new Pool({ connectionString: config.database.url, max: 20 });

const optionalNumber = (value: string | undefined) => (value === undefined ? undefined : Number(value));

const app = Fastify();
app.get<{ Querystring: Record<string, string | undefined> }>('/catalog', async (request) => {
  const { q, category, skkni, jpMin, jpMax, enrolment, page, pageSize } = request.query;
  const query: CatalogQuery = {
    q,
    category: category as CatalogQuery['category'],
    skkni: skkni?.toUpperCase(),
    jpMin: optionalNumber(jpMin),
    jpMax: optionalNumber(jpMax),
    enrolment: enrolment as CatalogQuery['enrolment'],
    page: Number(page ?? 1),
    pageSize: Number(pageSize ?? 20),
  };
  const { rows } = await pool.query<CatalogPageRow>(catalogPageStatement(viewerId, query));
  const [{ total, items }] = rows;
  return {
    items: withCoverLinks(items, (fileId) => `/api/files/${fileId}/content?${signer.signedQuery(fileId, viewerId)}`),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
});
app
  .listen({ port: Number(port), host: '127.0.0.1' })
  .then(() => process.send?.('ready'))
  .catch((error: Error) => {
    console.error(error);
    process.exit(1);
  });
