import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed operations (TypedDocumentNode) from the repository-root schema.graphql.
// SHENGUAN_SCHEMA overrides the schema file (e.g. one printed from the code
// before schema.graphql is regenerated). Codegen fails on any operation that
// does not validate against the schema: that is part of `npm test`.
const schema = process.env.SHENGUAN_SCHEMA ?? "../schema.graphql";

const config: CodegenConfig = {
  schema,
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: false,
  errorsOnly: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: {
          DateTime: "string",
          Date: "string",
          ID: "string",
          JSON: "unknown",
        },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        skipTypename: false,
        strictScalars: false,
      },
    },
  },
  hooks: {},
};

export default config;
