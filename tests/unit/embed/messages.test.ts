import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MESSAGE_TYPES, PROTOCOL_VERSION, WIDGETS } from '../../../src/protocol/constants.ts';
import { readOptions, readWidgetMessage, widgetUrl } from '../../../src/embed/messages.ts';

const ORIGIN = 'https://help.example';

describe('readOptions', () => {
  it.each([
    [{ widget: 'photo-check', theme: null, lang: null }, { widget: 'photo-check', theme: 'auto', lang: 'en' }],
    [{ widget: 'data-match', theme: 'dark', lang: 'pt-BR' }, { widget: 'data-match', theme: 'dark', lang: 'pt-BR' }],
    [{ widget: 'data-match', theme: 'light', lang: '"><script>' }, { widget: 'data-match', theme: 'light', lang: 'en' }],
  ])('reads %j', (attributes, expected) => {
    expect(readOptions(attributes)).toEqual({ options: expected, warnings: [] });
  });

  it('refuses an unknown widget with a warning that lists the valid ones', () => {
    const { options, warnings } = readOptions({ widget: 'selfie', theme: null, lang: null });
    expect(options).toBeUndefined();
    expect(warnings).toEqual(['[kyc-checker] Unknown widget "selfie". Valid widgets: "data-match", "photo-check".']);
  });

  it('falls back to the auto theme with a warning', () => {
    const { options, warnings } = readOptions({ widget: 'photo-check', theme: 'neon', lang: 'en' });
    expect(options?.theme).toBe('auto');
    expect(warnings).toEqual(['[kyc-checker] Unknown theme "neon", using "auto". Valid themes: "light", "dark", "auto".']);
  });
});

describe('widgetUrl', () => {
  it.each(WIDGETS)('points %s at its embed page on the widget origin', (widget) => {
    expect(widgetUrl(ORIGIN, { widget, theme: 'dark', lang: 'en' })).toBe(`${ORIGIN}/embed/${widget}/?theme=dark&lang=en`);
  });
});

describe('readWidgetMessage', () => {
  const v = PROTOCOL_VERSION;

  it.each([
    [{ type: MESSAGE_TYPES.resize, version: v, height: 512 }, { kind: 'resize', height: 512 }],
    [{ type: MESSAGE_TYPES.resize, version: v, height: 512.2 }, { kind: 'resize', height: 513 }],
    [{ type: MESSAGE_TYPES.resize, version: v, height: 0 }, { kind: 'resize', height: 0 }],
  ])('sizes the frame from %j', (data, expected) => {
    expect(readWidgetMessage(data)).toEqual(expected);
  });

  it.each([
    { type: MESSAGE_TYPES.ready, version: v, widget: 'photo-check' },
    { type: MESSAGE_TYPES.dataMatchResult, version: v, verdict: 'pass', findings: [] },
    { type: MESSAGE_TYPES.photoCheckResult, version: v, verdict: 'warn', checks: [], timings: { totalMs: 1 } },
    { type: MESSAGE_TYPES.photoCheckError, version: v, code: 'not-an-image', message: 'Not an image.' },
  ])('passes $type on as an event, message untouched', (data) => {
    expect(readWidgetMessage(data)).toEqual({ kind: 'event', type: data.type, message: data });
  });

  it.each([null, undefined, 42, 'kyc:resize', [], {}, { type: 'webpackOk' }, { type: 7 }])(
    'ignores %j quietly: not a message of this protocol',
    (data) => {
      expect(readWidgetMessage(data)).toEqual({ kind: 'ignore' });
    },
  );

  it('warns about an unknown type and lists the valid ones', () => {
    expect(readWidgetMessage({ type: 'kyc:selfie:result', version: v })).toEqual({
      kind: 'ignore',
      warning:
        '[kyc-checker] Ignored a message of unknown type "kyc:selfie:result". Valid types: "kyc:resize", "kyc:ready", ' +
        '"kyc:data-match:result", "kyc:photo-check:result", "kyc:photo-check:error".',
    });
  });

  it('does not take a host → widget message for a widget event', () => {
    expect(readWidgetMessage({ type: MESSAGE_TYPES.dataMatchCheck, version: v })).toMatchObject({
      kind: 'ignore',
      warning: expect.stringMatching(/unknown type/),
    });
  });

  it.each([2, 0, '1', undefined])('warns about version %j and names the valid one', (version) => {
    expect(readWidgetMessage({ type: MESSAGE_TYPES.ready, version, widget: 'data-match' })).toEqual({
      kind: 'ignore',
      warning: `[kyc-checker] Ignored "kyc:ready" with version ${JSON.stringify(version)}. Valid versions: 1.`,
    });
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, 100_001, '300', undefined])('refuses the height %j', (height) => {
    expect(readWidgetMessage({ type: MESSAGE_TYPES.resize, version: v, height })).toMatchObject({
      kind: 'ignore',
      warning: expect.stringMatching(/^\[kyc-checker\] Ignored "kyc:resize" with an invalid height/),
    });
  });

  it('never throws and only sizes to whole, bounded heights, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const read = readWidgetMessage(data);
        if (read.kind === 'resize') {
          expect(Number.isInteger(read.height) && read.height >= 0 && read.height <= 100_000).toBe(true);
        }
      }),
    );
    fc.assert(
      fc.property(fc.double(), (height) => {
        const read = readWidgetMessage({ type: MESSAGE_TYPES.resize, version: v, height });
        expect(read.kind).toBe(height >= 0 && height <= 100_000 ? 'resize' : 'ignore');
      }),
    );
  });
});
