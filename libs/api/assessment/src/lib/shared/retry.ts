const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock detected

function sqlState(error: unknown): string | undefined {
  const withCode = error as { code?: string; driverError?: { code?: string } };
  return withCode.driverError?.code ?? withCode.code;
}

/** Runs a transaction again when PostgreSQL gave it up for a conflict with another one. */
export async function retryOnConflict<T>(work: () => Promise<T>, tries = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= tries || !RETRYABLE.has(sqlState(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, attempt * 10 + Math.random() * 20));
    }
  }
}
