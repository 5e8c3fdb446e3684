import type { ReactElement } from 'react';

import { formatMeasureValue, formatPer100k } from '../utils/format';
import { hexCentre, hexLabel, hexMapBounds, hexPoints } from '../utils/hex';
import type { ColourClass } from '../utils/palette';
import { classOf, colourClasses, isDarkClass } from '../utils/palette';

export interface RegionIcsView {
  value: number | null;
  atLeast: boolean;
  basis: number;
  per100k: number | null;
  figuresUrl: string | null;
  ics: { odsCode: string; shortName: string; mapHex: { col: number; row: number } | null };
}

export interface RegionMeasureView {
  key: string;
  group: string;
  label: string;
  unit: string;
  themeKey: string | null;
  aggregation: string;
  perPopulation: boolean;
  regionValue: number | null;
  regionAtLeast: boolean;
  regionBasis: number;
  regionPer100k: number | null;
  icss: ReadonlyArray<RegionIcsView>;
}

/** The number a measure is mapped and compared by: per 100,000 for counts of people, else the value. */
export function mappedValue(
  measure: Pick<RegionMeasureView, 'perPopulation'>,
  row: Pick<RegionIcsView, 'value' | 'per100k'>,
): number | null {
  return measure.perPopulation ? row.per100k : row.value;
}

/** The mapped value in words: "12.3 per 100,000 residents", "£1,200", or "no data". */
export function mappedText(
  measure: Pick<RegionMeasureView, 'perPopulation' | 'unit'>,
  row: Pick<RegionIcsView, 'value' | 'per100k' | 'atLeast'>,
): string {
  if (measure.perPopulation) return formatPer100k(row.per100k, row.atLeast) ?? 'no data';
  const text = formatMeasureValue(row.value, measure.unit, row.atLeast);
  return text === 'No data' ? 'no data' : text;
}

function rangeText(
  c: ColourClass,
  measure: Pick<RegionMeasureView, 'perPopulation' | 'unit'>,
): string {
  const f = (v: number) =>
    measure.perPopulation
      ? formatMeasureValue(Math.round(v * 10) / 10, 'count')
      : formatMeasureValue(v, measure.unit);
  return c.from === c.to ? f(c.from) : `${f(c.from)} to ${f(c.to)}`;
}

const SIZE = 56;
const PADDING = 8;

export interface HexMapProps {
  measure: RegionMeasureView;
  /** Appended to each ICS link (e.g. the period filters). */
  linkQuery?: string;
}

/**
 * The 11 ICSs as a schematic hex map, coloured by the measure in 5 sequential classes (ColorBrewer
 * Blues; "No data" hatched). Each hex is a link to that ICS's dashboard, named with its figure; the
 * legend gives every class range in words and the table beside the map holds the same figures.
 */
export function HexMap({ measure, linkQuery = '' }: HexMapProps): ReactElement {
  const placed = measure.icss.filter((r) => r.ics.mapHex !== null);
  const classes = colourClasses(placed.map((r) => mappedValue(measure, r)));
  const bounds = hexMapBounds(
    placed.map((r) => r.ics.mapHex!),
    SIZE,
    PADDING,
  );
  const titleId = `hex-map-title`;
  const descId = `hex-map-desc`;
  const unitWords = measure.perPopulation
    ? 'per 100,000 residents'
    : measure.unit === 'GBP'
      ? 'in pounds'
      : measure.unit === 'percent'
        ? 'per cent'
        : measure.unit === 'count'
          ? ''
          : measure.unit;
  const hasNoData = placed.some((r) => mappedValue(measure, r) === null);
  return (
    <figure className="mic-hex-map" data-testid="hex-map">
      <svg
        viewBox={`0 0 ${bounds.width} ${bounds.height}`}
        role="group"
        aria-labelledby={`${titleId} ${descId}`}
        className="mic-hex-map__svg"
      >
        <title id={titleId}>{`Map of the 11 Midlands ICSs: ${measure.label}`}</title>
        <desc id={descId}>
          {`Each hexagon is an ICS, shaded from light (lowest) to dark (highest) by ${measure.label}${unitWords ? ` ${unitWords}` : ''}. Each links to that ICS's dashboard. The same figures are in the table beside the map.`}
        </desc>
        <defs>
          <pattern
            id="mic-hex-nodata"
            width="10"
            height="10"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect className="mic-hex__nodata-bg" x="0" y="0" width="10" height="10" />
            <line className="mic-hex__nodata-line" x1="0" y1="0" x2="0" y2="10" />
          </pattern>
        </defs>
        {placed.map((row) => {
          const centre = hexCentre(row.ics.mapHex!, SIZE, PADDING);
          const colourClass = classOf(mappedValue(measure, row), classes);
          return (
            <a
              key={row.ics.odsCode}
              href={`/ics/${row.ics.odsCode}${linkQuery}`}
              className="mic-hex-link"
              aria-label={`${row.ics.shortName}: ${mappedText(measure, row)}`}
              data-testid="hex-link"
            >
              <polygon
                points={hexPoints(centre, SIZE - 2)}
                className={`mic-hex__shape ${colourClass === null ? 'mic-hex--none' : `mic-hex--c${colourClass}`}`}
                fill={colourClass === null ? 'url(#mic-hex-nodata)' : undefined}
              />
              {/* Focus ring: yellow inside the hex's black border (shown by CSS on focus). */}
              <polygon points={hexPoints(centre, SIZE - 8)} className="mic-hex__focus" />
            </a>
          );
        })}
        {/* Short labels, drawn over the links but outside them: the link's name is the full one. */}
        <g aria-hidden="true">
          {placed.map((row) => {
            const centre = hexCentre(row.ics.mapHex!, SIZE, PADDING);
            const colourClass = classOf(mappedValue(measure, row), classes);
            return (
              <text
                key={row.ics.odsCode}
                x={centre.x}
                y={centre.y}
                textAnchor="middle"
                dominantBaseline="middle"
                className={`mic-hex__label${isDarkClass(colourClass) ? ' mic-hex__label--dark' : ''}`}
              >
                {hexLabel(row.ics.shortName)}
              </text>
            );
          })}
        </g>
      </svg>
      <figcaption>
        <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2" id="hex-legend-heading">
          Key: {measure.label}
          {unitWords ? ` ${unitWords}` : ''}
        </h3>
        <ul
          className="nhsuk-list mic-hex-legend"
          aria-labelledby="hex-legend-heading"
          data-testid="hex-legend"
        >
          {classes.map((c) => (
            <li key={c.index}>
              <svg width="24" height="16" aria-hidden="true" focusable="false">
                <rect
                  className={`mic-hex__shape mic-hex--c${c.index}`}
                  x="1"
                  y="1"
                  width="22"
                  height="14"
                />
              </svg>{' '}
              {c.index === 1 && classes.length > 1
                ? 'Lowest: '
                : c.index === classes[classes.length - 1].index && classes.length > 1
                  ? 'Highest: '
                  : ''}
              {rangeText(c, measure)}
            </li>
          ))}
          {hasNoData || classes.length === 0 ? (
            <li>
              <svg width="24" height="16" aria-hidden="true" focusable="false">
                <rect
                  className="mic-hex__shape mic-hex--none"
                  fill="url(#mic-hex-nodata)"
                  x="1"
                  y="1"
                  width="22"
                  height="14"
                />
              </svg>{' '}
              No data (hatched)
            </li>
          ) : null}
        </ul>
      </figcaption>
    </figure>
  );
}
