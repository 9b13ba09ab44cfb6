/** Dutch texts of the shared charts (radar, trend, score bar). */
export const chartsNl = {
  showTable: 'Toon als tabel',
  showChart: 'Toon als grafiek',
  domain: 'Domein',
  date: 'Datum',
  legend: 'Legenda',
  scoreOf: '{value} van {max}',
  scoreWithEarlier: '{value} van {max}, eerder {earlier}',
  noScore: 'geen score',
  noValue: 'geen waarde',
  valueOn: '{value} op {date}',
  radarScale:
    'Van 0 in het midden (niet verstoord) tot 100 aan de rand (sterk verstoord).',
  noData: 'Nog geen metingen.',
};
