/** `--format html`: the tender report (timeline, award weighting, burden table, findings) as one self-contained page. */
export { formatHtml as html } from '../report';
