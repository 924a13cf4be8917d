import { startProduct } from './product';

export default async function globalSetup(): Promise<void> {
  const { addresses, process: product } = await startProduct();
  process.env['E2E_ADDRESSES'] = JSON.stringify(addresses);
  (globalThis as { product?: typeof product }).product = product;
}
