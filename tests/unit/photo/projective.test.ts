import { describe, expect, it } from 'vitest';
import { applyHomography, homography } from '../../../scripts/photo-eval/projective.ts';
import { intersectLines, type Vec } from '../../../src/checkers/photo/geometry.ts';

const square: Vec[] = [
  { x: 0, y: 0 },
  { x: 10, y: 0 },
  { x: 10, y: 10 },
  { x: 0, y: 10 },
];

describe('homography', () => {
  it('maps each source corner to its target and the centre of a square to the quad’s diagonal crossing', () => {
    const quad: Vec[] = [
      { x: 10, y: 20 },
      { x: 110, y: 10 },
      { x: 130, y: 90 },
      { x: 0, y: 80 },
    ];
    const h = homography(square, quad)!;
    square.forEach((p, i) => {
      const q = applyHomography(h, p);
      expect(q.x).toBeCloseTo(quad[i]!.x, 6);
      expect(q.y).toBeCloseTo(quad[i]!.y, 6);
    });
    const centre = applyHomography(h, { x: 5, y: 5 });
    const diagonal = intersectLines(
      { point: quad[0]!, direction: { x: quad[2]!.x - quad[0]!.x, y: quad[2]!.y - quad[0]!.y } },
      { point: quad[1]!, direction: { x: quad[3]!.x - quad[1]!.x, y: quad[3]!.y - quad[1]!.y } },
    )!;
    expect(centre.x).toBeCloseTo(diagonal.x, 6);
    expect(centre.y).toBeCloseTo(diagonal.y, 6);
  });
});
