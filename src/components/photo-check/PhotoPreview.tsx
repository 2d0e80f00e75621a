import { useEffect, useRef } from 'react';
import type { CornerName, PhotoAnalysis, Point } from '../../checkers/photo/types.ts';

interface Props {
  /** The analysed picture; this component draws it and closes it. */
  bitmap: ImageBitmap;
  analysis: PhotoAnalysis;
}

const CORNER_WORDS: Record<CornerName, string> = {
  'top-left': 'top left',
  'top-right': 'top right',
  'bottom-right': 'bottom right',
  'bottom-left': 'bottom left',
};

/** Where a corner that fell outside the photo is shown: on the photo's own corner of that name. */
const CORNER_MARKS: Record<CornerName, Point> = {
  'top-left': { x: 0, y: 0 },
  'top-right': { x: 1, y: 0 },
  'bottom-right': { x: 1, y: 1 },
  'bottom-left': { x: 0, y: 1 },
};

function list(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** Alt text that says what the overlay shows. */
function describeOverlay(analysis: PhotoAnalysis, glareCount: number): string {
  const parts = ['Your photo as checked'];
  if (analysis.document) parts.push('with the outline of the document drawn');
  else parts.push('no document outline could be found');
  if (glareCount > 0) parts.push(`${glareCount} glare ${glareCount === 1 ? 'area' : 'areas'} boxed`);
  const missing = analysis.document?.missingCorners ?? [];
  if (missing.length > 0) {
    parts.push(`${list(missing.map((corner) => CORNER_WORDS[corner]))} ${missing.length === 1 ? 'corner' : 'corners'} marked as missing`);
  }
  return `${parts.join(', ')}.`;
}

/** The photo with the document outline, glare boxes, other problem areas and missing corners drawn over it. */
export function PhotoPreview({ bitmap, analysis }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { width, height } = bitmap;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    canvas.width = width;
    canvas.height = height;
    // Hands the pixels to the canvas without a copy; the bitmap is closed by the transfer.
    canvas.getContext('bitmaprenderer')?.transferFromImageBitmap(bitmap);
    return () => bitmap.close();
  }, [bitmap, width, height]);

  const toPixels = ({ x, y }: Point) => `${x * width},${y * height}`;
  const glare = analysis.checks.find((check) => check.id === 'glare');
  const glareRegions = glare && glare.status !== 'pass' ? (glare.regions ?? []) : [];
  const otherRegions = analysis.checks
    .filter((check) => check.id !== 'glare' && check.status !== 'pass')
    .flatMap((check) => (check.regions ?? []).map((region) => ({ check: check.id, region })));
  const missing = analysis.document?.missingCorners ?? [];
  const markRadius = Math.max(width, height) * 0.035;

  return (
    <figure className="pc-preview">
      <div className="pc-preview__frame">
        <canvas ref={canvasRef} className="pc-preview__photo" role="img" aria-label={describeOverlay(analysis, glareRegions.length)} />
        <svg className="pc-preview__overlay" viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {analysis.document && (
            <polygon
              className={`pc-overlay__document${missing.length > 0 ? ' pc-overlay__document--cut' : ''}`}
              points={analysis.document.corners.map(toPixels).join(' ')}
              data-overlay="document"
            />
          )}
          {otherRegions.map(({ check, region }, index) => (
            <rect
              key={`${check}-${index}`}
              className="pc-overlay__region"
              x={region.x * width}
              y={region.y * height}
              width={region.width * width}
              height={region.height * height}
              data-overlay={check}
            />
          ))}
          {glareRegions.map((region, index) => (
            <rect
              key={`glare-${index}`}
              className="pc-overlay__glare"
              x={region.x * width}
              y={region.y * height}
              width={region.width * width}
              height={region.height * height}
              data-overlay="glare"
            />
          ))}
          {missing.map((corner) => {
            // A circled cross just inside the photo's corner of the same name.
            const { x, y } = CORNER_MARKS[corner];
            const cx = x ? width - markRadius * 1.4 : markRadius * 1.4;
            const cy = y ? height - markRadius * 1.4 : markRadius * 1.4;
            const arm = markRadius * 0.5;
            return (
              <g key={corner} className="pc-overlay__missing" data-overlay="missing-corner" data-corner={corner}>
                <circle cx={cx} cy={cy} r={markRadius} />
                <path d={`M${cx - arm},${cy - arm}L${cx + arm},${cy + arm}M${cx + arm},${cy - arm}L${cx - arm},${cy + arm}`} />
              </g>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}
