import { describe, expect, it } from 'vitest';
import { sum } from '../../../src/checkers/photo/geometry.ts';
import { connectedComponents, dilate, erode, fillHoles } from '../../../src/checkers/photo/mask.ts';
import { mask, maskRows } from './grids.ts';

describe('morphology', () => {
  it('erodes a 3×3 square to its centre and dilates it back', () => {
    const square = mask(['.....', '.###.', '.###.', '.###.', '.....']);
    expect(maskRows(erode(square))).toEqual(['.....', '.....', '..#..', '.....', '.....']);
    expect(maskRows(dilate(erode(square)))).toEqual(maskRows(square));
  });

  it('treats outside the image as set when eroding (a blob on the border keeps its edge)', () => {
    expect(maskRows(erode(mask(['##.', '##.', '...'])))).toEqual(['#..', '...', '...']);
  });
});

describe('connectedComponents', () => {
  it('finds 4-connected blobs, largest first, with bounding boxes', () => {
    const components = connectedComponents(mask(['##..#', '#...#', '...##', '.#...']));
    expect(components.map((c) => c.pixels.length)).toEqual([4, 3, 1]);
    expect(components[0]).toMatchObject({ minX: 3, maxX: 4, minY: 0, maxY: 2 });
    expect(components[2]).toMatchObject({ minX: 1, maxX: 1, minY: 3, maxY: 3 });
  });

  it('does not join diagonal neighbours', () => {
    expect(connectedComponents(mask(['#.', '.#']))).toHaveLength(2);
  });
});

describe('fillHoles', () => {
  it('fills enclosed holes but not bays open to the border', () => {
    const ring = mask(['#####.', '#..#..', '#####.', '......']);
    expect(maskRows(fillHoles(ring))).toEqual(['#####.', '####..', '#####.', '......']);
    expect(sum(fillHoles(ring).data)).toBe(14);
  });
});
