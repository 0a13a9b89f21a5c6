// The ministry's map (funded partnerships, totals, side-panel summary, filter options).
import './filter.ts';
import './map.ts';
import './options.ts';
import './summary.ts';
