// Unmounts rendered components after each test (globals are off, so RTL cannot
// register this itself) and resets storage between tests.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
