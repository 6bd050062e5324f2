/** @type {import('next').NextConfig} */
export default {
  poweredByHeader: false,
  // The repository root has its own lockfile: this app is its own root.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
};
