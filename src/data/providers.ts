/** The providers' own names for their services; proper nouns, the same in every language. */
import type { Provider } from './schema.ts';

export const PROVIDER_NAMES: Readonly<Record<Provider, string>> = {
  google: 'Gmail and Google Workspace',
  microsoft: 'Microsoft 365 and Outlook.com',
  yahoo: 'Yahoo Mail',
};
