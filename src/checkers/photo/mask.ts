/**
 * Binary masks (0/1 bytes, row by row): morphology, connected components and hole filling.
 */
import { int32Array, uint8Array } from './scratch.ts';

export interface Mask {
  width: number;
  height: number;
  data: Uint8Array;
}

/** A connected set of mask pixels (4-connectivity) with its bounding box in pixels. */
export interface Component {
  /** Pixel indices (y · width + x), a view into a buffer shared by all components of one call. */
  pixels: Int32Array;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Whether a component reaches the border of its `width` × `height` image. */
export function touchesBorder(component: Component, width: number, height: number): boolean {
  return component.minX === 0 || component.minY === 0 || component.maxX === width - 1 || component.maxY === height - 1;
}

/** Sets a pixel when all pixels within `radius` (a square) are set; outside the image counts as set. */
export function erode(mask: Mask, radius = 1): Mask {
  return morph(mask, radius, true);
}

/** Sets a pixel when any pixel within `radius` (a square) is set. */
export function dilate(mask: Mask, radius = 1): Mask {
  return morph(mask, radius, false);
}

function morph(mask: Mask, radius: number, all: boolean): Mask {
  const { width, height } = mask;
  // Separable: a square is a row pass then a column pass, each a sliding count of set pixels.
  const pass = (source: Uint8Array, length: number, lines: number, stride: number, step: number): Uint8Array => {
    const out = uint8Array(width * height);
    for (let line = 0; line < lines; line++) {
      const start = line * stride;
      let count = 0;
      let inside = 0;
      for (let k = 0; k <= Math.min(radius, length - 1); k++) (count += source[start + k * step]!), inside++;
      for (let p = 0; p < length; p++) {
        const set = all ? count === inside : count > 0;
        out[start + p * step] = set ? 1 : 0;
        const entering = p + radius + 1;
        const leaving = p - radius;
        if (entering < length) (count += source[start + entering * step]!), inside++;
        if (leaving >= 0) (count -= source[start + leaving * step]!), inside--;
      }
    }
    return out;
  };
  const rows = pass(mask.data, width, height, width, 1);
  return { width, height, data: pass(rows, height, width, 1, width) };
}

/** All 4-connected components of set pixels, largest first. */
export function connectedComponents(mask: Mask): Component[] {
  const { width, height, data } = mask;
  const seen = uint8Array(width * height);
  // Pixels of each component are stored contiguously in `order`, in the order they were visited.
  const order = int32Array(width * height);
  let filled = 0;
  const components: Component[] = [];
  for (let start = 0; start < data.length; start++) {
    if (!data[start] || seen[start]) continue;
    const first = filled;
    order[filled++] = start;
    seen[start] = 1;
    let minX = width;
    let minY = height;
    let maxX = 0;
    let maxY = 0;
    // `order` doubles as the queue: pixels between `next` and `filled` are still to be expanded.
    for (let next = first; next < filled; next++) {
      const i = order[next]!;
      const x = i % width;
      const y = (i - x) / width;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      if (x > 0 && data[i - 1] && !seen[i - 1]) (seen[i - 1] = 1), (order[filled++] = i - 1);
      if (x < width - 1 && data[i + 1] && !seen[i + 1]) (seen[i + 1] = 1), (order[filled++] = i + 1);
      if (y > 0 && data[i - width] && !seen[i - width]) (seen[i - width] = 1), (order[filled++] = i - width);
      if (y < height - 1 && data[i + width] && !seen[i + width]) (seen[i + width] = 1), (order[filled++] = i + width);
    }
    components.push({ pixels: order.subarray(first, filled), minX, minY, maxX, maxY });
  }
  return components.sort((a, b) => b.pixels.length - a.pixels.length);
}

/** A mask with only the given component set. */
export function componentMask(component: Component, width: number, height: number): Mask {
  const data = uint8Array(width * height);
  const { pixels } = component;
  for (let k = 0; k < pixels.length; k++) data[pixels[k]!] = 1;
  return { width, height, data };
}

/** Sets every unset pixel that cannot be reached from the image border through unset pixels. */
export function fillHoles(mask: Mask): Mask {
  const { width, height, data } = mask;
  const outside = uint8Array(width * height);
  const stack = int32Array(width * height);
  let top = 0;
  const push = (i: number): void => {
    if (!data[i] && !outside[i]) {
      outside[i] = 1;
      stack[top++] = i;
    }
  };
  for (let x = 0; x < width; x++) push(x), push((height - 1) * width + x);
  for (let y = 0; y < height; y++) push(y * width), push(y * width + width - 1);
  while (top > 0) {
    const i = stack[--top]!;
    const x = i % width;
    if (x > 0) push(i - 1);
    if (x < width - 1) push(i + 1);
    if (i >= width) push(i - width);
    if (i < (height - 1) * width) push(i + width);
  }
  const out = uint8Array(width * height);
  for (let i = 0; i < out.length; i++) out[i] = outside[i] ? 0 : 1;
  return { width, height, data: out };
}
