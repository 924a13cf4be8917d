/**
 * The baseline of the api-read benchmark: bare Fastify and a pg Pool running the very
 * query the api's auth guard runs for GET /api/me, with no framework, auth or validation.
 */
import Fastify from 'fastify';
import { Pool } from 'pg';

const [databaseUrl, port, sessionId, userId] = process.argv.slice(2);
const pool = new Pool({ connectionString: databaseUrl, max: 20 });
const PRINCIPAL_SQL = `
  SELECT u.id, u.email, u.full_name, u.nip, u.position, u.roles, u.locale,
         u.institution_id, i.name AS institution_name
    FROM auth_sessions s
    JOIN users u ON u.id = s.user_id
    LEFT JOIN institutions i ON i.id = u.institution_id
   WHERE s.id = $1 AND s.user_id = $2
     AND s.revoked_at IS NULL AND s.expires_at > now()
     AND u.status = 'active'`;

const app = Fastify();
app.get('/me', async () => {
  // A prepared statement, as the api uses: the baseline is the best bare code can do.
  const { rows } = await pool.query({ name: 'principal-by-session', text: PRINCIPAL_SQL, values: [sessionId, userId] });
  const row = rows[0];
  return {
    id: row.id,
    email: row.email,
    fullName: row.full_name,
    nip: row.nip,
    position: row.position,
    institution: row.institution_id ? { id: row.institution_id, name: row.institution_name } : null,
    roles: row.roles,
    locale: row.locale,
  };
});
app
  .listen({ port: Number(port), host: '127.0.0.1' })
  .then(() => process.send?.('ready'))
  .catch((error: Error) => {
    console.error(error);
    process.exit(1);
  });
