import { describe, expect, it } from 'vitest';
import { MESSAGE_TYPES, WIDGET_EVENT_TYPES } from '../../../src/protocol/constants.ts';
import { protocolReference } from '../../../src/components/embed-docs/message-reference.ts';

const reference = protocolReference();

describe('the integrator reference generated from the schemas', () => {
  it('documents every message type exactly once', () => {
    expect(reference.map((message) => message.type).sort()).toEqual(Object.values(MESSAGE_TYPES).sort());
  });

  it('names the DOM event of exactly the messages the loader re-dispatches', () => {
    expect(reference.filter((message) => message.domEvent).map((message) => message.domEvent)).toEqual([...WIDGET_EVENT_TYPES]);
  });

  it('describes every message and every field but the self-explaining `type`', () => {
    const undocumented = reference.flatMap((message) => [
      ...(message.description ? [] : [message.type]),
      ...message.fields.filter((field) => field.path !== 'type' && !field.description).map((field) => `${message.type} ${field.path}`),
    ]);
    expect(undocumented).toEqual([]);
  });

  it('reads a host message as the host writes it: defaults and optional fields not required', () => {
    const check = reference.find((message) => message.type === MESSAGE_TYPES.dataMatchCheck);
    expect(check?.direction).toBe('host-to-widget');
    expect(check?.fields.filter((field) => field.required).map((field) => field.path)).toEqual(['type', 'version']);
    expect(check?.fields.map((field) => field.path)).toEqual(expect.arrayContaining(['account.surname', 'document.expiryDate', 'today']));
    expect(check?.fields.find((field) => field.path === 'document.type')).toMatchObject({
      type: 'string',
      values: ['"passport"', '"id-card"', '"driving-licence"'],
      required: false,
    });
    expect(check?.fields.find((field) => field.path === 'today')?.type).toBe('string matching /^\\d{4}-\\d{2}-\\d{2}$/');
  });

  it('names the photo a host hands to the photo widget as a required Blob', () => {
    const check = reference.find((message) => message.type === MESSAGE_TYPES.photoCheck);
    expect(check?.direction).toBe('host-to-widget');
    expect(check?.fields.find((field) => field.path === 'photo')).toMatchObject({ type: 'Blob', required: true });
  });

  it('flattens arrays of objects into item fields', () => {
    const photo = reference.find((message) => message.type === MESSAGE_TYPES.photoCheckResult);
    expect(photo?.fields.map((field) => [field.path, field.type, field.required])).toEqual(
      expect.arrayContaining([
        ['checks', 'object[]', true],
        ['checks[].id', 'string', true],
        ['checks[].value', 'number', false],
        ['timings.totalMs', 'number', true],
      ]),
    );
    expect(photo?.fields.find((field) => field.path === 'checks[].id')?.values).toContain('"sharpness"');
    expect(photo?.fields.find((field) => field.path === 'type')?.values).toEqual(['"kyc:photo-check:result"']);
  });
});
