/// <reference types="pdfkit" />
import {
  DOMAINS,
  type Language,
  type Point,
  type ProgressReport,
  RADAR_NO_SCORE,
  radarGeometry,
  type RadarSeriesGeometry,
} from '@herstelkompas/domain';
import { COLOURS, CONTENT_WIDTH, PAGE, SIZES } from './pdf-layout';

/** The chart's square: full size, and the least that still reads well. */
export const RADAR_SIZE = { max: 290, min: 210 };
const LEGEND = 34;

/** Height of a drawing of `size` plus its legend. */
export const radarHeight = (size: number): number => size + LEGEND;

const STYLE = {
  baseline: { colour: COLOURS.baseline, dash: true, fill: 0 },
  latest: { colour: COLOURS.primary, dash: false, fill: 0.12 },
} as const;

function parsePoints(svg: string): Point[] {
  return svg.split(' ').map((pair) => {
    const [x, y] = pair.split(',').map(Number);
    return { x: x ?? 0, y: y ?? 0 };
  });
}

function path(
  doc: PDFKit.PDFDocument,
  points: readonly Point[],
  close: boolean,
) {
  const [first, ...rest] = points;
  if (!first) return;
  doc.moveTo(first.x, first.y);
  for (const p of rest) doc.lineTo(p.x, p.y);
  if (close) doc.closePath();
}

function drawSeries(doc: PDFKit.PDFDocument, series: RadarSeriesGeometry) {
  const style = series.id === 'latest' ? STYLE.latest : STYLE.baseline;
  doc.save().lineWidth(1.6).strokeColor(style.colour);
  if (style.dash) doc.dash(4, { space: 3 });
  if (series.polygon) {
    path(doc, parsePoints(series.polygon), true);
    if (style.fill > 0) {
      doc.fillOpacity(style.fill).fillAndStroke(style.colour, style.colour);
    } else {
      doc.stroke();
    }
  } else {
    // Missing scores leave gaps: draw the known runs as open lines.
    for (const run of series.segments) {
      path(doc, run, false);
      doc.stroke();
    }
  }
  doc.restore();
  for (const vertex of series.vertices) {
    if (vertex.point) {
      doc.circle(vertex.point.x, vertex.point.y, 2.6).fill(style.colour);
    }
  }
  // A domain without a score: a hollow mark off the scale, never a dot on it.
  for (const { mark } of series.missing) {
    doc
      .save()
      .lineWidth(1)
      .strokeColor(style.colour)
      .circle(mark.x, mark.y, 2.6)
      .stroke()
      .restore();
  }
}

/**
 * The radar chart as vector paths from libs/domain's radarGeometry, centred
 * in the content width: grid rings, six axes with the domain names in their
 * colours, the baseline (dotted) and latest (solid) series and a legend.
 */
export function drawRadar(
  doc: PDFKit.PDFDocument,
  report: ProgressReport,
  language: Language,
  legend: { start: string; now: string },
  size: number = RADAR_SIZE.max,
): void {
  const top = doc.y;
  const originX = PAGE.left + (CONTENT_WIDTH - size) / 2;
  const geometry = radarGeometry(report.radar, {
    size,
    // Room for the domain names around the outer ring.
    padding: size / 6,
  });
  doc.save().translate(originX, top);
  doc.lineWidth(0.5).strokeColor(COLOURS.rule);
  for (const ring of geometry.rings) {
    path(doc, parsePoints(ring.polygon), true);
    doc.stroke();
  }
  for (const axis of geometry.axes) {
    doc
      .moveTo(geometry.center.x, geometry.center.y)
      .lineTo(axis.end.x, axis.end.y)
      .stroke();
  }
  for (const series of geometry.series) drawSeries(doc, series);
  // "geen score" follows the series drawn solid: the latest, else the only one.
  const current = geometry.series.at(-1);
  const missing = new Set(current?.missing.map((m) => m.domain));
  for (const axis of geometry.axes) {
    const { name, colour } = DOMAINS[axis.domain];
    const label = name[language];
    doc.font('bold').fontSize(SIZES.small + 0.5);
    // A colour swatch beside dark text: light domain colours stay legible.
    const width = 11 + doc.widthOfString(label);
    const x =
      axis.labelAnchor === 'middle'
        ? axis.label.x - width / 2
        : axis.labelAnchor === 'end'
          ? axis.label.x - width
          : axis.label.x;
    doc.rect(x, axis.label.y - 4, 7, 7).fill(colour);
    doc.fillColor(COLOURS.text).text(label, x + 11, axis.label.y - 5, {
      lineBreak: false,
    });
    if (missing.has(axis.domain)) {
      // On the far side of the name, away from the chart.
      const above = axis.label.y < geometry.center.y;
      doc
        .font('regular')
        .fontSize(SIZES.small)
        .fillColor(COLOURS.muted)
        .text(
          RADAR_NO_SCORE[language],
          x + 11,
          axis.label.y + (above ? -16 : 6),
          {
            lineBreak: false,
          },
        );
    }
  }
  doc.restore();
  drawLegend(doc, top + size + 10, legend, report.radar.length > 1);
  doc.x = PAGE.left;
  doc.y = top + radarHeight(size);
}

function drawLegend(
  doc: PDFKit.PDFDocument,
  y: number,
  legend: { start: string; now: string },
  withLatest: boolean,
): void {
  const items = [
    { text: legend.start, style: STYLE.baseline },
    ...(withLatest ? [{ text: legend.now, style: STYLE.latest }] : []),
  ];
  doc.font('regular').fontSize(SIZES.small);
  const widths = items.map((item) => 28 + doc.widthOfString(item.text));
  const total = widths.reduce((a, b) => a + b, 0) + 18 * (items.length - 1);
  let x = PAGE.left + (CONTENT_WIDTH - total) / 2;
  items.forEach((item, i) => {
    doc.save().lineWidth(1.6).strokeColor(item.style.colour);
    if (item.style.dash) doc.dash(4, { space: 3 });
    doc
      .moveTo(x, y + 4)
      .lineTo(x + 22, y + 4)
      .stroke()
      .restore();
    doc
      .fillColor(COLOURS.muted)
      .text(item.text, x + 28, y, { lineBreak: false });
    x += (widths[i] ?? 0) + 18;
  });
}
