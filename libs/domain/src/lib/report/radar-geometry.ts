import { DOMAIN_IDS, type DomainId } from '../domains/domain-ids';

/** A point in SVG/PDF coordinates: origin top-left, y down. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** One series to draw: 0-100 per domain; missing or null means no score. */
export interface RadarSeriesInput {
  readonly id: string;
  readonly scores: Readonly<Partial<Record<DomainId, number | null>>>;
}

/** Options of {@link radarGeometry}. */
export interface RadarOptions {
  /** Width and height of the square drawing area. */
  readonly size: number;
  /** Space between the outer ring and the edge, for labels; default 20 %. */
  readonly padding?: number;
  /** Score levels of the grid rings; default 25, 50, 75, 100. */
  readonly levels?: readonly number[];
}

/** One of the six axes, from the centre outwards. */
export interface RadarAxis {
  readonly domain: DomainId;
  /** Radians, clockwise from "up". */
  readonly angle: number;
  readonly end: Point;
  readonly label: Point;
  /** Horizontal text anchor that keeps the label outside the chart. */
  readonly labelAnchor: 'start' | 'middle' | 'end';
}

/** A drawn series: vertices per domain and what can be drawn of them. */
export interface RadarSeriesGeometry {
  readonly id: string;
  readonly vertices: readonly {
    readonly domain: DomainId;
    readonly score: number | null;
    readonly point: Point | null;
  }[];
  /** True when all six scores are present. */
  readonly complete: boolean;
  /** SVG `points` of the closed polygon when complete, else null. */
  readonly polygon: string | null;
  /**
   * Runs of neighbouring known vertices (wrapping around), to draw as open
   * lines when scores are missing. A single known vertex is a run of one.
   */
  readonly segments: readonly (readonly Point[])[];
  /**
   * Domains without a score, each with a spot just outside the outer ring
   * for a hollow "no score" mark: never on the scale, so a missing score
   * cannot be read as 0 or as 100.
   */
  readonly missing: readonly {
    readonly domain: DomainId;
    readonly mark: Point;
  }[];
}

/** Everything needed to draw the radar chart. */
export interface RadarGeometry {
  readonly size: number;
  readonly center: Point;
  readonly radius: number;
  readonly axes: readonly RadarAxis[];
  readonly rings: readonly {
    readonly level: number;
    readonly polygon: string;
  }[];
  readonly series: readonly RadarSeriesGeometry[];
}

// Adding 0 turns -0 into 0, so JSON and snapshots stay clean.
const round2 = (value: number): number => Math.round(value * 100) / 100 + 0;

const toSvgPoints = (points: readonly Point[]): string =>
  points.map(({ x, y }) => `${x},${y}`).join(' ');

function segmentsOf(points: readonly (Point | null)[]): Point[][] {
  // Start right after a gap so a run that wraps past the first axis stays whole.
  const gap = points.indexOf(null);
  const rotated = [...points.slice(gap + 1), ...points.slice(0, gap + 1)];
  const runs: Point[][] = [];
  let current: Point[] = [];
  for (const point of rotated) {
    if (point === null) {
      runs.push(current);
      current = [];
    } else {
      current.push(point);
    }
  }
  runs.push(current);
  return runs.filter((run) => run.length > 0);
}

type Place = (angle: number, distance: number) => Point;

const isPoint = (point: Point | null): point is Point => point !== null;

function seriesGeometry(
  input: RadarSeriesInput,
  axes: readonly RadarAxis[],
  radius: number,
  at: Place,
  markDistance: number,
): RadarSeriesGeometry {
  const vertices = axes.map(({ domain, angle }) => {
    const raw = input.scores[domain];
    const score = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
    const clamped = Math.min(100, Math.max(0, score ?? 0));
    return {
      domain,
      score,
      point: score === null ? null : at(angle, (radius * clamped) / 100),
    };
  });
  const points = vertices.map((vertex) => vertex.point);
  const complete = points.every(isPoint);
  return {
    id: input.id,
    vertices,
    complete,
    polygon: points.every(isPoint) ? toSvgPoints(points) : null,
    segments: segmentsOf(points),
    missing: axes.flatMap(({ domain, angle }, i) =>
      points[i] === null ? [{ domain, mark: at(angle, markDistance) }] : [],
    ),
  };
}

/**
 * Geometry of the six-axis radar chart, so the web SVG and the server PDF
 * draw the same chart: stress at the top, then clockwise in canonical order;
 * 0 at the centre, 100 on the outer ring. Scores are clamped to 0-100;
 * coordinates are rounded to 2 decimals.
 *
 * @throws RangeError when `size` is not a positive number or `padding`
 * leaves no room for the chart.
 */
export function radarGeometry(
  series: readonly RadarSeriesInput[],
  options: RadarOptions,
): RadarGeometry {
  const { size } = options;
  const padding = options.padding ?? size * 0.2;
  const radius = size / 2 - padding;
  if (!(size > 0) || !Number.isFinite(size) || !(radius > 0)) {
    throw new RangeError(
      'size must be positive and larger than twice the padding',
    );
  }
  const center = { x: size / 2, y: size / 2 };
  const at: Place = (angle, distance) => ({
    x: round2(center.x + distance * Math.sin(angle)),
    y: round2(center.y - distance * Math.cos(angle)),
  });
  const axes = DOMAIN_IDS.map((domain, i): RadarAxis => {
    const angle = (i * 2 * Math.PI) / DOMAIN_IDS.length;
    const sin = round2(Math.sin(angle));
    return {
      domain,
      angle,
      end: at(angle, radius),
      label: at(angle, radius + padding / 2),
      labelAnchor: sin === 0 ? 'middle' : sin > 0 ? 'start' : 'end',
    };
  });
  const rings = (options.levels ?? [25, 50, 75, 100]).map((level) => ({
    level,
    polygon: toSvgPoints(
      axes.map(({ angle }) => at(angle, (radius * level) / 100)),
    ),
  }));
  return {
    size,
    center,
    radius,
    axes,
    rings,
    series: series.map((input) =>
      seriesGeometry(input, axes, radius, at, radius + padding * 0.2),
    ),
  };
}
