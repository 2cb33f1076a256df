import 'i18next';
import type { Catalogue } from './index';

// Keys are checked by the compiler against the English catalogue.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Catalogue;
  }
}
