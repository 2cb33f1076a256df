import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import i18n from './i18n';

afterEach(() => {
  cleanup();
  // Tests assert English texts; one that switches language must not leak it into the next.
  void i18n.changeLanguage('en');
});
