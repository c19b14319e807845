// Checks real API responses against the OpenAPI 3.1 document with ajv (JSON Schema draft 2020-12): the
// status must be documented for the operation, the body must match its schema (or be absent when none is
// documented, as for 304), and every documented header must be present and match its schema.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

type Json = Record<string, unknown>;
export type Method = "get" | "head" | "options";
export type ReplyLike = { status: number; headers: Headers | Record<string, string>; text: string };

const DOCUMENT_ID = "https://diaspora-atlas.test/openapi.json";

export class OpenApiValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly document: Json) {
    this.ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(this.ajv);
    // The document's own keywords are not JSON Schema; its schemas are reached through $ref pointers.
    this.ajv.addVocabulary([
      "openapi",
      "jsonSchemaDialect",
      "info",
      "servers",
      "security",
      "tags",
      "paths",
      "components",
    ]);
    this.ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  }

  /**
   * Validates the document against the official OpenAPI 3.1 schema, Schema Objects included (schema-base:
   * every schema against the 3.1 dialect). Hyperjump implements $dynamicRef fully, which this needs.
   */
  static async documentErrors(document: Json): Promise<string[]> {
    const { validate } = await import("@hyperjump/json-schema/openapi-3-1");
    const output = await validate("https://spec.openapis.org/oas/3.1/schema-base", document as never, "BASIC");
    return output.valid
      ? []
      : (output.errors ?? []).map((e) => `${e.instanceLocation}: ${e.keyword} (${e.absoluteKeywordLocation})`);
  }

  /** The problems with a reply to `method path` (an OpenAPI path such as /organizations/{slug}); [] when it conforms. */
  check(path: string, method: Method, reply: ReplyLike): string[] {
    const operation = (this.document.paths as Record<string, Record<string, Json>>)[path]?.[method];
    if (!operation) return [`${method.toUpperCase()} ${path} is not documented`];
    const response = this.resolve((operation.responses as Record<string, Json>)[String(reply.status)]);
    if (!response) return [`${method.toUpperCase()} ${path}: status ${reply.status} is not documented`];
    const problems: string[] = [];
    const get = (name: string) =>
      reply.headers instanceof Headers ? reply.headers.get(name) : (reply.headers[name.toLowerCase()] ?? null);
    for (const [name, raw] of Object.entries((response.headers ?? {}) as Record<string, Json>)) {
      const header = this.resolve(raw)!;
      const value = get(name);
      if (value === null) {
        if (header.required) problems.push(`header ${name} is missing`);
        continue;
      }
      const validate = this.ajv.compile(header.schema as Json);
      if (!validate(value)) problems.push(`header ${name}: ${this.ajv.errorsText(validate.errors)}`);
    }
    const content = response.content as Record<string, { schema: Json }> | undefined;
    if (!content) {
      if (reply.text !== "") problems.push(`status ${reply.status} documents no body, got ${reply.text.slice(0, 80)}`);
      return problems;
    }
    const type = get("content-type") ?? "";
    const media = Object.keys(content).find((m) => type.startsWith(m));
    if (!media) return [...problems, `content type ${type} is not documented`];
    const pointer = `#/paths/${escape(path)}/${method}/responses/${reply.status}/content/${escape(media)}/schema`;
    const validate = this.validator(pointer);
    let body: unknown;
    try {
      body = JSON.parse(reply.text);
    } catch {
      return [...problems, "body is not JSON"];
    }
    if (!validate(body))
      problems.push(
        ...(validate.errors ?? []).map((e) => `body${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`),
      );
    return problems;
  }

  private validator(pointer: string): ValidateFunction {
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
      this.compiled.set(pointer, validate);
    }
    return validate;
  }

  /** Follows a local `$ref` (#/components/…) in the document. */
  private resolve(value: Json | undefined): Json | undefined {
    if (!value || typeof value.$ref !== "string") return value;
    const target = value.$ref
      .slice(2)
      .split("/")
      .reduce<unknown>(
        (node, key) => (node as Json | undefined)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")],
        this.document,
      );
    return this.resolve(target as Json | undefined);
  }
}

const escape = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");
