/**
 * The integrator reference, generated from the protocol's zod schemas (their JSON Schema and
 * `z.describe()` texts), so the docs cannot drift from what the widgets and the loader speak.
 */
import { z } from 'zod/mini';
import { WIDGET_EVENT_TYPES } from '../../protocol/constants.ts';
import { hostToWidgetMessageSchemas, widgetToHostMessageSchemas } from '../../protocol/messages.ts';

/** The subset of JSON Schema that `z.toJSONSchema` writes for the protocol. */
interface JsonSchema {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  pattern?: string;
  default?: unknown;
}

export interface FieldDoc {
  /** Dotted path, `[]` marking array items, e.g. `findings[].code`. */
  path: string;
  /** Readable type: `string`, `number`, `object[]`, … */
  type: string;
  /** The only values allowed, JSON-quoted, when the field is an enum or a constant. */
  values: string[] | undefined;
  required: boolean;
  description: string | undefined;
}

export interface MessageDoc {
  /** The message's `type`, e.g. `kyc:ready`. */
  type: string;
  direction: 'widget-to-host' | 'host-to-widget';
  /** The DOM event the loader dispatches for it on the `<kyc-checker>` element, if any. */
  domEvent: string | undefined;
  description: string;
  fields: FieldDoc[];
}

function typeName(schema: JsonSchema): string {
  if (schema.type === 'array' && schema.items) return `${typeName(schema.items)}[]`;
  if (schema.pattern) return `string matching /${schema.pattern}/`;
  return schema.type ?? 'any';
}

function valuesOf(schema: JsonSchema): string[] | undefined {
  if (schema.const !== undefined) return [JSON.stringify(schema.const)];
  return schema.enum?.map((value) => JSON.stringify(value));
}

function fieldsOf(schema: JsonSchema, prefix = ''): FieldDoc[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const path = `${prefix}${name}`;
    const row: FieldDoc = {
      path,
      type: typeName(property),
      values: valuesOf(property),
      // A field with a default may be left out by whoever sends the message.
      required: (schema.required ?? []).includes(name) && property.default === undefined,
      description: property.description ?? property.items?.description,
    };
    const items = property.type === 'array' ? property.items : undefined;
    return [row, ...(items ? fieldsOf(items, `${path}[].`) : fieldsOf(property, `${path}.`))];
  });
}

function messageDoc(schema: z.ZodMiniType, direction: MessageDoc['direction']): MessageDoc {
  // What a host sends is read before defaults apply ("input"); what a widget sends is final.
  const json = z.toJSONSchema(schema, {
    io: direction === 'host-to-widget' ? 'input' : 'output',
    // JSON has no binary type; the only such field is the photo a host hands over, a `Blob`.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === 'custom') Object.assign(jsonSchema, { type: 'Blob' });
    },
  }) as JsonSchema;
  const type = String(json.properties?.['type']?.const);
  return {
    type,
    direction,
    domEvent: (WIDGET_EVENT_TYPES as readonly string[]).includes(type) ? type : undefined,
    description: json.description ?? '',
    fields: fieldsOf(json),
  };
}

/** Every message of the protocol, widget → host first. */
export function protocolReference(): MessageDoc[] {
  return [
    ...widgetToHostMessageSchemas.map((schema) => messageDoc(schema, 'widget-to-host')),
    ...hostToWidgetMessageSchemas.map((schema) => messageDoc(schema, 'host-to-widget')),
  ];
}
