// graphql-codegen: TypeScript types for every operation in src/, from the schema a running covey
// serves (introspection). `npm run codegen` with COVEY_GRAPHQL_URL (default: the devnet's `covey serve`)
// rewrites src/gql/; covey's tests regenerate into a scratch directory (COVEY_CODEGEN_OUT) and fail
// when the committed files differ, so a schema change that breaks this client fails CI.
import type { CodegenConfig } from '@graphql-codegen/cli';

const schema = process.env.COVEY_GRAPHQL_URL ?? 'http://127.0.0.1:8080/graphql';
const out = process.env.COVEY_CODEGEN_OUT ?? 'src/gql/';

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  // Imports with .js extensions, as Node's ESM resolution (tsconfig module NodeNext) wants.
  emitLegacyCommonJSImports: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // covey's scalars as they travel in JSON: uint256 amounts as decimal strings (exact: turn
        // them into bigint, never number), addresses and hashes as 0x-hex (viem's types).
        strictScalars: true,
        scalars: {
          BigInt: 'string',
          Address: '`0x${string}`',
          Bytes32: '`0x${string}`',
          Bytes: '`0x${string}`',
          Timestamp: { input: 'number | string', output: 'number' },
        },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
