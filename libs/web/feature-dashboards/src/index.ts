// Public API of @mic/web-feature-dashboards (per-ICS dashboards and the regional hex map, issue #14).
export { Chart } from './lib/components/Chart';
export type { ChartView } from './lib/components/Chart';
export { DashboardFilters } from './lib/components/DashboardFilters';
export { DashboardSection } from './lib/components/DashboardSection';
export type { SectionView } from './lib/components/DashboardSection';
export { DataTable } from './lib/components/DataTable';
export { HexMap, mappedText, mappedValue } from './lib/components/HexMap';
export type { RegionMeasureView } from './lib/components/HexMap';
export { IcsDashboardView } from './lib/components/IcsDashboardView';
export {
  HowCalculated,
  MeasureCard,
  MeasuresByTheme,
  groupByTheme,
} from './lib/components/Measures';
export type { MeasureView, ThemeView } from './lib/components/Measures';
export { RegionDashboardView } from './lib/components/RegionDashboardView';
export {
  RegionComparisonTable,
  RegionMeasureTable,
  RegionTotals,
} from './lib/components/RegionTables';
export { barGeometry, lineGeometry, linearScale, niceStep, niceTicks } from './lib/utils/chart';
export {
  formatBasis,
  formatMeasureValue,
  formatNumber,
  formatPer100k,
  formatTick,
} from './lib/utils/format';
export { hexCentre, hexLabel, hexMapBounds, hexPoints } from './lib/utils/hex';
export { BLUES_5, classOf, colourClasses } from './lib/utils/palette';
export {
  currentFinancialYear,
  filtersQuery,
  financialYearLabel,
  financialYearOptions,
  parseDashboardFilters,
  periodInput,
} from './lib/utils/params';
export type {
  DashboardFilters as DashboardFilterValues,
  RawSearchParams,
} from './lib/utils/params';
