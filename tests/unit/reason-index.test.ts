import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/content/article-schema.ts';
import { assertReasonsExist, buildReasonIndex, type ArticleReasons } from '../../src/content/reason-index.ts';

const quality: ArticleReasons = {
  href: '/failures/document-quality/',
  title: 'Document photo problems',
  reasons: [
    { id: 'photo.blur', anchor: 'blurry-photo' },
    { id: 'photo.glare', anchor: 'glare-or-reflections' },
  ],
  headingSlugs: ['blurry-photo', 'glare-or-reflections'],
  headingText: { 'blurry-photo': 'Blurry photo', 'glare-or-reflections': 'Glare or reflections' },
};

describe('reason index', () => {
  it('resolves each declared id to its page and heading', () => {
    const index = buildReasonIndex([quality]);
    expect(index.get('photo.glare')).toEqual({
      id: 'photo.glare',
      href: '/failures/document-quality/#glare-or-reflections',
      pageTitle: 'Document photo problems',
      heading: 'Glare or reflections',
    });
  });

  it('fails when a declared anchor is not a heading of the page', () => {
    const broken = { ...quality, reasons: [{ id: 'photo.blur', anchor: 'no-such-heading' }] };
    expect(() => buildReasonIndex([broken])).toThrow(/no heading with that slug/);
  });

  it('fails when two pages declare the same id', () => {
    const copy = { ...quality, href: '/faq/' };
    expect(() => buildReasonIndex([quality, copy])).toThrow(/declared twice/);
  });

  it('fails, naming each one, when a checker links to ids no page defines', () => {
    const index = buildReasonIndex([quality]);
    expect(() => assertReasonsExist(index, ['photo.blur', 'photo.fog', 'data.name'], 'photo checker')).toThrow(
      /photo checker links to "photo.fog".*\n.*"data.name"/,
    );
    expect(() => assertReasonsExist(index, ['photo.blur'], 'photo checker')).not.toThrow();
  });
});

describe('article frontmatter', () => {
  it.each([
    [{ reasons: [{ id: 'photo.blur', anchor: 'blurry-photo' }] }, true],
    [{ reasons: [{ id: 'data.date-of-birth', anchor: 'date-of-birth-format' }] }, true],
    [{}, true],
    [{ reasons: [{ id: 'Photo Blur', anchor: 'blurry-photo' }] }, false],
    [{ reasons: [{ id: 'photo', anchor: 'blurry-photo' }] }, false],
    [{ reasons: [{ id: 'photo.blur', anchor: '#Blurry Photo' }] }, false],
    [{ reasons: [{ id: 'photo.blur' }] }, false],
  ])('%j is valid: %s', (frontmatter, valid) => {
    expect(articleSchema.safeParse(frontmatter).success).toBe(valid);
  });
});
